// The highlight exports other tools and reports read: W3C Web Annotation JSON-LD,
// Markdown and CSV, of the same scopes as a sync file (everything, one event, one
// tag, one site). Unlike a sync file they carry no tombstones and record no
// agreed versions: they are for reading, not for merging back.
import type { PolicyLensDb } from '../storage/db';
import { getStatements } from '../storage/corpus-records';
import type { ExportScope } from './format';
import { syncedStores } from './local-state';
import { highlightsToCsv, highlightsToMarkdown, type ReportNames } from './report-formats';
import { selectScope } from './select-scope';
import { toWebAnnotationCollection } from './web-annotation-export';
import { latestChange, syncFileName } from './export';

export type HighlightFormat = 'web-annotation' | 'markdown' | 'csv';

/** A file ready to download. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  text: string;
}

const FORMATS: Record<HighlightFormat, { extension: string; mimeType: string }> = {
  // The media type the Web Annotation Protocol gives JSON-LD annotations.
  'web-annotation': { extension: 'jsonld', mimeType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  markdown: { extension: 'md', mimeType: 'text/markdown; charset=utf-8' },
  csv: { extension: 'csv', mimeType: 'text/csv; charset=utf-8; header=present' },
};

/** "Policy Lens highlights", with what the scope limits them to. */
export function scopeTitle(scope: ExportScope, eventName?: string): string {
  switch (scope.kind) {
    case 'event':
      return `Policy Lens highlights on ${eventName ?? scope.eventId}`;
    case 'tag':
      return `Policy Lens highlights tagged “${scope.tag}”`;
    case 'site':
      return `Policy Lens highlights on ${scope.hostname}`;
    default:
      return 'Policy Lens highlights';
  }
}

async function reportNames(db: PolicyLensDb, statementIds: readonly string[]): Promise<ReportNames> {
  const [people, organisations, topics, statements] = await Promise.all([
    db.people.toArray(),
    db.organisations.toArray(),
    db.topics.toArray(),
    getStatements(db, [...new Set(statementIds)]),
  ]);
  return {
    people: new Map(people.map((p) => [p.id, p.name])),
    organisations: new Map(organisations.map((o) => [o.id, o.name])),
    topics: new Map(topics.map((t) => [t.id, t.label])),
    statements: new Map(statements.filter((s) => s !== undefined).map((s) => [s.id, s.title])),
  };
}

export async function exportHighlights(
  db: PolicyLensDb,
  format: HighlightFormat,
  scope: ExportScope = { kind: 'highlights' },
): Promise<ExportedFile> {
  const { annotations, names, title } = await db.transaction('r', [...syncedStores(db), db.deletions], async () => {
    const { records } = await selectScope(db, scope);
    const event = scope.kind === 'event' ? await db.events.get(scope.eventId) : undefined;
    const statementIds = records.annotations.map((a) => a.statementId).filter((id) => id !== undefined);
    return { annotations: records.annotations, names: await reportNames(db, statementIds), title: scopeTitle(scope, event?.shortName) };
  });
  // Dated by the latest change, so exporting the same highlights twice gives the same file.
  const generated = latestChange(annotations.map((a) => a.updatedAt));
  const { extension, mimeType } = FORMATS[format];
  const fileName = syncFileName({ scope, exportedAt: generated }, extension);
  const text =
    format === 'web-annotation' ? `${JSON.stringify(toWebAnnotationCollection(annotations, generated, title), null, 2)}\n`
    : format === 'markdown' ? highlightsToMarkdown(annotations, names, { title, generated })
    : highlightsToCsv(annotations, names);
  return { fileName, mimeType, text };
}
