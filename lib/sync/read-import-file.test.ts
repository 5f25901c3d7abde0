import { describe, expect, it } from 'vitest';
import { exportSyncFile, serializeSyncFile } from './export';
import { parseImportText } from './import-validate';
import { readImportFile } from './read-import-file';
import { openTestDatabase } from '../storage/test-db';
import { at, highlight, organisation, person, syncFile, topic } from '../../test-support/sync/fixtures';
import { toWebAnnotationCollection } from './web-annotation-export';

const NOW = new Date(at(100));

const ours = serializeSyncFile(
  syncFile({
    organisations: [organisation('think-tank')],
    people: [person('jane-doe', { roles: [{ title: 'Director', organisationId: 'think-tank' }] })],
    topics: [topic('workforce', { label: 'Workforce “quoted”\nand on two lines' })],
    annotations: [highlight('hl-1', { note: 'ünïcödé ✓ and a "quote"', topicIds: ['workforce'] }), highlight('hl-2')],
    deletions: [{ table: 'annotations', id: 'hl-gone', deletedAt: at(30) }],
  }),
);

/** Feeds the text in small chunks, so lines and characters are split across reads. */
function chunked(text: string, size = 7): Blob {
  const bytes = new TextEncoder().encode(text);
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.slice(i, i + size));
  return new Blob(parts);
}

describe('reading a chosen file as a stream of lines', () => {
  it('gives what reading it whole gives, for files in our layout and any other', async () => {
    const cases = {
      ours,
      crlf: ours.replace(/\n/g, '\r\n'),
      invalid: ours.replace('"colour":"yellow"', '"colour":"mauve"').replace('"kind":"membership-body"', '"kind":"club"'),
      badEnvelope: ours.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "yesterday"'),
      repeated: ours.replace('"id":"hl-2"', '"id":"hl-1"'),
      otherFormat: ours.replace('"policy-lens-sync"', '"something-else"'),
      newer: ours.replace('"version": 1', '"version": 9'),
      minified: JSON.stringify(JSON.parse(ours)),
      indented: JSON.stringify(JSON.parse(ours), null, 2),
      w3c: JSON.stringify(toWebAnnotationCollection([highlight('hl-1')], at(5), 'x')),
      truncated: ours.slice(0, ours.length / 2),
      notJson: 'hello',
    };
    for (const [name, text] of Object.entries(cases)) {
      expect({ name, result: await readImportFile(chunked(text), NOW) }).toEqual({ name, result: parseImportText(text, NOW) });
    }
    // Our layout is never read whole.
    const streamedOnly = chunked(ours);
    streamedOnly.text = () => Promise.reject(new Error('read whole'));
    expect(await readImportFile(streamedOnly, NOW)).toMatchObject({ ok: true });
    expect(await readImportFile(chunked(cases.invalid), NOW)).toMatchObject({ ok: false, total: 2 });
  });

  it('reads back what an export wrote', async () => {
    const db = openTestDatabase();
    try {
      await db.annotations.bulkPut([highlight('hl-1'), highlight('hl-2', { note: 'x' })]);
      const file = await exportSyncFile(db);
      expect(await readImportFile(new Blob([serializeSyncFile(file)]))).toEqual({ ok: true, file, source: 'policy-lens', skipped: [], notices: [] });
    } finally {
      await db.delete();
    }
  });
});
