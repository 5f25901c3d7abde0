// Suggests the policy event a captured page answers and the topics each quote
// touches, from the corpus's own words: an event's title and short name, a topic's
// label and description. Each suggestion carries the page's words that drove it, so
// the analyst sees why and can overrule it. Words are compared by a crude stem
// (lower case, common suffixes dropped) so "integrated" meets "integration".
import type { PolicyEvent, Topic } from '../schema';

export interface Suggestion {
  id: string;
  /** The words of the text that matched, as they stand in it, first occurrence each. */
  words: string[];
}

/** Words too common in this domain to tell one topic or event from another. */
const STOPWORDS = new Set(
  ('a an and are as at be between by can for from has have how in into is it its more not of on one or our should so that the their them ' +
    'they this to we what whether which will with would health care nhs social services service people whole new plan plans paper ' +
    'white government local national system systems england other each own rather than all also about who been being were was')
    .split(' '),
);
/** A topic needs this many distinct matching words to be suggested (one shared word is chance). */
const MIN_TOPIC_WORDS = 2;
/** At most this many topics are suggested for one quote. */
const MAX_TOPICS = 3;
/** An event published this many days before the page, or less, is the likely one it answers. */
const RECENT_EVENT_DAYS = 45;

function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  return w.replace(/(?:ations?|ation|ing|ed|es|s|ity|al|ly)$/, '').slice(0, 7);
}

function contentWords(text: string): { surface: string; stem: string }[] {
  return [...text.matchAll(/[\p{L}][\p{L}'’-]*/gu)]
    .map((m) => m[0])
    .filter((w) => w.length > 2 && !STOPWORDS.has(w.toLowerCase()))
    .map((surface) => ({ surface, stem: stem(surface) }));
}

function matches(text: string, vocabulary: string): string[] {
  const wanted = new Set(contentWords(vocabulary).map((w) => w.stem));
  const found = new Map<string, string>();
  for (const w of contentWords(text)) if (wanted.has(w.stem) && !found.has(w.stem)) found.set(w.stem, w.surface);
  return [...found.values()];
}

/** Topics whose label and description share words with the quote, best first. */
export function suggestTopics(quote: string, topics: readonly Topic[]): Suggestion[] {
  return topics
    .map((t) => ({ id: t.id, words: matches(quote, `${t.label} ${t.description}`) }))
    .filter((s) => s.words.length >= MIN_TOPIC_WORDS)
    .sort((a, b) => b.words.length - a.words.length)
    .slice(0, MAX_TOPICS);
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

/**
 * The event the page most likely answers: the one whose title words the page uses
 * most, with a recent event (published shortly before the page) preferred.
 */
export function suggestEvent(pageText: string, publishedDate: string | undefined, events: readonly PolicyEvent[]): (Suggestion & { recent: boolean }) | undefined {
  const scored = events.map((e) => {
    const words = matches(pageText, `${e.title} ${e.shortName}`);
    const age = publishedDate ? daysBetween(e.date, publishedDate) : Number.NaN;
    const recent = age >= 0 && age <= RECENT_EVENT_DAYS;
    return { id: e.id, words, recent, score: words.length + (recent ? 3 : 0) };
  });
  const best = scored.filter((s) => s.words.length > 0 || s.recent).sort((a, b) => b.score - a.score)[0];
  return best ? { id: best.id, words: best.words, recent: best.recent } : undefined;
}
