import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installCorpus, installDelta } from '../storage/corpus-install';
import { getStatement, putStatements } from '../storage/corpus-records';
import type { PolicyLensDb } from '../storage/db';
import { deltaBase } from '../storage/pack-delta-base';
import { allHoldings, countTallies } from '../storage/pack-holdings';
import { recordStore } from '../storage/record-store';
import { openTestDatabase } from '../storage/test-db';
import { staleStatements, updateTextIndex } from '../storage/text-index';
import { loadBundledCorpus } from './bundled-corpus';
import { validateDelta } from './delta-validate';
import { type CorpusPack, PACK_TABLES, type PackFile, type PackTable, serializePack, toPackFile } from './pack-format';
import { type PackDelta, deltaUrl, makeDelta, readDeltaText, serializeDelta } from './pack-delta';
import { checkPack, installPackFile } from './subscription';

const corpus = loadBundledCorpus();

/** A team's pack: the bundled records under another id. */
const teamPack = (version: number, change: (p: CorpusPack) => CorpusPack = (p) => p): CorpusPack =>
  change({ ...corpus, id: 'team-pack', title: 'Team corpus', publisher: 'A think tank', licence: 'CC BY 4.0', version, published: `2027-0${version}-01T00:00:00.000Z` });

const fileOf = (pack: CorpusPack): PackFile => {
  const { events, organisations, people, topics, statements, quotes, ...header } = pack;
  return toPackFile(header, { events, organisations, people, topics, statements, quotes });
};
const textOf = (pack: CorpusPack) => serializePack(fileOf(pack));
const deltaOf = (from: CorpusPack, to: CorpusPack): PackDelta => {
  const made = makeDelta(fileOf(from), fileOf(to));
  if (!made.ok) throw new Error(made.reason);
  return made.delta;
};

/** Checks a delta's text against `db` and applies it as a subscription's check does. */
async function applyDeltaText(db: PolicyLensDb, text: string) {
  const read = await readDeltaText(text);
  if (!read.ok) throw new Error('unreadable delta');
  const applied = await installDelta(db, 'team-pack', (base) => validateDelta(read.json, base), {}, read.hashes ? { hashes: read.hashes } : {});
  if (applied.ok) await updateTextIndex(db, applied.report.changedStatementIds);
  return applied;
}

async function snapshot(db: PolicyLensDb) {
  // In id order: chunked records come in the order they were stored, which a delta and a full file need not share.
  const inIdOrder = async (table: PackTable) => (await recordStore(db, table).all()).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const tables = Object.fromEntries(await Promise.all(PACK_TABLES.map(async (t) => [t, await inIdOrder(t)] as const)));
  const { installedAt: _i, ...row } = (await db.packs.get('team-pack')) ?? { installedAt: '' };
  const tallies = await db.packTallies.toArray();
  // Stored as a fresh count of the holdings gives them, whichever way the version came.
  expect(tallies).toEqual(await countTallies(db.holdingChunks));
  return { tables, holdings: await allHoldings(db.holdingChunks), tallies, row, stale: await staleStatements(db) };
}

/** One change a publisher may make between two versions. */
type Change = (p: CorpusPack, n: number) => CorpusPack;
const at = <T>(list: readonly T[], n: number) => list[n % list.length]!;
const CHANGES: Record<string, Change> = {
  'a statement gains a sentence': (p, n) => {
    const s = at(p.statements, n);
    return { ...p, statements: p.statements.map((x) => (x === s ? { ...x, text: `${x.text} The minister added a further remark ${n}.` } : x)) };
  },
  'a statement is retitled': (p, n) => {
    const s = at(p.statements, n);
    return { ...p, statements: p.statements.map((x) => (x === s ? { ...x, title: `Retitled ${n}` } : x)) };
  },
  'a quote is shortened': (p, n) => {
    const q = at(p.quotes, n);
    const words = q.text.split(' ');
    return words.length < 4 ? p : { ...p, quotes: p.quotes.map((x) => (x === q ? { ...x, text: words.slice(1).join(' ') } : x)) };
  },
  'a statement is added with a quote': (p, n) => {
    const s = at(p.statements, n);
    const id = `added-${n}-${p.statements.length}`;
    const text = `A new statement on the same subject, number ${n}. It quotes a speaker at length.`;
    return {
      ...p,
      statements: [...p.statements, { ...s, id, text, canonicalUrl: `https://example.org/${id}` }],
      quotes: [...p.quotes, { ...at(p.quotes, n), id: `q-${id}`, statementId: id, text: 'It quotes a speaker at length.' }],
    };
  },
  'a statement is removed with its quotes': (p, n) => {
    if (p.statements.length < 2) return p;
    const s = at(p.statements, n);
    return { ...p, statements: p.statements.filter((x) => x !== s), quotes: p.quotes.filter((q) => q.statementId !== s.id) };
  },
  'an organisation is renamed': (p, n) => {
    const o = at(p.organisations, n);
    return { ...p, organisations: p.organisations.map((x) => (x === o ? { ...x, name: `${x.name} (renamed ${n})` } : x)) };
  },
  'an event is removed with its statements': (p, n) => {
    const e = at(p.events, n);
    const gone = new Set(p.statements.filter((s) => s.eventId === e.id).map((s) => s.id));
    if (gone.size === p.statements.length) return p;
    return { ...p, events: p.events.filter((x) => x !== e), statements: p.statements.filter((s) => !gone.has(s.id)), quotes: p.quotes.filter((q) => !gone.has(q.statementId)) };
  },
};

describe('a pack delta', () => {
  it('lives beside its pack, and holds the changed lines byte for byte and the ids removed', () => {
    expect(deltaUrl('https://example.org/packs/team.json?key=1#top', 3)).toBe('https://example.org/packs/team.delta-3.json?key=1');
    expect(deltaUrl('https://example.org/packs/team', 3)).toBe('https://example.org/packs/team.delta-3.json');
    const v2 = teamPack(2, (p) => CHANGES['a statement gains a sentence']!(CHANGES['a statement is removed with its quotes']!(p, 1), 0));
    const delta = deltaOf(teamPack(1), v2);
    expect(delta).toMatchObject({ fromVersion: 1, version: 2, statements: [{ id: v2.statements[0]!.id }], quotes: [] });
    expect(delta.removed.statements).toEqual([corpus.statements[1]!.id]);
    const fullLines = new Set(textOf(v2).split('\n'));
    for (const line of serializeDelta(delta).split('\n').filter((l) => l.startsWith('    {'))) expect(fullLines.has(line) || fullLines.has(`${line},`) || fullLines.has(line.replace(/,$/, ''))).toBe(true);
    const noOrganisation = teamPack(2, (p) => ({ ...p, organisations: p.organisations.slice(1) }));
    expect(makeDelta(fileOf(teamPack(1)), fileOf(noOrganisation))).toEqual({ ok: false, reason: 'version 2 removes organisations, which only the full file can do' });
  });
});

describe('applying a delta', () => {
  it('gives exactly what applying the full new version gives, user edits included, for any mix of changes', async () => {
    const change = fc.tuple(fc.constantFrom(...Object.keys(CHANGES)), fc.nat(40));
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 5 }), fc.nat(20), async (changes, edited) => {
        const v1 = teamPack(1);
        const v2 = changes.reduce((p, [name, n]) => CHANGES[name]!(p, n), teamPack(2));
        const results = [];
        for (const way of ['full', 'delta'] as const) {
          const db = openTestDatabase();
          try {
            expect(await installPackFile(db, textOf(v1))).toMatchObject({ status: 'installed' });
            const organisation = at(corpus.organisations, edited);
            await db.organisations.update(organisation.id, { name: 'Edited by the analyst', origin: 'user' });
            if (way === 'full') expect(await installPackFile(db, textOf(v2))).toMatchObject({ status: 'installed' });
            else expect(await applyDeltaText(db, serializeDelta(deltaOf(v1, v2)))).toMatchObject({ ok: true });
            expect((await db.organisations.get(organisation.id))?.name).toBe('Edited by the analyst');
            results.push(await snapshot(db));
          } finally {
            await db.delete();
          }
        }
        expect(results[1]).toEqual(results[0]);
        expect(results[0]?.stale).toEqual([]);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});

describe('checking a delta against the installed version', () => {
  let db: PolicyLensDb;
  beforeEach(async () => {
    db = openTestDatabase();
    await installPackFile(db, textOf(teamPack(1)));
  });
  afterEach(() => db.delete());

  const refusal = async (delta: unknown) => {
    const base = await deltaBase(db, 'team-pack');
    const checked = await validateDelta(delta, base!);
    return checked.ok ? 'accepted' : checked.error;
  };
  const v2 = deltaOf(teamPack(1), teamPack(2, (p) => CHANGES['a statement gains a sentence']!(p, 0)));
  const [statement] = corpus.statements;
  const quoteOf = (statementId: string) => corpus.quotes.find((q) => q.statementId === statementId)!;

  it('accepts a delta from the installed version', async () => {
    expect(await refusal(v2)).toBe('accepted');
  });

  it.each<[string, (d: PackDelta) => unknown, RegExp]>([
    ['another format', (d) => ({ ...d, format: 'policy-lens-corpus' }), /has no "format": "policy-lens-corpus-delta"/],
    ['another pack', (d) => ({ ...d, id: 'other-pack' }), /a delta of pack "other-pack", not "team-pack"/],
    ['another starting version', (d) => ({ ...d, fromVersion: 2, version: 3 }), /starts from version 2, and version 1 is installed/],
    ['a record failing the schema', (d) => ({ ...d, statements: [{ ...d.statements[0], canonicalUrl: 'nowhere' }] }), /statements\[0\].*canonicalUrl/],
    ['a reference to nothing kept', (d) => ({ ...d, quotes: [{ ...quoteOf(statement!.id), speakerId: 'nobody' }] }), /neither in this delta nor kept from version 1/],
    ['a quote not word for word in its stored statement', (d) => ({ ...d, statements: [], quotes: [{ ...quoteOf(corpus.statements[2]!.id), text: 'Words nobody said.' }] }), /is not word for word/],
    ['a changed statement a kept quote is no longer in', (d) => ({ ...d, statements: [{ ...d.statements[0], text: 'All new text.' }] }), /kept from version 1, is not word for word in the changed statement/],
    ['a removed statement a kept quote names', (d) => ({ ...d, statements: [], removed: { ...d.removed, statements: [statement!.id] } }), /kept, names statement/],
    ['a removed organisation', (d) => ({ ...d, removed: { ...d.removed, organisations: [corpus.organisations[0]!.id] } }), /removes from organisations, which only the full file can do/],
    ['a removed id it never held', (d) => ({ ...d, removed: { ...d.removed, quotes: ['no-such-quote'] } }), /removes a record version 1 does not hold/],
  ])('refuses %s, saying why', async (_name, corrupt, reason) => {
    expect(await refusal(corrupt(v2))).toMatch(reason);
  });

  it('refuses when another pack’s version of some records is kept, or when a statement a quote needs was edited here', async () => {
    await putStatements(db, [{ ...(await getStatement(db, corpus.statements[2]!.id))!, origin: 'user' }]);
    const quoted = { ...v2, statements: [], quotes: [{ ...quoteOf(corpus.statements[2]!.id), text: quoteOf(corpus.statements[2]!.id).text.split(' ').slice(1).join(' ') }] };
    expect(await refusal(quoted)).toMatch(/is edited or deleted here/);
    await installCorpus(db, { ...corpus, id: 'newer-pack', published: '2028-01-01T00:00:00.000Z', statements: corpus.statements.slice(0, 1), quotes: [] }, { kind: 'file' });
    expect(await refusal(v2)).toMatch(/stored as another pack's version/);
  });
});

/** A static host in memory: honours Range (from 0) and If-None-Match, logs every request. */
function staticHost(files: Map<string, { body: string; etag: string }>) {
  const log: { path: string; range?: string; ifNoneMatch?: string; status: number }[] = [];
  const hostFetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input)).pathname;
    const headers = new Headers(init?.headers);
    const file = files.get(path);
    const range = headers.get('range') ?? undefined;
    const ifNoneMatch = headers.get('if-none-match') ?? undefined;
    const status = !file ? 404 : ifNoneMatch === file.etag ? 304 : range ? 206 : 200;
    log.push({ path, ...(range ? { range } : {}), ...(ifNoneMatch ? { ifNoneMatch } : {}), status });
    if (!file || status === 304) return Promise.resolve(new Response(null, { status }));
    const bytes = new TextEncoder().encode(file.body);
    const end = range ? Number(/bytes=0-(\d+)/.exec(range)?.[1]) + 1 : bytes.length;
    return Promise.resolve(new Response(bytes.slice(0, end), { status, headers: { etag: file.etag } }));
  }) as typeof fetch;
  return { hostFetch, log };
}

describe('a subscription check', () => {
  let db: PolicyLensDb;
  const files = new Map<string, { body: string; etag: string }>();
  const { hostFetch, log } = staticHost(files);
  const url = 'https://example.org/packs/team.json';
  beforeEach(async () => {
    db = openTestDatabase();
    files.clear();
    files.set('/packs/team.json', { body: textOf(teamPack(1)), etag: '"v1"' });
    expect(await installPackFile(db, textOf(teamPack(1)))).toMatchObject({ status: 'installed' });
    await db.packs.update('team-pack', { kind: 'subscribed', url, etag: '"v1"' });
    log.length = 0;
  });
  afterEach(() => db.delete());

  const v2 = teamPack(2, (p) => CHANGES['a statement is added with a quote']!(p, 3));

  it('reads the header of a newer version, applies its delta and never downloads the full file', async () => {
    files.set('/packs/team.json', { body: textOf(v2), etag: '"v2"' });
    files.set('/packs/team.delta-1.json', { body: serializeDelta(deltaOf(teamPack(1), v2)), etag: '"d1"' });
    expect(await checkPack(db, 'team-pack', { fetch: hostFetch })).toMatchObject({ status: 'installed', version: 2, delta: true, report: { added: 2 } });
    expect(log).toEqual([
      { path: '/packs/team.json', range: 'bytes=0-16383', ifNoneMatch: '"v1"', status: 206 },
      { path: '/packs/team.delta-1.json', status: 200 },
    ]);
    expect(await db.packs.get('team-pack')).toMatchObject({ version: 2, etag: '"v2"', counts: { statements: corpus.statements.length + 1 } });
    expect(await staleStatements(db)).toEqual([]);
    log.length = 0;
    expect(await checkPack(db, 'team-pack', { fetch: hostFetch })).toEqual({ status: 'not-modified' });
    expect(log).toEqual([{ path: '/packs/team.json', range: 'bytes=0-16383', ifNoneMatch: '"v2"', status: 304 }]);
  });

  it('falls back to the full file when the delta is refused, and says why', async () => {
    files.set('/packs/team.json', { body: textOf(v2), etag: '"v2"' });
    files.set('/packs/team.delta-1.json', { body: serializeDelta(deltaOf(teamPack(1), v2)).replace('It quotes a speaker at length.","stance', 'Words nobody said.","stance'), etag: '"d1"' });
    const result = await checkPack(db, 'team-pack', { fetch: hostFetch });
    expect(result).toMatchObject({ status: 'installed', version: 2, deltaRefused: expect.stringMatching(/^The delta from version 1 was refused: .*is not word for word/) });
    expect(log.map((r) => `${r.path} ${r.status}`)).toEqual(['/packs/team.json 206', '/packs/team.delta-1.json 200', '/packs/team.json 200']);
    const full = openTestDatabase();
    try {
      await installPackFile(full, textOf(teamPack(1)));
      await installPackFile(full, textOf(v2));
      expect((await snapshot(db)).tables).toEqual((await snapshot(full)).tables);
    } finally {
      await full.delete();
    }
  });

  it('uses the full file when the pack has no delta, and downloads nothing more for a version not above its own', async () => {
    files.set('/packs/team.json', { body: textOf(v2), etag: '"v2"' });
    expect(await checkPack(db, 'team-pack', { fetch: hostFetch })).toMatchObject({ status: 'installed', version: 2 });
    expect(log.map((r) => `${r.path} ${r.status}`)).toEqual(['/packs/team.json 206', '/packs/team.delta-1.json 404', '/packs/team.json 200']);
    log.length = 0;
    files.set('/packs/team.json', { body: textOf(teamPack(1)), etag: '"v1-again"' });
    expect(await checkPack(db, 'team-pack', { fetch: hostFetch })).toEqual({ status: 'not-newer', version: 1, installed: 2 });
    expect(log.map((r) => `${r.path} ${r.status}`)).toEqual(['/packs/team.json 206']);
  });
});
