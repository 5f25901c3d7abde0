import { describe, expect, it } from 'vitest';
import { readerClaims } from '../../test-support/verify/reader-claims';
import { findMentions } from '../capture/known-mentions';
import { findQuotationSpans } from '../capture/quotation-spans';
import { MISATTRIBUTION_MIN_CONFIDENCE } from './attribution-agreement';
import { READING_CONFIDENCE, peopleNamed } from './page-structure';
import { withPulledVoices } from './pulled-voices';

// The corpus's records (lib/corpus/corpus.json).
const HOPSON = { id: 'chris-hopson', name: 'Chris Hopson', aliases: ['Christopher Hopson', 'Mr Hopson'] };
const NHS_PROVIDERS = { id: 'nhs-providers', name: 'NHS Providers', aliases: ['Foundation Trust Network', 'FTN'] };
// NHS Providers' release of 1 March 2019 (test-support/verify/unseen-3/, tuning pool), verbatim: two pull quotes repeat sentences of the statement.
const RELEASE = [
  'NHS Providers on proposed legislative changes',
  '01 March 2019',
  'Responding to the engagement process on proposed legislative changes, the chief executive of NHS Providers, Chris Hopson said:',
  '"The NHS has spent the last five years trying to find ways to create integrated local health and care systems within a legislative framework based on competition and individual institutions. This isn\'t a straightforward task. It adds risk, uncertainty and complexity to the job of frontline leaders already grappling with significant financial, demand and workforce challenges.',
  '"As the service works to fulfil the ambitions of the NHS long term plan, it makes sense to review whether we can make enabling changes through legislation, recognising that there are other possible ways of addressing the tensions between the current legislative framework and the desired direction of future travel.',
  'It is vital that we consider any changes carefully, work through the detail and co-create any changes with those affected, as the Health and Social Care Select Committee has suggested.',
  '"It is vital that we consider any changes carefully, work through the detail and co-create any changes with those affected, as the Health and Social Care Select Committee has suggested. We therefore welcome NHS England\'s and NHS Improvement\'s first step in announcing this engagement exercise and their commitment to a process of co-production.',
  '"We will consult NHS foundation trusts and trusts, but we think there are proposals here that the provider sector will welcome and find helpful. We will wish to explore with providers the cumulative effect of the proposals, and we will want to talk to our members about two particular areas.',
  'We will wish to explore with providers the cumulative effect of the proposals, and we will want to talk to our members about two particular areas.',
  '"First, the principle of trust boards being completely accountable for all that happens within their trust, and having the appropriate power ',
].join('\n\n');
/** The reader's claims: Hopson, then (as it may read them) the committee the first pull quote names, continued. */
const COMMITTEE = { organisationName: 'Health and Social Care Select Committee', confidence: 0.5 };
const CLAIMS = [{ speakerName: 'Chris Hopson', personId: 'chris-hopson', organisationName: 'NHS Providers', organisationId: 'nhs-providers', confidence: 0.9 }, COMMITTEE, COMMITTEE];

function read(text: string, claims = CLAIMS) {
  const spans = findQuotationSpans(text);
  return withPulledVoices(text, readerClaims(text, claims), spans, peopleNamed(text, [HOPSON], spans), findMentions(text, [NHS_PROVIDERS]));
}

describe('a statement going on past its pull quote', () => {
  it('gives the quotations after a repeated paragraph naming a body back to the statement’s known speaker, below the misattribution bar', () => {
    const claims = read(RELEASE);
    expect(claims.slice(1).map((p) => [p.personId, p.confidence])).toEqual([
      ['chris-hopson', READING_CONFIDENCE],
      ['chris-hopson', READING_CONFIDENCE],
    ]);
    expect(READING_CONFIDENCE).toBeLessThan(MISATTRIBUTION_MIN_CONFIDENCE);
  });

  it('leaves the body its words where the page names it in its own narration, or someone else speaks between', () => {
    const narrated = RELEASE.replace('It is vital that we consider any changes carefully, work through the detail and co-create any changes with those affected, as the Health and Social Care Select Committee has suggested.\n\n"', 'The Health and Social Care Select Committee has suggested the same.\n\n"');
    expect(read(narrated)[1]?.personId).toBeUndefined();
    const between = RELEASE.replace('It is vital that we consider any changes carefully, work through the detail and co-create any changes with those affected, as the Health and Social Care Select Committee has suggested.\n\n', '$&Jane Doe of the committee responded.\n\n');
    expect(read(between)[1]?.personId).toBeUndefined();
  });
});
