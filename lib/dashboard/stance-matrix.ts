// Who said what about which topic, for one policy event: organisations that reacted
// (rows) by the topics their quotes touch (columns). Pure, so the page only renders.
import type { Organisation, Quote, Statement, StanceId, Topic } from '../schema';
import { STANCES } from '../stances';
import { summaryStance } from './stance-summary';

export interface MatrixRow {
  id: string;
  name: string;
}

export interface MatrixColumn {
  id: string;
  label: string;
}

export interface MatrixCell {
  /** The organisation's quotes on the event that touch the topic, in statement then quote order. */
  quotes: Quote[];
  /** The most common stance among them (ties: the less favourable); null when there is no quote. */
  summary: StanceId | null;
  /**
   * Every stance taken, with how many quotes take it, most favourable first: a cell of
   * three supportive quotes, one with reservations and one critical shows all three,
   * never only the most common.
   */
  spread: StanceCount[];
}

export interface StanceCount {
  stance: StanceId;
  count: number;
}

/** How many of the stances are each stance, most favourable first; stances not taken are left out. */
export function stanceSpread(stances: readonly StanceId[]): StanceCount[] {
  return STANCES.map((s) => ({ stance: s.id, count: stances.filter((id) => id === s.id).length })).filter((c) => c.count > 0);
}

export interface StanceMatrix {
  rows: MatrixRow[];
  columns: MatrixColumn[];
  /** cells[row][column], aligned with rows and columns. */
  cells: MatrixCell[][];
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

export function stanceMatrix(
  eventId: string,
  statements: readonly Statement[],
  quotes: readonly Quote[],
  organisations: readonly Organisation[],
  topics: readonly Topic[],
): StanceMatrix {
  const statementOrder = new Map(
    statements
      .filter((s) => s.eventId === eventId)
      .sort((a, b) => a.publishedDate.localeCompare(b.publishedDate) || a.id.localeCompare(b.id))
      .map((s, index) => [s.id, index]),
  );
  const eventQuotes = quotes
    .filter((q) => statementOrder.has(q.statementId))
    .sort((a, b) => (statementOrder.get(a.statementId) ?? 0) - (statementOrder.get(b.statementId) ?? 0) || a.id.localeCompare(b.id));

  const organisationNames = new Map(organisations.map((o) => [o.id, o.name]));
  const topicLabels = new Map(topics.map((t) => [t.id, t.label]));

  // A reference to a record that is gone still shows, under its id.
  const rows: MatrixRow[] = [...new Set(eventQuotes.map((q) => q.organisationId))]
    .map((id) => ({ id, name: organisationNames.get(id) ?? id }))
    .sort((a, b) => byText(a.name, b.name));
  // Topics in the order the topic list gives them (its curated order), unknown ones last.
  const topicOrder = new Map(topics.map((t, index) => [t.id, index]));
  const columns: MatrixColumn[] = [...new Set(eventQuotes.flatMap((q) => q.topicIds))]
    .map((id) => ({ id, label: topicLabels.get(id) ?? id }))
    .sort((a, b) => (topicOrder.get(a.id) ?? Infinity) - (topicOrder.get(b.id) ?? Infinity) || byText(a.label, b.label));

  const cells = rows.map((row) =>
    columns.map((column) => {
      const cellQuotes = eventQuotes.filter((q) => q.organisationId === row.id && q.topicIds.includes(column.id));
      const stances = cellQuotes.map((q) => q.stance);
      return { quotes: cellQuotes, summary: summaryStance(stances), spread: stanceSpread(stances) };
    }),
  );
  return { rows, columns, cells };
}
