// Text folding for search: case, accents and typographic variants do not matter, so
// "reseau" finds "Réseau", "o'neill" finds "O’Neill" and "nhs" finds "NHS".

/** Letters that Unicode decomposition leaves whole, spelled as a reader would type them. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Lower case, without accents, with plain quotes and hyphens and single spaces. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

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
