import { describe, expect, it } from 'vitest';
import { READING_CONFIDENCE } from './page-structure';
import { extractQuotes } from '../capture/attribution';
import { MISATTRIBUTION_MIN_CONFIDENCE } from './attribution-agreement';
import { pageVoices } from './page-voices';
import {
  ANOTHER_MAN_NAMED as NAMED_IN_BETWEEN,
  HOPSON_BULLET as BULLET,
  HOPSON_FOLLOW_UP as FOLLOW_UP,
  HOPSON as HOPSON_PERSON,
  HOPSON_TOLD_HSJ as HOPSON,
} from '../../test-support/verify/voice-lines';

const known = { people: [HOPSON_PERSON], organisations: [] };

describe('headline quotations', () => {
  it('takes the body’s known voice where the body repeats the headline’s words in a quotation verification re-read', () => {
    const text = [BULLET, HOPSON, NAMED_IN_BETWEEN, FOLLOW_UP].join('\n\n');
    // The reader gives the bullet the body quotation's claim, the last man named.
    expect(extractQuotes(text, known)[0]?.speakerName).toBe('Andrew Lansley');
    const [headline] = pageVoices(text, known);
    expect(headline).toMatchObject({ personId: 'chris-hopson', confidence: READING_CONFIDENCE });
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

  it('does not give the opening’s quotation to a known person its own sentence does not name (a newsagent’s question)', () => {
    // The BMJ blog on Simon Stevens (2014): its opening paragraph, which quotes a newsagent, then Stevens in the body.
    const stevens = { id: 'simon-stevens', name: 'Simon Stevens', aliases: ['Sir Simon Stevens', 'Sir Simon', 'Stevens'] };
    const text = [
      'When Simon Stevens, chief executive of NHS England, was buying his Sunday papers a few weeks ago he encountered an elderly woman complaining that her newspaper didn’t contain the television section. It did, as the newsagent pointed out to her before asking her, “Would you like me to walk you home?” Stevens was struck that this was a “dementia friendly community” in action. He followed the story by emphasising that the traditional “factory model of health and social care” will not solve society’s problems, including the rise in dementia. Without a redesign of health and social care services, the NHS will not be sustainable. “We don’t exclusively own the problem or the solution,” he said.',
    ].join('\n\n');
    const page = { people: [stevens], organisations: [] };
    const [question] = pageVoices(text, page);
    expect(question?.text).toBe('Would you like me to walk you home?');
    expect(question?.confidence).toBeLessThan(READING_CONFIDENCE);
  });

  it('gives a headline labelled with a surname in capitals to the known person of that surname the page names', () => {
    // The BMA's "Your chance to reshape the NHS" (unseen-4, tuning pool since stop 16): its headline and a line of its body, verbatim.
    const nagpaul = { id: 'chaand-nagpaul', name: 'Chaand Nagpaul', aliases: ['Dr Nagpaul'] };
    const headline = "NAGPAUL: 'We have a culture where we feel blamed, we feel scapegoated'";
    const body = 'As well as seeking to change the health service, Dr Nagpaul added that he hoped the project would ‘reframe’ the BMA itself into an organisation that led and set the health agenda.';
    const page = { people: [nagpaul], organisations: [] };
    const [labelled] = pageVoices(['Your chance to reshape the NHS', headline, body].join('\n\n'), page);
    expect(labelled).toMatchObject({ personId: 'chaand-nagpaul', confidence: READING_CONFIDENCE });
    // Nobody of that surname named on the page: the label stays nobody the corpus knows.
    expect(pageVoices(['Your chance to reshape the NHS', headline].join('\n\n'), page)[0]?.personId).toBeUndefined();
  });
});
