// Turns what was read from a page into the capture form's starting values: the
// quotes the attribution parser proposes, each with a suggested stance and the
// words that drove it, matched against the people and organisations already known.
import { type ProposedQuote, extractQuotes } from '@/lib/capture/attribution';
import { suggestStance } from '@/lib/capture/stance-suggestion';
import type { Organisation, Person, StanceId } from '@/lib/schema';

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
  confidence: number;
}

/** `author` is the byline: an opinion piece without quotation marks is the author's own words. */
export function proposeQuotes(text: string, people: Person[], organisations: Organisation[], author?: string): QuoteProposal[] {
  const known = {
    people: people.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases })),
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases })),
  };
  const byline = author ? { name: author, personId: people.find((p) => [p.name, ...p.aliases].includes(author))?.id } : undefined;
  return extractQuotes(text, known, { author: byline }).map((q: ProposedQuote, i) => {
    const { stance, cues } = suggestStance(q.text);
    return {
      key: `${i}-${q.start}`,
      include: true,
      text: q.text,
      speakerId: q.personId ?? '',
      speakerName: q.personId ? '' : (q.speakerName ?? ''),
      organisationId: q.organisationId ?? '',
      organisationName: q.organisationId ? '' : (q.organisationName ?? ''),
      role: q.role ?? '',
      stance,
      cues,
      topicIds: [],
      confidence: q.confidence,
    };
  });
}
