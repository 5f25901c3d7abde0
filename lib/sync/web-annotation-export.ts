// Highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), the
// format other annotation tools read: our export as an AnnotationCollection in
// JSON-LD. What the W3C model has no term for travels in one `policyLens` member,
// so our own export imports back whole (w3c-import.ts).
import type { Annotation, TextPositionSelector, TextQuoteSelector } from '../schema';
import { type PageSelector, webAnnotationTarget } from './pdf-target';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our annotations' ids are IRIs in this namespace, so our own export imports back under the same ids. */
export const OUR_ID_PREFIX = 'urn:policy-lens:annotation:';
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
