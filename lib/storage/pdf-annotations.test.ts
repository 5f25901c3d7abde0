import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../schema';
import { Annotation as AnnotationSchema } from '../schema';
import { createAnnotation } from './annotations';
import { LATEST_VERSION, declareVersions, openDatabase } from './db';
import { annotationsForPdf } from './pdf-annotations';
import { freshIndexedDb, openTestDatabase } from './test-db';

const FINGERPRINT = 'f00dfeed00000000000000000000beef';
const quote = { type: 'TextQuoteSelector', exact: 'more to do', prefix: 'there is ', suffix: '.' } as const;
const position = { type: 'TextPositionSelector', start: 10, end: 20 } as const;

function pdfHighlight(id: string, url: string, createdAt: string, fingerprint = FINGERPRINT): Annotation {
  return {
    id,
    origin: 'user',
    createdAt,
    updatedAt: createdAt,
    url,
    pageTitle: 'A statement',
    target: { source: url, selector: [quote, position] },
    note: '',
    tags: [],
    colour: 'yellow',
    topicIds: [],
    pdf: { fingerprint, page: 2 },
  };
}

describe('highlights in a PDF', () => {
  it('accepts a PDF from disk as an address, and a page, but no other scheme', () => {
    expect(AnnotationSchema.safeParse(pdfHighlight('hl-a', `urn:x-pdf:${FINGERPRINT}`, '2026-01-01T00:00:00.000Z')).success).toBe(true);
    expect(AnnotationSchema.safeParse(pdfHighlight('hl-a', 'file:///home/a.pdf', '2026-01-01T00:00:00.000Z')).success).toBe(false);
    expect(AnnotationSchema.safeParse({ ...pdfHighlight('hl-a', 'https://a.org/x.pdf', '2026-01-01T00:00:00.000Z'), pdf: { fingerprint: 'XYZ', page: 0 } }).success).toBe(false);
  });

  it('finds those saved by web address, by urn from disk and by fingerprint at another address, in order', async () => {
    const db = openTestDatabase();
    await db.annotations.bulkPut([
      pdfHighlight('hl-c', 'https://mirror.example.org/copy.pdf', '2026-01-03T00:00:00.000Z'),
      pdfHighlight('hl-a', 'https://example.org/statement.pdf', '2026-01-01T00:00:00.000Z'),
      pdfHighlight('hl-b', `urn:x-pdf:${FINGERPRINT}`, '2026-01-02T00:00:00.000Z'),
      pdfHighlight('hl-other', 'https://example.org/other.pdf', '2026-01-01T00:00:00.000Z', 'abc'),
    ]);
    const web = await annotationsForPdf(db, { url: 'https://example.org/statement.pdf', fingerprint: FINGERPRINT });
    expect(web.map((a) => a.id)).toEqual(['hl-a', 'hl-b', 'hl-c']);
    const disk = await annotationsForPdf(db, { fingerprint: 'abc' });
    expect(disk.map((a) => a.id)).toEqual(['hl-other']);
  });

  it('saves a new highlight with its document and page', async () => {
    const db = openTestDatabase();
    const saved = await createAnnotation(db, { url: `urn:x-pdf:${FINGERPRINT}`, pageTitle: 't', quote, position, pdf: { fingerprint: FINGERPRINT, page: 3 } });
    expect(AnnotationSchema.parse(saved).pdf).toEqual({ fingerprint: FINGERPRINT, page: 3 });
    expect((await annotationsForPdf(db, { fingerprint: FINGERPRINT })).map((a) => a.id)).toEqual([saved.id]);
  });

  it('upgrades a version 3 database: its highlights are kept and PDF ones become findable by fingerprint', async () => {
    const idb = freshIndexedDb();
    const old = new Dexie('policy-lens', idb);
    declareVersions(old, 3);
    const web = { ...pdfHighlight('hl-web', 'https://example.org/page', '2026-01-01T00:00:00.000Z') };
    delete web.pdf;
    await old.table('annotations').bulkPut([web, pdfHighlight('hl-pdf', 'https://example.org/statement.pdf', '2026-01-02T00:00:00.000Z')]);
    old.close();
    const db = openDatabase('policy-lens', idb);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.annotations.count()).toBe(2);
    expect((await annotationsForPdf(db, { fingerprint: FINGERPRINT })).map((a) => a.id)).toEqual(['hl-pdf']);
  });
});
