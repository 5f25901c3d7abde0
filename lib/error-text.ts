// A failed action's reason as a sentence for the user, on every page and in the
// sidebar: the error's own message, or a plain apology when it has none.
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return text.trim() || 'Something went wrong. Please try again.';
}
