// Turns what was read from a page into the capture form's starting values: the
// quotes the attribution parser proposes, each with a suggested stance and topics and
// the words that drove them, matched against the people and organisations already
// known; and quotes the analyst adds by hand (pasted, selected, or from a highlight).
import { type ProposedQuote, extractQuotes } from './attribution';
import type { Site } from './publisher-organisation';
import { placeInText } from './quote-in-text';
import { suggestStance } from './stance-suggestion';
import { type Suggestion, suggestTopics } from './topic-suggestion';
import type { Organisation, Person, StanceId, Topic } from '../schema';

export interface QuoteProposal {
  key: string;
  include: boolean;
  text: string;
  speakerId: string;
  speakerName: string;
  organisationId: string;
  organisationName: string;
  role: string;
  stance: StanceId;
  cues: string[];
  topicIds: string[];
  /** The topics suggested for it, with the words that suggested each. */
  suggestedTopics: Suggestion[];
  confidence: number;
  /** Added by the analyst rather than proposed by the parser. */
  manual: boolean;
}

function blank(key: string, text: string, topics: readonly Topic[]): QuoteProposal {
  const { stance, cues } = suggestStance(text);
  const suggestedTopics = suggestTopics(text, topics);
  return {
    key,
    include: true,
    text,
    speakerId: '',
    speakerName: '',
    organisationId: '',
    organisationName: '',
    role: '',
    stance,
    cues,
    topicIds: suggestedTopics.map((s) => s.id),
    suggestedTopics,
    confidence: 1,
    manual: true,
  };
}

/**
 * `author` is the byline: an opinion piece without quotation marks is the author's own words.
 * `site` is the page's address and site name: its staff speak for the organisation it belongs to.
 */
export function proposeQuotes(
  text: string,
  people: Person[],
  organisations: Organisation[],
  author?: string,
  topics: readonly Topic[] = [],
  site?: Site,
): QuoteProposal[] {
  const known = {
    people: people.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases })),
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases })),
  };
  const byline = author ? { name: author, personId: people.find((p) => [p.name, ...p.aliases].includes(author))?.id } : undefined;
  return extractQuotes(text, known, { author: byline, ...(site ? { site } : {}) }).map((q: ProposedQuote, i) => ({
    ...blank(`${i}-${q.start}`, q.text, topics),
    speakerId: q.personId ?? '',
    speakerName: q.personId ? '' : (q.speakerName ?? ''),
    organisationId: q.organisationId ?? '',
    organisationName: q.organisationId ? '' : (q.organisationName ?? ''),
    role: q.role ?? '',
    confidence: q.confidence,
    manual: false,
  }));
}

/** A quote the analyst adds: the page's own words, or an error saying why not. */
export function manualProposal(
  mainText: string,
  quotation: string,
  existing: readonly QuoteProposal[],
  topics: readonly Topic[],
): { proposal: QuoteProposal } | { error: string } {
  if (quotation.trim() === '') return { error: 'Select or paste the words of the quote first.' };
  const placed = placeInText(mainText, quotation);
  if (!placed) return { error: 'Those words are not in the page’s text: copy them exactly from the page text below.' };
  if (existing.some((q) => q.text === placed.text)) return { error: 'That quote is already in the list.' };
  return { proposal: blank(`manual-${placed.start}-${existing.length}`, placed.text, topics) };
}
