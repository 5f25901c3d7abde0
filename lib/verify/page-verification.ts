// Reads what verifying a page needs from the database and runs the check
// (verify-quotations.ts). The background runs it when the detector located a known
// quote on a page that is not that quote's own statement, or, on a page with none,
// when the page names a person the corpus knows (namedPeopleReport); a page with
// neither pays one precompiled name scan and no attribution reading. The people and
// organisations are read whole (the attribution reader looks for every known name);
// quotes and statements only for the voices the page names and the quotes it carries,
// and of a voice that speaks a great deal only its statements for the page's event and
// its newest (storage/voice-search.ts).
import { suggestEvent } from '../capture/topic-suggestion';
import type { FoundQuote, PageReport } from '../page-report';
import type { Quote, Statement } from '../schema';
import { loadCatalogue } from '../storage/catalogue';
import { getQuotes, getStatement, getStatements, quotesOfStatements } from '../storage/corpus-records';
import type { PolicyLensDb } from '../storage/db';
import { voiceSearch } from '../storage/voice-search';
import type { Voice } from '../storage/voice-statements';
import { roleHoldersOnPage } from './dated-roles';
import { compiledNames } from './known-names';
import { peopleForPage } from './name-forms';
import { pageVoices } from './page-voices';
import type { Claimant, Verification } from './verification';
import { type PageEvent, type SourceText, type VoiceTexts, verifyQuotations } from './verify-quotations';

/**
 * A statement longer than this is compared through its curated quotes only: its
 * whole text would make the word diff slow (a 2 MB report), and a statement that long
 * is a report, not one voice's press statement.
 */
const MAX_CONTEXT_CHARS = 50_000;

const voiceKey = (q: Quote): string => q.speakerId ?? `organisation:${q.organisationId}`;

/**
 * Title words an event must share with the page's opening for the page to be taken as
 * about it when nothing else says so: one or two shared words ("integration", "white
 * paper") are common to many events' pages.
 */
const MIN_EVENT_WORDS = 3;
/** The page's opening, where its title and standfirst stand. */
const OPENING_CHARS = 400;

/**
 * The policy event the page is about: the recognised statement's, else the one event
 * all its known quotes answer, else one whose title its opening echoes.
 */
async function pageEvent(db: PolicyLensDb, text: string, pageStatementId: string | undefined, found: readonly FoundQuote[]): Promise<PageEvent | undefined> {
  const named = (e: { id: string; shortName: string }): PageEvent => ({ id: e.id, name: e.shortName });
  const recognised = pageStatementId ? await getStatement(db, pageStatementId) : undefined;
  const recognisedEvent = recognised && (await db.events.get(recognised.eventId));
  if (recognisedEvent) return named(recognisedEvent);
  const events = new Map(found.map((f) => [f.quote.statement.event.id, f.quote.statement.event]));
  const [only] = events.values();
  if (events.size === 1 && only) return named(only);
  if (events.size > 1) return undefined;
  const all = await db.events.toArray();
  const suggested = suggestEvent(text.slice(0, OPENING_CHARS), undefined, all);
  const event = suggested && suggested.words.length >= MIN_EVENT_WORDS ? all.find((e) => e.id === suggested.id) : undefined;
  return event && named(event);
}

export async function verifyPage(
  db: PolicyLensDb,
  text: string,
  found: readonly FoundQuote[],
  pageStatementId: string | undefined,
): Promise<Verification[]> {
  // The statement the page is (if any) has nothing to verify against itself.
  const onPage = found.filter((f) => f.quote.statement.id !== pageStatementId);
  const [names, organisations] = await Promise.all([compiledNames(db), db.organisations.toArray()]);
  const entity = (r: { id: string; name: string; aliases: string[] }) => ({ id: r.id, name: r.name, aliases: r.aliases });
  const roleHolders = await roleHoldersOnPage(db, names.people, text);
  const known = { people: peopleForPage(names.people, text, roleHolders, names.bySurname), organisations: organisations.map(entity) };
  const proposals = pageVoices(text, known);

  const foundQuotes = (await getQuotes(db, onPage.map((f) => f.quote.id))).filter((q): q is Quote => q !== undefined);
  // The voices the page names, and those of the known quotes on it (whose words are compared with all their texts).
  const personIds = [...new Set([...proposals.flatMap((p) => (p.personId ? [p.personId] : [])), ...foundQuotes.flatMap((q) => (q.speakerId ? [q.speakerId] : []))])];
  const organisationIds = [
    ...new Set([
      ...proposals.flatMap((p) => (!p.personId && p.organisationId ? [p.organisationId] : [])),
      ...foundQuotes.flatMap((q) => (q.speakerId ? [] : [q.organisationId])),
    ]),
  ];
  const event = await pageEvent(db, text, pageStatementId, onPage);
  const voices: Voice[] = [...personIds.map((id) => ({ kind: 'person' as const, id })), ...organisationIds.map((id) => ({ kind: 'organisation' as const, id }))];
  const searches = await voiceSearch(db, voices, event?.id);
  const voiceQuotes = searches.flatMap((v) => v.quotes);
  const unsearched = new Map(searches.map((v) => [`${v.voice.kind}:${v.voice.id}`, v.unsearched]));
  const statementIds = [...new Set([...foundQuotes, ...voiceQuotes].map((q) => q.statementId))];
  const statements = new Map((await getStatements(db, statementIds)).filter((s) => s !== undefined).map((s) => [s.id, s]));
  const statementQuotes = await quotesOfStatements(db, statementIds);
  const catalogue = await loadCatalogue(db, [...foundQuotes, ...voiceQuotes]);

  /** A statement in one voice (a press statement, an op-ed): its whole text is that voice's words. */
  const oneVoice = (s: Statement): boolean => {
    if (s.kind === 'news-report' || s.text.length > MAX_CONTEXT_CHARS) return false;
    return new Set(statementQuotes.filter((q) => q.statementId === s.id).map(voiceKey)).size === 1;
  };
  const sourceOf = (quote: Quote): SourceText => {
    const view = catalogue.quoteView(quote);
    const source = { quoteId: quote.id, speaker: view.speaker?.name ?? view.organisation.name, statement: view.statement };
    const statement = statements.get(quote.statementId);
    return statement && oneVoice(statement) ? { text: statement.text, hasContext: true, source } : { text: quote.text, hasContext: false, source };
  };
  const textsOf = (claimant: Claimant): VoiceTexts | undefined => {
    const quotes = claimant.personId
      ? voiceQuotes.filter((q) => q.speakerId === claimant.personId)
      : claimant.organisationId
        ? voiceQuotes.filter((q) => q.organisationId === claimant.organisationId)
        : undefined;
    if (!quotes) return undefined;
    const texts = new Map<string, SourceText>();
    for (const quote of quotes) {
      const text = sourceOf(quote);
      // A one-voice statement is searched once, as a whole; other statements through each curated quote.
      texts.set(text.hasContext ? quote.statementId : quote.id, text);
    }
    const statementIds = [...new Set(quotes.map((q) => q.statementId))];
    const older = unsearched.get(claimant.personId ? `person:${claimant.personId}` : `organisation:${claimant.organisationId}`) ?? 0;
    return { statementEvents: statementIds.map((id) => statements.get(id)?.eventId ?? ''), texts: [...texts.values()], ...(older > 0 ? { unsearched: older } : {}) };
  };
  const byId = new Map(foundQuotes.map((q) => [q.id, q]));
  return verifyQuotations({
    text,
    proposals,
    known: onPage.flatMap((f) => {
      const quote = byId.get(f.quote.id);
      return quote ? [{ found: f, source: sourceOf(quote) }] : [];
    }),
    speaksFor: (personId, organisationId) => voiceQuotes.some((q) => q.speakerId === personId && q.organisationId === organisationId),
    textsOf,
    ...(event ? { event } : {}),
  });
}

/**
 * A page with no known quote is read for known names and attributions in its first
 * this many characters (about 6,000 words: an article, 0.1–0.3 s of attribution
 * reading in the background); beyond that (a long report) it would take seconds on
 * every change of a live page. Offsets into the prefix are offsets into the page.
 */
export const MAX_NAMED_PAGE_CHARS = 40_000;

/**
 * The report for a page with no known quote (the detector found none) that names a
 * person the corpus knows: only its checked quotations, so a known person's words the
 * corpus lacks show as unsourced. Null when the page names no known person (one
 * precompiled pattern, no record read: see known-names.ts) or nothing is said of
 * any quotation.
 */
export async function namedPeopleReport(db: PolicyLensDb, names: { named(text: string): Promise<boolean> }, pageText: string): Promise<PageReport | null> {
  const text = pageText.slice(0, MAX_NAMED_PAGE_CHARS);
  if (!(await names.named(text))) return null;
  const verification = await verifyPage(db, text, [], undefined);
  return verification.length > 0 ? { found: [], counterparts: [], sameVoices: [], highlights: [], verification } : null;
}
