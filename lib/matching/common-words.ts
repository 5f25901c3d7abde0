// How many words two texts have in common, in order (longest common subsequence of
// their word lists): the measure of how much of a quote a passage really holds,
// whatever was changed, dropped or inserted around and between those words.

/** Length of the longest common subsequence of two word lists, in O(|a|·|b|) time and O(|b|) space. */
export function commonWordCount(a: readonly string[], b: readonly string[]): number {
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (const word of a) {
    for (let j = 1; j <= b.length; j++) {
      current[j] =
        word === b[j - 1] ? (previous[j - 1] as number) + 1 : Math.max(previous[j] as number, current[j - 1] as number);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}
