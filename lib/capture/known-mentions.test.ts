import { describe, expect, it } from 'vitest';
import { findMentions } from './known-mentions';

const orgs = [
  { id: 'bma', name: 'British Medical Association', aliases: ['BMA', 'the BMA', 'the British Medical Association'] },
  { id: 'labour-party', name: 'Labour Party', aliases: ['Labour'] },
  { id: 'kings-fund', name: "The King's Fund", aliases: ["King's Fund"] },
];

describe('findMentions', () => {
  it('prefers the longest form, matches a sentence-initial "The", and respects case and word boundaries', () => {
    const text = "The British Medical Association's chair met the BMA, BMAs and King’s Fund staff; labour costs rose. Labour objected.";
    expect(findMentions(text, orgs).map((m) => [m.id, m.surface])).toEqual([
      ['bma', 'The British Medical Association'],
      ['bma', 'the BMA'],
      ['kings-fund', 'King’s Fund'],
      ['labour-party', 'Labour'],
    ]);
  });
});
