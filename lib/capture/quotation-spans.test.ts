import { describe, expect, it } from 'vitest';
import { findQuotationSpans } from './quotation-spans';

const quoted = (text: string) => findQuotationSpans(text).map((s) => text.slice(s.start, s.end));

// Sentences from the capture development set (test-support/capture/dev-set), tuning half.
describe('findQuotationSpans', () => {
  it('finds straight and curly double quotations', () => {
    expect(quoted('He said "one" and “two” about it.')).toEqual(['one', 'two']);
  });

  it('finds British single quotations without taking apostrophes for marks', () => {
    const text =
      'In the letter, Dr Meldrum likens the White Paper to a ‘large curate’s egg; good in parts, bad in parts, unclear in parts and even internally inconsistent in parts’.';
    expect(quoted(text)).toEqual(['large curate’s egg; good in parts, bad in parts, unclear in parts and even internally inconsistent in parts']);
    const straight = "‘The Government hasn't listened to our concerns,' he said. ‘I don't think it's possible for them to tinker with the bill, to tweak it to make it better.'";
    expect(quoted(straight)).toEqual(["The Government hasn't listened to our concerns,", "I don't think it's possible for them to tinker with the bill, to tweak it to make it better."]);
    expect(quoted("The vote showed how divided the BMA is over how doctors' concerns should be heard.")).toEqual([]);
  });

  it('reads a plural possessive in a paragraph the next paragraph’s mark continues as an apostrophe', () => {
    // News24x7 World on Matt Hancock (verification's unseen-4, tuning pool since stop 16), verbatim.
    const text =
      'He said: ‘We put up nurses’ pay last month, and in fact last year we had the fastest rise, the biggest rise in pay – especially for nurses who are starting their career and the lowest paid nurses, who got a very significant pay rise of over 15%.\n\n‘So there has been a significant pay rise for nurses.';
    expect(quoted(text)).toEqual([text.slice(text.indexOf('We put'))]);
    // Closed in its own paragraph and not continued, the same mark ends the quotation.
    expect(quoted('He said: ‘We put up nurses’ pay last month.\n\nSo there has been a rise.')).toEqual(['We put up nurses']);
  });

  it('keeps a quotation nested in the other kind of mark inside its quotation', () => {
    const text = 'He wrote: ‘By engaging with the consultation process, the BMA is not deserting our “Look After our NHS” campaign. Quite the reverse.’';
    expect(quoted(text)).toEqual(['By engaging with the consultation process, the BMA is not deserting our “Look After our NHS” campaign. Quite the reverse.']);
  });

  it('joins a quotation reopened at each paragraph until the one that closes', () => {
    const text = 'X said:\n\n"One.\n\n“Two.\n\n \u201cThree.”\n\nAfter "four".';
    expect(quoted(text)).toEqual(['One.\n\n“Two.\n\n \u201cThree.', 'four']);
    expect(findQuotationSpans(text)[0]!.closed).toBe(true);
  });

  it('ends an unclosed quotation at a blank line, and carries it over a wrapped line', () => {
    const spans = findQuotationSpans('She said "never closed\n\nNext paragraph.');
    expect(spans).toMatchObject([{ start: 10, end: 22, closed: false }]);
    expect(quoted('said:\n“We welcome the publication of this Bill today which will help\nprovide clarity for trusts.”')).toEqual([
      'We welcome the publication of this Bill today which will help\nprovide clarity for trusts.',
    ]);
  });

  it('tolerates sloppy straight marks: a quotation opened with one kind and closed with the other, and one never closed', () => {
    const text = 'said: \'Raising wages in care is the first step to turning around this beleaguered sector." She added: "Care work is highly skilled. "That\'s why too few people want to work in the sector."';
    expect(quoted(text)).toEqual([
      'Raising wages in care is the first step to turning around this beleaguered sector.',
      'Care work is highly skilled.',
      "That's why too few people want to work in the sector.",
    ]);
  });

  it('ignores a stray closing mark', () => {
    expect(quoted('A stray ” mark, then “real”.')).toEqual(['real']);
  });
});
