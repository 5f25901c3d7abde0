// What the sidebar's "Same voices on other events" needs: for each organisation and
// person on the page, the quotes of their newest statements on other events. In a
// large corpus one organisation has said thousands of things; reading them all (and
// their statements, texts included) made a page quoting two known quotes take seconds
// at 50,000 statements. A voice with few quotes is read whole. For a voice with many,
// the reads that grow with the corpus (the ids of all statements newest first, and
// the statements the voice speaks in) are made once per state of the corpus and kept
// (corpus-read-cache.ts), shared with verification's voice search; quotes are loaded
// only for the SAME_VOICE_STATEMENTS statements listed.
import type { Quote } from '../schema';
import * as records from './corpus-records';
import type { PolicyLensDb } from './db';
import { corpusReadCache } from './corpus-read-cache';

/**
 * Statements listed per voice on other events, newest first. An organisation of a large
 * corpus has said thousands of things: at 50,000 statements the whole list made the
 * answer to a page exceed the browser's 64 MiB message limit, and the page got none.
 */
export const SAME_VOICE_STATEMENTS = 12;

/**
 * A voice with at most this many quotes is read whole (its quotes and their
 * statements): a few hundred rows cost less than listing every statement's id.
 */
export const DIRECT_READ_QUOTES = 200;

export interface Voice {
  kind: 'organisation' | 'person';
  id: string;
}

export interface VoiceQuotes {
  voice: Voice;
  /**
   * The voice's quotes on other events than the page's: all of them, or those of its
   * SAME_VOICE_STATEMENTS newest statements there (newest first, ties by id, highest first).
   */
  quotes: Quote[];
  /** Whether `quotes` are all the voice's quotes on other events. */
  complete: boolean;
  /** All the voice's quotes in the corpus, counted on the index. */
  quoteCount: number;
}

const voiceIndex = (voice: Voice): records.VoiceField => (voice.kind === 'organisation' ? 'organisationId' : 'speakerId');

export const speaks = (voice: Voice, quote: Quote): boolean =>
  voice.kind === 'organisation' ? quote.organisationId === voice.id : quote.speakerId === voice.id;

/**
 * Every quote of a voice that speaks a little (DIRECT_READ_QUOTES at most), read once
 * per state of the corpus: every page naming the voice needs them again, for the
 * sidebar and for verification. Shared: callers must not change the rows.
 */
export const quotesOfVoice = (db: PolicyLensDb, voice: Voice): Promise<readonly Quote[]> =>
  corpusReadCache(db).read(`quotes: ${voice.kind} ${voice.id}`, () => records.quotesOfVoice(db, voiceIndex(voice), voice.id));

/** A voice read whole: its quotes on other events. */
async function readWhole(db: PolicyLensDb, voice: Voice, pageEvents: ReadonlySet<string>): Promise<Quote[]> {
  const all = await quotesOfVoice(db, voice);
  const statements = await records.getStatements(db, [...new Set(all.map((q) => q.statementId))]);
  const elsewhere = new Set(statements.flatMap((s) => (s && !pageEvents.has(s.eventId) ? [s.id] : [])));
  return all.filter((q) => elsewhere.has(q.statementId));
}

/**
 * Every statement's id, newest first: index keys, no chunks. Read once per state of the
 * corpus, and only if a voice speaks a great deal. The index is read forwards and
 * reversed here: a reversed read walks a cursor, key by key, in browsers without
 * IndexedDB 3's `getAllKeys` direction (Firefox ESR).
 */
export const newestStatementIds = (db: PolicyLensDb): (() => Promise<string[]>) => () =>
  // Ties on the date keep their id order reversed, as a reversed read gives them.
  corpusReadCache(db).read('statement ids, newest first', async () => (await records.statementIdsByDate(db)).reverse());

/** How many quotes a voice has in the corpus, counted on its index once per state of the corpus. */
export const voiceQuoteCount = (db: PolicyLensDb, voice: Voice): Promise<number> =>
  corpusReadCache(db).read(`quote count: ${voice.kind} ${voice.id}`, () => records.quoteCountOfVoice(db, voiceIndex(voice), voice.id));

/** The statements a voice speaks in, and its quotes' ids in each. */
export interface VoiceStatements {
  /** The statements' ids, newest first. */
  newestFirst: string[];
  /** The voice's quotes' ids by statement, each statement's in id order. */
  quoteIds: ReadonlyMap<string, readonly string[]>;
}

/**
 * The statements a voice speaks in, newest first, with its quotes' ids in each, read
 * once per state of the corpus. Its quotes are read together, not statement by
 * statement: walking the unique keys of a [voice+statementId] index took a cursor step
 * per statement, seconds for a voice with tens of thousands of quotes. Only the ids are
 * kept (not the quotes' texts), so a page reads the quotes of the statements it searches
 * by id instead of querying each statement's quotes (hundreds of queries per page).
 */
export const voiceStatementsNewestFirst = (db: PolicyLensDb, voice: Voice, newestFirst: () => Promise<string[]>): Promise<VoiceStatements> =>
  corpusReadCache(db).read(`statements newest first: ${voice.kind} ${voice.id}`, async () => {
    const [quotes, newest] = await Promise.all([records.quotesOfVoice(db, voiceIndex(voice), voice.id), newestFirst()]);
    // A voice's quotes come in id order, so each statement's ids are in id order.
    const quoteIds = new Map<string, string[]>();
    for (const quote of quotes) {
      const ids = quoteIds.get(quote.statementId);
      if (ids) ids.push(quote.id);
      else quoteIds.set(quote.statementId, [quote.id]);
    }
    return { newestFirst: newest.filter((id) => quoteIds.has(id)), quoteIds };
  });

/**
 * The voice's quotes in `statementIds`, in the order of the statements and each
 * statement's in id order (as quotesOfStatements filtered to the voice), read by id.
 */
export async function voiceQuotesIn(db: PolicyLensDb, voice: Voice, statements: VoiceStatements, statementIds: readonly string[]): Promise<Quote[]> {
  const rows = await records.getQuotes(db, statementIds.flatMap((id) => statements.quoteIds.get(id) ?? []));
  return rows.filter((q): q is Quote => q !== undefined && speaks(voice, q));
}

/** The newest SAME_VOICE_STATEMENTS statements of a voice that speaks a great deal, and their quotes by it. */
async function readNewest(
  db: PolicyLensDb,
  voice: Voice,
  newestFirst: () => Promise<string[]>,
  onPageEvents: () => Promise<Set<string>>,
): Promise<{ quotes: Quote[]; complete: boolean }> {
  const [theirs, excluded] = await Promise.all([voiceStatementsNewestFirst(db, voice, newestFirst), onPageEvents()]);
  const elsewhere = theirs.newestFirst.filter((id) => !excluded.has(id));
  const listed = elsewhere.slice(0, SAME_VOICE_STATEMENTS);
  return { quotes: await voiceQuotesIn(db, voice, theirs, listed), complete: listed.length === elsewhere.length };
}

/** Runs `read` once, on first use. */
export function once<T>(read: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= read());
}

/** The quotes "Same voices on other events" lists for `voices`, reading only what it shows. */
export async function voiceQuotes(db: PolicyLensDb, voices: readonly Voice[], pageEvents: ReadonlySet<string>): Promise<VoiceQuotes[]> {
  // Shared by every voice that speaks a great deal, and read only if one does.
  const newestFirst = newestStatementIds(db);
  const onPageEvents = once(async () => new Set((await Promise.all([...pageEvents].map((id) => records.statementIdsOfEvent(db, id)))).flat()));
  return Promise.all(
    voices.map(async (voice) => {
      const quoteCount = await voiceQuoteCount(db, voice);
      const read =
        quoteCount <= DIRECT_READ_QUOTES
          ? { quotes: await readWhole(db, voice, pageEvents), complete: true }
          : await readNewest(db, voice, newestFirst, onPageEvents);
      return { voice, ...read, quoteCount };
    }),
  );
}
