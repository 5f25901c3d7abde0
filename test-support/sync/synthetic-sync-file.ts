// A deterministic sync file of any size, for benchmarking export and import
// against a bare Dexie bulkPut of the same records (browser-tests/bench) and for
// timing tests. Statements have the synthetic corpus's texts (300 to 500 words, as
// real ones), and highlights quote them or other pages, with the tags, notes and
// attributions an analyst's highlights carry, so that records weigh what real ones
// weigh. Ids do not depend on the seed: two seeds give two versions of the same
// records, which is what a merge benchmark needs.
import type { Annotation, HighlightColour, Organisation, Person, PolicyEvent, StanceId, Statement, Topic } from '../../lib/schema';
import { syntheticDocSources } from '../../lib/matching/synthetic-corpus';
import { type Random, pick, randomInt, seededRandom } from '../../lib/matching/seeded-random';
import { type SyncFile, emptySyncFile } from '../../lib/sync/format';

/** Supporting records: as many as a busy analyst's year would add. */
const ORGANISATIONS = 50;
const PEOPLE = 200;
const TOPICS = 30;
const STATEMENTS_PER_EVENT = 50;
const TAGS = ['integration', 'workforce', 'funding', 'social-care', 'ics', 'primary-care', 'waiting-lists', 'digital', 'public-health', 'regulation'];
const COLOURS: readonly HighlightColour[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
const STANCES: readonly StanceId[] = ['supportive', 'supportive-with-reservations', 'mixed', 'critical', 'opposed'];
/** Sites that highlights not made on a statement's own page are spread over. */
const OTHER_SITES = 500;
/** Share of highlights made on a statement's page (quoting it), with a note, a speaker, a stance; share of records edited after creation. */
const ON_STATEMENT_SHARE = 0.5;
const NOTE_SHARE = 0.3;
const SPEAKER_SHARE = 0.5;
const STANCE_SHARE = 0.5;
const EDITED_SHARE = 0.5;
/** Tags and topics an analyst gives one highlight, and the length of a note. */
const TAGS_PER_HIGHLIGHT = { min: 0, max: 3 };
const TOPICS_PER_HIGHLIGHT = { min: 0, max: 2 };
const NOTE_CHARS = { min: 20, max: 200 };
/** Highlighted passages: a sentence or two. */
const EXACT_CHARS = { min: 40, max: 240 };
const CONTEXT_CHARS = 32;
/** Records are dated within one year from here; an edit comes up to 30 days after creation. */
const EPOCH = Date.parse('2025-01-01T00:00:00.000Z');
const YEAR_MS = 365 * 24 * 3600 * 1000;
const EDIT_MS = 30 * 24 * 3600 * 1000;
/** Pseudo-words for pages that are not statements. */
const FILLER = 'the of and to in a is that for on with as by this be are from at or it an which have not has were more will'.split(' ');

function stamps(random: Random) {
  const created = EPOCH + Math.floor(random() * YEAR_MS);
  const updated = random() >= EDITED_SHARE ? created : created + Math.floor(random() * EDIT_MS);
  return { createdAt: new Date(created).toISOString(), updatedAt: new Date(updated).toISOString() };
}

function filler(random: Random, chars: number): string {
  const words: string[] = [];
  let length = 0;
  while (length < chars) {
    const word = pick(random, FILLER);
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ').slice(0, chars).trim() || 'the';
}

export function syntheticSyncFile(statements: number, annotations: number, seed: number): SyncFile {
  const random = seededRandom(seed);
  const user = () => ({ origin: 'user' as const, ...stamps(random) });
  const file = emptySyncFile(new Date(EPOCH + YEAR_MS + EDIT_MS).toISOString(), { kind: 'everything' });

  file.organisations = Array.from({ length: ORGANISATIONS }, (_, i): Organisation => ({
    id: `syn-org-${i}`,
    ...user(),
    name: `Synthetic Organisation ${i}`,
    aliases: [],
    kind: 'membership-body',
    url: `https://org-${i}.example.org/`,
  }));
  file.people = Array.from({ length: PEOPLE }, (_, i): Person => ({
    id: `syn-person-${i}`,
    ...user(),
    name: `Person ${i}`,
    aliases: [],
    roles: [{ title: 'Chief executive', organisationId: `syn-org-${i % ORGANISATIONS}` }],
  }));
  file.topics = Array.from({ length: TOPICS }, (_, i): Topic => ({
    id: `syn-topic-${i}`,
    ...user(),
    label: `Topic ${i}`,
    description: `Synthetic topic number ${i}.`,
  }));
  const eventCount = Math.max(1, Math.ceil(statements / STATEMENTS_PER_EVENT));
  file.events = Array.from({ length: eventCount }, (_, i): PolicyEvent => ({
    id: `syn-event-${i}`,
    ...user(),
    title: `Synthetic policy event ${i}`,
    shortName: `Event ${i}`,
    date: '2025-01-01',
    issuingBodyId: `syn-org-${i % ORGANISATIONS}`,
    url: `https://gov.example.org/events/${i}`,
  }));

  const texts = syntheticDocSources(statements, seed).filter((d) => d.kind === 'statement');
  file.statements = texts.map((doc, i): Statement => ({
    id: `syn-statement-${i}`,
    ...user(),
    eventId: `syn-event-${Math.floor(i / STATEMENTS_PER_EVENT)}`,
    kind: 'press-statement',
    title: `Synthetic statement ${i}`,
    publisherId: `syn-org-${i % ORGANISATIONS}`,
    publishedDate: '2025-01-02',
    canonicalUrl: `https://org-${i % ORGANISATIONS}.example.org/news/statement-${i}`,
    otherUrls: [],
    authorId: `syn-person-${i % PEOPLE}`,
    text: doc.text,
  }));

  file.annotations = Array.from({ length: annotations }, (_, i): Annotation => {
    const statementIndex = statements > 0 && random() < ON_STATEMENT_SHARE ? randomInt(random, 0, statements - 1) : undefined;
    const statement = statementIndex === undefined ? undefined : file.statements[statementIndex];
    const pageText = statement?.text ?? filler(random, EXACT_CHARS.max * 3);
    const length = Math.min(pageText.length - 1, randomInt(random, EXACT_CHARS.min, EXACT_CHARS.max));
    const from = randomInt(random, 0, pageText.length - length - 1);
    const raw = pageText.slice(from, from + length);
    // A highlight starts and ends on a visible character, as a selection does.
    const start = from + (raw.length - raw.trimStart().length);
    const exact = raw.trim() || pageText.slice(from, from + 1);
    const url = statement?.canonicalUrl ?? `https://site-${randomInt(random, 0, OTHER_SITES - 1)}.example.com/articles/${i}`;
    const speaker = random() < SPEAKER_SHARE ? { speakerId: `syn-person-${randomInt(random, 0, PEOPLE - 1)}` } : {};
    const stance = random() < STANCE_SHARE ? { stance: pick(random, STANCES) } : {};
    const tags = [...new Set(Array.from({ length: randomInt(random, TAGS_PER_HIGHLIGHT.min, TAGS_PER_HIGHLIGHT.max) }, () => pick(random, TAGS)))];
    return {
      id: `syn-hl-${i}`,
      ...user(),
      url,
      pageTitle: statement?.title ?? `Article ${i}`,
      target: {
        source: url,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact,
            prefix: pageText.slice(Math.max(0, start - CONTEXT_CHARS), start),
            suffix: pageText.slice(start + exact.length, start + exact.length + CONTEXT_CHARS),
          },
          { type: 'TextPositionSelector', start, end: start + exact.length },
        ],
      },
      note: random() < NOTE_SHARE ? filler(random, randomInt(random, NOTE_CHARS.min, NOTE_CHARS.max)) : '',
      tags,
      colour: pick(random, COLOURS),
      ...speaker,
      ...stance,
      topicIds: [...new Set(Array.from({ length: randomInt(random, TOPICS_PER_HIGHLIGHT.min, TOPICS_PER_HIGHLIGHT.max) }, () => `syn-topic-${randomInt(random, 0, TOPICS - 1)}`))],
      ...(statement ? { statementId: statement.id } : {}),
    };
  });
  return file;
}
