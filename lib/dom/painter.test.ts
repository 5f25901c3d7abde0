// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type PainterDeps, createPainter } from './painter';

/** A registry and highlights as plain Maps and Sets; each range covers one given rectangle. */
function fakes(rects = new Map<Range, DOMRectReadOnly>()) {
  const registry = new Map<string, Set<AbstractRange>>();
  const rules: string[] = [];
  const deps: PainterDeps = {
    registry,
    createHighlight: () => new Set(),
    rectsOf: (range) => [rects.get(range)].filter((r): r is DOMRectReadOnly => r !== undefined),
    addRule: (rule) => rules.push(rule),
    removeRules: () => rules.splice(0),
  };
  return { registry, deps, rects, rules };
}

function rangeOver(text: string): Range {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  return range;
}

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, right: left + width, bottom: top + height, width, height, x: left, y: top }) as DOMRectReadOnly;

describe('createPainter', () => {
  it('paints ranges under random per-load names, one per colour, and adds nothing to the DOM', () => {
    const { registry, deps, rules } = fakes();
    const painter = createPainter(document, deps);
    const a = rangeOver('First quote');
    const b = rangeOver('Second quote');
    const c = rangeOver('A highlight');
    const html = document.body.innerHTML;
    painter.paint('q-taylor-2022-1', [a], 'yellow');
    painter.paint('q-edwards-2022-1', [b], 'yellow');
    painter.paint('hl-1', [c], 'green');
    expect(document.body.innerHTML).toBe(html);
    expect(registry.size).toBe(2);
    const names = [...registry.keys()].join(' ');
    expect(names).not.toMatch(/taylor|edwards|hl-1|policy|lens/i);
    expect([...registry.values()].map((set) => set.size).sort()).toEqual([1, 2]);
    expect(rules).toEqual([...registry.keys()].map((name, i) => `::highlight(${name}) { background-color: ${['yellow', 'green'][i]} !important; color: inherit !important; }`));
    // Another page load, other names.
    const other = fakes();
    createPainter(document, other.deps).paint('hl-1', [c], 'green');
    expect([...other.registry.keys()].some((name) => registry.has(name))).toBe(false);
  });

  it('recolours, unpaints and clears by id', () => {
    const { registry, deps } = fakes();
    const painter = createPainter(document, deps);
    const a = rangeOver('First quote');
    painter.paint('hl-1', [a], 'yellow');
    painter.recolour('hl-1', 'blue');
    const sizes = () => [...registry.values()].map((set) => set.size);
    expect(sizes()).toEqual([0, 1]);
    painter.unpaint('hl-1');
    expect(painter.painted('hl-1')).toBe(false);
    expect(sizes()).toEqual([0, 0]);
    painter.paint('hl-2', [a], 'yellow');
    painter.clear();
    expect(sizes()).toEqual([0, 0]);
  });

  it('finds the highlight under a point, the latest painted first', () => {
    const { deps, rects } = fakes();
    const painter = createPainter(document, deps);
    const quote = rangeOver('Known quote');
    const own = rangeOver('Own highlight');
    rects.set(quote, rect(0, 0, 100, 20));
    rects.set(own, rect(50, 0, 100, 20));
    painter.paint('q-1', [quote], 'yellow');
    painter.paint('hl-1', [own], 'green');
    expect(painter.idAt(10, 10)).toBe('q-1');
    expect(painter.idAt(60, 10)).toBe('hl-1');
    expect(painter.idAt(300, 10)).toBeUndefined();
  });

  it('takes everything off the page when disposed', () => {
    const { registry, deps, rules } = fakes();
    const painter = createPainter(document, deps);
    painter.paint('hl-1', [rangeOver('x')], 'yellow');
    painter.dispose();
    expect(registry.size).toBe(0);
    expect(rules).toEqual([]);
  });
});
