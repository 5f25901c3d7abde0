// What the extension knows about one page, as the sidebar shows it: plain data
// (no records' full text, no DOM), built by the background from the database and
// the page's detection result, and sent to the content script.
import type { Annotation, OrganisationKind, StanceId, StatementKind } from './schema';
import type { Verification } from './verify/verification';

export interface TopicRef {
  id: string;
  label: string;
}

export interface OrganisationRef {
  id: string;
  name: string;
  /** Absent only when the organisation's record is missing. */
  kind?: OrganisationKind;
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface EventRef {
  id: string;
  title: string;
  shortName: string;
  date: string;
  url: string;
}

export interface StatementRef {
  id: string;
  title: string;
  kind: StatementKind;
  publisher: OrganisationRef;
  /** Set when the text first appeared elsewhere (an op-ed first run by a newspaper). */
  firstPublishedBy?: OrganisationRef;
  publishedDate: string;
  url: string;
  event: EventRef;
}

/** One known quote with everything needed to show it on its own. */
export interface QuoteView {
  id: string;
  text: string;
  stance: StanceId;
  topics: TopicRef[];
  /** Absent when an organisation speaks without a named person. */
  speaker?: PersonRef;
  /** The speaker's role for the organisation on the statement's date. */
  role?: string;
  organisation: OrganisationRef;
  statement: StatementRef;
}

/** A known quote located in the page's text. */
export interface FoundQuote {
  quote: QuoteView;
  /** The passages of the page that carry it, as offsets into the page text the content script sent. */
  ranges: { start: number; end: number }[];
  /** Share of the quote's words present on the page, 0–1 (a trimmed quotation scores below 1). */
  coverage: number;
  /** The words as this page gives them (it may trim or change some): page text, shown as text only. */
  asQuoted: string;
  /** The page's words differ from the quote's (case, punctuation and typography aside), where it is best quoted. */
  wordedDifferently: boolean;
}

export type RecognisedBy = 'url' | 'text';

export interface RecognisedStatement {
  statement: StatementRef;
  by: RecognisedBy;
  /** For text recognition: the share of the statement's fingerprints found on the page, 0–1. */
  similarity?: number;
  speakers: { speaker?: PersonRef; role?: string; organisation: OrganisationRef }[];
}

/** What others said about the same policy event, grouped by topic. */
export interface CounterpartGroup {
  event: EventRef;
  topics: { topic: TopicRef; reactions: QuoteView[] }[];
  /** Statements on the event left out: only its newest are read (lib/storage/event-counterparts.ts). */
  moreStatements?: number;
}

/** The same organisation's or person's statements on other events. */
export interface SameVoice {
  kind: 'organisation' | 'person';
  id: string;
  name: string;
  statements: { statement: StatementRef; quotes: QuoteView[] }[];
  /** When only the newest statements are listed: the voice's quotes in the corpus not listed here. */
  moreQuotes?: number;
}

export interface PageReport {
  /** Set when the page is (a copy of) a known statement. */
  recognised?: RecognisedStatement;
  /** Known quotes located on the page, in page order. */
  found: FoundQuote[];
  counterparts: CounterpartGroup[];
  sameVoices: SameVoice[];
  /** The user's saved highlights on this page (the content script anchors them). */
  highlights: Annotation[];
  /** Each quotation checked against the corpus (lib/verify): absent when the page holds no known quote. */
  verification?: Verification[];
}

/** The number the toolbar badge shows: known quotes found, or 1 for a statement with none located. */
export function badgeCount(report: PageReport): number {
  return Math.max(report.found.length, report.recognised ? 1 : 0);
}
