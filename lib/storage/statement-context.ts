// Finds the known statement a page is (by any of its URLs) and gathers what the
// panel shows about it: publisher, policy event, and who spoke for whom.
import type { Organisation, Person, PolicyEvent, Quote, Statement } from '../schema';
import { collapseWhitespace } from '../text/collapse-whitespace';
import { urlKeys } from '../url-key';
import { quotesOfStatements, statementByUrlKeys } from './corpus-records';
import type { PolicyLensDb } from './db';

export interface Speaker {
  /** Absent when an organisation speaks without a named person. */
  person?: Pick<Person, 'id' | 'name'>;
  role?: string;
  organisation: Pick<Organisation, 'id' | 'name'>;
  quotes: Pick<Quote, 'id' | 'text' | 'stance' | 'topicIds'>[];
}

export interface StatementContext {
  statement: Omit<Statement, 'text'>;
  publisher?: Organisation;
  event?: PolicyEvent;
  speakers: Speaker[];
}

/** The role a person held for an organisation on a date (the latest one starting by then). */
export function roleOn(person: Person, organisationId: string, date: string): string | undefined {
  const held = person.roles.filter(
    (r) => r.organisationId === organisationId && (!r.from || r.from <= date) && (!r.to || r.to >= date),
  );
  return held.at(-1)?.title;
}

/** Quotes in the order they appear in the text, so speakers are listed as a reader meets them. */
function inReadingOrder(text: string, quotes: Quote[]): Quote[] {
  const flat = collapseWhitespace(text);
  const position = new Map(quotes.map((q) => [q.id, flat.indexOf(collapseWhitespace(q.text))]));
  return quotes.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

export const findStatementByUrls = (db: PolicyLensDb, urls: readonly string[]): Promise<Statement | undefined> => statementByUrlKeys(db, urlKeys(urls));

export async function statementContext(db: PolicyLensDb, statement: Statement): Promise<StatementContext> {
  const { text: _text, ...summary } = statement;
  const quotes = inReadingOrder(statement.text, await quotesOfStatements(db, [statement.id]));
  const [publisher, event, people, organisations] = await Promise.all([
    db.organisations.get(statement.publisherId),
    db.events.get(statement.eventId),
    db.people.bulkGet([...new Set(quotes.flatMap((q) => (q.speakerId ? [q.speakerId] : [])))]),
    db.organisations.bulkGet([...new Set(quotes.map((q) => q.organisationId))]),
  ]);
  const personById = new Map(people.filter((p) => p !== undefined).map((p) => [p.id, p]));
  const orgById = new Map(organisations.filter((o) => o !== undefined).map((o) => [o.id, o]));

  // One speaker per person (or per organisation speaking for itself), in order of first quote.
  const speakers = new Map<string, Speaker>();
  for (const quote of quotes) {
    const key = quote.speakerId ?? `org:${quote.organisationId}`;
    let speaker = speakers.get(key);
    if (!speaker) {
      const person = quote.speakerId ? personById.get(quote.speakerId) : undefined;
      const organisation = orgById.get(quote.organisationId);
      speaker = {
        person: person && { id: person.id, name: person.name },
        role: person && roleOn(person, quote.organisationId, statement.publishedDate),
        organisation: { id: quote.organisationId, name: organisation?.name ?? quote.organisationId },
        quotes: [],
      };
      speakers.set(key, speaker);
    }
    speaker.quotes.push({ id: quote.id, text: quote.text, stance: quote.stance, topicIds: quote.topicIds });
  }
  return { statement: summary, publisher, event, speakers: [...speakers.values()] };
}
