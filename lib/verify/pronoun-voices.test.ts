import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../capture/attribution';
import { findQuotationSpans } from '../capture/quotation-spans';
import { MISATTRIBUTION_MIN_CONFIDENCE } from './attribution-agreement';
import { peopleNamed } from './page-structure';
import { FOLLOW_UP_CONFIDENCE, withPronounVoices } from './pronoun-voices';
import {
  ANOTHER_MAN_NAMED as NAMED_IN_BETWEEN,
  HOPSON_FOLLOW_UP as FOLLOW_UP,
  HOPSON as HOPSON_PERSON,
  HOPSON_TOLD_HSJ as HOPSON,
  NEW_SPEAKER,
} from '../../test-support/verify/voice-lines';

const known = { people: [HOPSON_PERSON], organisations: [] };
const read = (text: string) => {
  const spans = findQuotationSpans(text);
  return withPronounVoices(text, extractQuotes(text, known), spans, peopleNamed(text, known.people, spans));
};

describe('pronoun follow-ups', () => {
  it('gives “He also warned” to the last voice, not to a man merely named in between (the reader takes the last man named)', () => {
    const text = [HOPSON, NAMED_IN_BETWEEN, FOLLOW_UP].join('\n\n');
    expect(extractQuotes(text, known)[1]?.speakerName).toBe('Andrew Lansley');
    const followUp = read(text)[1];
    expect(followUp).toMatchObject({ personId: 'chris-hopson', speakerName: 'Chris Hopson', confidence: FOLLOW_UP_CONFIDENCE });
    expect(followUp?.confidence).toBeLessThan(MISATTRIBUTION_MIN_CONFIDENCE);
  });

  it('leaves it to a new speaker named in subject position of a sentence reporting speech', () => {
    const text = [HOPSON, NEW_SPEAKER, FOLLOW_UP].join('\n\n');
    expect(read(text)[1]?.personId).toBeUndefined();
  });

  it('does not give “she” to a man', () => {
    const text = [HOPSON, NAMED_IN_BETWEEN, FOLLOW_UP.replace('He also', 'She also')].join('\n\n');
    expect(read(text)[1]?.personId).toBeUndefined();
  });

  it('changes nothing the reader already gives to a known person or to someone named explicitly', () => {
    const text = [HOPSON, FOLLOW_UP].join('\n\n');
    expect(read(text)).toEqual(extractQuotes(text, known));
  });
});
