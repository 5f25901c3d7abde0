// A quotation that runs over several paragraphs is written with an opening mark at
// each paragraph and a closing mark only at the end (The King's Fund: "'Most
// important … 2012 reforms.\n'By sweeping away …"). The attribution reader gives it as
// one quotation; verification checks each paragraph as a quotation of its own, with
// the same attribution: the corpus may hold a speaker's first two paragraphs and not
// the next three, and a page that alters one paragraph has not altered the others.
import type { ProposedQuote } from '../capture/attribution';

/** A line break, then the opening mark that reopens the quotation on the next paragraph. */
const REOPENED_PARAGRAPH = /\s*\n\s*['‘’“”"«»]/g;

/** `proposals` with every quotation continued over paragraphs split into one per paragraph. */
export function quotationParagraphs(proposals: readonly ProposedQuote[]): ProposedQuote[] {
  return proposals.flatMap((proposal) => {
    const pieces: ProposedQuote[] = [];
    let from = 0;
    const add = (start: number, end: number) => {
      const text = proposal.text.slice(start, end);
      if (text.trim()) pieces.push({ ...proposal, text, start: proposal.start + start, end: proposal.start + end });
    };
    for (const reopening of proposal.text.matchAll(REOPENED_PARAGRAPH)) {
      add(from, reopening.index);
      from = reopening.index + reopening[0].length;
    }
    add(from, proposal.text.length);
    return pieces;
  });
}
