// Schemas for what content scripts send: built from page markup and user input,
// so untrusted. Only the background imports these at run time (Zod stays out of
// content scripts).
import { z } from 'zod';
import { MAX_PAGE_CHARS } from '../dom/page-text';
import {
  HighlightColour,
  Id,
  MAX_LIST_ITEMS,
  MAX_NAME_CHARS,
  MAX_NOTE_CHARS,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
  OrganisationKind,
  StanceId,
  TextPositionSelector,
  TextQuoteSelector,
  boundedText,
} from '../schema';

const Url = boundedText(MAX_URL_CHARS);
const PageTitle = boundedText(MAX_TITLE_CHARS);

/** The page's own address first, then the addresses it names (canonical, og:url). */
const PageUrls = z.array(Url).min(1).max(8);
/** Block separators may add a little to the extracted characters. */
export const MAX_SENT_TEXT_CHARS = MAX_PAGE_CHARS * 2;
const Offset = z.number().int().min(0).max(MAX_SENT_TEXT_CHARS);
/** A content script's number for the text it sends, so that later reads can send only what changed. */
const TextVersion = z.number().int().min(1);

export const PageInput = z.object({
  urls: PageUrls,
  text: z.string().max(MAX_SENT_TEXT_CHARS),
  version: TextVersion.optional(),
});
export type PageInput = z.infer<typeof PageInput>;

/** A later read of a live page: what changed since its text of version `since` (lib/dom/text-change.ts). */
export const PageChangeInput = z.object({
  urls: PageUrls,
  since: TextVersion,
  change: z.object({ start: Offset, deleted: Offset, inserted: z.string().max(MAX_SENT_TEXT_CHARS) }),
});
export type PageChangeInput = z.infer<typeof PageChangeInput>;

export const NewAnnotationInput = z.object({
  url: Url,
  pageTitle: PageTitle,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
  statementId: Id.optional(),
});
export type NewAnnotationInput = z.infer<typeof NewAnnotationInput>;

export const AnnotationUpdate = z.object({
  id: Id,
  changes: z.object({
    note: boundedText(MAX_NOTE_CHARS).optional(),
    tags: z.array(boundedText(MAX_NAME_CHARS)).max(MAX_LIST_ITEMS).optional(),
    colour: HighlightColour.optional(),
    speakerId: Id.nullable().optional(),
    organisationId: Id.nullable().optional(),
    stance: StanceId.nullable().optional(),
    topicIds: z.array(Id).max(MAX_LIST_ITEMS).optional(),
  }),
});
export type AnnotationUpdate = z.infer<typeof AnnotationUpdate>;

export const NewName = boundedText(MAX_NAME_CHARS).trim().min(1);
export const NewOrganisationInput = z.object({ name: NewName, kind: OrganisationKind });
export type NewOrganisationInput = z.infer<typeof NewOrganisationInput>;

/** What "Capture this page" reads from a page: its own markup, so untrusted and bounded. */
export const CaptureInput = z.object({
  url: Url,
  metadata: z.object({
    title: PageTitle,
    publishedDate: z.iso.date().optional(),
    publisher: boundedText(MAX_NAME_CHARS).optional(),
    author: boundedText(MAX_NAME_CHARS).optional(),
    canonicalUrl: Url.optional(),
    mainText: z.string().min(1).max(MAX_PAGE_CHARS),
  }),
});
export type CaptureInput = z.infer<typeof CaptureInput>;
