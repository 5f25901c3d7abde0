// Paints highlights with the CSS Custom Highlight API: ranges registered in
// `CSS.highlights` and coloured by `::highlight()` rules, so no element, id,
// title or attribute is added to the page. Which highlight is which stays in
// this module's memory: the page can at most see that some text is painted in
// one of a few colours, under a name that is random per page load. A click is
// matched to a highlight by hit-testing the point against the painted ranges.
// This module is the one owner of what is painted on the page.

/** How long a revealed highlight stays emphasised. */
const REVEAL_MS = 1500;
/** The colour a revealed highlight flashes in (an outline cannot be drawn on a highlight). */
const REVEAL_COLOUR = 'rgba(255, 140, 0, 0.75)';

export interface HighlightRegistryLike {
  set(name: string, highlight: Set<AbstractRange>): unknown;
  delete(name: string): unknown;
}

export interface PainterDeps {
  registry: HighlightRegistryLike;
  /** `Highlight`'s constructor (a Set of ranges); injectable for tests. */
  createHighlight(): Set<AbstractRange>;
  /** Rectangles a range covers, in viewport coordinates. */
  rectsOf(range: Range): ArrayLike<DOMRectReadOnly>;
  /** Adds a rule to the painter's own style sheet (not an element in the page). */
  addRule(rule: string): void;
  /** Takes the painter's style sheet off the page. */
  removeRules(): void;
}

export interface Painter {
  /** Paints `ranges` as `id` in `colour` (any CSS colour), replacing what `id` had. */
  paint(id: string, ranges: Range[], colour: string): void;
  recolour(id: string, colour: string): void;
  unpaint(id: string): void;
  clear(): void;
  painted(id: string): boolean;
  /** The id painted at viewport point (x, y), if any. */
  idAt(x: number, y: number): string | undefined;
  /** Scrolls to `id`'s first range and flashes it. */
  reveal(id: string): void;
  /** Takes the highlights off the page for good (unregisters the names and the style sheet). */
  dispose(): void;
}

const randomName = () => `h${Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(36)).join('')}`;

export function browserPainterDeps(win: Window & typeof globalThis): PainterDeps | null {
  if (!win.CSS?.highlights || typeof win.Highlight !== 'function') return null;
  const doc = win.document;
  // Adopted at the first rule (the first highlight painted): a page with nothing painted is never restyled.
  let sheet: CSSStyleSheet | undefined;
  return {
    registry: win.CSS.highlights,
    createHighlight: () => new win.Highlight(),
    rectsOf: (range) => range.getClientRects(),
    addRule: (rule) => {
      if (!sheet) {
        sheet = new win.CSSStyleSheet();
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      }
      sheet.insertRule(rule, sheet.cssRules.length);
    },
    removeRules: () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      sheet = undefined;
    },
  };
}

export function createPainter(doc: Document, deps: PainterDeps): Painter {
  const prefix = randomName();
  /** One registered highlight per colour, so the page cannot tell highlights apart by name. */
  const byColour = new Map<string, { name: string; ranges: Set<AbstractRange> }>();
  const entries = new Map<string, { ranges: Range[]; colour: string }>();

  const layer = (colour: string) => {
    let found = byColour.get(colour);
    if (!found) {
      found = { name: `${prefix}${byColour.size}`, ranges: deps.createHighlight() };
      byColour.set(colour, found);
      deps.registry.set(found.name, found.ranges);
      deps.addRule(`::highlight(${found.name}) { background-color: ${colour} !important; color: inherit !important; }`);
    }
    return found.ranges;
  };

  const unpaint = (id: string) => {
    const entry = entries.get(id);
    if (!entry) return;
    const ranges = layer(entry.colour);
    entry.ranges.forEach((range) => ranges.delete(range));
    entries.delete(id);
  };

  const paint = (id: string, ranges: Range[], colour: string) => {
    unpaint(id);
    if (ranges.length === 0) return;
    entries.set(id, { ranges, colour });
    const into = layer(colour);
    ranges.forEach((range) => into.add(range));
  };

  return {
    paint,
    unpaint,
    recolour(id, colour) {
      const entry = entries.get(id);
      if (entry) paint(id, entry.ranges, colour);
    },
    clear() {
      [...entries.keys()].forEach(unpaint);
    },
    painted: (id) => entries.has(id),
    idAt(x, y) {
      // Latest painted first: a user's highlight over a known quote is the one picked.
      for (const [id, { ranges }] of [...entries].reverse()) {
        for (const range of ranges) {
          for (const rect of Array.from(deps.rectsOf(range))) {
            if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return id;
          }
        }
      }
      return undefined;
    },
    reveal(id) {
      const entry = entries.get(id);
      const first = entry?.ranges[0];
      if (!entry || !first) return;
      const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      first.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      const { colour } = entry;
      paint(id, entry.ranges, REVEAL_COLOUR);
      setTimeout(() => {
        if (entries.get(id)?.colour === REVEAL_COLOUR) paint(id, entry.ranges, colour);
      }, REVEAL_MS);
    },
    dispose() {
      byColour.forEach(({ name }) => deps.registry.delete(name));
      byColour.clear();
      entries.clear();
      deps.removeRules();
    },
  };
}
