import { describe, expect, it } from 'vitest';
import type { ProposedQuote } from '../capture/attribution';
import { findQuotationSpans } from '../capture/quotation-spans';
import { MISATTRIBUTION_MIN_CONFIDENCE } from './attribution-agreement';
import { peopleNamed, READING_CONFIDENCE } from './page-structure';
import { pageSubject, withProfileVoice } from './profile-voice';

const people = [{ id: 'chris-hopson', name: 'Chris Hopson', aliases: ['Mr Hopson'] }];

// Real sentences (The Times, 2021, tuning half) and Chris Hopson's curated words (lib/corpus), recombined into a page about him.
const OPENING = 'Chris Hopson, chief executive of NHS Providers, which represents England’s 240 NHS trusts, told Times Radio that serious concerns were building about how the health service and exhausted staff would cope this winter.';
const NARRATIVE = 'Trust chief executives had told him that they had never been more anxious about how a winter would unfold.';
const QUOTED = '“This bill will take important steps to help ensure this integration of different care services happens faster and more consistently.”';
const OTHER = 'The BMA is to call on health secretary Andrew Lansley to withdraw the Health and Social Care Bill.';

/** The quotation as the reader leaves it when nothing near names its speaker: claimed by nobody. */
function read(text: string): ProposedQuote[] {
  const spans = findQuotationSpans(text);
  const quoted = spans.map((s): ProposedQuote => ({ text: text.slice(s.start, s.end), start: s.start, end: s.end, confidence: 0.15 }));
  return withProfileVoice(text, quoted, peopleNamed(text, people, spans));
}

describe('a profile’s subject', () => {
  it('is the known person the opening names who is named at least three times and twice as often as anyone else', () => {
    const text = [OPENING, `${NARRATIVE} Mr Hopson said so.`, 'Mr Hopson agreed.'].join('\n\n');
    expect(pageSubject(peopleNamed(text, people, []))).toEqual({ name: 'Chris Hopson', personId: 'chris-hopson' });
    expect(pageSubject(peopleNamed([OPENING, NARRATIVE].join('\n\n'), people, []))).toBeUndefined();
    const twoPeople = [OPENING, OTHER, 'Mr Hopson agreed.', 'Andrew Lansley did not.', 'Mr Hopson said so.'].join('\n\n');
    expect(pageSubject(peopleNamed(twoPeople, people, []))).toBeUndefined();
  });

  it('speaks a quotation naming nobody when nobody else is named near it', () => {
    const text = [OPENING, 'Mr Hopson agreed.', 'Mr Hopson said so.', NARRATIVE, QUOTED].join('\n\n');
    const [quoted] = read(text);
    expect(quoted).toMatchObject({ personId: 'chris-hopson', confidence: READING_CONFIDENCE });
    expect(quoted?.confidence).toBeLessThan(MISATTRIBUTION_MIN_CONFIDENCE);
  });

  it('does not speak a quotation with someone else named in its paragraph or the one before', () => {
    const text = [OPENING, 'Mr Hopson agreed.', 'Mr Hopson said so.', 'Mr Hopson was clear.', OTHER, QUOTED].join('\n\n');
    expect(read(text)[0]?.personId).toBeUndefined();
  });
});
