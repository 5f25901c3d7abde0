import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_CONFIDENCE } from '../capture/attribution';
import { findQuotationSpans } from '../capture/quotation-spans';
import { type Claim, readerClaims } from '../../test-support/verify/reader-claims';
import { withAuthoredVoices } from './authored-voices';
import { MISATTRIBUTION_MIN_CONFIDENCE } from './attribution-agreement';
import { READING_CONFIDENCE, peopleNamed } from './page-structure';

// The corpus's record (lib/corpus/corpus.json).
const HANCOCK = { id: 'matt-hancock', name: 'Matt Hancock', aliases: ['Matthew Hancock', 'Hancock'] };
// The Guardian on the 2021 white paper.
const FOREWORD =
  'Matt Hancock’s foreword talks about the need to “set aside bureaucratic rules” and “remove much of the transactional bureaucracy that has made sensible decision-making harder”. So far, so predictable.';
/** The reader's claim, as it may make it for each quotation: his name in the sentence, with no speech verb. */
const NAME_IN_SENTENCE: Claim = { speakerName: 'Matt Hancock', personId: 'matt-hancock', confidence: ATTRIBUTION_CONFIDENCE.sameSentence };

const read = (text: string, claims: readonly Claim[] = [NAME_IN_SENTENCE, NAME_IN_SENTENCE]) => {
  const spans = findQuotationSpans(text);
  return withAuthoredVoices(text, readerClaims(text, claims), spans, peopleNamed(text, [HANCOCK], spans));
};

describe('words quoted from a known person’s own text', () => {
  it('gives the quotations of “Matt Hancock’s foreword talks about …” to him, below a misattribution’s bar', () => {
    const [first, second] = read(FOREWORD);
    expect(second).toMatchObject({ personId: 'matt-hancock', confidence: READING_CONFIDENCE });
    expect(first?.personId).toBe('matt-hancock');
    expect(second?.confidence).toBeLessThan(MISATTRIBUTION_MIN_CONFIDENCE);
  });

  it('not from a text he did not write, words others gave it, or a text of his that someone else is named after', () => {
    expect(read(FOREWORD.replace('foreword', 'white paper'))[1]?.confidence).toBe(ATTRIBUTION_CONFIDENCE.sameSentence);
    expect(read(FOREWORD.replace('foreword talks about the need to', 'foreword was described as'))[1]?.confidence).toBe(ATTRIBUTION_CONFIDENCE.sameSentence);
    const answered = FOREWORD.replace('talks about the need to', 'drew a reply from Jane Doe, who wants to');
    expect(read(answered)[1]?.confidence).toBe(ATTRIBUTION_CONFIDENCE.sameSentence);
  });

  it('leaves a claim the reader already made at the reading’s confidence or more', () => {
    const organisation: Claim = { organisationName: 'Department of Health and Social Care', organisationId: 'dhsc', confidence: ATTRIBUTION_CONFIDENCE.organisation };
    expect(read(FOREWORD, [organisation, organisation])[1]).toMatchObject({ organisationId: 'dhsc', confidence: ATTRIBUTION_CONFIDENCE.organisation });
  });
});
