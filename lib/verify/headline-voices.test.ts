import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../capture/attribution';
import { MISATTRIBUTION_MIN_CONFIDENCE } from './attribution-agreement';
import { HEADLINE_CONFIDENCE } from './headline-voices';
import { pageVoices } from './page-voices';

const known = { people: [{ id: 'chris-hopson', name: 'Chris Hopson', aliases: ['Mr Hopson'] }], organisations: [] };

// Real lines of the tuning half (HSJ 2018: its first summary bullet and Chris Hopson's words; Pulse 2011), recombined.
const BULLET = '• Trust chiefs warn system leaders “mustn’t lose sight of how difficult this winter is likely to be” as winter funding hopes fade';
const HOPSON = '“Given current workforce and demand pressures and the absence of dedicated winter funding, trusts tell us they are concerned,” NHS Providers chief executive Chris Hopson told HSJ.';
const NAMED_IN_BETWEEN = 'The BMA is to call on health secretary Andrew Lansley to withdraw the Health and Social Care Bill, after representatives ignored warnings by their leader that it would be impractical.';
const FOLLOW_UP = 'He also warned: “Whilst national leaders are understandably focusing on the 10 year plan, a new secretary of state, and recruiting a new NHS executive board, we mustn’t lose sight of how difficult this winter is likely to be.”';

describe('headline quotations', () => {
  it('takes the body’s known voice where the body repeats the headline’s words in a quotation verification re-read', () => {
    const text = [BULLET, HOPSON, NAMED_IN_BETWEEN, FOLLOW_UP].join('\n\n');
    // The reader gives the bullet the body quotation's claim, the last man named.
    expect(extractQuotes(text, known)[0]?.speakerName).toBe('Andrew Lansley');
    const [headline] = pageVoices(text, known);
    expect(headline).toMatchObject({ personId: 'chris-hopson', confidence: HEADLINE_CONFIDENCE });
    expect(headline?.confidence).toBeLessThan(MISATTRIBUTION_MIN_CONFIDENCE);
  });

  it('takes a known person whose body sentence repeats the words without quotation marks, when it names nobody else', () => {
    // A constructed sentence reporting his real words.
    const narrated = 'Chris Hopson said system leaders mustn’t lose sight of how difficult this winter is likely to be.';
    expect(pageVoices([BULLET, narrated].join('\n\n'), known)[0]?.personId).toBe('chris-hopson');
    const withSomeoneElse = 'Chris Hopson and Andrew Lansley said system leaders mustn’t lose sight of how difficult this winter is likely to be.';
    expect(pageVoices([BULLET, withSomeoneElse].join('\n\n'), known)[0]?.personId).toBeUndefined();
  });

  it('leaves a headline whose words the body does not repeat', () => {
    const text = [BULLET, HOPSON].join('\n\n');
    expect(pageVoices(text, known)[0]?.personId).toBeUndefined();
  });
});
