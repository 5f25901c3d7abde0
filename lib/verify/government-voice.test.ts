import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_CONFIDENCE } from '../capture/attribution';
import { readerClaims } from '../../test-support/verify/reader-claims';
import { findMentions } from '../capture/known-mentions';
import { findQuotationSpans } from '../capture/quotation-spans';
import { withContinuedVoices } from './continued-voices';
import { withGovernmentVoice } from './government-voice';

// The corpus's record (lib/corpus/corpus.json).
const DHSC = {
  id: 'dhsc',
  name: 'Department of Health and Social Care',
  aliases: ['DHSC', 'the department', 'Department of Health', 'the Department of Health', 'the Department of Health and Social Care'],
};
const known = { people: [], organisations: [DHSC] };

// GPonline's report on the 2021 white paper, as the page carries it.
const REPORT = [
  "Powers transferred to NHS England from the DHSC in 2012 will be clawed back to ensure the health and social care secretary has 'the right levers to ensure accountability back to parliament and taxpayers', the government has said - although it has insisted the 'clinical and day-to-day operational independence of the NHS' will be maintained.",
  "The changes will bring the NHS and local government together legally in integrated care systems, and will scrap 'unnecessary tendering processes for healthcare services'.",
].join('\n\n');
const DHSC_CLAIM = { organisationName: DHSC.name, organisationId: 'dhsc' };
/** The reader's claims, as it may make them: the first phrase nobody's, then "it" read as the DHSC, then its continuation. */
const read = (text: string) => {
  const spans = findQuotationSpans(text);
  const claims = readerClaims(text, [undefined, { ...DHSC_CLAIM, confidence: ATTRIBUTION_CONFIDENCE.organisation }, { ...DHSC_CLAIM, confidence: ATTRIBUTION_CONFIDENCE.continuation }]);
  const organisations = findMentions(text, known.organisations);
  return withContinuedVoices(text, withGovernmentVoice(text, claims, spans, organisations), { people: [], organisations });
};

describe('the government’s “it”', () => {
  it('gives an “it” read as a known department back to the government named since, and does not continue the department after it', () => {
    const [, independence, tendering] = read(REPORT);
    expect(independence).toMatchObject({ organisationName: 'the government', confidence: ATTRIBUTION_CONFIDENCE.organisation });
    expect(independence?.organisationId).toBeUndefined();
    expect(tendering?.organisationId).toBeUndefined();
  });

  it('leaves the department’s “it” when the government is not named after the department, nor when only local government is', () => {
    const departmentLast = REPORT.replace('the government has said', 'the DHSC has said');
    expect(read(departmentLast)[1]?.organisationId).toBe('dhsc');
    const local = REPORT.replace('the government has said', 'local government has said');
    expect(read(local)[1]?.organisationId).toBe('dhsc');
  });
});
