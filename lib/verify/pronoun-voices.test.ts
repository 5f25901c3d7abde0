import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../capture/attribution';
import { findQuotationSpans } from '../capture/quotation-spans';
import { MISATTRIBUTION_MIN_CONFIDENCE } from './attribution-agreement';
import { peopleNamed } from './page-structure';
import { FOLLOW_UP_CONFIDENCE, withPronounVoices } from './pronoun-voices';

const known = { people: [{ id: 'chris-hopson', name: 'Chris Hopson', aliases: ['Mr Hopson'] }], organisations: [] };
const read = (text: string) => {
  const spans = findQuotationSpans(text);
  return withPronounVoices(text, extractQuotes(text, known), spans, peopleNamed(text, known.people, spans));
};

// Real paragraphs of the tuning half (HSJ 2018: Chris Hopson; Pulse 2011; RCN 2012), recombined.
const HOPSON = '“Given current workforce and demand pressures and the absence of dedicated winter funding, trusts tell us they are concerned,” NHS Providers chief executive Chris Hopson told HSJ.';
const FOLLOW_UP = 'He also warned: “Whilst national leaders are understandably focusing on the 10 year plan, a new secretary of state, and recruiting a new NHS executive board, we mustn’t lose sight of how difficult this winter is likely to be.”';
const NAMED_IN_BETWEEN = 'The BMA is to call on health secretary Andrew Lansley to withdraw the Health and Social Care Bill, after representatives ignored warnings by their leader that it would be impractical.';
const NEW_SPEAKER = 'RCN Chief Executive & General Secretary Dr Peter Carter has said that much more needs to be done to deliver a system that is fit for the future.';

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
