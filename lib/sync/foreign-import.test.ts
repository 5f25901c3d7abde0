import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Id } from '../schema';
import type { PolicyLensDb } from '../storage/db';
import { applyImportText } from './apply';
import { foreignId } from './foreign-ids';
import { parseImportText } from './import-validate';
import { at, highlight } from '../../test-support/sync/fixtures';
import { openTestDatabase } from '../storage/test-db';
import { toWebAnnotationCollection } from './web-annotation-export';

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

  it('skips an item it cannot read, naming its place and why, and imports the rest', () => {
    const { target: _t, ...noTarget } = hypothesisExport.annotations[1]!;
    const badDate = { ...hypothesisExport.annotations[0]!, id: 'bad-date', created: 'yesterday', updated: 'yesterday' };
    const result = parseImportText(JSON.stringify({ ...hypothesisExport, annotations: [hypothesisExport.annotations[0], noTarget, badDate] }));
    expect(result.ok && result.skipped).toEqual([
      { index: 1, id: '6mR-xsqlEeeqUSdg-5BxxW', reason: 'unreadable: field "target": is missing' },
      { index: 2, id: 'bad-date', reason: 'unreadable: field "createdAt": must be a date and time such as "2026-01-02T03:04:05Z"' },
    ]);
    expect(result.ok && result.file.annotations.map((a) => a.id)).toEqual([foreignId('hypothesis', '6mR-xsqlEeeqUSdg-5Bxxw')]);
  });

  it('refuses a file none of whose items it can read, saying why', () => {
    const result = parseImportText(JSON.stringify({ ...hypothesisExport, annotations: [{ id: 'x', uri: 'https://example.org/', target: 'nope' }] }));
    expect(!result.ok && result.errors[0]?.message).toBe(
      'Nothing to import from this Hypothesis file. None of its 1 items is a highlight this extension can import: item 0: unreadable: field "target": must be a list, not the text "nope".',
    );
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
    // References to records this copy does not have are kept, and listed in the preview.
    const db = openTestDatabase();
    try {
      const report = await applyImportText(db, JSON.stringify(toWebAnnotationCollection(annotations, at(10), 'x')));
      expect(report).toMatchObject({ ok: true, counts: { new: 2 } });
      expect(report.ok && report.unresolved).toEqual([
        { table: 'annotations', id: 'hl-1', field: 'speakerId', target: 'people', targetId: 'jane-doe', state: 'missing' },
        { table: 'annotations', id: 'hl-1', field: 'topicIds.0', target: 'topics', targetId: 'workforce', state: 'missing' },
      ]);
      expect(await db.annotations.toArray()).toEqual(annotations);
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

  it('dates an item without "created" by its "modified", else by the time of the import, under the same id every time', () => {
    const target = { source: 'https://example.org/', selector: [{ type: 'TextQuoteSelector', exact: 'words' }] };
    const items = [
      { type: 'Annotation', id: 'urn:x:1', modified: '2025-01-02T03:04:05Z', target },
      { type: 'Annotation', target },
    ];
    const now = new Date('2026-05-06T07:08:09.000Z');
    const result = parseImportText(JSON.stringify(items), now);
    expect(result.ok && result.file.annotations.map((a) => [a.createdAt, a.updatedAt])).toEqual([
      ['2025-01-02T03:04:05.000Z', '2025-01-02T03:04:05.000Z'],
      [now.toISOString(), now.toISOString()],
    ]);
    const later = parseImportText(JSON.stringify(items), new Date('2026-06-06T00:00:00.000Z'));
    expect(later.ok && later.file.annotations.map((a) => a.id)).toEqual(result.ok && result.file.annotations.map((a) => a.id));
  });

  it('says so when a collection only links to its pages, or to further pages', () => {
    const linked = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', id: 'https://example.org/c', total: 40, first: 'https://example.org/c/page1' };
    const refused = parseImportText(JSON.stringify(linked));
    expect(!refused.ok && refused.errors[0]?.message).toMatch(/its pages are links \(first page: https:\/\/example\.org\/c\/page1\), which this extension does not download/);
    const firstOnly = {
      ...linked,
      first: { type: 'AnnotationPage', next: 'https://example.org/c/page2', items: [{ type: 'Annotation', id: 'urn:x:1', created: at(0), target: { source: 'https://example.org/', selector: { type: 'TextQuoteSelector', exact: 'w' } } }] },
    };
    const partial = parseImportText(JSON.stringify(firstOnly));
    expect(partial.ok && partial.notices).toEqual([
      "Only the collection's first page is in this file: its other pages are links (https://example.org/c/page2), which this extension does not download. Save each page as a file and import those too.",
    ]);
  });
});

describe('merging a format that carries fewer fields', () => {
  let db: PolicyLensDb;
  beforeEach(() => {
    db = openTestDatabase();
  });
  afterEach(() => db.delete());

  const attributed = highlight('hl-1', {
    note: 'mine',
    tags: ['a'],
    colour: 'pink',
    speakerId: 'jane-doe',
    organisationId: 'think-tank',
    stance: 'critical',
    topicIds: ['workforce'],
    updatedAt: at(5),
  });
  /** The same highlight as another tool exports it: no policyLens member. */
  const asOtherTool = (note: string, modified: string) => {
    const { policyLens: _ours, ...item } = toWebAnnotationCollection([attributed], at(10), 'x').first.items[0]!;
    return JSON.stringify([{ ...item, modified, body: [{ type: 'TextualBody', value: note, purpose: 'commenting' }, { type: 'TextualBody', value: 'a', purpose: 'tagging' }] }]);
  };

  it('never clears colour, speaker, organisation, stance or topics, which W3C cannot express', async () => {
    await db.annotations.put(attributed);
    const report = await applyImportText(db, asOtherTool('edited in another tool', at(8)));
    expect(report).toMatchObject({ ok: true, counts: { new: 0, deleted: 0, unchanged: 0 } });
    expect(await db.annotations.get('hl-1')).toEqual({ ...attributed, note: 'edited in another tool', updatedAt: at(8) });
  });

  it('refuses a "modified" from the future: a W3C file dated 2030 does not win', async () => {
    await db.annotations.put(attributed);
    const report = await applyImportText(db, asOtherTool('from 2030', '2030-01-01T00:00:00.000Z'));
    expect(report).toMatchObject({ ok: true, counts: { updated: 0, conflict: 0 }, refused: [{ table: 'annotations', id: 'hl-1', time: '2030-01-01T00:00:00.000Z' }] });
    expect(await db.annotations.get('hl-1')).toEqual(attributed);
  });

  it('at equal times leaves the record as it is: nothing is decided by the order of keys', async () => {
    await db.annotations.put(attributed);
    const report = await applyImportText(db, asOtherTool('mine', at(5)));
    expect(report).toMatchObject({ ok: true, counts: { unchanged: 1, updated: 0, conflict: 0 } });
    expect(await db.annotations.get('hl-1')).toEqual(attributed);
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
