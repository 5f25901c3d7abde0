import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { PACK_TABLES } from '../corpus/pack-format';
import { syntheticPack } from '../../test-support/corpus/synthetic-pack';
import { installCorpus } from './corpus-install';
import { deleteQuotes, deleteStatements, putQuotes, putStatements } from './corpus-records';
import type { PolicyLensDb } from './db';
import { listPackSources } from './pack-sources';
import { recordStore } from './record-store';
import { openTestDatabase } from './test-db';

const corpus = loadBundledCorpus();
const pack = syntheticPack(corpus, 20, 5);

/** The user's own records counted the slow way, from every record. */
async function ownByReading(db: PolicyLensDb) {
  const own: Record<string, number> = {};
  for (const table of PACK_TABLES) own[table] = (await recordStore(db, table).all()).filter((r) => r.origin === 'user').length;
  return own;
}

let db: PolicyLensDb;
beforeEach(async () => {
  db = openTestDatabase();
  await installCorpus(db, pack, { kind: 'file' });
});
afterEach(() => db.delete());

describe('the user\'s own records in the Corpus sources panel', () => {
  it('counts the statements and quotes the user made or edited, and none of a pack\'s, without reading them', async () => {
    expect((await listPackSources(db)).own).toMatchObject({ statements: 0, quotes: 0 });
    const [first, second] = pack.statements;
    await putStatements(db, [{ ...first!, origin: 'user', title: 'Edited' }]);
    await putQuotes(db, pack.quotes.filter((q) => q.statementId === second!.id).map((q) => ({ ...q, origin: 'user' as const })));
    const wholeReads = [vi.spyOn(db.statementChunks, 'orderBy'), vi.spyOn(db.quoteChunks, 'orderBy')];
    const sources = await listPackSources(db);
    for (const spy of wholeReads) expect(spy).not.toHaveBeenCalled();
    expect(sources.own).toEqual(await ownByReading(db));
    expect(sources.own).toMatchObject({ statements: 1, quotes: pack.quotes.filter((q) => q.statementId === second!.id).length });
  });

  it('after any edits, restorations and deletions, counts as reading every record does', async () => {
    const statementIds = pack.statements.slice(0, 6).map((s) => s.id);
    const step = fc.record({ id: fc.constantFrom(...statementIds), to: fc.constantFrom('user', 'corpus', 'deleted') });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 8 }), async (steps) => {
        await installCorpus(db, { ...pack, version: pack.version + 1 }, { kind: 'file' });
        for (const { id, to } of steps) {
          const statement = pack.statements.find((s) => s.id === id)!;
          const quotes = pack.quotes.filter((q) => q.statementId === id);
          if (to === 'deleted') {
            await deleteQuotes(db, quotes.map((q) => q.id));
            await deleteStatements(db, [id]);
          } else {
            await putStatements(db, [{ ...statement, origin: to }]);
            await putQuotes(db, quotes.map((q) => ({ ...q, origin: to })));
          }
        }
        expect((await listPackSources(db)).own).toEqual(await ownByReading(db));
      }),
      { numRuns: 15 },
    );
  });
});
