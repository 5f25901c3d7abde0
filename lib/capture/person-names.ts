// Finds personal names the corpus does not know, so that a page about new people
// still gets speakers proposed. A name here is two or three capitalised words
// ("Jane Smith", "Mary-Anne O'Neill"), optionally after an honorific ("Dr", "Sir"), or
// an honorific and a surname ("Ms Smith"); phrases containing an institutional word
// ("Integration White Paper", "Nuffield Trust") are not names.
import { HONORIFICS, NON_PERSON_WORDS } from './attribution-cues';

export interface NameCandidate {
  name: string;
  start: number;
  end: number;
}

/** A capitalised word, allowing Mc/Mac/O' prefixes, apostrophes and hyphenated parts. */
const NAME_WORD = String.raw`(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*`;
const HONORIFIC = `(?:${HONORIFICS.map((h) => h.replace(' ', '\\s+')).join('|')})\\.?`;
/** Honorific + one to three name words, or two to three name words. */
const NAME_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${HONORIFIC}\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,2}|${NAME_WORD}(?:\s+${NAME_WORD}){1,3})(?![\p{L}\p{N}])`,
  'gu',
);
const HONORIFIC_ONLY = new RegExp(`^${HONORIFIC}$`, 'u');

/**
 * The person's name inside a capitalised run, or undefined: leading non-name words
 * are dropped ("But Jane Smith" → "Jane Smith"), and a run with an institutional word
 * left in it is not a person.
 */
function personWithin(run: string, runStart: number): NameCandidate | undefined {
  const words = [...run.matchAll(/\S+/g)];
  let first = 0;
  while (first < words.length && NON_PERSON_WORDS.has((words[first] as RegExpMatchArray)[0])) first++;
  const kept = words.slice(first);
  const named = kept.filter((w) => !HONORIFIC_ONLY.test(w[0]));
  if (named.length === 0 || named.some((w) => NON_PERSON_WORDS.has(w[0].replace(/['’]s$/, '')))) return undefined;
  if (named.length < 2 && named.length === kept.length) return undefined;
  const startWord = kept[0] as RegExpMatchArray;
  const lastWord = kept.at(-1) as RegExpMatchArray;
  const start = runStart + (startWord.index ?? 0);
  const end = runStart + (lastWord.index ?? 0) + lastWord[0].length;
  return { name: run.slice(start - runStart, end - runStart), start, end };
}

/** Name candidates in text[from, to), skipping any that overlap an excluded range (a known organisation, say). */
export function findNameCandidates(
  text: string,
  from: number,
  to: number,
  excluded: readonly { start: number; end: number }[] = [],
): NameCandidate[] {
  const found: NameCandidate[] = [];
  const region = text.slice(from, to);
  for (const m of region.matchAll(NAME_PATTERN)) {
    // A possessive names the person all the same ("Smith's"), but is not part of the name.
    const run = m[0].replace(/['’]s$/, '');
    const candidate = personWithin(run, from + m.index);
    if (!candidate) continue;
    if (excluded.some((x) => candidate.start < x.end && x.start < candidate.end)) continue;
    found.push(candidate);
  }
  return found;
}

/** The surname: the last word of a name ("Ms Smith" and "Jane Smith" share "Smith"). */
export function surnameOf(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

export function isHonorificAndSurname(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length === 2 && HONORIFIC_ONLY.test(words[0] as string);
}
