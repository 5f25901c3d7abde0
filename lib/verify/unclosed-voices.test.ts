import { describe, expect, it } from 'vitest';
import { findQuotationSpans } from '../capture/quotation-spans';
import { MISATTRIBUTION_MIN_CONFIDENCE } from './attribution-agreement';
import { CONTINUATION_CONFIDENCE, peopleNamed } from './page-structure';
import { withUnclosedVoices } from './unclosed-voices';
import { readerClaims } from '../../test-support/verify/reader-claims';

// ITPro on Matt Hancock and NHS apps (2018; verification's unseen-7, tuning pool since stop 19), verbatim.
const ITPRO = [
  '"One of the things I\'ve done in different parts of government is make sure that it\'s more tech savvy and digital," he said, speaking with BBC\'s current affairs programme Newsbeat.',
  '"There\'s loads to do on that area in the NHS, both so you as a patient can use technology so the NHS is more convenient for you.',
  '"But also to help clinicians - doctors, nurses - so that their lives are easier, using the sort of technology that you and I use all the time and applying that to the NHS.',
].join('\n');
const HANCOCK = { id: 'matt-hancock', name: 'Matt Hancock', aliases: ['Hancock'] };
const hancock = { speakerName: 'Matt Hancock', personId: 'matt-hancock' };

const read = (text: string, weak = 0.4) => {
  const spans = findQuotationSpans(text);
  // The reader's claims: "he said", then its continuation, lowered for the unclosed mark.
  const claims = readerClaims(text, [{ ...hancock, confidence: 0.75 }, { ...hancock, confidence: weak }]);
  return withUnclosedVoices(text, claims, spans, peopleNamed(text, [HANCOCK], spans));
};

describe('unclosed quotation paragraphs', () => {
  it('raises the reader’s weakened continuation on an unclosed paragraph after the same voice’s quotation to a continuation’s confidence', () => {
    expect(findQuotationSpans(ITPRO)[1]?.closed).toBe(false);
    const [, going] = read(ITPRO);
    expect(going).toMatchObject({ personId: 'matt-hancock', confidence: CONTINUATION_CONFIDENCE });
    expect(going?.confidence).toBeLessThan(MISATTRIBUTION_MIN_CONFIDENCE);
  });

  it('leaves it where a paragraph or a person stands in between, or the mark does not open its paragraph', () => {
    const apart = ITPRO.replace('Newsbeat.\n', 'Newsbeat.\nHe was appointed in July.\n');
    expect(read(apart)[1]?.confidence).toBe(0.4);
    const named = ITPRO.replace('Newsbeat.\n', 'Newsbeat. Pat Walshe was not convinced.\n');
    expect(read(named)[1]?.confidence).toBe(0.4);
    const inSentence = ITPRO.replace('\n"There\'s', '\nHe went on "There\'s');
    expect(read(inSentence)[1]?.confidence).toBe(0.4);
  });

  it('never lowers a claim nor changes its voice', () => {
    expect(read(ITPRO, 0.6)[1]).toMatchObject({ ...hancock, confidence: 0.6 });
    expect(read(ITPRO)[1]?.speakerName).toBe('Matt Hancock');
  });
});
