// Builds a pack from a curator's reviewed capture output (the JSON lines `npm run
// capture` prints, one page per line, completed by hand) and/or the statements of
// a sync file. Names become ids the way the extension makes them (slugs), a
// speaker's role becomes a role at the quote's organisation, and the result is
// validated as any pack is. Used by `npm run corpus -- build`.
import { z } from 'zod';
import type { Organisation, Person, PolicyEvent, Quote, Statement, Topic } from '../schema';
import { Id, OrganisationKind, StanceId, StatementKind } from '../schema';
import { slugify } from '../text/text';
import { analystMessage, fieldPath } from '../sync/import-errors';
import type { SyncFile } from '../sync/format';
import type { PackHeader } from './pack-format';
import { type PackFile, toPackFile } from './pack-format';

const Named = z.object({ name: z.string().min(1), kind: OrganisationKind.optional() });

/** One line of capture output, with the fields a curator adds (see README, "Building a pack"). */
export const CaptureLine = z.object({
  /** The page file it was read from; a `.txt` file is the statement's text when `text` is absent. */
  file: z.string().optional(),
  title: z.string().min(1),
  /** A date, or a date and time (its date is kept). */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'must start with a date such as "2026-01-02"'),
  publisher: z.union([z.string().min(1), Named]),
  /** Added by the curator: */
  url: z.url({ protocol: /^https?$/ }),
  text: z.string().min(1).optional(),
  kind: StatementKind.default('press-statement'),
  event: z.object({
    id: Id,
    title: z.string().min(1),
    shortName: z.string().min(1),
    date: z.iso.date(),
    issuingBody: Named,
    url: z.url({ protocol: /^https?$/ }),
  }),
  quotes: z.array(
    z.object({
      text: z.string().min(1),
      speaker: z.object({ name: z.string().min(1), role: z.string().nullish() }).nullable(),
      organisation: Named.nullable(),
      stance: StanceId,
      /** Added by the curator: topic labels. */
      topics: z.array(z.string().min(1)).min(1, 'must list at least one topic label'),
    }),
  ),
});
export type CaptureLine = z.infer<typeof CaptureLine>;

export interface BuildInput {
  /** Name shown in errors, e.g. "reviewed.jsonl". */
  source: string;
  lines?: string[];
  sync?: SyncFile;
}

export type BuildResult = { ok: true; file: PackFile } | { ok: false; errors: string[] };

/** Records keyed by id; a second, different definition of one id is an error. */
class Collected<T extends { id: string }> {
  readonly byId = new Map<string, T>();
  add(record: T, merge?: (held: T, next: T) => T): void {
    const held = this.byId.get(record.id);
    this.byId.set(record.id, held && merge ? merge(held, record) : (held ?? record));
  }
  get list(): T[] {
    return [...this.byId.values()];
  }
}

export function buildPack(header: PackHeader, inputs: readonly BuildInput[], readText: (file: string, source: string) => string): BuildResult {
  const meta = { origin: 'corpus' as const, createdAt: header.published, updatedAt: header.published };
  const errors: string[] = [];
  const organisations = new Collected<Organisation>();
  const people = new Collected<Person>();
  const topics = new Collected<Topic>();
  const events = new Collected<PolicyEvent>();
  const statements = new Collected<Statement>();
  const quotes = new Collected<Quote>();
  const kinds = new Map<string, OrganisationKind>();
  const organisation = (named: z.infer<typeof Named>) => {
    const id = slugify(named.name);
    if (named.kind) kinds.set(id, named.kind);
    organisations.add({ ...meta, id, name: named.name, aliases: [], kind: named.kind ?? 'think-tank-or-charity' });
    return id;
  };

  for (const input of inputs) {
    (input.lines ?? []).forEach((raw, i) => {
      const where = `${input.source}:${i + 1}`;
      if (!raw.trim()) return;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        errors.push(`${where}: not a JSON line`);
        return;
      }
      const parsed = CaptureLine.safeParse(json, { error: analystMessage });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) errors.push(`${where}: field "${fieldPath(issue.path)}": ${issue.message}`);
        return;
      }
      const line = parsed.data;
      let text = line.text;
      if (text === undefined && line.file?.endsWith('.txt')) text = readText(line.file, input.source);
      if (text === undefined) {
        errors.push(`${where}: field "text": is missing (add the statement's text, or name a .txt file in "file")`);
        return;
      }
      const date = line.published.slice(0, 10);
      const publisherId = organisation(typeof line.publisher === 'string' ? { name: line.publisher } : line.publisher);
      events.add({ ...meta, id: line.event.id, title: line.event.title, shortName: line.event.shortName, date: line.event.date, issuingBodyId: organisation(line.event.issuingBody), url: line.event.url });
      const statementId = `${slugify(line.title).slice(0, 60).replace(/-+$/, '')}-${date}`;
      statements.add({ ...meta, id: statementId, eventId: line.event.id, kind: line.kind, title: line.title, publisherId, publishedDate: date, canonicalUrl: line.url, otherUrls: [], text });
      line.quotes.forEach((q, n) => {
        const organisationId = q.organisation ? organisation(q.organisation) : publisherId;
        const topicIds = q.topics.map((label) => {
          topics.add({ ...meta, id: slugify(label), label, description: label });
          return slugify(label);
        });
        let speakerId: string | undefined;
        if (q.speaker) {
          speakerId = slugify(q.speaker.name);
          const roles = q.speaker.role ? [{ title: q.speaker.role, organisationId }] : [];
          people.add({ ...meta, id: speakerId, name: q.speaker.name, aliases: [], roles }, (held, next) => ({
            ...held,
            roles: [...held.roles, ...next.roles.filter((r) => !held.roles.some((h) => h.organisationId === r.organisationId))],
          }));
        }
        quotes.add({ ...meta, id: `q-${statementId}-${n + 1}`.slice(0, 120), statementId, ...(speakerId ? { speakerId } : {}), organisationId, text: q.text, stance: q.stance, topicIds });
      });
    });
    if (input.sync) {
      const sync = input.sync;
      for (const r of sync.organisations) {
        organisations.add(r);
        kinds.set(r.id, r.kind);
      }
      for (const r of sync.events) events.add(r);
      for (const r of sync.people) people.add(r);
      for (const r of sync.topics) topics.add(r);
      for (const r of sync.statements) statements.add(r);
      for (const r of sync.quotes) quotes.add(r);
    }
  }
  for (const org of organisations.list) {
    const kind = kinds.get(org.id);
    if (kind) org.kind = kind;
    else errors.push(`organisation "${org.name}": no "kind" given; add "kind" (${OrganisationKind.options.join(', ')}) to one of its mentions`);
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    file: toPackFile(header, {
      organisations: organisations.list,
      events: events.list,
      people: people.list,
      topics: topics.list,
      statements: statements.list,
      quotes: quotes.list,
    }),
  };
}
