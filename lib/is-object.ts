// Reading untrusted JSON (sync files, W3C and Hypothesis exports, a page's JSON-LD)
// starts by asking whether a value is a plain object with fields.
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
