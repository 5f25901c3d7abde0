import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../schema';
import { type DocumentText, pageSpan } from './document-text';
import { extractDocumentText } from './extract-text';
import { pdfIdentity } from './identity';
import { describePdfOffsets, newPdfAnnotation, placeHighlights } from './pdf-highlights';
import { seedParagraphs, writePdf } from '../../test-support/pdf/pdf-fixtures';
import { openPdfInNode } from '../../test-support/pdf/pdfjs-node';

const paragraphs = seedParagraphs(readFileSync(new URL('../corpus/seeds/001_dd90e785487b905b.txt', import.meta.url), 'utf8'));
const ID = ['5eed0001000000000000000000000001', '0000000000000000000000000000000a'] as const;

async function documentOf(paras: readonly string[], id: readonly [string, string] = ID): Promise<{ doc: DocumentText; fingerprints: string[] }> {
  const pdf = await openPdfInNode(await writePdf({ paragraphs: paras, id, paragraphsPerPage: 2 }));
  return { doc: await extractDocumentText(pdf), fingerprints: pdf.fingerprints.filter((f): f is string => f !== null) };
}

/** A saved highlight over the first occurrence of `words` in the document. */
function highlightOn(doc: DocumentText, fingerprints: string[], words: string, id: string): Annotation {
  const start = doc.text.indexOf(words);
  const selection = describePdfOffsets(doc, start, start + words.length);
  if (!selection) throw new Error(`no selection for ${words}`);
  const input = newPdfAnnotation(pdfIdentity(fingerprints, 'https://example.org/statement.pdf'), 'A statement', selection);
  return {
    id,
    origin: 'user',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    url: input.url,
    pageTitle: input.pageTitle,
    target: { source: input.url, selector: [input.quote, input.position] },
    note: '',
    tags: [],
    colour: 'yellow',
    topicIds: [],
    ...(input.pdf ? { pdf: input.pdf } : {}),
  };
}

/** A few words from the middle of paragraph `i`: inside one line, as a reader selects them. */
const wordsOf = (i: number) => (paragraphs[i] as string).split(' ').slice(2, 7).join(' ');

describe('highlights in PDFs', () => {
  it('describes a selection with W3C selectors over the document text and its page', async () => {
    const { doc, fingerprints } = await documentOf(paragraphs);
    const words = wordsOf(4);
    const start = doc.text.indexOf(words);
    const selection = describePdfOffsets(doc, start - 1, start + words.length + 1);
    expect(selection?.quote.exact.trim()).toBe(selection?.quote.exact);
    expect(selection?.quote.exact).toContain(words);
    expect(selection?.page).toBe(3);
    const span = pageSpan(doc, 3);
    expect(selection?.position.start).toBeGreaterThanOrEqual(span.start);
    const annotation = highlightOn(doc, fingerprints, words, 'hl-1');
    expect(annotation.pdf).toEqual({ fingerprint: ID[0], page: 3 });
    expect(annotation.url).toBe('https://example.org/statement.pdf');
  });

  it('re-anchors saved highlights in the same PDF exactly where they were', async () => {
    const { doc, fingerprints } = await documentOf(paragraphs);
    const saved = [2, 5, 8].map((i) => highlightOn(doc, fingerprints, wordsOf(i), `hl-${i}`));
    const placed = placeHighlights(doc, saved);
    placed.forEach(({ annotation, anchor }) => {
      expect(anchor?.start).toBe(annotation.target.selector[1].start);
      expect(anchor?.end).toBe(annotation.target.selector[1].end);
    });
  });

  it('finds them again in a revised edition with a paragraph inserted, on their new pages, and keeps orphans', async () => {
    const { doc, fingerprints } = await documentOf(paragraphs);
    const saved = [2, 5, 8].map((i) => highlightOn(doc, fingerprints, wordsOf(i), `hl-${i}`));
    // The revision inserts an existing paragraph again near the top and drops paragraph 8.
    const revised = [...paragraphs.slice(0, 1), paragraphs[3] as string, ...paragraphs.slice(1, 8), ...paragraphs.slice(9)];
    const next = await documentOf(revised, [ID[0], '0000000000000000000000000000000b']);
    expect(next.fingerprints[0]).toBe(fingerprints[0]);
    const placed = placeHighlights(next.doc, saved);
    for (const i of [0, 1]) {
      const { annotation, anchor, page } = placed[i] as (typeof placed)[number];
      expect(next.doc.text.slice(anchor?.start, anchor?.end)).toBe(annotation.target.selector[0].exact);
      expect(page).toBe(i === 0 ? 2 : 4);
    }
    expect(placed[2]?.anchor).toBeNull();
    expect(placed[2]?.page).toBeNull();
  });
});
