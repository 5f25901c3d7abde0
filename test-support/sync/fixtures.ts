// Small, valid records for the sync tests, each built from an id and a few
// overrides, so a test states only what it is about.
import type { Annotation, Organisation, Person, PolicyEvent, Quote, Statement, Topic } from '../../lib/schema';
import { SYNC_FORMAT, SYNC_FORMAT_VERSION, type SyncFile, emptySyncFile } from '../../lib/sync/format';

/** Minutes after a fixed instant, as an ISO time: `at(5)` is five minutes later than `at(0)`. */
export function at(minutes: number): string {
  return new Date(Date.parse('2026-03-01T09:00:00.000Z') + minutes * 60_000).toISOString();
}

const stamps = (minutes: number) => ({ origin: 'user' as const, createdAt: at(0), updatedAt: at(minutes) });

export function organisation(id: string, overrides: Partial<Organisation> = {}): Organisation {
  return { id, ...stamps(1), name: `Organisation ${id}`, aliases: [], kind: 'membership-body', ...overrides };
}

export function person(id: string, overrides: Partial<Person> = {}): Person {
  return { id, ...stamps(1), name: `Person ${id}`, aliases: [], roles: [], ...overrides };
}

export function topic(id: string, overrides: Partial<Topic> = {}): Topic {
  return { id, ...stamps(1), label: `Topic ${id}`, description: 'A topic made for a test.', ...overrides };
}

export function policyEvent(id: string, issuingBodyId: string, overrides: Partial<PolicyEvent> = {}): PolicyEvent {
  return {
    id,
    ...stamps(1),
    title: `Event ${id}`,
    shortName: `Event ${id}`,
    date: '2026-02-01',
    issuingBodyId,
    url: `https://gov.example.org/${id}`,
    ...overrides,
  };
}

export function statement(id: string, eventId: string, publisherId: string, overrides: Partial<Statement> = {}): Statement {
  return {
    id,
    ...stamps(1),
    eventId,
    kind: 'press-statement',
    title: `Statement ${id}`,
    publisherId,
    publishedDate: '2026-02-02',
    canonicalUrl: `https://www.example.org/news/${id}`,
    otherUrls: [],
    text: `The text of statement ${id}, which integration is not new to.`,
    ...overrides,
  };
}

export function quote(id: string, statementId: string, organisationId: string, topicIds: string[], overrides: Partial<Quote> = {}): Quote {
  return { id, ...stamps(1), statementId, organisationId, text: 'integration is not new', stance: 'mixed', topicIds, ...overrides };
}

export function highlight(id: string, overrides: Partial<Annotation> = {}): Annotation {
  const url = overrides.url ?? 'https://example.org/article';
  return {
    id,
    ...stamps(1),
    url,
    pageTitle: 'An article',
    target: {
      source: url,
      selector: [
        { type: 'TextQuoteSelector', exact: `words highlighted in ${id}`, prefix: 'before ', suffix: ' after' },
        { type: 'TextPositionSelector', start: 10, end: 20 },
      ],
    },
    note: '',
    tags: [],
    colour: 'yellow',
    topicIds: [],
    ...overrides,
  };
}

/** A sync file of the current version holding the given records. */
export function syncFile(contents: Partial<Omit<SyncFile, 'format' | 'version'>> = {}): SyncFile {
  return { ...emptySyncFile(at(60), { kind: 'everything' }), ...contents, format: SYNC_FORMAT, version: SYNC_FORMAT_VERSION };
}
