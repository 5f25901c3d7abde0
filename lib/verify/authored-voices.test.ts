import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_CONFIDENCE } from '../capture/attribution';
import { findQuotationSpans } from '../capture/quotation-spans';
import { type Claim, readerClaims } from '../../test-support/verify/reader-claims';
import { withAuthoredPage, withAuthoredVoices } from './authored-voices';
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

describe('a pull quote on a page that is a known person’s own text', () => {
  // NHS Confederation: Matthew Taylor's ConfedExpo keynote (verification's unseen-4, tuning pool since stop 16), verbatim lines.
  const TAYLOR = { id: 'matthew-taylor', name: 'Matthew Taylor', aliases: ['Mr Taylor'] };
  const HEADLINE = 'Matthew Taylor’s keynote speech at NHS ConfedExpo';
  const PULL = '"The next general election could see one or more major party with a credible chance of forming the next government openly sceptical about the NHS"';
  const BODY = 'The next general election could see one or more major party with a credible chance of forming the next government openly sceptical about the NHS. Their leaders may make the judgment that voters are so despairing of the service they are willing to see it become a mere safety net, perhaps by incentivising even more people to do what many are doing already, buying medical services from the market.';
  const NARRATION = 'The NHS in the 1980s faced many challenges and radical reform but public trust in the service remained high.';
  const readPage = (lines: readonly string[]) => {
    const text = lines.join('\n');
    const spans = findQuotationSpans(text);
    return withAuthoredPage(text, readerClaims(text, []), spans, peopleNamed(text, [TAYLOR], spans));
  };

  it('is the author’s when the page repeats its words unquoted', () => {
    const [pull] = readPage([HEADLINE, PULL, NARRATION, BODY]);
    expect(pull).toMatchObject({ personId: 'matthew-taylor', confidence: READING_CONFIDENCE });
  });

  it('is nobody’s when the page does not repeat it, or its headline is not the person’s own text', () => {
    expect(readPage([HEADLINE, PULL, NARRATION])[0]?.personId).toBeUndefined();
    expect(readPage(['Matthew Taylor at NHS ConfedExpo', PULL, NARRATION, BODY])[0]?.personId).toBeUndefined();
  });
});
