import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../text/collapse-whitespace';
import { pageOfOffset } from './document-text';
import { extractDocumentText } from './extract-text';
import { seedParagraphs, writePdf } from '../../test-support/pdf/pdf-fixtures';
import { openPdfInNode } from '../../test-support/pdf/pdfjs-node';

const seed = readFileSync(new URL('../corpus/seeds/000_6c823f81c49f4fe7.txt', import.meta.url), 'utf8');
const paragraphs = seedParagraphs(seed);

/** Every paragraph is in the text whole (line breaks aside), each after the one before. */
function expectInOrder(documentText: string, inOrder: readonly string[]): void {
  const text = collapseWhitespace(documentText);
  let from = 0;
  for (const paragraph of inOrder) {
    const at = text.indexOf(paragraph, from);
    expect(at, paragraph).toBeGreaterThanOrEqual(from);
    from = at + paragraph.length;
  }
}

describe('extracting a PDF’s text page by page', () => {
  it('reads every paragraph of a seed, in order, reporting each page', async () => {
    const pdf = await openPdfInNode(await writePdf({ paragraphs, id: ['01000000000000000000000000000000', '02000000000000000000000000000000'], paragraphsPerPage: 3 }));
    const progress: [number, number][] = [];
    const doc = await extractDocumentText(pdf, (done, total) => progress.push([done, total]));
    expect(pdf.numPages).toBe(Math.ceil(paragraphs.length / 3));
    expect(progress).toEqual(Array.from({ length: pdf.numPages }, (_, i) => [i + 1, pdf.numPages]));
    expectInOrder(doc.text, paragraphs);
    // The fourth paragraph starts page 2.
    expect(pageOfOffset(doc, doc.text.indexOf((paragraphs[3] as string).split(' ').slice(0, 3).join(' ')))).toBe(2);
  });

  it('reads a two-column page column by column', async () => {
    const article = seedParagraphs(readFileSync(new URL('../corpus/seeds/003_4b14374bd2fd4ead.txt', import.meta.url), 'utf8'));
    const pdf = await openPdfInNode(await writePdf({ paragraphs: article, id: ['03000000000000000000000000000000', '04000000000000000000000000000000'], columns: 2 }));
    // The first page really has two columns side by side.
    const items = (await (await pdf.getPage(1)).getTextContent()).items.filter((i) => 'transform' in i);
    const xs = new Set(items.map((i) => Math.round(i.transform[4] as number)));
    expect(xs.size).toBe(2);
    const doc = await extractDocumentText(pdf);
    // Each paragraph is whole (its lines were not interleaved with the other column's),
    // and they come in reading order: down the left column, then down the right one.
    expectInOrder(doc.text, article);
    // On page 1, every line of the left column is read before the first line of the right column.
    const lines = items.map((i) => ({ x: Math.round(i.transform[4] as number), str: i.str })).filter((l) => l.str.trim());
    const [left, right] = [...xs].sort((a, b) => a - b);
    const firstRight = lines.find((l) => l.x === right)?.str ?? '';
    const lastLeft = lines.filter((l) => l.x === left).at(-1)?.str ?? '';
    expect(doc.text.indexOf(lastLeft)).toBeLessThan(doc.text.indexOf(firstRight));
    expect(doc.text.indexOf(lastLeft)).toBeGreaterThan(-1);
  });

  it('stops when the reading is abandoned', async () => {
    const pdf = await openPdfInNode(await writePdf({ paragraphs, id: ['05000000000000000000000000000000', '06000000000000000000000000000000'], paragraphsPerPage: 1 }));
    const controller = new AbortController();
    const reading = extractDocumentText(pdf, (done) => done === 2 && controller.abort(new Error('replaced')), controller.signal);
    await expect(reading).rejects.toThrow('replaced');
  });
});
