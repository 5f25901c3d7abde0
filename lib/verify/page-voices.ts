// Who the page says spoke each quotation, as verification reads it: lib/capture's
// attribution reader (a claim under a known voice's name given its id), then verification's
// own readings where the reader gives a quotation to nobody the corpus knows but the page
// plainly does (a described speaker's name, a statement going on past its pull quote, a quotation's unclosed next paragraph, reported speech, a party's member, a known person's own text or page, an organisation's
// office, pronoun follow-ups, headlines, a profile's subject, a release's standfirst, a
// dash after the quotation, a sentence recalling the quotation before it), each below the confidence a misattribution
// needs; a relative speaking ("Russell’s father said") or someone acting on a known person ("praised Stevens words, saying") takes a known voice's claim away;
// last, quoted titles of works and words put to someone are nobody's.
import { type KnownEntities, type ProposedQuote, extractQuotes } from '../capture/attribution';
import { withoutAddressedVoices } from './addressed-voices';
import { withAuthoredPage, withAuthoredVoices } from './authored-voices';
import { withDescribedVoices } from './described-voices';
import { findMentions } from '../capture/known-mentions';
import { findQuotationSpans } from '../capture/quotation-spans';
import { withHeadlineVoices } from './headline-voices';
import { withContinuedVoices } from './continued-voices';
import { withDashVoices } from './dash-voices';
import { withGovernmentVoice } from './government-voice';
import { withKnownClaims, withShortFormClaims } from './known-claims';
import { withMemberVoices } from './member-voices';
import { withoutNamedWorks } from './named-works';
import { withObjectVoices } from './object-voices';
import { withOfficeVoices } from './office-voices';
import { peopleNamed } from './page-structure';
import { withProfileVoice } from './profile-voice';
import { withPulledVoices } from './pulled-voices';
import { withPronounVoices } from './pronoun-voices';
import { withRecalledVoices } from './recalled-voices';
import { withRelativeVoices } from './relative-voices';
import { withReportedVoices } from './reported-voices';
import { withStandfirstVoice } from './standfirst-voice';
import { withUnclosedVoices } from './unclosed-voices';

export function pageVoices(text: string, known: KnownEntities): ProposedQuote[] {
  const spans = findQuotationSpans(text);
  const organisations = findMentions(text, known.organisations);
  const people = peopleNamed(text, known.people, spans, organisations);
  const claimed = withShortFormClaims(withKnownClaims(extractQuotes(text, known), known), known.organisations, organisations);
  const named = withDescribedVoices(text, claimed, spans, people);
  const acted = withObjectVoices(text, withRelativeVoices(text, named, spans, people), spans, people, organisations);
  const governed = withGovernmentVoice(text, acted, spans, organisations);
  const members = withMemberVoices(text, governed, spans, organisations, known.people);
  const continued = withContinuedVoices(text, members, { people: findMentions(text, known.people), organisations });
  const claims = withUnclosedVoices(text, continued, spans, people);
  const reported = withPulledVoices(text, withReportedVoices(text, claims, known), spans, people, organisations);
  const authored = withAuthoredVoices(text, reported, spans, people);
  const officed = withOfficeVoices(text, authored, spans, people, organisations);
  const followedUp = withPronounVoices(text, officed, spans, people);
  const profiled = withProfileVoice(text, withHeadlineVoices(text, followedUp, people), people, spans);
  const released = withStandfirstVoice(text, profiled, spans, people);
  const recalled = withRecalledVoices(text, withDashVoices(text, released, spans, people), spans, people);
  const read = withAuthoredPage(text, recalled, spans, people);
  // Last, so that no reading gives a title, or words put to someone, back to anyone.
  return withoutAddressedVoices(text, withoutNamedWorks(text, read, spans), spans, people);
}
