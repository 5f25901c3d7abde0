// What the compromise NLP library knows about a capitalised phrase: whether its
// words are a place ("London", "Cardiff"), which gender a
// first name usually has ("Christina", "Stephen"), and whether a word is an ordinary
// adjective or plural that no given name is ("Young Minds", "Public Affairs"), and whether a
// lone word is a surname ("Peters says") or an adverb ("Shockingly"). Hand-written lists cannot know
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

/** Whether compromise reads a single word as a people's or country's adjective ("Scottish", "Welsh", "French"). */
export const isDemonym = memoised((word: string): boolean => nlp(word).has('#Demonym'));

/** Whether compromise reads a single word as an adverb ("Shockingly", "Finally"): no word of a name. */
export const isAdverb = memoised((word: string): boolean => nlp(word).has('#Adverb'));

/** Whether compromise's lexicon knows a single word as a surname ("Peters", "Jones"), not a common noun or a place ("Nurses", "Whitehall"). */
export const isKnownSurname = memoised((word: string): boolean => nlp(word).has('#LastName'));

/** The gender compromise presumes for a first name, if it has one. */
export const genderOfFirstName = memoised((firstName: string): Gender | undefined => {
  const doc = nlp(firstName);
  if (doc.has('#FemaleName')) return 'female';
  if (doc.has('#MaleName')) return 'male';
  return undefined;
});

/**
 * Whether compromise, reading a whole name, takes its first word for part of a person's name: "Mark Evans",
 * "Ray James", "Dean Eggitt" (a given name that is also a common word), not "Regulator Ofgem" or "Antrim Assembly".
 */
export const opensAsPerson = memoised((name: string): boolean => {
  const first = (nlp(name).terms().json() as { terms: { tags: string[] }[] }[])[0];
  return (first?.terms[0]?.tags ?? []).includes('Person');
});

/**
 * Word classes in compromise's lexicon that no given name belongs to: "Young Minds",
 * "Visiting Angels", "United All Ages", "Public Affairs", "People Promise", "Prime Minister",
 * "De La Rue", "Rethink Mental Illness". Nouns, modals and comparatives are left out: "Bill", "Rose", "Hope", "Will"
 * and "Frank" are given names as often as words.
 */
const NOT_A_GIVEN_NAME = new Set(['Adjective', 'Gerund', 'Determiner', 'Plural', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Infinitive']);

const lexicon: Readonly<Record<string, string | string[]>> = (nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } }).one?.lexicon ?? {};

/** Whether compromise's lexicon lists the word (in any case), and only with tags in `kinds`. */
function listedOnlyAs(word: string, kinds: ReadonlySet<string>): boolean {
  const tags = lexicon[word.toLowerCase()];
  if (tags === undefined) return false;
  return (Array.isArray(tags) ? tags : [tags]).every((t) => kinds.has(t));
}

/** Whether compromise's lexicon lists the word (in any case) only as an adjective, plural, determiner or the like, never as a name. */
export const isOrdinaryWord = (word: string): boolean => listedOnlyAs(word, NOT_A_GIVEN_NAME);

/** Tags of the words that only hold a sentence together: articles, prepositions, conjunctions, pronouns. */
const FUNCTION_WORD = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun']);

/** Whether compromise's lexicon lists the word (in any case) only as a function word ("an", "of", "it"), never as a name. */
export const isFunctionWord = (word: string): boolean => listedOnlyAs(word, FUNCTION_WORD);

/** Tags after which the words before a name stop being a clause and start being a title. */
const CLAUSE_BREAK = /^(?:Verb|Preposition)$/;

/**
 * The words of a phrase after its last verb or preposition: the title a clause gives the
 * name that follows it ("A union leader has accused education secretary" → "education
 * secretary"; "was joined on stage by Labour MPs" → "Labour MPs"). Undefined when the
 * phrase has no verb or preposition.
 */
export const titleAfterClause = memoised((phrase: string): string | undefined => {
  const terms = nlp(phrase).terms().json() as { text: string; terms: { tags: string[] }[] }[];
  const last = terms.findLastIndex((t) => (t.terms[0]?.tags ?? []).some((tag) => CLAUSE_BREAK.test(tag)));
  if (last < 0) return undefined;
  return terms.slice(last + 1).map((t) => t.text).join(' ');
});

/** Whether compromise reads a word as a plural common noun ("campaigners", "MSPs"), not a name ("Providers" in a proper noun). */
export const isPluralNoun = memoised((word: string): boolean => {
  const tags = (nlp(word).terms().json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
  return tags.includes('Plural') && !tags.includes('ProperNoun') && !tags.includes('Person');
});

/** Whether compromise, reading the whole phrase, takes its last word for a plural noun ("head of Leeds hospitals", "Chief Inspector of Hospitals"). */
export const endsInPluralNoun = memoised((phrase: string): boolean => {
  const last = (nlp(phrase).terms().json() as { terms: { tags: string[] }[] }[]).at(-1)?.terms[0]?.tags ?? [];
  return last.includes('Plural') && !last.includes('Possessive');
});

/** What may follow a verb as the start of its object: an article, a demonstrative or a possessive ("addressed the", "led its"). */
const OBJECT_OPENING = /^(?:Determiner|Possessive|Pronoun)$/;

/**
 * Whether a phrase opens with a verb and then its object ("addressed the Home Secretary at …", "heads the
 * union", "accusing the First Minister of …"): a clause about the person named before it, not their title.
 * "acting general secretary", "retired nurse" and "lead nurse" open with a verb form but no object follows.
 */
export const opensWithVerbAndObject = memoised((phrase: string): boolean => {
  const terms = nlp(phrase).terms().json() as { terms: { tags: string[] }[] }[];
  const [verb, object] = terms.map((t) => t.terms[0]?.tags ?? []);
  return !!verb && !!object && verb.some((t) => t === 'PastTense' || t === 'PresentTense' || t === 'Gerund') && object.some((t) => OBJECT_OPENING.test(t));
});
