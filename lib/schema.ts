// The domain model: the single source of truth for storage, the bundled corpus,
// import/export and messages. Types are inferred from these schemas, so a field
// added here is checked everywhere it travels.
import { z } from 'zod';

// Every stored string and list has a bound, so no message, import or form can
// fill the user's storage or freeze a page with one record. Each bound is far
// beyond real use (the longest curated quote is under 1,000 characters).
/** Ids are slugs made from names. */
export const MAX_ID_CHARS = 200;
/** Longer addresses than this are tracking payloads, not pages an analyst cites. */
export const MAX_URL_CHARS = 4096;
/** Names, aliases, tags, labels, short names and role titles: a line of a form. */
export const MAX_NAME_CHARS = 300;
/** Titles, page titles and descriptions: a paragraph at most. */
export const MAX_TITLE_CHARS = 2000;
/** Notes and quoted or highlighted text: a long essay. */
export const MAX_NOTE_CHARS = 50_000;
/** A highlight's context on either side; the extension writes 32, other tools' files may carry more. */
export const MAX_CONTEXT_CHARS = 1000;
/** A statement's full text: as much as the content script reads of a page (lib/dom/page-text.ts). */
export const MAX_STATEMENT_CHARS = 2_000_000;
/** Aliases, tags, topics, roles, other addresses of one record. */
export const MAX_LIST_ITEMS = 100;

const tooLong = (max: number) => `is too long: at most ${max.toLocaleString('en')} characters`;

/** A string of at most `max` characters, refused with the limit in the message. */
export function boundedText(max: number) {
  return z.string().max(max, tooLong(max));
}

/** A list of at most MAX_LIST_ITEMS entries. */
function boundedList<T extends z.ZodType>(item: T) {
  return z.array(item).max(MAX_LIST_ITEMS, `has too many entries: at most ${MAX_LIST_ITEMS}`);
}

const Name = boundedText(MAX_NAME_CHARS).min(1);
const Title = boundedText(MAX_TITLE_CHARS).min(1);

/** Stable string ids: lower-case slugs, so they read well in exported files and diffs. */
export const Id = boundedText(MAX_ID_CHARS)
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'must be a lower-case slug such as "nhs-providers"');

const IsoDate = z.iso.date();
const IsoDateTime = z.iso.datetime({ offset: true });
const WebUrl = z.url({ protocol: /^https?$/ }).max(MAX_URL_CHARS, tooLong(MAX_URL_CHARS));

/**
 * A PDF's permanent identifier as the Hypothesis client writes it, `urn:x-pdf:<fingerprint>`
 * with PDF.js's fingerprint (the first /ID of the file's trailer, lower-case hex): the
 * address of a highlight in a PDF opened from the user's disk, which has no web address.
 */
export const PdfFingerprint = z.string().regex(/^[0-9a-f]{1,128}$/, 'must be a PDF fingerprint (lower-case hex)');
const PdfUrn = z.string().regex(/^urn:x-pdf:[0-9a-f]{1,128}$/);
/** A highlight's address; the message is the web one, the form nearly every highlight has. */
const AnnotationAddress = z
  .string()
  .max(MAX_URL_CHARS, tooLong(MAX_URL_CHARS))
  .pipe(z.union([WebUrl, PdfUrn], { error: 'must be a web address starting with http:// or https://' }));
/** Where a highlight in a PDF is: the document (also when revised under the same identifier) and its page. */
export const PdfLocation = z.object({ fingerprint: PdfFingerprint, page: z.number().int().positive() });

/**
 * Who made a record. Corpus records ship with the extension and are refreshed on
 * update; a corpus record the user edits becomes theirs and is never overwritten.
 */
export const Origin = z.enum(['corpus', 'user']);

const recordBase = {
  id: Id,
  origin: Origin,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
};

export const PolicyEvent = z.object({
  ...recordBase,
  title: Title,
  shortName: Name,
  date: IsoDate,
  issuingBodyId: Id,
  url: WebUrl,
});

export const OrganisationKind = z.enum([
  'government-department',
  'national-nhs-body',
  'membership-body',
  'think-tank-or-charity',
  'royal-college-or-academy',
  'professional-body-or-union',
  'local-government-body',
  'political-party',
  'news-publisher',
]);

export const Organisation = z.object({
  ...recordBase,
  name: Name,
  aliases: boundedList(Name),
  kind: OrganisationKind,
  url: WebUrl.optional(),
});

export const Role = z.object({
  title: Name,
  organisationId: Id,
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

export const Person = z.object({
  ...recordBase,
  name: Name,
  aliases: boundedList(Name),
  roles: boundedList(Role),
});

export const StatementKind = z.enum(['press-statement', 'press-release', 'news-report', 'opinion-piece']);

export const Statement = z.object({
  ...recordBase,
  eventId: Id,
  kind: StatementKind,
  title: Title,
  publisherId: Id,
  /** Where the text first appeared when that is not the publisher (an op-ed first run by a newspaper). */
  firstPublishedById: Id.optional(),
  publishedDate: IsoDate,
  canonicalUrl: WebUrl,
  /** Other addresses where the same text is known to be republished. */
  otherUrls: boundedList(WebUrl),
  authorId: Id.optional(),
  text: boundedText(MAX_STATEMENT_CHARS).min(1),
});

/** The stance scale, most favourable first; its order is meaningful (see lib/stances.ts). */
export const StanceId = z.enum(['supportive', 'supportive-with-reservations', 'mixed', 'critical', 'opposed']);

export const Quote = z.object({
  ...recordBase,
  statementId: Id,
  /** Absent when an organisation speaks without a named person ("the department said"). */
  speakerId: Id.optional(),
  organisationId: Id,
  /** Exactly as the words stand in the source; whitespace may differ. */
  text: boundedText(MAX_NOTE_CHARS).min(1),
  stance: StanceId,
  topicIds: boundedList(Id).min(1),
});

export const Topic = z.object({
  ...recordBase,
  label: Name,
  description: Title,
});

/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors). */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: boundedText(MAX_NOTE_CHARS).min(1),
  prefix: boundedText(MAX_CONTEXT_CHARS),
  suffix: boundedText(MAX_CONTEXT_CHARS),
});

export const TextPositionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { message: 'end must be after start', path: ['end'] });

export const HighlightColour = z.enum(['yellow', 'green', 'blue', 'pink', 'purple']);

/** A user's saved highlight on any web page, anchored by W3C selectors. */
export const Annotation = z.object({
  ...recordBase,
  /** The page's address without fragment or tracking parameters (for a PDF from disk, its urn:x-pdf:). */
  url: AnnotationAddress,
  pageTitle: boundedText(MAX_TITLE_CHARS),
  target: z.object({
    source: AnnotationAddress,
    /** Quote first (what was highlighted, with context), position second (a hint). */
    selector: z.tuple([TextQuoteSelector, TextPositionSelector]),
  }),
  note: boundedText(MAX_NOTE_CHARS),
  tags: boundedList(Name),
  colour: HighlightColour,
  speakerId: Id.optional(),
  organisationId: Id.optional(),
  stance: StanceId.optional(),
  topicIds: boundedList(Id),
  /** Set when the highlight was made on a recognised statement's page. */
  statementId: Id.optional(),
  /** Set for a highlight in a PDF (lib/pdf). */
  pdf: PdfLocation.optional(),
});

export type Origin = z.infer<typeof Origin>;
export type PolicyEvent = z.infer<typeof PolicyEvent>;
export type OrganisationKind = z.infer<typeof OrganisationKind>;
export type Organisation = z.infer<typeof Organisation>;
export type Role = z.infer<typeof Role>;
export type Person = z.infer<typeof Person>;
export type StatementKind = z.infer<typeof StatementKind>;
export type Statement = z.infer<typeof Statement>;
export type StanceId = z.infer<typeof StanceId>;
export type Quote = z.infer<typeof Quote>;
export type Topic = z.infer<typeof Topic>;
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;
export type HighlightColour = z.infer<typeof HighlightColour>;
export type Annotation = z.infer<typeof Annotation>;
export type PdfLocation = z.infer<typeof PdfLocation>;
