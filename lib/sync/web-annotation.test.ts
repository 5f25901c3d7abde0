import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Id } from '../schema';
import type { PolicyLensDb } from '../storage/db';
import { applyImportText } from './apply';
import { foreignId } from './foreign-ids';
import { parseImportText } from './import-validate';
import { at, highlight, person, syncFile, topic } from './sync-fixtures';
import { openTestDatabase } from '../storage/test-db';
import { serializeSyncFile } from './export';
import { toWebAnnotationCollection } from './web-annotation';

/**
 * A Hypothesis "Export annotations" file, in the shape of the client's export
 * (export_date, export_userid, client_version, annotations) holding annotations
 * as the h API returns them (id, created, updated, uri, text, tags, target[] with
 * selector[], document.title[]): a highlight with all three selectors Hypothesis
 * writes, one with a quote only, a page note, a reply, and a PDF highlight.
 */
const hypothesisExport = {
  export_date: '2025-06-10T12:00:00.000Z',
  export_userid: 'acct:analyst@hypothes.is',
  client_version: '1.1500.0',
  annotations: [
    {
      id: '6mR-xsqlEeeqUSdg-5Bxxw',
      created: '2025-06-01T09:15:42.123456+00:00',
      updated: '2025-06-02T10:00:00.654321+00:00',
      user: 'acct:analyst@hypothes.is',
      uri: 'https://www.example.org/news/white-paper-reaction?utm_source=newsletter',
      text: 'Compare with the 2021 paper.',
      tags: ['integration', ' Integration ', 'ICS'],
      group: '__world__',
      permissions: { read: ['group:__world__'], update: ['acct:analyst@hypothes.is'], delete: ['acct:analyst@hypothes.is'] },
      target: [
        {
          source: 'https://www.example.org/news/white-paper-reaction?utm_source=newsletter',
          selector: [
            { type: 'RangeSelector', startContainer: '/div[1]/p[3]', startOffset: 74, endContainer: '/div[1]/p[3]', endOffset: 120 },
            { type: 'TextPositionSelector', start: 1234, end: 1279 },
            { type: 'TextQuoteSelector', exact: 'integration across health and care is not new', prefix: 'repeating that ', suffix: ', it’s' },
          ],
        },
      ],
      document: { title: ['Reaction to the white paper'] },
      links: { html: 'https://hypothes.is/a/6mR-xsqlEeeqUSdg-5Bxxw', incontext: 'https://hyp.is/6mR-xsqlEeeqUSdg-5Bxxw/www.example.org/news/white-paper-reaction' },
      flagged: false,
      hidden: false,
      user_info: { display_name: 'An Analyst' },
    },
    {
      id: '6mR-xsqlEeeqUSdg-5BxxW',
      created: '2025-06-03T08:00:00+00:00',
      updated: '2025-06-03T08:00:00+00:00',
      user: 'acct:analyst@hypothes.is',
      uri: 'https://example.org/other',
      text: '',
      tags: [],
      target: [{ source: 'https://example.org/other', selector: [{ type: 'TextQuoteSelector', exact: 'a quote only' }] }],
      document: { title: 'Another page' },
    },
    {
      id: 'pageNote123',
      created: '2025-06-04T08:00:00+00:00',
      updated: '2025-06-04T08:00:00+00:00',
      uri: 'https://example.org/other',
      text: 'A note on the whole page',
      tags: [],
      target: [{ source: 'https://example.org/other' }],
    },
    {
      id: 'reply456',
      created: '2025-06-05T08:00:00+00:00',
      updated: '2025-06-05T08:00:00+00:00',
      uri: 'https://www.example.org/news/white-paper-reaction',
      text: 'Agreed.',
      tags: [],
      references: ['6mR-xsqlEeeqUSdg-5Bxxw'],
      target: [{ source: 'https://www.example.org/news/white-paper-reaction' }],
    },
    {
      id: 'pdf789',
      created: '2025-06-06T08:00:00+00:00',
      updated: '2025-06-06T08:00:00+00:00',
      uri: 'urn:x-pdf:6a7e0b1c2d3e',
      text: '',
      tags: [],
      target: [{ source: 'urn:x-pdf:6a7e0b1c2d3e', selector: [{ type: 'TextQuoteSelector', exact: 'in a PDF', prefix: '', suffix: '' }] }],
    },
  ],
};

describe('highlights from Hypothesis', () => {
  it('become highlight records; page notes and replies are left out, with reasons', () => {
    const result = parseImportText(JSON.stringify(hypothesisExport));
    expect(result).toMatchObject({ ok: true, source: 'hypothesis' });
    if (!result.ok) return;
    expect(result.file.exportedAt).toBe('2025-06-10T12:00:00.000Z');
    expect(result.skipped).toEqual([
      { index: 2, id: 'pageNote123', reason: 'a page note: it highlights no text' },
      { index: 3, id: 'reply456', reason: 'a reply to another annotation, not a highlight' },
    ]);
    // A PDF annotation is kept on its document (lib/sync/pdf-target.test.ts has the details).
    expect(result.file.annotations[2]).toMatchObject({ url: 'urn:x-pdf:6a7e0b1c2d3e', pdf: { fingerprint: '6a7e0b1c2d3e', page: 1 } });
    const [first, second] = result.file.annotations;
    expect(first).toEqual({
      id: foreignId('hypothesis', '6mR-xsqlEeeqUSdg-5Bxxw'),
      origin: 'user',
      createdAt: '2025-06-01T09:15:42.123Z',
      updatedAt: '2025-06-02T10:00:00.654Z',
      url: 'https://www.example.org/news/white-paper-reaction',
      pageTitle: 'Reaction to the white paper',
      target: {
        source: 'https://www.example.org/news/white-paper-reaction?utm_source=newsletter',
        selector: [
          { type: 'TextQuoteSelector', exact: 'integration across health and care is not new', prefix: 'repeating that ', suffix: ', it’s' },
          { type: 'TextPositionSelector', start: 1234, end: 1279 },
        ],
      },
      note: 'Compare with the 2021 paper.',
      tags: ['integration', 'ICS'],
      colour: 'yellow',
      topicIds: [],
    });
    // A quote without a position gets the placeholder hint; ids differing only in case stay apart.
    expect(second?.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 0, end: 'a quote only'.length });
    expect(second?.pageTitle).toBe('Another page');
    expect(second?.id).not.toBe(first?.id);
  });

  it('reads the search API response and bare lists too', () => {
    const rows = hypothesisExport.annotations.slice(0, 2);
    expect(parseImportText(JSON.stringify({ total: 2, rows }))).toMatchObject({ ok: true, source: 'hypothesis' });
    expect(parseImportText(JSON.stringify(rows))).toMatchObject({ ok: true, source: 'hypothesis' });
  });

  it('names the item when one cannot be read', () => {
    const { updated: _u, ...noUpdated } = hypothesisExport.annotations[1]!;
    const result = parseImportText(JSON.stringify({ ...hypothesisExport, annotations: [hypothesisExport.annotations[0], noUpdated] }));
    expect(!result.ok && result.errors.map((e) => e.message)).toEqual(['items[1] (id "6mR-xsqlEeeqUSdg-5BxxW"): field "updated": is missing']);
  });

  describe('into the database', () => {
    let db: PolicyLensDb;
    beforeEach(() => {
      db = openTestDatabase();
    });
    afterEach(() => db.delete());

    it('merges: importing the same export twice adds nothing the second time', async () => {
      const text = JSON.stringify(hypothesisExport);
      // Two highlights on web pages and one in a PDF.
      expect(await applyImportText(db, text)).toMatchObject({ ok: true, counts: { new: 3 } });
      expect(await applyImportText(db, text)).toMatchObject({ ok: true, counts: { new: 0, unchanged: 3 } });
      expect(await db.annotations.count()).toBe(3);
    });
  });
});

describe('W3C Web Annotations', () => {
  it('exports a collection of highlights with selectors, note and tags as TextualBodies, and dates', () => {
    const annotation = highlight('hl-1', { note: 'Compare with 2021', tags: ['integration'], createdAt: at(0), updatedAt: at(5) });
    const collection = toWebAnnotationCollection([annotation], at(10), 'Policy Lens highlights');
    expect(collection).toMatchObject({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { policyLens: { '@type': '@json' } }],
      type: 'AnnotationCollection',
      total: 1,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(collection.first.items[0]).toEqual({
      id: 'urn:policy-lens:annotation:hl-1',
      type: 'Annotation',
      motivation: 'highlighting',
      created: at(0),
      modified: at(5),
      body: [
        { type: 'TextualBody', value: 'Compare with 2021', format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: 'integration', purpose: 'tagging' },
      ],
      target: { source: 'https://example.org/article', selector: annotation.target.selector },
      policyLens: { url: annotation.url, pageTitle: 'An article', colour: 'yellow', topicIds: [] },
    });
  });

  it('imports our own export back to the very same records', async () => {
    const annotations = [
      highlight('hl-1', { note: 'n', tags: ['a', 'b'], speakerId: 'jane-doe', stance: 'critical', topicIds: ['workforce'], colour: 'pink' }),
      highlight('hl-2'),
    ];
    const result = parseImportText(JSON.stringify(toWebAnnotationCollection(annotations, at(10), 'x')));
    expect(result).toMatchObject({ ok: true, source: 'web-annotation' });
    expect(result.ok && result.file.annotations).toEqual(annotations);
    // Their references must resolve like any other file's.
    const db = openTestDatabase();
    try {
      const refused = await applyImportText(db, JSON.stringify(toWebAnnotationCollection(annotations, at(10), 'x')));
      expect(!refused.ok && refused.errors.map((e) => e.message)).toEqual([
        'items[0] (id "urn:policy-lens:annotation:hl-1"): field "speakerId": refers to person "jane-doe", which is neither in this file nor in your database',
        'items[0] (id "urn:policy-lens:annotation:hl-1"): field "topicIds.0": refers to topic "workforce", which is neither in this file nor in your database',
      ]);
      await applyImportText(db, serializeSyncFile(syncFile({ people: [person('jane-doe')], topics: [topic('workforce')] })));
      expect(await applyImportText(db, JSON.stringify(toWebAnnotationCollection(annotations, at(10), 'x')))).toMatchObject({ ok: true, counts: { new: 2 } });
    } finally {
      await db.delete();
    }
  });

  it("imports other tools' annotations, as the model's examples write them", () => {
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno23',
      type: 'Annotation',
      created: '2015-01-28T12:00:00Z',
      modified: '2015-01-29T09:00:00Z',
      body: [
        { type: 'TextualBody', value: 'Comment text', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'love' },
        'http://example.org/an-image-body',
      ],
      target: { source: 'http://example.org/page1', selector: { type: 'TextQuoteSelector', exact: 'anotation', prefix: 'this is an ', suffix: ' that has some' } },
    };
    const page = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: [annotation, { ...annotation, id: 'http://example.org/anno24', target: 'http://example.org/page1' }] };
    const result = parseImportText(JSON.stringify(page));
    expect(result).toMatchObject({ ok: true, source: 'web-annotation', skipped: [{ index: 1, id: 'http://example.org/anno24', reason: 'it annotates a whole resource, not highlighted text' }] });
    expect(result.ok && result.file.annotations).toEqual([
      {
        id: foreignId('web-annotation', 'http://example.org/anno23'),
        origin: 'user',
        createdAt: '2015-01-28T12:00:00.000Z',
        updatedAt: '2015-01-29T09:00:00.000Z',
        url: 'http://example.org/page1',
        pageTitle: '',
        target: {
          source: 'http://example.org/page1',
          selector: [
            { type: 'TextQuoteSelector', exact: 'anotation', prefix: 'this is an ', suffix: ' that has some' },
            { type: 'TextPositionSelector', start: 0, end: 9 },
          ],
        },
        note: 'Comment text',
        tags: ['love'],
        colour: 'yellow',
        topicIds: [],
      },
    ]);
  });

  it('refuses an item without a date, naming it', () => {
    const annotation = { type: 'Annotation', id: 'urn:x:1', target: { source: 'https://example.org/', selector: [{ type: 'TextQuoteSelector', exact: 'words' }] } };
    const result = parseImportText(JSON.stringify([annotation]));
    expect(!result.ok && result.errors.map((e) => e.message)).toEqual([
      'items[0] (id "urn:x:1"): field "created": is missing: a highlight needs the date it was made ("created" or "modified")',
    ]);
  });
});

describe('ids for foreign annotations', () => {
  it('are valid slugs, the same every time, and different for ids that differ only in case', () => {
    const ids = ['6mR-xsqlEeeqUSdg-5Bxxw', '6mR-xsqlEeeqUSdg-5BxxW', 'http://example.org/annotations/2024/anno-1', '___'];
    const made = ids.map((id) => foreignId('hypothesis', id));
    for (const id of made) expect(Id.safeParse(id).success).toBe(true);
    expect(new Set(made).size).toBe(ids.length);
    expect(ids.map((id) => foreignId('hypothesis', id))).toEqual(made);
  });
});
