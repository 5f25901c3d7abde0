// Proposes who said what on a page the corpus does not know: finds each quotation
// and reads its attribution from the surrounding sentence, so the analyst confirms
// or corrects speakers, roles and organisations instead of typing them. Patterns:
//   X, chief executive of Y, said: "…"      Y chief executive X said: "…"
//   "…", said X   /   "…", X said            X said: "…"
//   She said: "…" / He added: "…"  (the last person named outside quotations)
//   X said the proposals were "keen to …"   (a fragment inside reported speech)
//   The department said "…"                  (an organisation speaking without a person)
// A quotation continued over paragraphs is one quote (lib/capture/quotation-spans.ts).
// Every proposal carries a confidence, highest for an explicit "Name said:".
import { PERSON_PRONOUN, ROLE_NOUNS, SPEECH_VERB } from './attribution-cues';
import { type Author, proposeAuthorQuotes } from './author-voice';
import { type KnownEntity, type Mention, findMentions } from './known-mentions';
import { findNameCandidates, isHonorificAndSurname, surnameOf } from './person-names';
import { type QuotationSpan, findQuotationSpans } from './quotation-spans';
import { type SpeakerDescription, describeSpeaker } from './speaker-description';

export interface ProposedQuote {
  /** Exactly text.slice(start, end): the quoted words without their enclosing marks. */
  text: string;
  start: number;
  end: number;
  speakerName?: string;
  personId?: string;
  role?: string;
  organisationName?: string;
  organisationId?: string;
  /** 0–1: how sure the parser is of the attribution (not of the stance). */
  confidence: number;
}

export interface KnownEntities {
  people: KnownEntity[];
  organisations: KnownEntity[];
}

/**
 * Confidence by how the speaker was found, most explicit first. The values order the
 * proposals for review; they are not calibrated probabilities.
 */
const CONFIDENCE = {
  /** A name then a speech verb in the quote's own sentence. */
  namedBefore: 0.9,
  /** A name in a trailing "…", said X. */
  namedAfter: 0.85,
  /** He/She or "The Labour MP" standing for the last person named. */
  pronoun: 0.75,
  /** An organisation speaking ("the department said"). */
  organisation: 0.7,
  /** A name unknown to the corpus: a capitalised run could be something else. */
  unknownNamePenalty: 0.1,
  /** A paragraph that opens with a quotation and names nobody continues the previous speaker. */
  continuation: 0.5,
  /** Someone named in the sentence with no speech verb ("… are to be set out by X today"). */
  sameSentence: 0.45,
  /** Nobody found. */
  none: 0.15,
} as const;

/** How far back a trailing attribution's verb may stand from the closing mark ("…", the minister later said). */
const MAX_TRAILING_GAP = 60;

interface Speaker extends SpeakerDescription {
  speakerName?: string;
  personId?: string;
}

interface PersonRef {
  start: number;
  end: number;
  speaker: Speaker;
}

interface Context {
  text: string;
  spans: QuotationSpan[];
  people: Mention[];
  organisations: Mention[];
  knownPeople: Map<string, KnownEntity>;
  knownOrganisations: Map<string, KnownEntity>;
  /** Every person named outside quotations, in text order, for pronouns. */
  personRefs: PersonRef[];
  /** What the text said about each speaker's role and organisation, by speaker key. */
  described: Map<string, SpeakerDescription>;
}

function insideQuotation(spans: readonly QuotationSpan[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.open && end <= s.close);
}

/** Where the sentence holding `index` starts: after a line break or a sentence end outside quotations. */
function sentenceStart(ctx: Context, index: number): number {
  const { text } = ctx;
  for (let i = index - 1; i >= 0; i--) {
    const ch = text[i] as string;
    if (ch === '\n') return i + 1;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? ' ') && !insideQuotation(ctx.spans, i, i + 1)) {
      // "Dr." and "Mr." end abbreviations, not sentences.
      if (/\b(?:Dr|Mr|Mrs|Ms|Prof|St|Sr|Jr|No)$/.test(text.slice(Math.max(0, i - 4), i))) continue;
      return i + 1;
    }
  }
  return 0;
}

/** Where the sentence holding `index` ends (exclusive). */
function sentenceEnd(ctx: Context, index: number): number {
  const { text } = ctx;
  for (let i = index; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\n') return i;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? ' ') && !insideQuotation(ctx.spans, i, i + 1)) {
      return i + 1;
    }
  }
  return text.length;
}

function speakerKey(s: Speaker): string | undefined {
  return s.personId ?? s.speakerName;
}

function personSpeaker(ctx: Context, m: Mention): Speaker {
  const known = ctx.knownPeople.get(m.id);
  return { speakerName: known?.name ?? m.surface, personId: m.id };
}

/** "Ms Smith" after "Jane Smith" is the same person. */
function unknownSpeaker(ctx: Context, name: string, before: number): Speaker {
  if (isHonorificAndSurname(name)) {
    const surname = surnameOf(name);
    for (let i = ctx.personRefs.length - 1; i >= 0; i--) {
      const ref = ctx.personRefs[i] as PersonRef;
      if (ref.start < before && ref.speaker.speakerName && surnameOf(ref.speaker.speakerName) === surname) return ref.speaker;
    }
  }
  return { speakerName: name };
}

/** Everyone named outside quotations, known or not, in text order. */
function collectPersonRefs(ctx: Context): PersonRef[] {
  const refs: PersonRef[] = ctx.people
    .filter((m) => !insideQuotation(ctx.spans, m.start, m.end))
    .map((m) => ({ start: m.start, end: m.end, speaker: personSpeaker(ctx, m) }));
  const taken = [...ctx.people, ...ctx.organisations];
  for (const c of findNameCandidates(ctx.text, 0, ctx.text.length, taken)) {
    if (insideQuotation(ctx.spans, c.start, c.end)) continue;
    refs.push({ start: c.start, end: c.end, speaker: { speakerName: c.name } });
  }
  refs.sort((a, b) => a.start - b.start);
  // Resolve "Ms Smith" to an earlier "Jane Smith" now that all refs are known.
  ctx.personRefs = refs;
  for (const ref of refs) {
    if (!ref.speaker.personId && ref.speaker.speakerName) ref.speaker = unknownSpeaker(ctx, ref.speaker.speakerName, ref.start);
  }
  return refs;
}

function lastPersonBefore(ctx: Context, index: number): PersonRef | undefined {
  let found: PersonRef | undefined;
  for (const ref of ctx.personRefs) {
    if (ref.end <= index) found = ref;
    else break;
  }
  return found;
}

/** What the sentence naming a person says of them ("Dr Jennifer Dixon, chief executive of the Health Foundation, gave…"). */
function describedAt(ctx: Context, ref: PersonRef): SpeakerDescription {
  const key = speakerKey(ref.speaker);
  const remembered = key ? ctx.described.get(key) : undefined;
  if (remembered) return remembered;
  const from = sentenceStart(ctx, ref.start);
  return withoutEmpty(describeSpeaker(ctx.text, from, ref.start, ref.end, sentenceEnd(ctx, ref.end), ctx.organisations));
}

/** "The Labour MP", "the minister": a definite description ending in a role noun, standing for someone named before. */
const ROLE_DESCRIPTION = /\b[Tt]he\s+((?:[\p{L}'’-]+\s+){0,4}?([\p{L}-]+))\s*,?\s*$/u;

type Candidate =
  | { kind: 'person'; start: number; end: number; speaker: Speaker; known: boolean }
  | { kind: 'pronoun'; start: number; end: number }
  | { kind: 'description'; start: number; end: number }
  | { kind: 'organisation'; start: number; end: number; mention: Mention };

/** Who is the subject of a speech verb at `verbStart`, looking back to `from`. */
function subjectBefore(ctx: Context, from: number, verbStart: number): Candidate | undefined {
  const within = (r: { start: number; end: number }): boolean =>
    r.start >= from && r.end <= verbStart && !insideQuotation(ctx.spans, r.start, r.end);
  const people: Candidate[] = [
    ...ctx.people.filter(within).map((m): Candidate => ({ kind: 'person', start: m.start, end: m.end, speaker: personSpeaker(ctx, m), known: true })),
    ...findNameCandidates(ctx.text, from, verbStart, [...ctx.people, ...ctx.organisations])
      .filter(within)
      .map((c): Candidate => ({ kind: 'person', start: c.start, end: c.end, speaker: unknownSpeaker(ctx, c.name, c.start), known: false })),
    ...[...ctx.text.slice(from, verbStart).matchAll(PERSON_PRONOUN)].map(
      (m): Candidate => ({ kind: 'pronoun', start: from + m.index, end: from + m.index + m[0].length }),
    ),
  ];
  const description = ROLE_DESCRIPTION.exec(ctx.text.slice(from, verbStart));
  if (description && ROLE_NOUNS.has((description[2] ?? '').toLowerCase())) {
    people.push({ kind: 'description', start: from + description.index, end: verbStart });
  }
  const nearest = (list: Candidate[]): Candidate | undefined =>
    list.reduce<Candidate | undefined>((best, c) => (best === undefined || c.end > best.end ? c : best), undefined);
  const person = nearest(people);
  if (person) return person;
  return nearest(ctx.organisations.filter(within).map((m): Candidate => ({ kind: 'organisation', start: m.start, end: m.end, mention: m })));
}

/** The speaker and confidence a subject candidate gives, with role and organisation from the clause. */
function resolve(ctx: Context, c: Candidate, clauseStart: number, verbStart: number, base: number): { speaker: Speaker; confidence: number } | undefined {
  if (c.kind === 'organisation') {
    return {
      speaker: { organisationName: c.mention.surface.replace(/^[Tt]he\s+/, ''), organisationId: c.mention.id },
      confidence: CONFIDENCE.organisation,
    };
  }
  if (c.kind === 'pronoun' || c.kind === 'description') {
    const previous = lastPersonBefore(ctx, c.start);
    if (!previous) return undefined;
    const remembered = describedAt(ctx, previous);
    const stated = c.kind === 'description' ? describeSpeaker(ctx.text, c.start, c.end, c.end, c.end, ctx.organisations) : {};
    return { speaker: { ...remembered, ...withoutEmpty(stated), ...previous.speaker }, confidence: CONFIDENCE.pronoun };
  }
  const description = describeSpeaker(ctx.text, clauseStart, c.start, c.end, verbStart, ctx.organisations);
  const key = speakerKey(c.speaker);
  const remembered = key ? ctx.described.get(key) : undefined;
  if (key && (description.role || description.organisationName)) ctx.described.set(key, description);
  return {
    speaker: { ...remembered, ...withoutEmpty(description), ...c.speaker },
    confidence: c.known ? base : base - CONFIDENCE.unknownNamePenalty,
  };
}

function withoutEmpty(d: SpeakerDescription): SpeakerDescription {
  return Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined && v !== '')) as SpeakerDescription;
}

/** The last speech verb in text[from, to), or a colon ending the clause ("Saffron Cordery:"). */
function lastVerb(ctx: Context, from: number, to: number): { start: number } | undefined {
  let found: { start: number } | undefined;
  for (const m of ctx.text.slice(from, to).matchAll(SPEECH_VERB)) {
    const start = from + m.index;
    if (!insideQuotation(ctx.spans, start, start + m[0].length)) found = { start };
  }
  if (found) return found;
  const colon = /:\s*$/.exec(ctx.text.slice(from, to));
  return colon ? { start: from + colon.index } : undefined;
}

/**
 * Where the lead-in to a quotation starts: its own sentence, or, when the quotation
 * opens a paragraph, the previous paragraph if that ends in a colon ("…, said:").
 */
function leadInStart(ctx: Context, open: number): { from: number; to: number } {
  const from = sentenceStart(ctx, open);
  if (ctx.text.slice(from, open).trim() !== '') return { from, to: open };
  const previous = ctx.text.slice(0, from).replace(/\s+$/, '');
  if (!previous.endsWith(':')) return { from, to: open };
  return { from: sentenceStart(ctx, previous.length - 1), to: previous.length };
}

function attributeBefore(ctx: Context, span: QuotationSpan): { speaker: Speaker; confidence: number } | undefined {
  const { from, to } = leadInStart(ctx, span.open);
  const verb = lastVerb(ctx, from, to);
  if (!verb) return undefined;
  const subject = subjectBefore(ctx, from, verb.start);
  return subject ? resolve(ctx, subject, from, verb.start, CONFIDENCE.namedBefore) : undefined;
}

function attributeAfter(ctx: Context, span: QuotationSpan): { speaker: Speaker; confidence: number } | undefined {
  const to = sentenceEnd(ctx, span.close);
  const clause = ctx.text.slice(span.close, to);
  const verbMatch = [...clause.matchAll(SPEECH_VERB)][0];
  if (!verbMatch || verbMatch.index > MAX_TRAILING_GAP) return undefined;
  const verbStart = span.close + verbMatch.index;
  const verbEnd = verbStart + verbMatch[0].length;
  // "…", X said: the subject precedes the verb; "…", said X: it follows.
  const subject = subjectBefore(ctx, span.close, verbStart) ?? subjectBefore(ctx, verbEnd, to);
  return subject ? resolve(ctx, subject, span.close, subject.start >= verbEnd ? to : verbStart, CONFIDENCE.namedAfter) : undefined;
}

/** Someone named in the quote's sentence without a speech verb: a weak guess. */
function attributeSameSentence(ctx: Context, span: QuotationSpan): { speaker: Speaker; confidence: number } | undefined {
  const from = sentenceStart(ctx, span.open);
  const to = sentenceEnd(ctx, span.close);
  const mention =
    ctx.people.find((m) => m.start >= span.close && m.end <= to) ??
    [...ctx.people].reverse().find((m) => m.start >= from && m.end <= span.open);
  return mention ? { speaker: personSpeaker(ctx, mention), confidence: CONFIDENCE.sameSentence } : undefined;
}

function opensParagraph(text: string, open: number): boolean {
  const before = text.slice(0, open);
  return /(?:^|\n)[ \t]*$/.test(before);
}

export interface ExtractOptions {
  /**
   * The byline's author. When given and the text has no quotation at all, the text is
   * the author's own words (an opinion piece) and is proposed as such (lib/capture/author-voice.ts).
   */
  author?: Author;
}

export function extractQuotes(text: string, known: KnownEntities, options: ExtractOptions = {}): ProposedQuote[] {
  const spans = findQuotationSpans(text);
  if (spans.length === 0 && options.author) return proposeAuthorQuotes(text, options.author);
  const ctx: Context = {
    text,
    spans,
    people: findMentions(text, known.people),
    organisations: findMentions(text, known.organisations),
    knownPeople: new Map(known.people.map((p) => [p.id, p])),
    knownOrganisations: new Map(known.organisations.map((o) => [o.id, o])),
    personRefs: [],
    described: new Map(),
  };
  // People and organisations share words ("Labour" in "the Labour MP"); a person's name wins.
  ctx.organisations = ctx.organisations.filter((o) => !ctx.people.some((p) => o.start < p.end && p.start < o.end));
  collectPersonRefs(ctx);

  const proposals: ProposedQuote[] = [];
  let previous: { speaker: Speaker; close: number } | undefined;
  for (const span of spans) {
    let found = attributeBefore(ctx, span) ?? attributeAfter(ctx, span);
    if (!found && previous && opensParagraph(text, span.open) && !/\S/.test(text.slice(previous.close, span.open).replace(/\n/g, ''))) {
      found = { speaker: previous.speaker, confidence: CONFIDENCE.continuation };
    }
    found ??= attributeSameSentence(ctx, span);
    const proposal: ProposedQuote = {
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      confidence: found?.confidence ?? CONFIDENCE.none,
    };
    if (found) {
      const s = found.speaker;
      if (s.speakerName) proposal.speakerName = s.speakerName;
      if (s.personId) proposal.personId = s.personId;
      if (s.role) proposal.role = s.role;
      // A known organisation is proposed under its own name, however the page named it ("the BMA").
      const organisationName = (s.organisationId && ctx.knownOrganisations.get(s.organisationId)?.name) ?? s.organisationName;
      if (organisationName) proposal.organisationName = organisationName;
      if (s.organisationId) proposal.organisationId = s.organisationId;
      previous = { speaker: s, close: span.close };
    }
    if (!span.closed) proposal.confidence = Math.max(CONFIDENCE.none, proposal.confidence - 0.1);
    proposals.push(proposal);
  }
  return proposals;
}
