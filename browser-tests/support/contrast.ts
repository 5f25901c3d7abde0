// WCAG 2 contrast of rendered text, measured in the page: the welcome page, the sidebar's
// header and the dock control are checked with it in both colour schemes.

/** WCAG 2 AA contrast for body text. */
export const WCAG_AA_TEXT = 4.5;

/**
 * Runs in the page (Playwright's evaluate): texts (elements with their own text) under `within`
 * whose colour has less than `minimum` contrast with the first opaque background behind them;
 * and, for `marks` (drawn glyphs without text, such as an icon button's), their border colour.
 */
export const CONTRAST_FAILURES = ({ minimum, within, marks }: { minimum: number; within: string; marks?: string }): string[] => {
  const rgb = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
    const channel = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const background = (el: Element | null): number[] | null => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c[3] ?? 0) > 0.99) return c;
    }
    return null;
  };
  const failures: string[] = [];
  const roots = [...document.querySelectorAll(within)];
  if (roots.length === 0) return [`nothing matches ${within}`];
  const check = (el: Element, colour: string, what: string) => {
    const behind = background(el);
    if (behind === null) {
      failures.push(`${what}: no opaque background behind it`);
      return;
    }
    const [a, b] = [luminance(rgb(colour)), luminance(behind)];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < minimum) failures.push(`${what}: ${ratio.toFixed(2)}`);
  };
  for (const el of roots.flatMap((root) => [root, ...root.querySelectorAll('*')])) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    if (own) check(el, getComputedStyle(el).color, `${el.tagName} "${el.textContent?.trim().slice(0, 30)}"`);
  }
  const drawn = marks ? roots.flatMap((root) => [...root.querySelectorAll(marks)]) : [];
  if (marks && drawn.length === 0) failures.push(`no mark matches ${marks}`);
  for (const el of drawn) check(el, getComputedStyle(el).borderTopColor, `${el.className} (drawn)`);
  return failures;
};
