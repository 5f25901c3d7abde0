// Schemas for what content scripts send: built from page markup and user input,
// so untrusted. Only the background imports these at run time (Zod stays out of
// content scripts).
import { z } from 'zod';
import { MAX_PAGE_CHARS } from '../dom/page-text';
import { HighlightColour, Id, OrganisationKind, StanceId, TextPositionSelector, TextQuoteSelector } from '../schema';

/** Longest note or highlighted text accepted: far beyond any real use, short of abuse. */
const MAX_TEXT = 50_000;

export const PageInput = z.object({
  urls: z.array(z.string().max(4096)).min(1).max(8),
  /** Block separators may add a little to the extracted characters. */
  text: z.string().max(MAX_PAGE_CHARS * 2),
});
export type PageInput = z.infer<typeof PageInput>;

export const NewAnnotationInput = z.object({
  url: z.string().max(4096),
  pageTitle: z.string().max(2000),
  quote: TextQuoteSelector.extend({ exact: z.string().min(1).max(MAX_TEXT) }),
  position: TextPositionSelector,
  statementId: Id.optional(),
});
export type NewAnnotationInput = z.infer<typeof NewAnnotationInput>;

export const AnnotationUpdate = z.object({
  id: Id,
  changes: z.object({
    note: z.string().max(MAX_TEXT).optional(),
    tags: z.array(z.string().max(200)).max(100).optional(),
    colour: HighlightColour.optional(),
    speakerId: Id.nullable().optional(),
    organisationId: Id.nullable().optional(),
    stance: StanceId.nullable().optional(),
    topicIds: z.array(Id).max(100).optional(),
  }),
});
export type AnnotationUpdate = z.infer<typeof AnnotationUpdate>;

export const NewName = z.string().trim().min(1).max(300);
export const NewOrganisationInput = z.object({ name: NewName, kind: OrganisationKind });
export type NewOrganisationInput = z.infer<typeof NewOrganisationInput>;

/** What "Capture this page" reads from a page: its own markup, so untrusted and bounded. */
export const CaptureInput = z.object({
  url: z.string().max(4096),
  metadata: z.object({
    title: z.string().max(2000),
    publishedDate: z.iso.date().optional(),
    publisher: z.string().max(500).optional(),
    author: z.string().max(500).optional(),
    canonicalUrl: z.string().max(4096).optional(),
    mainText: z.string().min(1).max(MAX_PAGE_CHARS),
  }),
});
export type CaptureInput = z.infer<typeof CaptureInput>;
