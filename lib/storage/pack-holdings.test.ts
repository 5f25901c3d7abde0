import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicyLensDb } from './db';
import { HOLDING_CHUNKS, type Holdings, allHoldings, forgetHoldingHash, holdingChunkOf, holdingOf, readHoldings, writeHoldings } from './pack-holdings';
import { openTestDatabase } from './test-db';

const holding = (id: string, packIds = ['pack-a']) => ({ table: 'quotes' as const, id, packIds, source: packIds[0] ?? '', hash: id.length + 1 });

describe('pack holdings in chunks', () => {
  let db: PolicyLensDb;
  beforeEach(() => {
    db = openTestDatabase();
  });
  afterEach(() => db.delete());

  it('store thousands of holdings in at most HOLDING_CHUNKS rows per table, and read them back as written', async () => {
    const holdings: Holdings = new Map(Array.from({ length: 3_000 }, (_, i) => [`q-${i}`, holding(`q-${i}`, i % 7 ? ['pack-a'] : ['pack-a', 'pack-b'])]));
    await writeHoldings(db.holdingChunks, 'quotes', holdings, holdings.keys());
    expect(await db.holdingChunks.count()).toBeLessThanOrEqual(HOLDING_CHUNKS);
    expect(await readHoldings(db.holdingChunks, 'quotes')).toEqual(holdings);
    expect(await readHoldings(db.holdingChunks, 'people')).toEqual(new Map());
    expect(await holdingOf(db.holdingChunks, 'quotes', 'q-7')).toEqual(holding('q-7', ['pack-a', 'pack-b']));
  });

  it('rewrite only the chunks of the records named, and drop a chunk left empty', async () => {
    const holdings: Holdings = new Map([['q-1', holding('q-1')], ['q-2', holding('q-2')]]);
    await writeHoldings(db.holdingChunks, 'quotes', holdings, holdings.keys());
    holdings.delete('q-1');
    holdings.set('q-2', { ...holding('q-2'), hash: 99 });
    // Only q-1 is named, and q-2 is in another chunk: q-2's change is not written.
    expect(holdingChunkOf('q-1')).not.toBe(holdingChunkOf('q-2'));
    await writeHoldings(db.holdingChunks, 'quotes', holdings, ['q-1']);
    expect(await holdingOf(db.holdingChunks, 'quotes', 'q-1')).toBeUndefined();
    expect((await holdingOf(db.holdingChunks, 'quotes', 'q-2'))?.hash).toBe(holding('q-2').hash);
    await forgetHoldingHash(db.holdingChunks, 'quotes', 'q-2');
    expect(await allHoldings(db.holdingChunks)).toEqual([{ ...holding('q-2'), hash: 0 }]);
    holdings.clear();
    await writeHoldings(db.holdingChunks, 'quotes', holdings, ['q-2']);
    expect(await db.holdingChunks.count()).toBe(0);
  });
});
