// "Capture this page as a statement": the content script's reading of a page is
// parked here for the capture page, and the analyst's confirmed version becomes a
// statement with its quotes (and any new people or organisations) in one
// transaction. Quotes must be verbatim parts of the statement, as curated ones are.
import type { PageMetadata } from '../capture/page-metadata';
import { type OrganisationKind, type Person, Quote, type StanceId, Statement, type StatementKind } from '../schema';
import { collapseWhitespace } from '../text/collapse-whitespace';
import { slugify } from '../text/text';
import { createOrganisation, createPerson } from './annotations';
import { getStatement, putQuotes, putStatements, recordTables } from './corpus-records';
import type { PendingCapture, PolicyLensDb } from './db';

/** An existing record, or a new one to create under this name. */
export type EntityChoice = { id: string } | { newName: string };

export interface CapturedQuote {
  text: string;
  speaker?: EntityChoice;
  organisation: EntityChoice;
  /** The speaker's role at the organisation, recorded on the person when new to them. */
  role?: string;
  stance: StanceId;
  topicIds: string[];
}

export interface CaptureDraft {
  captureId: string;
  eventId: string;
  kind: StatementKind;
  title: string;
  publisher: EntityChoice;
  /** Kind given to organisations created by this capture. */
  newOrganisationKind: OrganisationKind;
  publishedDate: string;
  canonicalUrl: string;
  text: string;
  quotes: CapturedQuote[];
}

const now = () => new Date().toISOString();

export async function savePendingCapture(db: PolicyLensDb, url: string, metadata: PageMetadata): Promise<string> {
  const id = `capture-${crypto.randomUUID()}`;
  await db.pendingCaptures.put({ id, url, metadata, createdAt: now() });
  return id;
}

export function loadPendingCapture(db: PolicyLensDb, id: string): Promise<PendingCapture | undefined> {
  return db.pendingCaptures.get(id);
}

async function freeStatementId(db: PolicyLensDb, title: string, date: string): Promise<string> {
  const base = `${slugify(title) || 'statement'}-${date}`;
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!(await getStatement(db, id))) return id;
  }
}

/** Saves the confirmed capture; returns the new statement's id. Throws (ZodError or Error) on invalid input. */
export async function saveCapturedStatement(db: PolicyLensDb, draft: CaptureDraft): Promise<string> {
  const text = collapseWhitespace(draft.text);
  for (const quote of draft.quotes) {
    if (!text.includes(collapseWhitespace(quote.text))) {
      throw new Error(`The quote "${quote.text.slice(0, 60)}…" is not part of the page's text`);
    }
  }
  return db.transaction('rw', [...recordTables(db), db.people, db.organisations, db.pendingCaptures], async () => {
    const organisations = new Map<string, string>();
    const organisationId = async (choice: EntityChoice) => {
      if ('id' in choice) return choice.id;
      const known = organisations.get(choice.newName);
      if (known) return known;
      const created = await createOrganisation(db, choice.newName, draft.newOrganisationKind);
      organisations.set(choice.newName, created.id);
      return created.id;
    };
    const people = new Map<string, string>();
    const personId = async (choice: EntityChoice) => {
      if ('id' in choice) return choice.id;
      const known = people.get(choice.newName);
      if (known) return known;
      const created = await createPerson(db, choice.newName);
      people.set(choice.newName, created.id);
      return created.id;
    };

    const at = now();
    const record = { origin: 'user' as const, createdAt: at, updatedAt: at };
    const statement = Statement.parse({
      ...record,
      id: await freeStatementId(db, draft.title, draft.publishedDate),
      eventId: draft.eventId,
      kind: draft.kind,
      title: draft.title,
      publisherId: await organisationId(draft.publisher),
      publishedDate: draft.publishedDate,
      canonicalUrl: draft.canonicalUrl,
      otherUrls: [],
      text: draft.text,
    });
    const quotes: Quote[] = [];
    for (const [i, quote] of draft.quotes.entries()) {
      const speakerId = quote.speaker ? await personId(quote.speaker) : undefined;
      const orgId = await organisationId(quote.organisation);
      if (speakerId && quote.role) await addRole(db, speakerId, quote.role.trim(), orgId, draft.publishedDate);
      quotes.push(
        Quote.parse({
          ...record,
          id: `q-${statement.id}-${i + 1}`.slice(0, 120),
          statementId: statement.id,
          ...(speakerId ? { speakerId } : {}),
          organisationId: orgId,
          text: quote.text,
          stance: quote.stance,
          topicIds: quote.topicIds,
        }),
      );
    }
    await putStatements(db, [statement]);
    await putQuotes(db, quotes);
    await db.pendingCaptures.delete(draft.captureId);
    return statement.id;
  });
}

/** Records "role at organisation" on a person who has no role there yet, from the statement's date. */
async function addRole(db: PolicyLensDb, personId: string, title: string, organisationId: string, from: string) {
  const person = await db.people.get(personId);
  if (!person || !title || person.roles.some((r) => r.organisationId === organisationId)) return;
  const updated: Person = {
    ...person,
    origin: 'user',
    updatedAt: now(),
    roles: [...person.roles, { title, organisationId, from }],
  };
  await db.people.put(updated);
}
