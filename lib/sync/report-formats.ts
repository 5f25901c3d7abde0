// Highlights as reports: Markdown to read or paste into a brief, CSV to sort and
// count in a spreadsheet. Pure functions of the highlights and the names their
// attributions point to; export-highlights.ts reads those from the database.
import type { Annotation } from '../schema';
import { stanceDefinition } from '../stances';
import { toCsv } from './csv';

/** Names for the ids a highlight refers to; an id with no name is shown as itself. */
export interface ReportNames {
  people: ReadonlyMap<string, string>;
  organisations: ReadonlyMap<string, string>;
  topics: ReadonlyMap<string, string>;
  statements: ReadonlyMap<string, string>;
}

const nameOf = (names: ReadonlyMap<string, string>, id: string | undefined) => (id === undefined ? '' : (names.get(id) ?? id));

/** Dates as analysts write them in a brief: "2 January 2026", in UTC so a report reads the same everywhere. */
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const day = (iso: string) => DAY.format(new Date(iso));

/** Pages in the order they were first highlighted; highlights in the order they stand on the page. */
function byPage(annotations: readonly Annotation[]): Annotation[][] {
  const pages = new Map<string, Annotation[]>();
  for (const a of [...annotations].sort((x, y) => x.createdAt.localeCompare(y.createdAt))) {
    pages.set(a.url, [...(pages.get(a.url) ?? []), a]);
  }
  return [...pages.values()].map((list) => list.sort((x, y) => x.target.selector[1].start - y.target.selector[1].start));
}

// ---- Markdown ----

/** Characters that format inline text in CommonMark, escaped so a quote shows exactly as it was highlighted. */
const INLINE_SPECIAL = /[\\`*_{}[\]<>|~]/g;
/** What starts a heading, list, quote, rule or underline heading at the start of a line. */
const LINE_START_SPECIAL = /^(\s*)([#>+=-]|\d+[.)])/;

function escapeLine(line: string): string {
  return line.replace(INLINE_SPECIAL, '\\$&').replace(LINE_START_SPECIAL, (_m, space: string, mark: string) => `${space}${mark.replace(/([#>+=\-.)])/, '\\$1')}`);
}

const escapeText = (text: string) => text.split(/\r?\n/).map(escapeLine).join('\n');

/** Link targets keep their address; only what would end or break the link is percent-encoded. */
const linkTarget = (url: string) => url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

export interface MarkdownOptions {
  title: string;
  generated: string;
}

export function highlightsToMarkdown(annotations: readonly Annotation[], names: ReportNames, options: MarkdownOptions): string {
  const pages = byPage(annotations);
  const lines = [
    `# ${escapeLine(options.title)}`,
    '',
    `${annotations.length} highlight${annotations.length === 1 ? '' : 's'} on ${pages.length} page${pages.length === 1 ? '' : 's'}, exported ${day(options.generated)}.`,
  ];
  for (const page of pages) {
    const first = page[0];
    if (!first) continue;
    lines.push('', `## [${escapeLine(first.pageTitle || first.url)}](${linkTarget(first.url)})`);
    for (const a of page) {
      lines.push('', ...a.target.selector[0].exact.split(/\r?\n/).map((l) => `> ${escapeLine(l)}`), '');
      if (a.note) lines.push(escapeText(a.note), '');
      const facts = [
        a.tags.length ? `Tags: ${a.tags.map(escapeLine).join(', ')}` : '',
        a.speakerId ? `Speaker: ${escapeLine(nameOf(names.people, a.speakerId))}` : '',
        a.organisationId ? `Organisation: ${escapeLine(nameOf(names.organisations, a.organisationId))}` : '',
        a.stance ? `Stance: ${stanceDefinition(a.stance).label}` : '',
        a.topicIds.length ? `Topics: ${a.topicIds.map((id) => escapeLine(nameOf(names.topics, id))).join(', ')}` : '',
        a.statementId ? `Statement: ${escapeLine(nameOf(names.statements, a.statementId))}` : '',
        `Highlighted ${day(a.createdAt)}${a.updatedAt.slice(0, 10) !== a.createdAt.slice(0, 10) ? `, edited ${day(a.updatedAt)}` : ''}`,
      ].filter(Boolean);
      lines.push(...facts.map((f) => `- ${f}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

// ---- CSV ----

export const CSV_COLUMNS = [
  'id',
  'created',
  'modified',
  'page_title',
  'url',
  'quote',
  'prefix',
  'suffix',
  'note',
  'tags',
  'colour',
  'speaker',
  'organisation',
  'stance',
  'topics',
  'statement',
] as const;

/** Several values in one cell (tags, topics) are joined with this, which tags and topic names rarely contain. */
const LIST_SEPARATOR = '; ';

/**
 * Excel reads a CSV file as the system's legacy code page unless it starts with a
 * byte order mark; with one, accented names and curly quotes survive. Other
 * readers (R, pandas with utf-8-sig, LibreOffice) accept it.
 */
const UTF8_BOM = '\uFEFF';

export function highlightsToCsv(annotations: readonly Annotation[], names: ReportNames, options: { bom?: boolean } = {}): string {
  const rows = byPage(annotations)
    .flat()
    .map((a) => [
      a.id,
      a.createdAt,
      a.updatedAt,
      a.pageTitle,
      a.url,
      a.target.selector[0].exact,
      a.target.selector[0].prefix,
      a.target.selector[0].suffix,
      a.note,
      a.tags.join(LIST_SEPARATOR),
      a.colour,
      nameOf(names.people, a.speakerId),
      nameOf(names.organisations, a.organisationId),
      a.stance ? stanceDefinition(a.stance).label : '',
      a.topicIds.map((id) => nameOf(names.topics, id)).join(LIST_SEPARATOR),
      nameOf(names.statements, a.statementId),
    ]);
  return (options.bom === false ? '' : UTF8_BOM) + toCsv(CSV_COLUMNS, rows);
}
