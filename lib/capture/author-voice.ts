// An opinion piece quotes nobody: its author speaks in the first person throughout,
// with no quotation marks (seed 004, Chris Hopson's Guardian column). When the byline
// names the author and the text has no quotation, the author's own prose is proposed
// as their words: one proposal per run of consecutive prose paragraphs, so the
// analyst trims or splits it rather than assembling it from pieces. Page furniture
// (headings, bylines, "This was first published in…", author boxes ending "Read
// more", cookie notices ending "Close") is left out because it is not prose.
import type { ProposedQuote } from './attribution';

export interface Author {
  name: string;
  personId?: string;
  role?: string;
  organisationName?: string;
  organisationId?: string;
}

/** Fewer words than this is a heading, byline, caption or credit line, not an argument. */
const MIN_PROSE_WORDS = 12;
/** Prose ends a sentence; furniture ends with a link label ("Read more", "Close") or nothing. */
const ENDS_SENTENCE = /[.!?]["”’)]?$/;
/** The author's own words are certain to be theirs, but where they start and stop is a guess. */
const AUTHOR_VOICE_CONFIDENCE = 0.6;

interface Paragraph {
  start: number;
  end: number;
}

function paragraphs(text: string): Paragraph[] {
  const found: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body !== '') found.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return found;
}

function isProse(text: string, p: Paragraph): boolean {
  const body = text.slice(p.start, p.end);
  return ENDS_SENTENCE.test(body) && body.split(/\s+/).length >= MIN_PROSE_WORDS;
}

export function proposeAuthorQuotes(text: string, author: Author): ProposedQuote[] {
  const runs: Paragraph[] = [];
  let current: Paragraph | undefined;
  for (const p of paragraphs(text)) {
    if (isProse(text, p)) {
      if (current) current.end = p.end;
      else current = { ...p };
    } else if (current) {
      runs.push(current);
      current = undefined;
    }
  }
  if (current) runs.push(current);
  return runs.map((r) => {
    const proposal: ProposedQuote = {
      text: text.slice(r.start, r.end),
      start: r.start,
      end: r.end,
      speakerName: author.name,
      confidence: AUTHOR_VOICE_CONFIDENCE,
    };
    if (author.personId) proposal.personId = author.personId;
    if (author.role) proposal.role = author.role;
    if (author.organisationName) proposal.organisationName = author.organisationName;
    if (author.organisationId) proposal.organisationId = author.organisationId;
    return proposal;
  });
}
