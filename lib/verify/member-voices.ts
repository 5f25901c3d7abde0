// "…?” the Labour MP responded": a member of a party or body (its MP, peer, councillor) is a
// person speaking, not the party. lib/capture's reader, finding no name, gives such a
// quotation to the organisation, and verification would then search the party's statements
// and call the words unsourced, though the page says one unnamed (here, Liz Kendall, named
// earlier) member spoke. Here an organisation's claim whose attribution (the lead-in with a
// speech verb, or a trailing "…, the X MP said") has the organisation straight before a
// member's role becomes a claim for that described person, whom the corpus does not know; so
// it is not flagged. A spokesperson or an official speaks for the organisation and stays its.
// The party may also stand inside a known person's role alias: "The Labour shadow health
// secretary voiced support for … as “…”" (the Evening Standard, naming Jonathan Ashworth, whose
// alias is "the shadow health secretary") is that person, not the party.
// Below the confidence a misattribution needs: a description never accuses a page.
import type { ProposedQuote } from '../capture/attribution';
import type { KnownEntity, Mention } from '../capture/known-mentions';
import type { QuotationSpan } from '../capture/quotation-spans';
import { escapeRegExp } from '../text/escape-reg-exp';
import { isRoleAlias } from './name-forms';
import { READING_CONFIDENCE, attributionOf, claimedFor, leadIn, spanOf } from './page-structure';

/** A member's role straight after the organisation's name: "Labour MP", "Conservative peer", "LGA councillor". */
const MEMBER_AFTER = /^\s+(?:MP|MEP|MSP|MS|AM|peer|councillor|backbencher|candidate|member|activist)s?\b/;
/** The member the attribution describes ("the Labour MP"), when it holds the claimed organisation before a member's role. */
function memberOf(text: string, span: QuotationSpan, organisationId: string, organisations: readonly Mention[]): string | undefined {
  for (const r of attributionOf(text, span)) {
    for (const m of organisations) {
      if (m.id !== organisationId || m.start < r.from || m.end > r.to) continue;
      const role = MEMBER_AFTER.exec(text.slice(m.end, r.to));
      if (role) return `${m.surface}${role[0]}`;
    }
  }
  return undefined;
}

/** "the " straight before the organisation's name, as a role alias opens. */
const THE_BEFORE = /\bthe\s+$/i;

/** Whether `words` open with the role alias `alias` ("the shadow health secretary") after its "the". */
function opensWithRole(words: string, alias: string): boolean {
  const title = /^the\s+(.+)$/i.exec(alias)?.[1];
  return title !== undefined && new RegExp(`^\\s+${escapeRegExp(title)}(?![\\p{L}\\p{N}])`, 'iu').test(words);
}

/**
 * The one known person whose role alias the quotation's sentence (or trailing attribution) writes with the
 * claimed organisation inside it: "The Labour shadow health secretary" for "the shadow health secretary".
 * `people` carry role aliases only for those the page names or is dated in the time of (name-forms.ts).
 */
function roleHolderOf(text: string, span: QuotationSpan, organisationId: string, organisations: readonly Mention[], people: readonly KnownEntity[]): KnownEntity | undefined {
  for (const r of [leadIn(text, span.open), ...attributionOf(text, span)]) {
    for (const m of organisations) {
      if (m.id !== organisationId || m.start < r.from || m.end > r.to || !THE_BEFORE.test(text.slice(r.from, m.start))) continue;
      const words = text.slice(m.end, r.to);
      const holders = people.filter((p) => p.aliases.some((a) => isRoleAlias(p, a) && opensWithRole(words, a)));
      if (holders.length === 1) return holders[0];
    }
  }
  return undefined;
}

/**
 * The proposals, with an organisation's claim that the page makes for one of its members given to that
 * member: the known person whose role alias holds the organisation, else the member unnamed.
 */
export function withMemberVoices(
  text: string,
  proposals: readonly ProposedQuote[],
  spans: readonly QuotationSpan[],
  organisations: readonly Mention[],
  people: readonly KnownEntity[],
): ProposedQuote[] {
  return proposals.map((p) => {
    const span = spanOf(spans, p);
    if (!span || !p.organisationId || p.speakerName) return p;
    const holder = roleHolderOf(text, span, p.organisationId, organisations, people);
    if (holder) return claimedFor(p, { name: holder.name, personId: holder.id }, READING_CONFIDENCE);
    const member = memberOf(text, span, p.organisationId, organisations);
    return member ? claimedFor(p, { name: member }, READING_CONFIDENCE) : p;
  });
}
