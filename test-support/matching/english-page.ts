// Pages of real English for benchmarks: the evaluation set's hand-written paragraphs
// (on the corpus's subject and off it), none taken from a seed, so a page made of
// them matches nothing unless a benchmark adds corpus text to it.
import { SAME_SUBJECT_PARAGRAPHS, UNRELATED_PARAGRAPHS } from './evaluation-texts';

/** About `words` words of real English on the corpus's subject, paragraphs rotated by `shift`. */
export function englishPage(words: number, shift: number): string {
  const paragraphs = [...SAME_SUBJECT_PARAGRAPHS, ...UNRELATED_PARAGRAPHS];
  const out: string[] = [];
  for (let i = shift, count = 0; count < words; i++) {
    const paragraph = paragraphs[i % paragraphs.length] ?? '';
    out.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return out.join('\n\n');
}
