// What verification (lib/verify) searches for a voice's words. A voice that speaks a
// little is read whole. A voice that speaks a great deal (an organisation of a large
// corpus has thousands of statements) is searched through its statements for the
// page's event first, then its newest, up to SEARCHED_STATEMENTS, and the rest are
// counted so "not found" says how far it looked. Reading every quote of such a voice,
// and every statement text they belong to, made one page take seconds at 50,000
// statements, on every page that merely names that voice. What the search reads is
// kept per state of the corpus (corpus-read-cache.ts): a quiet voice's quotes, a
// prolific voice's statements with its quotes' ids, so a page reads only the quotes it
// searches, by id.
import type { Quote } from '../schema';
import { statementIdsOfEvent } from './corpus-records';
import type { PolicyLensDb } from './db';
import { DIRECT_READ_QUOTES, type Voice, newestStatementIds, once, quotesOfVoice, voiceQuoteCount, voiceQuotesIn, voiceStatementsNewestFirst } from './voice-statements';

/** Statements searched per voice that speaks a great deal: a few hundred rows, as for a voice read whole. */
export const SEARCHED_STATEMENTS = 100;

export interface VoiceSearch {
  voice: Voice;
  /** The voice's quotes in the statements searched. */
  quotes: Quote[];
  /** The voice's statements not searched (0 when it was read whole). */
  unsearched: number;
}

/** The quotes verification compares a page's words with, for each of `voices`. */
export async function voiceSearch(db: PolicyLensDb, voices: readonly Voice[], eventId: string | undefined): Promise<VoiceSearch[]> {
  // Shared by every voice that speaks a great deal, and read only if one does: index keys, no rows.
  const newestFirst = newestStatementIds(db);
  const ofEvent = once(async () => new Set(eventId ? await statementIdsOfEvent(db, eventId) : []));
  return Promise.all(
    voices.map(async (voice): Promise<VoiceSearch> => {
      const count = await voiceQuoteCount(db, voice); // counted once per state of the corpus, shared with the sidebar's same voices
      if (count <= DIRECT_READ_QUOTES) return { voice, quotes: [...(await quotesOfVoice(db, voice))], unsearched: 0 };
      const [theirs, eventStatements] = await Promise.all([voiceStatementsNewestFirst(db, voice, newestFirst), ofEvent()]);
      const ordered = theirs.newestFirst;
      const searched = [...ordered.filter((id) => eventStatements.has(id)), ...ordered.filter((id) => !eventStatements.has(id))].slice(0, SEARCHED_STATEMENTS);
      return { voice, quotes: await voiceQuotesIn(db, voice, theirs, searched), unsearched: ordered.length - searched.length };
    }),
  );
}
