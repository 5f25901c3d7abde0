import { describe, expect, it } from 'vitest';
import type { Annotation } from '../schema';
import { parseImportText } from './import-validate';
import { documentLinks, pdfLocationOf, webAnnotationTarget } from './pdf-target';
import { toWebAnnotationCollection } from './web-annotation-export';

const FINGERPRINT = '1a2b3c4d5e6f708192a3b4c5d6e7f809';
const quote = { type: 'TextQuoteSelector', exact: 'there is more to do', prefix: 'they know ', suffix: '. This white' } as const;
const position = { type: 'TextPositionSelector', start: 300, end: 319 } as const;

/** A Hypothesis client annotation on a PDF, in the shape its export writes (selectors as the client makes them). */
function hypothesisPdf(id: string, uri: string, links: string[], pageIndex?: number) {
  return {
    id,
    created: '2025-06-06T08:00:00.000000+00:00',
    updated: '2025-06-06T09:00:00.000000+00:00',
    uri,
    text: 'PDF note',
    tags: ['pdf'],
    document: { title: ['Integration white paper response'], link: links.map((href) => ({ href })) },
    target: [
      {
        source: uri,
        selector: [
          { type: 'RangeSelector', startContainer: '/div[2]/div[3]', startOffset: 0, endContainer: '/div[2]/div[3]', endOffset: 19 },
          position,
          quote,
          ...(pageIndex === undefined ? [] : [{ type: 'PageSelector', index: pageIndex, label: String(pageIndex + 1) }]),
        ],
      },
    ],
  };
}

describe('PDF highlights in annotation files', () => {
  it('imports Hypothesis annotations on a PDF from disk (urn:x-pdf:) and on the web, with their page', () => {
    const file = {
      export_date: '2025-06-10T12:00:00.000000+00:00',
      annotations: [
        hypothesisPdf('fromDisk', `urn:x-pdf:${FINGERPRINT}`, [`urn:x-pdf:${FINGERPRINT}`], 2),
        hypothesisPdf('onWeb', 'https://example.org/response.pdf', ['https://example.org/response.pdf', `urn:x-pdf:${FINGERPRINT.toUpperCase()}`]),
      ],
    };
    const result = parseImportText(JSON.stringify(file));
    expect(result).toMatchObject({ ok: true, source: 'hypothesis', skipped: [] });
    if (!result.ok) return;
    const [disk, web] = result.file.annotations;
    expect(disk).toMatchObject({ url: `urn:x-pdf:${FINGERPRINT}`, target: { source: `urn:x-pdf:${FINGERPRINT}`, selector: [quote, position] }, pdf: { fingerprint: FINGERPRINT, page: 3 }, note: 'PDF note' });
    expect(web).toMatchObject({ url: 'https://example.org/response.pdf', pdf: { fingerprint: FINGERPRINT, page: 1 } });
  });

  it('exports a PDF highlight with its urn:x-pdf: and page, and imports it back as it was', () => {
    const annotation: Annotation = {
      id: 'hl-pdf-1',
      origin: 'user',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
      url: 'https://example.org/response.pdf',
      pageTitle: 'Response',
      target: { source: 'https://example.org/response.pdf', selector: [quote, position] },
      note: 'n',
      tags: [],
      colour: 'green',
      topicIds: [],
      pdf: { fingerprint: FINGERPRINT, page: 4 },
    };
    const collection = toWebAnnotationCollection([annotation], '2026-01-03T00:00:00.000Z', 'PDF');
    const item = collection.first.items[0];
    expect(item?.target).toEqual({ source: `urn:x-pdf:${FINGERPRINT}`, selector: [quote, position, { type: 'PageSelector', index: 3, label: '4' }] });
    const back = parseImportText(JSON.stringify(collection));
    expect(back.ok && back.file.annotations[0]).toMatchObject({ id: 'hl-pdf-1', url: 'https://example.org/response.pdf', colour: 'green', pdf: { fingerprint: FINGERPRINT, page: 4 } });
  });

  it('leaves web-page highlights and odd input alone', () => {
    expect(pdfLocationOf(['https://example.org/a'], [])).toBeUndefined();
    expect(pdfLocationOf([42, null, 'urn:x-pdf:zz'], [])).toBeUndefined();
    expect(pdfLocationOf(['urn:x-pdf:ab'], [{ type: 'PageSelector', index: -1 }, 'x'])).toEqual({ fingerprint: 'ab', page: 1 });
    expect(documentLinks({ link: [{ href: 'a' }, 'b', { href: 3 }] })).toEqual(['a']);
    expect(documentLinks(undefined)).toEqual([]);
    const web = { target: { source: 'https://example.org/a', selector: [quote, position] } } as Annotation;
    expect(webAnnotationTarget(web)).toEqual(web.target);
  });
});
