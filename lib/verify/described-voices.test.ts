import { describe, expect, it } from 'vitest';
import { readerClaims } from '../../test-support/verify/reader-claims';
import { findQuotationSpans } from '../capture/quotation-spans';
import { MISATTRIBUTION_MIN_CONFIDENCE } from './attribution-agreement';
import { withDescribedVoices } from './described-voices';
import { peopleNamed } from './page-structure';

// The labelled set's case q-hancock-2021-2/unknown-person (tuning half), verbatim: Matt Hancock's curated words given to an invented name.
const DESCRIBED =
  'Health leaders responded to the government’s plans for the NHS in England.\n\nPriya Raman of a local health charity said: "The NHS and local government have long been calling for better integration and less burdensome bureaucracy, and this virus has made clear the time for change is now."';
/** The reader's claim: the description nearest the verb, a person it cannot name, sure that they spoke. */
const NAMELESS = { confidence: 0.7 };

function read(text: string, claim: Parameters<typeof readerClaims>[1][number] = NAMELESS) {
  const spans = findQuotationSpans(text);
  return withDescribedVoices(text, readerClaims(text, [claim]), spans, peopleNamed(text, [], spans));
}

describe('a described speaker’s name', () => {
  it('gives the reader’s nameless, sure claim the name the description follows, at the reader’s confidence', () => {
    const [quoted] = read(DESCRIBED);
    expect(quoted).toMatchObject({ speakerName: 'Priya Raman', confidence: 0.7 });
    expect(quoted?.confidence).toBeGreaterThanOrEqual(MISATTRIBUTION_MIN_CONFIDENCE);
  });

  it('names nobody where the description stands alone, is an organisation, or the reader named someone', () => {
    expect(read(DESCRIBED.replace('Priya Raman of a local health charity', 'A spokesperson for a local health charity'))[0]?.speakerName).toBeUndefined();
    expect(read(DESCRIBED.replace('of a local health charity', 'of Local Health Watch'))[0]?.speakerName).toBeUndefined();
    expect(read(DESCRIBED.replace('said:', 'was asked about it. She said:'))[0]?.speakerName).toBeUndefined();
    expect(read(DESCRIBED, { speakerName: 'Jo Kendrick', confidence: 0.9 })[0]?.speakerName).toBe('Jo Kendrick');
    // A weak guess stays one.
    expect(read(DESCRIBED, { confidence: 0.15 })[0]?.speakerName).toBeUndefined();
  });
});
