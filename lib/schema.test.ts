import { describe, expect, it } from 'vitest';
import { annotation as makeAnnotation, organisation as makeOrganisation } from '../test-support/highlights/fixtures';
import {
  Annotation,
  Id,
  MAX_CONTEXT_CHARS,
  MAX_ID_CHARS,
  MAX_LIST_ITEMS,
  MAX_NAME_CHARS,
  MAX_NOTE_CHARS,
  MAX_STATEMENT_CHARS,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
  Organisation,
  Person,
  Quote,
  Statement,
  Topic,
} from './schema';

const at = '2026-01-01T00:00:00.000Z';
const base = { origin: 'user' as const, createdAt: at, updatedAt: at };

const annotation = makeAnnotation({ id: 'hl-1', exact: 'words', note: 'a note', tags: ['nhs'] });

const withQuote = (quote: Partial<Annotation['target']['selector'][0]>): Annotation => ({
  ...annotation,
  target: { ...annotation.target, selector: [{ ...annotation.target.selector[0], ...quote }, annotation.target.selector[1]] },
});

/** The first issue's path and message, or undefined when the value is accepted. */
function firstIssue(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) {
  const issue = schema.safeParse(value).error?.issues[0];
  return issue && { path: issue.path.join('.'), message: issue.message };
}

describe('string bounds on stored records', () => {
  it('accepts a record within every bound', () => {
    expect(Annotation.safeParse(annotation).success).toBe(true);
    expect(Annotation.safeParse({ ...annotation, note: 'n'.repeat(MAX_NOTE_CHARS) }).success).toBe(true);
  });

  it('refuses a 50,000,000-character note with the limit in the message', () => {
    expect(firstIssue(Annotation, { ...annotation, note: 'n'.repeat(50_000_000) })).toEqual({
      path: 'note',
      message: 'is too long: at most 50,000 characters',
    });
  });

  it('bounds the highlighted text and its context on either side', () => {
    expect(firstIssue(Annotation, withQuote({ exact: 'x'.repeat(MAX_NOTE_CHARS + 1) }))?.path).toBe('target.selector.0.exact');
    expect(firstIssue(Annotation, withQuote({ prefix: 'x'.repeat(MAX_CONTEXT_CHARS + 1) }))?.path).toBe('target.selector.0.prefix');
    expect(firstIssue(Annotation, withQuote({ suffix: 'x'.repeat(MAX_CONTEXT_CHARS + 1) }))?.path).toBe('target.selector.0.suffix');
  });

  it('bounds tags, their number, the page title, the address and ids', () => {
    expect(firstIssue(Annotation, { ...annotation, tags: ['t'.repeat(MAX_NAME_CHARS + 1)] })?.path).toBe('tags.0');
    expect(firstIssue(Annotation, { ...annotation, tags: Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => `t${i}`) })).toEqual({
      path: 'tags',
      message: `has too many entries: at most ${MAX_LIST_ITEMS}`,
    });
    expect(firstIssue(Annotation, { ...annotation, pageTitle: 't'.repeat(MAX_TITLE_CHARS + 1) })?.path).toBe('pageTitle');
    const longUrl = `https://example.org/${'a'.repeat(MAX_URL_CHARS)}`;
    expect(firstIssue(Annotation, { ...annotation, url: longUrl })).toEqual({ path: 'url', message: 'is too long: at most 4,096 characters' });
    expect(firstIssue(Id, 'a'.repeat(MAX_ID_CHARS + 1))?.message).toBe('is too long: at most 200 characters');
  });

  it('bounds names, aliases, titles, labels, descriptions and texts of corpus-shaped records', () => {
    const organisation = makeOrganisation('org', 'Org');
    expect(firstIssue(Organisation, { ...organisation, name: 'n'.repeat(MAX_NAME_CHARS + 1) })?.path).toBe('name');
    expect(firstIssue(Organisation, { ...organisation, aliases: ['a'.repeat(MAX_NAME_CHARS + 1)] })?.path).toBe('aliases.0');
    const person = { ...base, id: 'p', name: 'P', aliases: [], roles: [{ title: 'r'.repeat(MAX_NAME_CHARS + 1), organisationId: 'org' }] };
    expect(firstIssue(Person, person)?.path).toBe('roles.0.title');
    const topic = { ...base, id: 't', label: 'T', description: 'd'.repeat(MAX_TITLE_CHARS + 1) };
    expect(firstIssue(Topic, topic)?.path).toBe('description');
    const quote = { ...base, id: 'q', statementId: 's', organisationId: 'org', text: 'q'.repeat(MAX_NOTE_CHARS + 1), stance: 'mixed', topicIds: ['t'] };
    expect(firstIssue(Quote, quote)?.path).toBe('text');
    const statement = {
      ...base,
      id: 's',
      eventId: 'e',
      kind: 'press-release',
      title: 'S',
      publisherId: 'org',
      publishedDate: '2026-01-01',
      canonicalUrl: 'https://example.org/s',
      otherUrls: [],
      text: 's'.repeat(MAX_STATEMENT_CHARS + 1),
    };
    expect(firstIssue(Statement, statement)?.path).toBe('text');
    expect(Statement.safeParse({ ...statement, text: 'a statement' }).success).toBe(true);
  });
});
