// Highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), the
// format other annotation tools read and write: our export as an
// AnnotationCollection in JSON-LD, and imports from such collections, from any
// W3C annotation list, and from Hypothesis (its JSON export and its API's search
// results), whose annotations carry the same selectors in a `target[].selector[]`.
// Imports become ordinary highlight records, merged like any sync file.
import { z } from 'zod';
import type { Annotation, TextPositionSelector, TextQuoteSelector } from '../schema';
import { DEFAULT_COLOUR, normaliseTags } from '../storage/annotations';
import { cleanUrl } from '../url-key';
import { foreignId } from './foreign-ids';
import { type ImportError, analystMessage, itemErrors, recordError } from './import-errors';
import { placeholderPosition } from './placeholder-position';
import { type PageSelector, documentLinks, pdfLocationOf, webAnnotationTarget } from './pdf-target';
import { pdfUrn } from '../pdf/identity';

const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our annotations' ids are IRIs in this namespace, so our own export imports back under the same ids. */
const OUR_ID_PREFIX = 'urn:policy-lens:annotation:';
/**
 * What the W3C model has no term for (colour, attribution, stance, topics, page
 * title) travels in one `policyLens` member, declared as a JSON literal so that a
 * JSON-LD processor keeps it intact and other tools can ignore it.
 */
const EXTENSION_CONTEXT = { policyLens: { '@id': 'urn:policy-lens:terms#policyLens', '@type': '@json' } };
const GENERATOR = { id: 'urn:policy-lens', type: 'Software', name: 'Policy Lens' } as const;

interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

export interface PolicyLensExtension {
  url: string;
  pageTitle: string;
  colour: Annotation['colour'];
  topicIds: string[];
  speakerId?: string;
  organisationId?: string;
  stance?: Annotation['stance'];
  statementId?: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector, ...PageSelector[]] };
  policyLens: PolicyLensExtension;
}

export interface WebAnnotationCollection {
  '@context': [typeof ANNOTATION_CONTEXT, typeof EXTENSION_CONTEXT];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: typeof GENERATOR;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export function toWebAnnotation(a: Annotation): WebAnnotation {
  const body: TextualBody[] = [
    ...(a.note ? [{ type: 'TextualBody' as const, value: a.note, format: 'text/plain' as const, purpose: 'commenting' as const }] : []),
    ...a.tags.map((tag) => ({ type: 'TextualBody' as const, value: tag, purpose: 'tagging' as const })),
  ];
  return {
    id: `${OUR_ID_PREFIX}${a.id}`,
    type: 'Annotation',
    motivation: 'highlighting',
    created: a.createdAt,
    modified: a.updatedAt,
    ...(body.length ? { body } : {}),
    target: webAnnotationTarget(a),
    policyLens: {
      url: a.url,
      pageTitle: a.pageTitle,
      colour: a.colour,
      topicIds: a.topicIds,
      ...(a.speakerId ? { speakerId: a.speakerId } : {}),
      ...(a.organisationId ? { organisationId: a.organisationId } : {}),
      ...(a.stance ? { stance: a.stance } : {}),
      ...(a.statementId ? { statementId: a.statementId } : {}),
    },
  };
}

/** One embedded page holding every item: a file the analyst saves is read whole anyway. */
export function toWebAnnotationCollection(annotations: readonly Annotation[], generated: string, label: string): WebAnnotationCollection {
  return {
    '@context': [ANNOTATION_CONTEXT, EXTENSION_CONTEXT],
    id: `urn:policy-lens:export:${generated}`,
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    generated,
    generator: GENERATOR,
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations.map(toWebAnnotation) },
  };
}

// ---- Import ----------------------------------------------------------------

/** An item of a foreign file that is not a highlight on a web page, and so was left out. */
export interface SkippedItem {
  index: number;
  id?: string;
  reason: string;
}

/** Highlight records made from a foreign file, not yet validated (import-validate.ts does that). */
export interface ConvertedHighlights {
  source: 'hypothesis' | 'web-annotation';
  /** When the foreign file says it was written, if it does. */
  exportedAt?: string;
  annotations: Record<string, unknown>[];
  /** For each converted record: the position and id of the item it came from, for error messages. */
  from: { index: number; id?: string }[];
  skipped: SkippedItem[];
  errors: ImportError[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function types(value: unknown): string[] {
  if (!isObject(value)) return [];
  const type = value.type ?? value['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** A W3C target or body given as a bare IRI names a whole resource: it carries no selector and no text. */
const notString = <T>(value: T): value is Exclude<T, string> => typeof value !== 'string';

const looksHypothesis = (item: unknown) => isObject(item) && typeof item.uri === 'string' && Array.isArray(item.target);
const looksW3c = (item: unknown) => types(item).includes('Annotation');

/** Recognises a W3C or Hypothesis file and lists its items; undefined for anything else. */
export function foreignItems(json: unknown): { source: ConvertedHighlights['source']; items: unknown[]; exportedAt?: string } | undefined {
  if (Array.isArray(json)) {
    if (json.length > 0 && json.every(looksHypothesis)) return { source: 'hypothesis', items: json };
    if (json.length > 0 && json.every(looksW3c)) return { source: 'web-annotation', items: json };
    return undefined;
  }
  if (!isObject(json)) return undefined;
  // Hypothesis's "Export annotations" file: { export_date, export_userid, client_version, annotations }.
  if (Array.isArray(json.annotations) && ('export_date' in json || 'client_version' in json)) {
    return { source: 'hypothesis', items: json.annotations, ...(typeof json.export_date === 'string' ? { exportedAt: json.export_date } : {}) };
  }
  // A saved response of Hypothesis's search API: { total, rows }.
  if (Array.isArray(json.rows) && 'total' in json) return { source: 'hypothesis', items: json.rows };
  const kinds = types(json);
  const generated = typeof json.generated === 'string' ? { exportedAt: json.generated } : {};
  if (kinds.includes('AnnotationCollection')) {
    const first = json.first;
    const items = isObject(first) && Array.isArray(first.items) ? first.items : Array.isArray(json.items) ? json.items : [];
    return { source: 'web-annotation', items, ...generated };
  }
  if (kinds.includes('AnnotationPage') && Array.isArray(json.items)) return { source: 'web-annotation', items: json.items, ...generated };
  if (kinds.includes('Annotation')) return { source: 'web-annotation', items: [json] };
  return undefined;
}

const Selector = z.looseObject({ type: z.string() });
const QuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
const PositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** Hypothesis API annotation (https://h.readthedocs.io/en/latest/api-reference/): only what a highlight needs. */
const HypothesisAnnotation = z.looseObject({
  id: z.string().min(1),
  created: z.string(),
  updated: z.string(),
  uri: z.string(),
  text: z.string().default(''),
  tags: z.array(z.string()).default([]),
  references: z.array(z.string()).optional(),
  document: z.looseObject({ title: z.union([z.string(), z.array(z.string())]).optional() }).optional(),
  target: z.array(z.looseObject({ source: z.string(), selector: z.array(Selector).optional() })),
});

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

/** ISO times normalised to UTC milliseconds (Hypothesis writes microseconds and "+00:00"); unparseable ones are left for validation to name. */
function utc(time: string): string {
  const parsed = Date.parse(time.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isNaN(parsed) ? time : new Date(parsed).toISOString();
}

/** The quote and position selectors among a target's selectors (one level of `refinedBy` included). */
function textSelectors(selectors: readonly z.infer<typeof Selector>[]) {
  const all = selectors.flatMap((s) => [s, ...(isObject(s.refinedBy) ? [s.refinedBy] : [])]);
  const quote = all.map((s) => QuoteSelector.safeParse(s)).find((r) => r.success)?.data;
  const position = all.map((s) => PositionSelector.safeParse(s)).find((r) => r.success && r.data.end > r.data.start)?.data;
  return { quote, position };
}

function selectorPair(quote: z.infer<typeof QuoteSelector>, position: z.infer<typeof PositionSelector> | undefined) {
  return [
    { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
    // Tools that keep only the quote give no position; the placeholder is a hint anchoring does not trust.
    position ?? placeholderPosition(quote.exact),
  ];
}

type Conversion = { record: Record<string, unknown> } | { skip: string } | { errors: ImportError[] };

function fromHypothesis(item: unknown, index: number): Conversion {
  const parsed = HypothesisAnnotation.safeParse(item, { error: analystMessage });
  if (!parsed.success) return { errors: itemErrors(parsed.error.issues, { list: 'items', index, ...idOf(item) }) };
  const h = parsed.data;
  if (h.references?.length) return { skip: 'a reply to another annotation, not a highlight' };
  const target = h.target.find((t) => t.selector?.some((s) => s.type === 'TextQuoteSelector')) ?? h.target[0];
  const { quote, position } = textSelectors(target?.selector ?? []);
  if (!quote) return { skip: 'a page note: it highlights no text' };
  const pdf = pdfLocationOf([h.uri, target?.source, ...documentLinks(h.document)], target?.selector ?? []);
  const url = cleanUrl(h.uri) ?? (pdf && pdfUrn(pdf.fingerprint));
  if (!url) return { skip: `not on a web page (${h.uri})` };
  const title = h.document?.title;
  return {
    record: {
      id: foreignId('hypothesis', h.id),
      origin: 'user',
      createdAt: utc(h.created),
      updatedAt: utc(h.updated),
      url,
      pageTitle: (Array.isArray(title) ? title[0] : title) ?? '',
      target: { source: target && cleanUrl(target.source) ? target.source : url, selector: selectorPair(quote, position) },
      note: h.text,
      tags: normaliseTags(h.tags),
      colour: DEFAULT_COLOUR,
      topicIds: [],
      ...(pdf ? { pdf } : {}),
    },
  };
}

function fromW3c(item: unknown, index: number): Conversion {
  const parsed = W3cAnnotation.safeParse(item, { error: analystMessage });
  if (!parsed.success) return { errors: itemErrors(parsed.error.issues, { list: 'items', index, ...idOf(item) }) };
  const w = parsed.data;
  const targets = (Array.isArray(w.target) ? w.target : [w.target]).filter(notString);
  const withText = targets
    .map((t) => ({ t, ...textSelectors(t.selector === undefined ? [] : Array.isArray(t.selector) ? t.selector : [t.selector]) }))
    .find((c) => c.quote);
  if (!withText?.quote) return { skip: targets.length ? 'it highlights no text (no TextQuoteSelector)' : 'it annotates a whole resource, not highlighted text' };
  const source = typeof withText.t.source === 'string' ? withText.t.source : withText.t.source.id;
  const created = w.created ?? w.modified;
  if (created === undefined) return { errors: [recordError({ list: 'items', index, ...idOf(item) }, 'created', 'is missing: a highlight needs the date it was made ("created" or "modified")')] };
  const bodies = (w.body === undefined ? [] : Array.isArray(w.body) ? w.body : [w.body]).filter(notString);
  const notes = [w.bodyValue, ...bodies.filter((b) => b.purpose !== 'tagging').map((b) => b.value)].filter((v): v is string => !!v);
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value ?? '');
  const ours = w.id?.startsWith(OUR_ID_PREFIX) ? w.id.slice(OUR_ID_PREFIX.length) : undefined;
  const pdf = pdfLocationOf([source], withText.t.selector === undefined ? [] : [withText.t.selector].flat());
  const url = cleanUrl(source) ?? (pdf && pdfUrn(pdf.fingerprint));
  if (!url && !ours) return { skip: `not on a web page (${source})` };
  return {
    record: {
      id: ours ?? foreignId('web-annotation', w.id ?? `${source} ${withText.quote.exact} ${created}`),
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
      ...(ours && w.policyLens ? pick(w.policyLens, EXTENSION_MEMBERS) : {}),
    },
  };
}

/** The members our extension carries; anything else in it is ignored, never spread over the record. */
const EXTENSION_MEMBERS = ['url', 'pageTitle', 'colour', 'topicIds', 'speakerId', 'organisationId', 'stance', 'statementId'] as const satisfies readonly (keyof PolicyLensExtension)[];

function pick(from: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => from[k] !== undefined).map((k) => [k, from[k]]));
}

function idOf(item: unknown): { id?: string } {
  return isObject(item) && typeof item.id === 'string' ? { id: item.id } : {};
}

/** Converts every item; the records still go through the sync file's validation. */
export function convertForeignItems(found: NonNullable<ReturnType<typeof foreignItems>>): ConvertedHighlights {
  const result: ConvertedHighlights = {
    source: found.source,
    ...(found.exportedAt ? { exportedAt: found.exportedAt } : {}),
    annotations: [],
    from: [],
    skipped: [],
    errors: [],
  };
  const convert = found.source === 'hypothesis' ? fromHypothesis : fromW3c;
  found.items.forEach((item, index) => {
    const conversion = convert(item, index);
    if ('record' in conversion) {
      result.annotations.push(conversion.record);
      result.from.push({ index, ...idOf(item) });
    } else if ('skip' in conversion) {
      result.skipped.push({ index, ...idOf(item), reason: conversion.skip });
    } else {
      result.errors.push(...conversion.errors);
    }
  });
  return result;
}
