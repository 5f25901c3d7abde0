// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PageReport } from '../page-report';
import type { Annotation } from '../schema';
import { pageHighlights } from './page-highlights';
import { HIGHLIGHT_SWATCHES } from '../highlight-palette';
import { extractPageText } from './page-text';
import type { Painter } from './painter';

/** A painter that records what is painted, by id. */
function recordingPainter() {
  const painted = new Map<string, { text: string; colour: string }>();
  const painter: Painter = {
    paint: (id, ranges, colour) => void painted.set(id, { text: ranges.map((r) => r.toString()).join('|'), colour }),
    recolour: (id, colour) => {
      const entry = painted.get(id);
      if (entry) painted.set(id, { ...entry, colour });
    },
    unpaint: (id) => void painted.delete(id),
    clear: () => painted.clear(),
    painted: (id) => painted.has(id),
    idAt: () => undefined,
    reveal: () => undefined,
    dispose: () => painted.clear(),
  };
  return { painter, painted };
}

/** A saved highlight of `exact` (its stored position is only a hint). */
const annotation = (id: string, exact: string): Annotation => ({
  id,
  origin: 'user',
  createdAt: '2024-05-02T10:00:00.000Z',
  updatedAt: '2024-05-02T10:00:00.000Z',
  url: 'https://www.example.org/story',
  pageTitle: 'Story',
  target: {
    source: 'https://www.example.org/story',
    selector: [
      { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 13, end: 13 + exact.length },
    ],
  },
  note: '',
  tags: [],
  colour: 'yellow',
  topicIds: [],
});
const plainHighlight = annotation('hl-plain', 'The reforms come at a time of unprecedented pressure.');
const orphanHighlight = annotation('hl-orphan', 'A paragraph the publisher has since removed.');

const empty: PageReport = { found: [], counterparts: [], sameVoices: [], highlights: [] };

function page() {
  document.body.innerHTML = `<p>Intro words. ${plainHighlight.target.selector[0].exact} More words after it.</p>`;
  return extractPageText(document.body);
}

describe('pageHighlights', () => {
  it('anchors and paints the user’s highlights, and lists one whose text is gone as not anchored', () => {
    const { painter, painted } = recordingPainter();
    const highlights = pageHighlights(painter);
    highlights.load(page(), { ...empty, highlights: [plainHighlight, orphanHighlight] });
    expect(highlights.items().map((i) => [i.annotation.id, i.anchored])).toEqual([
      [plainHighlight.id, true],
      [orphanHighlight.id, false],
    ]);
    expect(painted.get(plainHighlight.id)?.text).toBe(plainHighlight.target.selector[0].exact);
    expect(painted.has(orphanHighlight.id)).toBe(false);
  });

  it('keeps the list, the report and the paint in step through add, update and remove', () => {
    const { painter, painted } = recordingPainter();
    const highlights = pageHighlights(painter);
    const text = page();
    highlights.load(text, empty);
    const range = document.createRange();
    range.selectNodeContents(document.body.firstChild!);
    const saved = annotation('hl-new', 'Intro words.');
    highlights.add(saved, range);
    expect(highlights.items().map((i) => i.annotation.id)).toEqual(['hl-new']);
    expect(highlights.report()?.highlights.map((a) => a.id)).toEqual(['hl-new']);

    highlights.update({ ...saved, colour: 'blue' });
    expect(painted.get('hl-new')?.colour).toBe(HIGHLIGHT_SWATCHES.blue);
    expect(highlights.report()?.highlights[0]?.colour).toBe('blue');

    highlights.remove('hl-new');
    expect(highlights.items()).toEqual([]);
    expect(highlights.report()?.highlights).toEqual([]);
    expect(painted.has('hl-new')).toBe(false);
  });

  it('forgets everything when cleared', () => {
    const { painter, painted } = recordingPainter();
    const highlights = pageHighlights(painter);
    highlights.load(page(), { ...empty, highlights: [plainHighlight] });
    highlights.clear();
    expect(highlights.report()).toBeNull();
    expect(highlights.items()).toEqual([]);
    expect(painted.size).toBe(0);
  });
});
