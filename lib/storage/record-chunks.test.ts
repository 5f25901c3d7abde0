import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ChunkRow, type Chunked, LOOSE_PER_CHUNK, type LooseRow, type Stored, editChunks, readAll, readChunks } from './record-chunks';
import { freshIndexedDb } from './test-db';

interface Rec {
  id: string;
  /** The chunk the test files it in (so a handful of chunks fill up and fold). */
  at: number;
  v: number;
}

let db: Dexie & { rows: Chunked<Rec>['rows']; loose: Chunked<Rec>['loose'] };
let table: Chunked<Rec>;
const chunkOfRec = (r: Rec) => r.at;
const write = (put: Rec[], remove: Stored[] = []) => db.transaction('rw', [db.rows, db.loose], () => editChunks(table, chunkOfRec, put, remove));
const recs = (n: number, at: number, v = 1, from = 0): Rec[] => Array.from({ length: n }, (_, i) => ({ id: `r-${at}-${String(from + i).padStart(3, '0')}`, at, v }));

beforeEach(async () => {
  db = new Dexie('record-chunks-test', freshIndexedDb()) as typeof db;
  db.version(1).stores({ rows: 'chunk', loose: '[chunk+id]' });
  await db.open();
  table = { rows: db.rows, loose: db.loose };
});
afterEach(() => db.delete());

describe('loose rows over chunk rows', () => {
  it('writes a small write loose, folds a chunk into its row once it would keep more than LOOSE_PER_CHUNK, and reads the same records either way', async () => {
    const first = recs(LOOSE_PER_CHUNK, 3);
    await write(first);
    expect(await db.rows.count()).toBe(0);
    expect(await db.loose.count()).toBe(LOOSE_PER_CHUNK);
    expect((await readChunks(table, [3])).get(3)).toEqual(first);

    const next = recs(1, 3, 1, LOOSE_PER_CHUNK);
    await write(next);
    expect(await db.loose.count()).toBe(0);
    expect(await db.rows.get(3)).toEqual({ chunk: 3, records: [...first, ...next] });
    expect(await readAll(table)).toEqual([...first, ...next]);
  });

  it('takes a record out of its chunk row with a null loose row, which every read skips and a fold drops', async () => {
    const stored = recs(LOOSE_PER_CHUNK + 4, 1);
    await write(stored);
    const [gone, changed] = stored as [Rec, Rec];
    const edited = { ...changed, v: 2 };
    const before = await write([edited], [{ id: gone.id, chunk: 1 }]);
    expect(before).toEqual([gone, changed]);
    expect(await db.loose.toArray()).toEqual([
      { chunk: 1, id: gone.id, record: null },
      { chunk: 1, id: changed.id, record: edited },
    ] satisfies LooseRow<Rec>[]);
    const now = [edited, ...stored.slice(2)];
    expect((await readChunks(table, [1])).get(1)).toEqual(now);
    expect(await readAll(table)).toEqual(now);
    // Enough changes to fold: the row holds what the reads gave, and no null survives.
    await write(recs(LOOSE_PER_CHUNK, 1, 3, 100));
    expect(await db.loose.count()).toBe(0);
    expect((await db.rows.get(1))?.records).toEqual([...now, ...recs(LOOSE_PER_CHUNK, 1, 3, 100)]);
  });

  it('drops a chunk whose records are all taken out, and a loose record taken out leaves nothing', async () => {
    const stored = recs(LOOSE_PER_CHUNK + 1, 2);
    const loose = recs(1, 5);
    await write([...stored, ...loose]);
    await write([], [...stored, ...loose].map((r) => ({ id: r.id, chunk: r.at })));
    expect(await db.rows.count()).toBe(0);
    expect(await db.loose.count()).toBe(0);
    expect(await readAll(table)).toEqual([]);
  });

  it('reads a chunk once per transaction, nested ones included, and reads back its own writes there', async () => {
    const stored = recs(LOOSE_PER_CHUNK + 2, 4);
    await write(stored);
    const reads = vi.spyOn(db.rows, 'bulkGet');
    const edited = { ...stored[0]!, v: 2 };
    await db.transaction('rw', [db.rows, db.loose], async () => {
      expect((await readChunks(table, [4])).get(4)).toEqual(stored);
      await editChunks(table, chunkOfRec, [edited]);
      const inner = await db.transaction('r', [db.rows, db.loose], () => readChunks(table, [4]));
      expect(inner.get(4)).toEqual([edited, ...stored.slice(1)]);
    });
    expect(reads).toHaveBeenCalledTimes(1);
    // A new transaction reads again, and finds what the last one wrote.
    expect((await db.transaction('r', [db.rows, db.loose], () => readChunks(table, [4]))).get(4)).toEqual([edited, ...stored.slice(1)]);
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('after any writes and removals, reads as a map does, with at most LOOSE_PER_CHUNK loose rows a chunk and no empty row', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `r-${String(i).padStart(2, '0')}`);
    const step = fc.record({
      put: fc.uniqueArray(fc.record({ id: fc.constantFrom(...ids), at: fc.integer({ min: 0, max: 2 }), v: fc.nat(9) }), { selector: (r) => r.id, maxLength: 25 }),
      remove: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 10 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 6 }), async (steps) => {
        await Promise.all([db.rows.clear(), db.loose.clear()]);
        const model = new Map<string, Rec>();
        for (const { put, remove } of steps) {
          // A record moved to another chunk is taken out of the one it was in, as quotes are.
          const out: Stored[] = [
            ...remove.flatMap((id) => (model.has(id) && !put.some((p) => p.id === id) ? [{ id, chunk: model.get(id)!.at }] : [])),
            ...put.flatMap((p) => (model.has(p.id) && model.get(p.id)!.at !== p.at ? [{ id: p.id, chunk: model.get(p.id)!.at }] : [])),
          ];
          const replaced = [...put.map((p) => model.get(p.id)), ...out.map((o) => model.get(o.id))].filter((r) => r !== undefined);
          const before = await write(put, out);
          expect(new Set(before)).toEqual(new Set(replaced));
          for (const { id } of out) model.delete(id);
          for (const p of put) model.set(p.id, p);
        }
        const byId = (a: Rec, b: Rec) => (a.id < b.id ? -1 : 1);
        expect((await readAll(table)).sort(byId)).toEqual([...model.values()].sort(byId));
        const chunks = await readChunks(table, [0, 1, 2]);
        for (const chunk of [0, 1, 2]) expect(chunks.get(chunk)).toEqual([...model.values()].filter((r) => r.at === chunk).sort(byId));
        const rows: ChunkRow<Rec>[] = await db.rows.toArray();
        const loose = await db.loose.toArray();
        for (const row of rows) expect(row.records.length).toBeGreaterThan(0);
        for (const chunk of [0, 1, 2]) expect(loose.filter((l) => l.chunk === chunk).length).toBeLessThanOrEqual(LOOSE_PER_CHUNK);
        // A null only where the row still holds the record.
        for (const l of loose.filter((l) => l.record === null)) expect(rows.find((r) => r.chunk === l.chunk)?.records.some((r) => r.id === l.id)).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
});
