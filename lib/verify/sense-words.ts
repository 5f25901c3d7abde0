// Words whose loss changes what a sentence claims: a negation ("not", "never",
// "shouldn't") turns it round, a qualifier ("could", "some", "only", "unless")
// bounds it. Dropping one, at an ellipsis or silently, earns the stronger
// "sense changed" flag (issue 15). The lists are closed-class English words, so
// they are written out rather than learnt.

/** Negations as single normalised words (tokenisation splits "don't" into "don", "t": see isContractedNot). */
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'none', 'nothing', 'nobody', 'nowhere', 'cannot', 'without']);

/**
 * Hedges, limits and conditions: modal verbs, quantifiers short of "all", degree
 * adverbs and conditional or concessive conjunctions.
 */
const QUALIFIERS = new Set([
  'may', 'might', 'could', 'would', 'should', 'can',
  'some', 'many', 'few', 'most', 'several', 'half', 'part', 'partly', 'partially', 'largely', 'mostly',
  'only', 'just', 'almost', 'nearly', 'barely', 'hardly', 'scarcely', 'rather', 'somewhat',
  'perhaps', 'possibly', 'probably', 'likely', 'unlikely', 'potentially',
  'if', 'unless', 'until', 'but', 'although', 'though', 'however', 'except', 'yet',
]);

/** "don't", "isn't", "won't": the matcher's tokens are "don" + "t", so a lone "t" after a word ending in n is a negation. */
function isContractedNot(word: string, previous: string | undefined): boolean {
  return word === 't' && previous !== undefined && previous.endsWith('n');
}

/** The negations and qualifiers among `words` (normalised), in order, contractions written as "n't". */
export function senseWords(words: readonly string[], before?: string): string[] {
  const found: string[] = [];
  words.forEach((word, i) => {
    if (isContractedNot(word, i === 0 ? before : words[i - 1])) found.push("n't");
    else if (NEGATIONS.has(word) || QUALIFIERS.has(word)) found.push(word);
  });
  return found;
}
