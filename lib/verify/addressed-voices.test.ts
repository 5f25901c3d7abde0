import { describe, expect, it } from 'vitest';
import { readerClaims } from '../../test-support/verify/reader-claims';
import { findQuotationSpans } from '../capture/quotation-spans';
import { withoutAddressedVoices } from './addressed-voices';
import { peopleNamed } from './page-structure';

const HANCOCK = { id: 'matt-hancock', name: 'Matt Hancock', aliases: ['Mr Hancock'] };
// Rights and Wrongs on Matt Hancock (capture's fresh set 3, tuning pool): its headline and a line of its body, verbatim.
const HEADLINE = 'Matt Hancock asked by ICU nurse how he ‘can look any NHS worker in the face’';
const ANSWER = 'Asked to respond, Mr Hancock sighed and said: “The staff across the NHS have done an absolutely brilliant job. There are huge pressures now in some parts of the country, including in London.”';
/** The reader's claim for each: his name, then a speech verb ("asked", "said"). */
const HIS = { speakerName: 'Matt Hancock', personId: 'matt-hancock', confidence: 0.9 };

function read(text: string) {
  const spans = findQuotationSpans(text);
  return withoutAddressedVoices(text, readerClaims(text, [HIS, HIS]), spans, peopleNamed(text, [HANCOCK], spans));
}

describe('words put to a known person', () => {
  it('are nobody’s when a passive speech verb follows the name (“asked by”)', () => {
    const [question, answer] = read([HEADLINE, ANSWER].join('\n\n'));
    expect(question?.personId).toBeUndefined();
    expect(question?.confidence).toBeLessThan(0.5);
    // "Asked to respond, Mr Hancock … said": his own answer stays his.
    expect(answer?.personId).toBe('matt-hancock');
  });

  it('stay his when he speaks after being asked', () => {
    const text = HEADLINE.replace('asked by ICU nurse how he', 'asked by ICU nurse, said he');
    expect(read(text)[0]?.personId).toBe('matt-hancock');
  });
});
