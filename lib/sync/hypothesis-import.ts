// Highlights from Hypothesis: its "Export annotations" file and saved responses of
// its search API (https://h.readthedocs.io/en/latest/api-reference/). A Hypothesis
// annotation carries the page, the selectors, a note and tags; nothing of colour,
// speaker, organisation, stance or topics, so it merges into a highlight by those
// fields only (merge.ts) and never clears the others.
import { z } from 'zod';
import { DEFAULT_COLOUR, normaliseTags } from '../storage/annotations';
import { cleanUrl } from '../url-key';
import { foreignId } from './foreign-ids';
import { type Conversion, Selector, selectorPair, textSelectors, unreadable, utc } from './foreign-items';
import { analystMessage } from './import-errors';
import { documentLinks, pdfLocationOf } from './pdf-target';
import { pdfUrn } from '../pdf/identity';

/** Only what a highlight needs; anything else in an item is ignored. */
const HypothesisAnnotation = z.looseObject({
  id: z.string().min(1),
  created: z.string().optional(),
  updated: z.string().optional(),
  uri: z.string(),
  text: z.string().default(''),
  tags: z.array(z.string()).default([]),
  references: z.array(z.string()).optional(),
  document: z.looseObject({ title: z.union([z.string(), z.array(z.string())]).optional() }).optional(),
  target: z.array(z.looseObject({ source: z.string(), selector: z.array(Selector).optional() })),
});

/** The highlight fields a Hypothesis annotation carries (the page title only when it gives one). */
const CARRIED = ['url', 'target', 'note', 'tags'] as const;

export function fromHypothesis(item: unknown, importedAt: string): Conversion {
  const parsed = HypothesisAnnotation.safeParse(item, { error: analystMessage });
  if (!parsed.success) return { skip: unreadable(parsed.error.issues) };
  const h = parsed.data;
  if (h.references?.length) return { skip: 'a reply to another annotation, not a highlight' };
  const target = h.target.find((t) => t.selector?.some((s) => s.type === 'TextQuoteSelector')) ?? h.target[0];
  const { quote, position } = textSelectors(target?.selector ?? []);
  if (!quote) return { skip: 'a page note: it highlights no text' };
  const pdf = pdfLocationOf([h.uri, target?.source, ...documentLinks(h.document)], target?.selector ?? []);
  const url = cleanUrl(h.uri) ?? (pdf && pdfUrn(pdf.fingerprint));
  if (!url) return { skip: `not on a web page (${h.uri})` };
  const title = h.document?.title;
  const pageTitle = Array.isArray(title) ? title[0] : title;
  const created = h.created ?? h.updated ?? importedAt;
  return {
    record: {
      id: foreignId('hypothesis', h.id),
      origin: 'user',
      createdAt: utc(created),
      updatedAt: utc(h.updated ?? created),
      url,
      pageTitle: pageTitle ?? '',
      target: { source: target && cleanUrl(target.source) ? target.source : url, selector: selectorPair(quote, position) },
      note: h.text,
      tags: normaliseTags(h.tags),
      colour: DEFAULT_COLOUR,
      topicIds: [],
      ...(pdf ? { pdf } : {}),
    },
    carried: [...CARRIED, ...(pageTitle === undefined ? [] : (['pageTitle'] as const)), ...(pdf ? (['pdf'] as const) : [])],
  };
}
