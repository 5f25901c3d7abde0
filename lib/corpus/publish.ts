// "Publish as a pack": the user's own statements (those they captured or wrote),
// with their quotes and every record these name, as a pack file ready to host. A
// pack stands on its own, so the organisations, people, events and topics the
// statements refer to travel with them, whoever made those records.
import { allStatements, quotesOfStatements } from '../storage/corpus-records';
import type { PolicyLensDb } from '../storage/db';
import { visitReferences } from '../sync/references';
import { type PackFile, type PackHeader, toPackFile } from './pack-format';
import { validatePackJson } from './pack-validate';

export async function ownPackFile(db: PolicyLensDb, header: PackHeader): Promise<PackFile> {
  // In id order, and their quotes statement by statement, so a pack's next version diffs line by line.
  const statements = (await allStatements(db)).filter((s) => s.origin === 'user');
  const quotes = await quotesOfStatements(db, statements.map((s) => s.id));
  const wanted = { events: new Set<string>(), organisations: new Set<string>(), people: new Set<string>(), topics: new Set<string>() };
  const want = (_field: string, table: string, id: string | undefined) => {
    if (id !== undefined && table in wanted) wanted[table as keyof typeof wanted].add(id);
  };
  for (const s of statements) visitReferences('statements', s, want);
  for (const q of quotes) visitReferences('quotes', q, want);
  const events = await db.events.bulkGet([...wanted.events]);
  for (const e of events) if (e) visitReferences('events', e, want);
  const people = await db.people.bulkGet([...wanted.people]);
  for (const p of people) if (p) visitReferences('people', p, want);
  const present = <T>(rows: (T | undefined)[]) => rows.filter((r): r is T => r !== undefined);
  const file = toPackFile(header, {
    events: present(events),
    organisations: present(await db.organisations.bulkGet([...wanted.organisations])),
    people: present(people),
    topics: present(await db.topics.bulkGet([...wanted.topics])),
    statements,
    quotes,
  });
  const checked = validatePackJson(file);
  if (!checked.ok) throw new Error(`Your records do not make a valid pack: ${checked.errors.map((e) => e.message).join('; ')}`);
  return file;
}
