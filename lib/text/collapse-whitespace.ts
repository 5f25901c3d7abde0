// Captured pages differ from their sources in whitespace (line breaks, non-breaking
// spaces, indentation); comparing quotes with text starts by collapsing it.
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
