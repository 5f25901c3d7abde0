import { describe, expect, it } from 'vitest';
import { placeInText } from './quote-in-text';

const TEXT = 'Stephen Chandler, ADASS president said:\n\n"I am really pleased to see this publication, it represents a foundation stone\nfor which we have been waiting."';

describe('placeInText', () => {
  it('finds a pasted quotation across reflowed whitespace, without its quotation marks', () => {
    expect(placeInText(TEXT, '“it represents a foundation stone for which we have been waiting.”')).toMatchObject({
      text: 'it represents a foundation stone\nfor which we have been waiting.',
    });
  });

  it('returns nothing for words the page does not hold, or for nothing at all', () => {
    expect(placeInText(TEXT, 'words nobody said')).toBeUndefined();
    expect(placeInText(TEXT, '  “ ” ')).toBeUndefined();
  });
});
