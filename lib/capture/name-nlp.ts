// What the compromise NLP library knows about a capitalised phrase: whether its
// words are a place ("London", "Cardiff"), and which gender a
// first name usually has ("Christina", "Stephen"). Hand-written lists cannot know
// every place or first name; compromise ships lexicons of both and runs offline.
// It is called on short phrases only: on a whole page it costs about 0.1 ms per
// character, on a name a fraction of a millisecond.
import nlp from 'compromise';

export type Gender = 'male' | 'female';

/** A page repeats its names; answers are remembered, up to this many phrases. */
const MEMO_LIMIT = 5000;

function memoised<T>(compute: (phrase: string) => T): (phrase: string) => T {
  const memo = new Map<string, T>();
  return (phrase) => {
    const known = memo.get(phrase);
    if (known !== undefined || memo.has(phrase)) return known as T;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const value = compute(phrase);
    memo.set(phrase, value);
    return value;
  };
}

/** Words of `phrase` that compromise tags as places (not people). */
export const placeWords = memoised((phrase: string): ReadonlySet<string> => {
  const places = new Set<string>();
  const doc = nlp(phrase);
  for (const term of doc.places().not('#Person').terms().out('array') as string[]) places.add(term.replace(/[^\p{L}'’-]/gu, ''));
  return places;
});

/** The gender compromise presumes for a first name, if it has one. */
export const genderOfFirstName = memoised((firstName: string): Gender | undefined => {
  const doc = nlp(firstName);
  if (doc.has('#FemaleName')) return 'female';
  if (doc.has('#MaleName')) return 'male';
  return undefined;
});
