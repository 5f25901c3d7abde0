import { describe, expect, it } from 'vitest';
import { textHash } from '../storage/text-hash';
import { loadBundledCorpus } from './bundled-corpus';
import { PACK_TABLES, type PackTable, asciiJson, serializePack, toPackFile } from './pack-format';
import { lineHashes, packHeaderOf, packLines, readPackLines } from './pack-lines';

const corpus = loadBundledCorpus();
const { events, organisations, people, topics, statements, quotes, ...header } = corpus;
const file = toPackFile(header, { events, organisations, people, topics, statements, quotes });
const text = serializePack(file);
/** Per table, the hash of each record line; undefined when the text is not laid out one record per line. */
const recordLineHashes = (pack: string) => {
  const lines = packLines(pack);
  return lines && lineHashes(lines);
};

describe('record line hashes', () => {
  it('hash each record of a pack written one record per line, in order, as its JSON (in ASCII)', () => {
    const hashes = recordLineHashes(text);
    for (const table of PACK_TABLES) expect(Array.from(hashes?.[table] ?? [])).toEqual(file[table].map((r) => textHash(asciiJson(r))));
  });

  it('come from a file that is pure ASCII and reads back as the same records, curly quotes and all', () => {
    const withAstral = { ...file, statements: file.statements.map((s, i) => (i === 0 ? { ...s, title: `${s.title} – “São Paulo” 😀` } : s)) };
    const written = serializePack(withAstral);
    expect([...written].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(JSON.parse(written)).toEqual(JSON.parse(JSON.stringify(withAstral)));
    expect(text).toContain('\\u2019');
  });

  it('change only the hash of the record whose line changed', () => {
    const changed = { ...file, statements: file.statements.map((s, i) => (i === 1 ? { ...s, title: `${s.title}!` } : s)) };
    const before = recordLineHashes(text);
    const after = recordLineHashes(serializePack(changed));
    expect(Array.from(after?.statements ?? []).map((h, i) => h === before?.statements?.[i])).toEqual(file.statements.map((_, i) => i !== 1));
    expect(after?.quotes).toEqual(before?.quotes);
  });

  it('give none for a file laid out otherwise, or naming a table twice', () => {
    expect(recordLineHashes(JSON.stringify(file))).toBeUndefined();
    expect(recordLineHashes(JSON.stringify(file, null, 2))).toBeUndefined();
    expect(recordLineHashes(text.replace(/\n {2}\]/, ''))).toBeUndefined();
    expect(recordLineHashes(text.replace(/\n\}\n$/, ',\n  "topics": []\n}\n'))).toBeUndefined();
  });
});

describe('reading a pack from its lines', () => {
  const none = () => Promise.resolve(undefined);

  it('read the same JSON as JSON.parse, with the hash of each line', async () => {
    const lines = packLines(text);
    const read = lines && (await readPackLines(lines, none));
    expect(read?.json).toEqual(JSON.parse(text));
    expect(read?.hashes).toEqual(recordLineHashes(text));
    expect(read?.known).toBeUndefined();
  });

  it('give none when a line is not JSON (two records on a line), for the whole file to be parsed and its error named', async () => {
    const twoOnALine = text.replace(/\},\n {4}\{"id"/, '}, {"id"');
    const lines = packLines(twoOnALine);
    expect(lines).toBeDefined();
    expect(lines && (await readPackLines(lines, none))).toBeUndefined();
  });

  const installedFrom = (source: string, held = (t: PackTable) => new Set(file[t].map((r) => r.id))) => {
    const hashes = recordLineHashes(source);
    return () =>
      Promise.resolve({
        hashes: Object.fromEntries(PACK_TABLES.map((t) => [t, new Map(file[t].map((r, i) => [r.id, hashes?.[t]?.[i] ?? 0]))])) as Record<PackTable, Map<string, number>>,
        held: Object.fromEntries(PACK_TABLES.map((t) => [t, held(t)])) as Record<PackTable, Set<string>>,
      });
  };

  it("leave an unchanged statement as its id alone, parse a changed one, and read a stub statement's text on demand", async () => {
    const changed = { ...file, statements: file.statements.map((s, i) => (i === 1 ? { ...s, title: `${s.title}!` } : s)) };
    const lines = packLines(serializePack(changed));
    const read = lines && (await readPackLines(lines, installedFrom(text)));
    const statements = read?.json.statements as { id: string; title?: string }[];
    expect(statements.map((s) => Object.keys(s).length > 1)).toEqual(file.statements.map((_, i) => i === 1));
    expect(statements.map((s) => s.id)).toEqual(file.statements.map((s) => s.id));
    expect(read?.known?.has('statements', 0, statements[0])).toBe(true);
    expect(read?.known?.has('statements', 1, statements[1])).toBe(false);
    expect(read?.json.quotes).toEqual(file.quotes);
    expect(read?.known?.stillResolve).toBe(true);
    expect(read?.known?.stubText?.(file.statements[0]!.id)).toBe(file.statements[0]!.text);
    expect(read?.known?.stubText?.(file.statements[1]!.id)).toBeUndefined();
  });

  it('parse every statement when a record the installed version held is gone, since an unchanged line may refer to it', async () => {
    const [gone, ...kept] = file.organisations;
    const without = { ...file, organisations: kept };
    const held = (t: PackTable) => new Set([...file[t].map((r) => r.id), ...(t === 'organisations' && gone ? [gone.id] : [])]);
    const lines = packLines(serializePack(without));
    const read = lines && (await readPackLines(lines, installedFrom(text, held)));
    expect(read?.json.statements).toEqual(file.statements);
    expect(read?.known?.stillResolve).toBe(false);
    expect(read?.known?.stubText?.(file.statements[0]!.id)).toBeUndefined();
  });
});

describe('a pack header read from the start of its file', () => {
  it('gives the id and version once the first table line has arrived, and nothing before it or for another layout', () => {
    const firstTable = text.indexOf('  "organisations": [');
    expect(packHeaderOf(text.slice(0, firstTable + 22))).toEqual({ id: corpus.id, version: corpus.version });
    expect(packHeaderOf(text.slice(0, firstTable - 1))).toBeUndefined();
    expect(packHeaderOf(JSON.stringify(file))).toBeUndefined();
    expect(packHeaderOf(text.slice(0, firstTable + 22).replace(`"version": ${corpus.version}`, '"version": "7"'))).toBeUndefined();
  });
});
