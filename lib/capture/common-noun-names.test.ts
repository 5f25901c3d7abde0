import { describe, expect, it } from 'vitest';
import { lowercaseWords, opensWithPageCommonNoun } from './common-noun-names';

describe('opensWithPageCommonNoun', () => {
  // Morning Star, fresh-8: "regulators" in the lede makes "Regulator Ofgem" a title before a body.
  const page =
    'AN ENERGY firm is facing a £23.6 million fine after regulators spotted it overcharging in pursuit of extra profits.\n' +
    'Regulator Ofgem said gas and electricity supplies to the National Grid had to match demand at any given time.';

  it('takes a name opening with a word the page writes in lowercase for no person', () => {
    expect(opensWithPageCommonNoun('Regulator Ofgem', lowercaseWords(page))).toBe(true);
  });

  it('keeps names whose first word the page never writes in lowercase, or compromise knows as a given name', () => {
    expect(opensWithPageCommonNoun('Cathryn Scott', lowercaseWords(page))).toBe(false);
    expect(opensWithPageCommonNoun('Mark Evans', lowercaseWords('to mark the anniversary'))).toBe(false);
  });
});
