import { describe, expect, it } from 'vitest';
import { tokenize } from '../matching/tokens';
import { senseWords } from './sense-words';

const words = (text: string) => tokenize(text).map((t) => t.word);

describe('senseWords', () => {
  it('finds negations and qualifiers, contractions included', () => {
    // Chris Hopson (NHS Providers, 2021-02-12).
    expect(senseWords(words("But we shouldn't overestimate the power of changing health and care structures"))).toEqual(['but', "n't"]);
    // Jennifer Dixon (LBC, 2021-02-11).
    expect(senseWords(words('has no clear rationale and could take health care backwards'))).toEqual(['no', 'could']);
  });

  it('finds none in a plain statement of fact', () => {
    expect(senseWords(words('Trust leaders support the ambition to deliver better integrated health and care services'))).toEqual([]);
  });

  it('reads a contraction split at the edge of a change from the word before', () => {
    expect(senseWords(['t'], 'don')).toEqual(["n't"]);
    expect(senseWords(['t'], 'it')).toEqual([]);
  });
});
