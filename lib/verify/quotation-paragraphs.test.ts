import { describe, expect, it } from 'vitest';
import type { ProposedQuote } from '../capture/attribution';
import { quotationParagraphs } from './quotation-paragraphs';

// The King's Fund's release of Richard Murray's response to the 2021 white paper (verbatim, first three paragraphs).
const KINGS_FUND = `Richard Murray, Chief Executive of The King’s Fund, said:
'Most important in these proposals is the welcome shift away from the old legislative focus on competition between health care organisations towards a new model of collaboration, partnership and integration. The White Paper marks a decisive step away from the coalition government's 2012 reforms.
'By sweeping away clunky competition and procurement rules, these new plans could give the NHS and its partners greater flexibility to deliver joined-up care to the increasing numbers of people who rely on multiple different services.
'The thrust of these reforms is about giving local health and care leaders the freedom to make decisions based on the needs of their local population.`;

function proposalOf(text: string, from: string): ProposedQuote {
  const start = text.indexOf(from);
  return { text: text.slice(start), start, end: text.length, speakerName: 'Richard Murray', personId: 'richard-murray', confidence: 0.9 };
}

describe('quotationParagraphs', () => {
  it('splits a quotation reopened at each paragraph into one per paragraph, each with the same attribution', () => {
    const pieces = quotationParagraphs([proposalOf(KINGS_FUND, 'Most important')]);
    expect(pieces.map((p) => p.text.slice(0, 20))).toEqual(['Most important in th', 'By sweeping away clu', 'The thrust of these ']);
    expect(pieces[0]?.text.endsWith('2012 reforms.')).toBe(true);
    for (const piece of pieces) {
      expect(KINGS_FUND.slice(piece.start, piece.end)).toBe(piece.text);
      expect(piece).toMatchObject({ speakerName: 'Richard Murray', personId: 'richard-murray', confidence: 0.9 });
    }
  });

  it('leaves a one-paragraph quotation, and a line break with no reopening mark, as they are', () => {
    const one = proposalOf(KINGS_FUND, 'By sweeping away');
    const single = { ...one, text: one.text.slice(0, one.text.indexOf('\n')), end: one.start + one.text.indexOf('\n') };
    expect(quotationParagraphs([single])).toEqual([single]);
    const text = 'these new plans could give\nthe NHS and its partners';
    const wrapped = { ...single, text, end: single.start + text.length };
    expect(quotationParagraphs([wrapped])).toEqual([wrapped]);
  });
});
