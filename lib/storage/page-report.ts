// Answers "what does this page hold?" for the sidebar: the statement it is (by
// URL or by text), the known quotes located on it, what the other organisations
// said about the same events (by topic), and what the same voices said on other
// events. Reads only the records it needs.
import type { FingerprintStore } from '../matching/index-types';
import { type Detection, detect } from '../matching/detect';
import { locateQuote } from '../matching/locate-quote';
import type { LocatedQuote } from '../matching/occurrences';
import { shownQuotes } from '../matching/shown-quotes';
import type {
  CounterpartGroup,
  FoundQuote,
  PageReport,
  QuoteView,
  RecognisedStatement,
  SameVoice,
} from '../page-report';
import type { Quote, Statement } from '../schema';
import { collapseWhitespace } from '../text/collapse-whitespace';
import type { PageInput } from '../messaging/page-input';
import type { PolicyLensDb } from './db';
import { getQuotes, getStatement, getStatements, quotesOfStatements } from './corpus-records';
import { type Catalogue, loadCatalogue } from './catalogue';
import { type EventCounterparts, eventCounterparts } from './event-counterparts';
import { findStatementByUrls } from './statement-context';
import { SAME_VOICE_STATEMENTS, type VoiceQuotes, voiceQuotes } from './voice-statements';
import { annotationsForUrl } from './annotations';
import { cleanUrl } from '../url-key';
import { verifyPage } from '../verify/page-verification';

/** How much of a quotation's wording on the page the sidebar shows (the rest is elided). */
const AS_QUOTED_MAX_CHARS = 600;

/** How the page words a quote: its best occurrence, never a stretch from one occurrence to another. */
function asQuoted(text: string, { occurrences: [best] }: LocatedQuote): string {
  const ranges = best?.ranges ?? [];
  const start = ranges[0]?.start ?? 0;
  const end = Math.min(ranges.at(-1)?.end ?? 0, start + AS_QUOTED_MAX_CHARS);
  const words = collapseWhitespace(text.slice(start, end));
  return end < (ranges.at(-1)?.end ?? 0) ? `${words}…` : words;
}

function byPagePosition(a: FoundQuote, b: FoundQuote): number {
  return (a.ranges[0]?.start ?? 0) - (b.ranges[0]?.start ?? 0);
}

async function recognise(
  db: PolicyLensDb,
  page: PageInput,
  textMatch: { statementId: string; similarity: number } | undefined,
): Promise<{ statement: Statement; by: 'url' | 'text'; similarity?: number } | undefined> {
  const byUrl = await findStatementByUrls(db, page.urls);
  if (byUrl) return { statement: byUrl, by: 'url' };
  // detect() reports a statement only when the page is a copy of it (STATEMENT_MIN_SIMILARITY).
  if (!textMatch) return undefined;
  const statement = await getStatement(db, textMatch.statementId);
  return statement && { statement, by: 'text', similarity: textMatch.similarity };
}

export async function buildPageReport(
  db: PolicyLensDb,
  store: FingerprintStore,
  page: PageInput,
  /** What detection found in the page's text, when the caller has it already (a live page's update). */
  detected?: Detection,
): Promise<PageReport | null> {
  const detection = detected ?? (await detect(page.text, store));
  const recognised = await recognise(db, page, detection.statements[0]);
  const address = page.urls[0] && cleanUrl(page.urls[0]);
  const highlights = address ? await annotationsForUrl(db, address) : [];

  // Quotes located by the detector, plus every quote of the recognised statement found in its text.
  const candidates = new Map<string, LocatedQuote>(detection.quotes.map((q) => [q.quoteId, q]));
  const ownQuotes = recognised ? await quotesOfStatements(db, [recognised.statement.id]) : [];
  for (const quote of ownQuotes) {
    if (candidates.has(quote.id)) continue;
    const found = locateQuote(page.text, quote.text);
    if (found) candidates.set(quote.id, found);
  }
  // Only what is shown: no two quotes on one stretch of page, no weak partial match.
  const shown = shownQuotes([...candidates].map(([quoteId, where]) => ({ quoteId, ...where })));
  const located = new Map<string, LocatedQuote>(shown.map((q) => [q.quoteId, q]));
  if (!recognised && located.size === 0 && highlights.length === 0) return null;

  const foundQuotes = (await getQuotes(db, [...located.keys()])).filter((q): q is Quote => q !== undefined);
  const pageStatementIds = new Set([...foundQuotes.map((q) => q.statementId), ...(recognised ? [recognised.statement.id] : [])]);
  const pageStatements = (await getStatements(db, [...pageStatementIds])).filter((s) => s !== undefined);
  const eventIds = new Set(pageStatements.map((s) => s.eventId));

  // The page's events' newest statements, and the page's voices' newest statements elsewhere: only what the sidebar shows.
  const pageStatement = recognised && { id: recognised.statement.id, eventId: recognised.statement.eventId };
  const events = await eventCounterparts(db, [...eventIds], pageStatement);
  const voices = [...ownQuotes, ...foundQuotes];
  const organisationIds = [...new Set(voices.map((q) => q.organisationId))];
  const personIds = [...new Set(voices.flatMap((q) => (q.speakerId ? [q.speakerId] : [])))];
  const voiceReads = await voiceQuotes(
    db,
    [...organisationIds.map((id) => ({ kind: 'organisation' as const, id })), ...personIds.map((id) => ({ kind: 'person' as const, id }))],
    eventIds,
  );
  const catalogue = await loadCatalogue(db, [...foundQuotes, ...ownQuotes, ...events.quotes, ...voiceReads.flatMap((v) => v.quotes)]);

  const found: FoundQuote[] = foundQuotes
    .flatMap((quote) => {
      const where = located.get(quote.id);
      if (!where) return [];
      const { ranges, coverage } = where;
      const wordedDifferently = !where.occurrences[0]?.verbatim;
      return [{ quote: catalogue.quoteView(quote), ranges, coverage, asQuoted: asQuoted(page.text, where), wordedDifferently }];
    })
    .sort(byPagePosition);

  return {
    recognised: recognised && recognisedStatement(catalogue, recognised, ownQuotes),
    found,
    counterparts: counterparts(catalogue, events, recognised?.statement.id, new Set(located.keys())),
    sameVoices: sameVoices(catalogue, voiceReads),
    highlights,
    // Attribution reading only where a known quote stands on a page that is not its own statement.
    verification: found.some((f) => f.quote.statement.id !== recognised?.statement.id)
      ? await verifyPage(db, page.text, found, recognised?.statement.id)
      : undefined,
  };
}

function recognisedStatement(
  catalogue: Catalogue,
  { statement, by, similarity }: { statement: Statement; by: 'url' | 'text'; similarity?: number },
  quotes: Quote[],
): RecognisedStatement {
  const speakers = new Map<string, RecognisedStatement['speakers'][number]>();
  for (const quote of quotes.map((q) => catalogue.quoteView(q))) {
    const key = quote.speaker?.id ?? quote.organisation.id;
    if (!speakers.has(key)) speakers.set(key, { speaker: quote.speaker, role: quote.role, organisation: quote.organisation });
  }
  return { statement: catalogue.statementRef(statement), by, similarity, speakers: [...speakers.values()] };
}

/** Other statements' quotes on the page's events, by topic; a quote with several topics shows under each. */
function counterparts(
  catalogue: Catalogue,
  { quotes, notRead }: EventCounterparts,
  pageStatementId: string | undefined,
  onPage: Set<string>,
): CounterpartGroup[] {
  const groups = new Map<string, Map<string, QuoteView[]>>();
  for (const quote of quotes) {
    if (quote.statementId === pageStatementId || onPage.has(quote.id)) continue;
    const view = catalogue.quoteView(quote);
    const byTopic = groups.get(view.statement.event.id) ?? new Map<string, QuoteView[]>();
    groups.set(view.statement.event.id, byTopic);
    for (const topic of view.topics) byTopic.set(topic.id, [...(byTopic.get(topic.id) ?? []), view]);
  }
  return [...groups].map(([eventId, byTopic]) => ({
    event: catalogue.eventRef(eventId),
    topics: [...byTopic]
      .map(([topicId, reactions]) => ({ topic: catalogue.topicRef(topicId), reactions }))
      .sort((a, b) => b.reactions.length - a.reactions.length || a.topic.label.localeCompare(b.topic.label)),
    ...((notRead.get(eventId) ?? 0) > 0 ? { moreStatements: notRead.get(eventId) } : {}),
  }));
}

/** The page's organisations and people on other events, newest statement first (ties by id, highest first). */
function sameVoices(catalogue: Catalogue, reads: readonly VoiceQuotes[]): SameVoice[] {
  return reads.flatMap(({ voice, quotes, complete, quoteCount }) => {
    const byStatement = new Map<string, SameVoice['statements'][number]>();
    for (const q of quotes.map((quote) => catalogue.quoteView(quote))) {
      const entry = byStatement.get(q.statement.id) ?? { statement: q.statement, quotes: [] };
      if (!entry.quotes.some((known) => known.id === q.id)) entry.quotes.push(q);
      byStatement.set(q.statement.id, entry);
    }
    const newestFirst = [...byStatement.values()].sort(
      (a, b) => b.statement.publishedDate.localeCompare(a.statement.publishedDate) || (a.statement.id < b.statement.id ? 1 : -1),
    );
    const statements = newestFirst.slice(0, SAME_VOICE_STATEMENTS);
    if (statements.length === 0) return [];
    const name = voice.kind === 'organisation' ? catalogue.organisationRef(voice.id).name : catalogue.personRef(voice.id).name;
    // A capped list says how many of the voice's quotes it leaves out, counted on the index.
    const capped = !complete || newestFirst.length > SAME_VOICE_STATEMENTS;
    const moreQuotes = quoteCount - statements.reduce((sum, s) => sum + s.quotes.length, 0);
    return [{ kind: voice.kind, id: voice.id, name, statements, ...(capped && moreQuotes > 0 ? { moreQuotes } : {}) }];
  });
}
