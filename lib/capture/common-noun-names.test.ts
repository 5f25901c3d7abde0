import { describe, expect, it } from 'vitest';
import { lowercaseWords, namedByPageCommonNoun } from './common-noun-names';

describe('namedByPageCommonNoun', () => {
  // Morning Star, fresh-8: "regulators" in the lede makes "Regulator Ofgem" a title before a body.
  const page =
    'AN ENERGY firm is facing a £23.6 million fine after regulators spotted it overcharging in pursuit of extra profits.\n' +
    'Regulator Ofgem said gas and electricity supplies to the National Grid had to match demand at any given time.';

  it('takes a name opening with a word the page writes in lowercase for no person', () => {
    expect(namedByPageCommonNoun('Regulator Ofgem', lowercaseWords(page))).toBe(true);
  });

  it('keeps names whose first word the page never writes in lowercase, or compromise knows as a given name', () => {
    expect(namedByPageCommonNoun('Cathryn Scott', lowercaseWords(page))).toBe(false);
    expect(namedByPageCommonNoun('Mark Evans', lowercaseWords('to mark the anniversary'))).toBe(false);
  });
});

describe('namedByPageCommonNoun, by the last word', () => {
  // Yorkshire Post, fresh-7: the page writes "water" in lowercase; "Northumbrian Water" is a company.
  const page =
    '‘Too late in the day’: Proposed £146m Ofwat fines for water companies not quick enough - founder of River Action\n' +
    'Charles Watson, chairman of the campaign group River Action, has said recently proposed fines from Ofwat against Yorkshire Water, Thames Water and Northumbrian Water have come “too late in the day”.';

  it('takes a name ending in a word the page writes in lowercase for no person, but not a person’s name beside it', () => {
    expect(namedByPageCommonNoun('Northumbrian Water', lowercaseWords(page))).toBe(true);
    expect(namedByPageCommonNoun('Charles Watson', lowercaseWords(page))).toBe(false);
  });
});
