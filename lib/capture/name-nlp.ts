// What the compromise NLP library knows about a capitalised phrase: whether its
// words are a place ("London", "Cardiff"), and which gender a
// first name usually has ("Christina", "Stephen"). Hand-written lists cannot know
// every place or first name; compromise ships lexicons of both and runs offline.
// It is called on short phrases only: on a whole page it costs about 0.1 ms per
// character, on a name a fraction of a millisecond.
import nlp from 'compromise';

export type Gender = 'male' | 'female';

/** Words of `phrase` that compromise tags as places (not people). */
export function placeWords(phrase: string): Set<string> {
  const places = new Set<string>();
  const doc = nlp(phrase);
  for (const term of doc.places().not('#Person').terms().out('array') as string[]) places.add(term.replace(/[^\p{L}'’-]/gu, ''));
  return places;
}

/** The gender compromise presumes for a first name, if it has one. */
export function genderOfFirstName(firstName: string): Gender | undefined {
  const doc = nlp(firstName);
  if (doc.has('#FemaleName')) return 'female';
  if (doc.has('#MaleName')) return 'male';
  return undefined;
}
