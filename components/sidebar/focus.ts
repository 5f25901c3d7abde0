// Focus inside a shadow root: `document.activeElement` is the shadow host there, so
// ask the element's own root (the sidebar's shadow root, or the document in tests).

export function hasFocusWithin(element: Element | null): boolean {
  if (!element) return false;
  const active = (element.getRootNode() as Document | ShadowRoot).activeElement;
  return active !== null && element.contains(active);
}
