import { describe, expect, it } from 'vitest';
import { findQuotationSpans } from '../capture/quotation-spans';
import { READING_CONFIDENCE, peopleNamed } from './page-structure';
import { withObjectVoices } from './object-voices';
import { readerClaims } from '../../test-support/verify/reader-claims';

// Smartphone Casinos on Simon Stevens and gambling (2018; verification's unseen-7, tuning pool since stop 19), verbatim.
const PAGE = [
  'He continued: “Taxpayers and the NHS should not be left to pick up the pieces – the health of the nation is everyone’s responsibility.”',
  'A spokesperson for GambleAware praised Stevens words, saying: “With nearly half the clubs in the Premier League, and over two-thirds of the Championship League sponsored by gambling companies, we are seriously concerned the relationship between sport and gambling has reached a tipping point.”',
  'They added: “There is a real risk gambling advertising and sponsorships are normalising gambling behaviour.',
].join('\n');
const STEVENS = { id: 'simon-stevens', name: 'Simon Stevens', aliases: ['Stevens'] };
const stevens = { speakerName: 'Simon Stevens', personId: 'simon-stevens' };

const read = (text: string) => {
  const spans = findQuotationSpans(text);
  // The reader's claims: his "He continued", then the name before "saying", then its continuation.
  const claims = readerClaims(text, [{ ...stevens, confidence: 0.75 }, { ...stevens, confidence: 0.9 }, { ...stevens, confidence: 0.4 }]);
  return withObjectVoices(text, claims, spans, peopleNamed(text, [STEVENS], spans), []);
};

describe('a known person named only as what the subject acts on', () => {
  it('takes the words from the person praised and gives them, and the reader’s continuation, to the subject', () => {
    const [own, praised, added] = read(PAGE);
    expect(own).toMatchObject(stevens);
    expect(praised).toMatchObject({ speakerName: 'A spokesperson for GambleAware', confidence: READING_CONFIDENCE });
    expect(praised?.personId).toBeUndefined();
    expect(added).toMatchObject({ speakerName: 'A spokesperson for GambleAware' });
  });

  it('leaves a pronoun subject’s words to nobody, for the pronoun reading', () => {
    const [, praised] = read(PAGE.replace('A spokesperson for GambleAware praised', 'She praised'));
    expect(praised?.speakerName).toBeUndefined();
    expect(praised?.personId).toBeUndefined();
  });

  it('keeps the claim where the person is the subject, or named again as one', () => {
    expect(read(PAGE.replace('A spokesperson for GambleAware praised Stevens words', 'Stevens praised GambleAware'))[1]).toMatchObject({ ...stevens, confidence: 0.9 });
    expect(read(PAGE.replace('praised Stevens words, saying', 'praised Stevens words, and Stevens replied'))[1]).toMatchObject({ ...stevens, confidence: 0.9 });
  });
});
