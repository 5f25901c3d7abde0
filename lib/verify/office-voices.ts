// "…,” the NHS Providers boss said", "The chief executive of the Royal College of GPs
// added: …": a title of one person's office in an organisation, standing for the person
// the page has named as that organisation's. lib/capture's reader resolves such a title
// to the last person named when the words of the title differ from the ones the page
// first gave ("chief executive", then "boss"), or gives the quotation to the
// organisation itself. Here, when the quotation's own sentence (or a trailing
// attribution) holds such a title and names nobody, and the page has named exactly one
// known person with that organisation before it (in the sentence naming them, or as
// the organisation of an earlier quotation of theirs), the quotation goes to that
// person. A spokesperson or an official speaks for the organisation, not for its
// chief, and stays the organisation's. A claim the reader already gives to a known
// organisation is left to it (it is that voice's words to check); so is any explicit
// "…", said X. Below the confidence a misattribution needs, like verification's other
// readings: it can make a quotation unsourced or verified, never accuse a page.
import type { ProposedQuote } from '../capture/attribution';
import type { Mention } from '../capture/known-mentions';
import { UNKNOWN_ORGANISATION, findOrganisationCandidates } from '../capture/organisation-names';
import type { QuotationSpan } from '../capture/quotation-spans';
import { EXPLICIT_CONFIDENCE, type NamedPerson, READING_CONFIDENCE, attributionOf, claimedFor, sentenceEnd, sentenceStart, spanOf } from './page-structure';

/** One person's office (not a spokesperson's or an official's, who speak for the organisation). */
const OFFICE = String.raw`(?:(?:deputy|interim|acting|joint)\s+)?(?:chief\s+executive|ceo|boss|chair(?:man|woman|person)?|president|director|head|leader|general\s+secretary|secretary\s+general|founder)`;
/** An office anywhere in a stretch of text: the cheap test before organisations are looked for. */
const OFFICE_WORDS = new RegExp(String.raw`\b${OFFICE}\b`, 'i');
/** "NHS Providers chief executive", "the King’s Fund’s boss": the office right after the organisation. */
const OFFICE_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+(${OFFICE})\b`, 'i');
/** "chief executive of NHS Providers", "the chair at the RCGP": the office right before it. */
const OFFICE_BEFORE = new RegExp(String.raw`\b(${OFFICE})\s+(?:of|at)\s+(?:the\s+)?$`, 'i');

interface Office {
  organisation: string;
  /** The office's words, lower case, spaces squashed ("deputy chief executive"). */
  title: string;
}

const squash = (words: string) => words.toLowerCase().replace(/\s+/g, ' ');

/** The office an organisation's mention holds in `text` at [from, to), if any. */
function officeIn(text: string, from: number, to: number, organisations: readonly Mention[]): Office | undefined {
  for (const m of organisations) {
    if (m.start < from || m.end > to) continue;
    const title = OFFICE_AFTER.exec(text.slice(m.end, to))?.[1] ?? OFFICE_BEFORE.exec(text.slice(from, m.start))?.[1];
    if (title) return { organisation: m.id, title: squash(title) };
  }
  return undefined;
}

/** The proposals, with quotations attributed to an organisation's office given to the known person the page named in it. */
export function withOfficeVoices(
  text: string,
  proposals: readonly ProposedQuote[],
  spans: readonly QuotationSpan[],
  people: readonly NamedPerson[],
  /** The corpus's organisations as the page names them (findMentions). */
  knownOrganisations: readonly Mention[],
): ProposedQuote[] {
  // The organisations the page names are read only for a page with an office in some quotation's attribution (the scan is a fifth of the reader's cost).
  let named: Mention[] | undefined;
  const organisations = (): Mention[] => {
    if (named) return named;
    named = [...knownOrganisations, ...findOrganisationCandidates(text, [...knownOrganisations, ...people])].sort((a, b) => a.start - b.start);
    return named;
  };
  // An organisation's key as capture's mentions give it: its id, or the unknown organisation's name.
  const organisationKey = (p: ProposedQuote) => p.organisationId ?? (p.organisationName && `${UNKNOWN_ORGANISATION}${p.organisationName}`);
  return proposals.map((proposal, i) => {
    const span = spanOf(spans, proposal);
    const knownOrganisationSpeaks = proposal.organisationId && !proposal.speakerName;
    if (!span || proposal.personId || knownOrganisationSpeaks || proposal.confidence >= EXPLICIT_CONFIDENCE) return proposal;
    const office = attributionOf(text, span)
      .filter((r) => OFFICE_WORDS.test(text.slice(r.from, r.to)) && !people.some((n) => n.start >= r.from && n.end <= r.to))
      .map((r) => officeIn(text, r.from, r.to, organisations()))
      .find((o) => o !== undefined);
    if (!office) return proposal;
    // Known people the page gave this organisation before the quotation: in the sentence naming them, or on an earlier quotation of theirs.
    const holders = new Map<string, NamedPerson>();
    for (const n of people) {
      if (!n.personId || n.end > span.open) continue;
      const sentence = { from: sentenceStart(text, n.start), to: sentenceEnd(text, n.end) };
      if (organisations().some((m) => m.id === office.organisation && m.start >= sentence.from && m.end <= sentence.to)) holders.set(n.personId, n);
    }
    for (const p of proposals.slice(0, i)) {
      const n = p.personId && people.find((m) => m.personId === p.personId);
      if (n && organisationKey(p) === office.organisation) holders.set(n.personId as string, n);
    }
    const [only, ...others] = holders.values();
    return only && others.length === 0 ? claimedFor(proposal, { name: only.name, personId: only.personId as string }, READING_CONFIDENCE) : proposal;
  });
}
