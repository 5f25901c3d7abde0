import { describe, expect, it } from 'vitest';
import { readerClaims } from '../../test-support/verify/reader-claims';
import { findQuotationSpans } from '../capture/quotation-spans';
import { MISATTRIBUTION_MIN_CONFIDENCE } from './attribution-agreement';
import { peopleNamed, READING_CONFIDENCE } from './page-structure';
import { withRecalledVoices } from './recalled-voices';

const people = [{ id: 'chaand-nagpaul', name: 'Chaand Nagpaul', aliases: ['Dr Nagpaul'] }];

// The BMA's "BMA council chair’s address stresses importance of taking a stand" (unseen-4, tuning pool since stop 16), verbatim.
const OPENING = ['BMA council chair’s address stresses importance of taking a stand', 'by Tim Tonkin', '‘When others may have feared to do so, it’s the BMA that has spoken out.’'];
const BETWEEN = ['Location: UK', 'Published: Monday 13 September 2021', 'bma council chair chaand Nagpaul'];
const RECALLS =
  'This was how BMA council chair Chaand Nagpaul summarised the association’s role in the national response to the pandemic and to the other challenges that have confronted the medical profession in the past year.';
const NARRATION = 'The right and freedom of doctors to speak up and speak out, whether in respect of an individual patient or a wider, systemic issue, are vital aspects of good medical practice.';

function read(text: string) {
  const spans = findQuotationSpans(text);
  return withRecalledVoices(text, readerClaims(text, []), spans, peopleNamed(text, people, spans));
}

describe('a quotation the next sentence recalls', () => {
  it('is the known person’s whom that sentence names, past a dateline and a caption', () => {
    const [quoted] = read([...OPENING, ...BETWEEN, RECALLS].join('\n\n'));
    expect(quoted).toMatchObject({ personId: 'chaand-nagpaul', confidence: READING_CONFIDENCE });
    expect(quoted?.confidence).toBeLessThan(MISATTRIBUTION_MIN_CONFIDENCE);
  });

  it('is nobody’s when the next sentence does not point back at it', () => {
    expect(read([...OPENING, ...BETWEEN, NARRATION, RECALLS].join('\n\n'))[0]?.personId).toBeUndefined();
    expect(read([...OPENING, ...BETWEEN, RECALLS.replace('This was how', 'Yesterday')].join('\n\n'))[0]?.personId).toBeUndefined();
  });
});
