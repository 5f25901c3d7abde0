// Labels and small pure helpers for the user's own highlights: colour and organisation
// kind names, tags as typed text, and the changes an edit makes.
import type { AnnotationChanges } from '@/lib/highlights-view';
import type { Annotation, HighlightColour, StanceId } from '@/lib/schema';
import { normaliseTags } from '@/lib/storage/annotations';
import { truncateAtWord } from '../ui/format';

// Colours and organisation kinds are named once, from the schema (lib/labels.ts).
export { HIGHLIGHT_COLOURS, ORGANISATION_KINDS, colourLabel, organisationKindLabel } from '@/lib/labels';

/** The words the user highlighted. */
export function highlightText(annotation: Annotation): string {
  return annotation.target.selector[0].exact;
}

/** A short, one-line form of the highlighted words, to name a card and its buttons. */
export function excerpt(text: string, max = 60): string {
  return truncateAtWord(text.replace(/\s+/g, ' '), max).text;
}

/** "health, Funding, health " → ["health", "Funding"]: split at commas, as storage normalises them. */
export function parseTags(text: string): string[] {
  return normaliseTags(text.split(','));
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}

/** The fields an analyst edits, with `null` for an attribution that is not set. */
export interface HighlightFields {
  note: string;
  tags: string[];
  colour: HighlightColour;
  speakerId: string | null;
  organisationId: string | null;
  stance: StanceId | null;
  topicIds: string[];
}

export function fieldsOf(annotation: Annotation): HighlightFields {
  return {
    note: annotation.note,
    tags: annotation.tags,
    colour: annotation.colour,
    speakerId: annotation.speakerId ?? null,
    organisationId: annotation.organisationId ?? null,
    stance: annotation.stance ?? null,
    topicIds: annotation.topicIds,
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameSet = (a: readonly string[], b: readonly string[]) => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
};

/** Only the fields that differ; `null` clears a speaker, organisation or stance. Topic order does not count. */
export function changedFields(before: HighlightFields, after: HighlightFields): AnnotationChanges {
  const changes: AnnotationChanges = {};
  if (after.note !== before.note) changes.note = after.note;
  if (!sameList(after.tags, before.tags)) changes.tags = after.tags;
  if (after.colour !== before.colour) changes.colour = after.colour;
  if (after.speakerId !== before.speakerId) changes.speakerId = after.speakerId;
  if (after.organisationId !== before.organisationId) changes.organisationId = after.organisationId;
  if (after.stance !== before.stance) changes.stance = after.stance;
  if (!sameSet(after.topicIds, before.topicIds)) changes.topicIds = after.topicIds;
  return changes;
}

export { errorText } from '@/lib/error-text';

/** The name of a record in a list of options, or its id when the record is missing. */
export function nameOf(options: readonly { id: string; name: string }[], id: string | null | undefined): string {
  if (!id) return '';
  return options.find((o) => o.id === id)?.name ?? id;
}
