// Highlights from W3C Web Annotation files (https://www.w3.org/TR/annotation-model/):
// any collection, page or list of annotations with a TextQuoteSelector. An item of
// our own export comes back whole (its `policyLens` member); one written by another
// tool carries the page, the selectors, a note and tags only, so it merges into a
// highlight by those fields (merge.ts) and never clears the others.
import { z } from 'zod';
import { DEFAULT_COLOUR, normaliseTags } from '../storage/annotations';
import { cleanUrl } from '../url-key';
import { foreignId } from './foreign-ids';
import { type Conversion, Selector, selectorPair, textSelectors, unreadable, utc } from './foreign-items';
import { analystMessage } from './import-errors';
import { pdfLocationOf } from './pdf-target';
import { pdfUrn } from '../pdf/identity';
import { OUR_ID_PREFIX, type PolicyLensExtension } from './web-annotation-export';

const W3cBody = z.union([z.string(), z.looseObject({ type: z.string().optional(), value: z.string().optional(), purpose: z.string().optional() })]);
const W3cTarget = z.union([
  z.string(),
  z.looseObject({
    source: z.union([z.string(), z.looseObject({ id: z.string() })]),
    selector: z.union([Selector, z.array(Selector)]).optional(),
  }),
]);
const W3cAnnotation = z.looseObject({
  id: z.string().optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: z.union([W3cBody, z.array(W3cBody)]).optional(),
  bodyValue: z.string().optional(),
  target: z.union([W3cTarget, z.array(W3cTarget)]),
  policyLens: z.looseObject({}).optional(),
});

/** A W3C target or body given as a bare IRI names a whole resource: it carries no selector and no text. */
const notString = <T>(value: T): value is Exclude<T, string> => typeof value !== 'string';

/** The members our extension carries; anything else in it is ignored, never spread over the record. */
const EXTENSION_MEMBERS = ['url', 'pageTitle', 'colour', 'topicIds', 'speakerId', 'organisationId', 'stance', 'statementId'] as const satisfies readonly (keyof PolicyLensExtension)[];

/** The highlight fields an annotation of another tool carries. */
const CARRIED = ['url', 'target', 'note', 'tags'] as const;

function pick(from: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => from[k] !== undefined).map((k) => [k, from[k]]));
}

export function fromW3c(item: unknown, importedAt: string): Conversion {
  const parsed = W3cAnnotation.safeParse(item, { error: analystMessage });
  if (!parsed.success) return { skip: unreadable(parsed.error.issues) };
  const w = parsed.data;
  const targets = (Array.isArray(w.target) ? w.target : [w.target]).filter(notString);
  const withText = targets
    .map((t) => ({ t, ...textSelectors(t.selector === undefined ? [] : Array.isArray(t.selector) ? t.selector : [t.selector]) }))
    .find((c) => c.quote);
  if (!withText?.quote) return { skip: targets.length ? 'it highlights no text (no TextQuoteSelector)' : 'it annotates a whole resource, not highlighted text' };
  const source = typeof withText.t.source === 'string' ? withText.t.source : withText.t.source.id;
  // "created" is optional in the model: then "modified", then the time of this import.
  const created = w.created ?? w.modified ?? importedAt;
  const bodies = (w.body === undefined ? [] : Array.isArray(w.body) ? w.body : [w.body]).filter(notString);
  const notes = [w.bodyValue, ...bodies.filter((b) => b.purpose !== 'tagging').map((b) => b.value)].filter((v): v is string => !!v);
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value ?? '');
  const ours = w.id?.startsWith(OUR_ID_PREFIX) ? w.id.slice(OUR_ID_PREFIX.length) : undefined;
  const pdf = pdfLocationOf([source], withText.t.selector === undefined ? [] : [withText.t.selector].flat());
  const url = cleanUrl(source) ?? (pdf && pdfUrn(pdf.fingerprint));
  if (!url && !ours) return { skip: `not on a web page (${source})` };
  const whole = ours !== undefined && w.policyLens !== undefined;
  return {
    record: {
      // Without an id, the same item must still get the same id on every import: the time of this import is no part of it.
      id: ours ?? foreignId('web-annotation', w.id ?? `${source} ${withText.quote.exact} ${w.created ?? w.modified ?? ''}`),
      origin: 'user',
      createdAt: utc(created),
      updatedAt: utc(w.modified ?? created),
      url: url ?? source,
      pageTitle: '',
      target: { source, selector: selectorPair(withText.quote, withText.position) },
      note: notes.join('\n\n'),
      tags: normaliseTags(tags),
      colour: DEFAULT_COLOUR,
      topicIds: [],
      ...(pdf ? { pdf } : {}),
      // Our own export: the members the W3C model has no term for come back as they left.
      ...(whole ? pick(w.policyLens ?? {}, EXTENSION_MEMBERS) : {}),
    },
    ...(whole ? {} : { carried: pdf ? [...CARRIED, 'pdf'] : CARRIED }),
  };
}
