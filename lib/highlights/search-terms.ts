// The terms of a search box, folded (lib/text/text.ts), shared by the Highlights
// page's and the Dashboard's search.
import { foldText } from '../text/text';

/**
 * The terms of a search, folded: each word, or each "quoted phrase" as one term.
 * A highlight matches when every term occurs in it (anywhere, as part of a word too).
 */
export function searchTerms(query: string): string[] {
  const folded = foldText(query);
  const terms: string[] = [];
  for (const match of folded.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const term = (match[1] ?? match[2] ?? '').trim();
    if (term !== '') terms.push(term);
  }
  return terms;
}
