import { describe, expect, it } from 'vitest';
import { genderOfName } from '../capture/person-names';
import { findQuotationSpans } from '../capture/quotation-spans';
import { claimedFor, peopleNamed, previousParagraphStart, sentenceEnd, sentenceStart } from './page-structure';
import { ANOTHER_MAN_NAMED, HOPSON, HOPSON_TOLD_HSJ } from '../../test-support/verify/voice-lines';

describe('page structure for verification’s readings', () => {
  it('finds sentence and paragraph edges', () => {
    const text = 'First one. Second one.\n\nThird one.';
    expect(sentenceStart(text, text.indexOf('Second'))).toBe(text.indexOf('Second'));
    expect(sentenceEnd(text, 0)).toBe('First one.'.length);
    expect(previousParagraphStart(text, text.indexOf('Third'))).toBe(0);
  });

  it('ends a sentence after a closing quotation mark and not at a title’s full stop', () => {
    const text = 'He said: "It is late." Labour MP Mr. Morris spoke out.';
    expect(sentenceStart(text, text.indexOf('Morris'))).toBe(text.indexOf('Labour'));
    expect(sentenceEnd(text, 0)).toBe(text.indexOf(' Labour'));
    expect(sentenceEnd(text, text.indexOf('Labour'))).toBe(text.length);
  });

  it('lists the people named outside quotations, known ones by id, in text order, with the gender a name shows', () => {
    const text = [HOPSON_TOLD_HSJ, ANOTHER_MAN_NAMED].join('\n\n');
    const named = peopleNamed(text, [HOPSON], findQuotationSpans(text));
    expect(named.map((n) => [n.name, n.personId])).toEqual([
      ['Chris Hopson', 'chris-hopson'],
      ['Andrew Lansley', undefined],
    ]);
    expect(genderOfName('Ms Cordery')).toBe('female');
    expect(genderOfName('Mr Hopson')).toBe('male');
  });

  it('claims a quotation for a voice afresh, dropping what it was claimed for before', () => {
    const claimed = claimedFor({ text: 'w', start: 0, end: 1, speakerName: 'Jane Doe', role: 'chair', organisationName: 'X', confidence: 0.75 }, { name: 'Chris Hopson', personId: 'chris-hopson' }, 0.5);
    expect(claimed).toEqual({ text: 'w', start: 0, end: 1, speakerName: 'Chris Hopson', personId: 'chris-hopson', confidence: 0.5 });
  });
});
