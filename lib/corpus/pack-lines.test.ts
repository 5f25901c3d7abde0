import { describe, expect, it } from 'vitest';
import { textHash } from '../storage/text-hash';
import { loadBundledCorpus } from './bundled-corpus';
import { PACK_TABLES, serializePack, toPackFile } from './pack-format';
import { hashesMatching, recordLineHashes } from './pack-lines';

const corpus = loadBundledCorpus();
const { events, organisations, people, topics, statements, quotes, ...header } = corpus;
const file = toPackFile(header, { events, organisations, people, topics, statements, quotes });
const text = serializePack(file);

describe('record line hashes', () => {
  it('hash each record of a pack written one record per line, in order, as its JSON', () => {
    const hashes = recordLineHashes(text);
    for (const table of PACK_TABLES) expect(Array.from(hashes?.[table] ?? [])).toEqual(file[table].map((r) => textHash(JSON.stringify(r))));
    expect(hashesMatching(hashes, file as unknown as Record<string, unknown>)).toBe(hashes);
  });

  it('change only the hash of the record whose line changed', () => {
    const changed = { ...file, statements: file.statements.map((s, i) => (i === 1 ? { ...s, title: `${s.title}!` } : s)) };
    const before = recordLineHashes(text);
    const after = recordLineHashes(serializePack(changed));
    expect(Array.from(after?.statements ?? []).map((h, i) => h === before?.statements?.[i])).toEqual(file.statements.map((_, i) => i !== 1));
    expect(after?.quotes).toEqual(before?.quotes);
  });

  it('give none for a file laid out otherwise, or whose lines do not match its records', () => {
    expect(recordLineHashes(JSON.stringify(file))).toBeUndefined();
    expect(recordLineHashes(JSON.stringify(file, null, 2))).toBeUndefined();
    expect(recordLineHashes(text.replace(/\n {2}\]/, ''))).toBeUndefined();
    const twoOnALine = text.replace(/\},\n {4}\{"id"/, '}, {"id"');
    expect(hashesMatching(recordLineHashes(twoOnALine), JSON.parse(twoOnALine) as Record<string, unknown>)).toBeUndefined();
  });
});
