// Loads, in a few batched reads, every record a set of quotes refers to, and turns
// them into the self-contained views the sidebar shows. A missing organisation,
// person, topic or event degrades to its id rather than failing the whole page; a
// quote whose statement is gone is a broken database and throws.
import type { EventRef, OrganisationRef, PersonRef, QuoteView, StatementRef, TopicRef } from '../page-report';
import type { Organisation, Person, PolicyEvent, Quote, Statement, Topic } from '../schema';
import { getStatements } from './corpus-records';
import type { PolicyLensDb } from './db';
import { roleOn } from './statement-context';

export interface Catalogue {
  quoteView(quote: Quote): QuoteView;
  statementRef(statement: Statement): StatementRef;
  eventRef(id: string): EventRef;
  topicRef(id: string): TopicRef;
  organisationRef(id: string): OrganisationRef;
  personRef(id: string): PersonRef;
}

async function byId<T extends { id: string }>(
  table: { bulkGet(keys: string[]): Promise<(T | undefined)[]> },
  ids: Iterable<string>,
): Promise<Map<string, T>> {
  const rows = await table.bulkGet([...new Set(ids)]);
  return new Map(rows.filter((r): r is T => r !== undefined).map((r) => [r.id, r]));
}

export async function loadCatalogue(db: PolicyLensDb, quotes: readonly Quote[]): Promise<Catalogue> {
  const statements = await byId<Statement>({ bulkGet: (ids) => getStatements(db, ids) }, quotes.map((q) => q.statementId));
  const [events, organisations, people, topics] = await Promise.all([
    byId<PolicyEvent>(db.events, [...statements.values()].map((s) => s.eventId)),
    byId<Organisation>(db.organisations, [
      ...quotes.map((q) => q.organisationId),
      ...[...statements.values()].flatMap((s) => [s.publisherId, ...(s.firstPublishedById ? [s.firstPublishedById] : [])]),
    ]),
    byId<Person>(db.people, quotes.flatMap((q) => (q.speakerId ? [q.speakerId] : []))),
    byId<Topic>(db.topics, quotes.flatMap((q) => q.topicIds)),
  ]);

  const organisationRef = (id: string): OrganisationRef => {
    const org = organisations.get(id);
    return { id, name: org?.name ?? id, kind: org?.kind };
  };
  const eventRef = (id: string): EventRef => {
    const event = events.get(id);
    return { id, title: event?.title ?? id, shortName: event?.shortName ?? id, date: event?.date ?? '', url: event?.url ?? '' };
  };
  const statementRef = (s: Statement): StatementRef => ({
    id: s.id,
    title: s.title,
    kind: s.kind,
    publisher: organisationRef(s.publisherId),
    firstPublishedBy: s.firstPublishedById ? organisationRef(s.firstPublishedById) : undefined,
    publishedDate: s.publishedDate,
    url: s.canonicalUrl,
    event: eventRef(s.eventId),
  });
  const personRef = (id: string): PersonRef => ({ id, name: people.get(id)?.name ?? id });
  const topicRef = (id: string): TopicRef => ({ id, label: topics.get(id)?.label ?? id });

  const quoteView = (quote: Quote): QuoteView => {
    const statement = statements.get(quote.statementId);
    const person = quote.speakerId ? people.get(quote.speakerId) : undefined;
    if (!statement) throw new Error(`Quote ${quote.id} names statement ${quote.statementId}, which is not in the database`);
    return {
      id: quote.id,
      text: quote.text,
      stance: quote.stance,
      topics: quote.topicIds.map(topicRef),
      speaker: quote.speakerId ? personRef(quote.speakerId) : undefined,
      role: person && roleOn(person, quote.organisationId, statement.publishedDate),
      organisation: organisationRef(quote.organisationId),
      statement: statementRef(statement),
    };
  };

  return { quoteView, statementRef, eventRef, topicRef, organisationRef, personRef };
}
