import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import type { Quote, StanceId } from '../schema';
import { stanceMatrix, stanceSpread } from './stance-matrix';
import { summaryStance } from './stance-summary';

const corpus = loadBundledCorpus();
const matrix = (eventId: string) => stanceMatrix(eventId, corpus.statements, corpus.quotes, corpus.organisations, corpus.topics);

function cell(m: ReturnType<typeof matrix>, organisationId: string, topicId: string) {
  const row = m.rows.findIndex((r) => r.id === organisationId);
  const column = m.columns.findIndex((c) => c.id === topicId);
  return row < 0 || column < 0 ? undefined : m.cells[row]?.[column];
}

describe('summaryStance', () => {
  it('is null for no quotes and the stance itself for one', () => {
    expect(summaryStance([])).toBeNull();
    expect(summaryStance(['mixed'])).toBe('mixed');
  });

  it('is the most common stance', () => {
    expect(summaryStance(['critical', 'supportive', 'supportive'])).toBe('supportive');
  });

  it('breaks ties towards the less favourable stance, whatever the order', () => {
    const tie: StanceId[] = ['supportive', 'critical'];
    expect(summaryStance(tie)).toBe('critical');
    expect(summaryStance([...tie].reverse())).toBe('critical');
    expect(summaryStance(['opposed', 'supportive', 'supportive', 'opposed', 'mixed'])).toBe('opposed');
  });
});

describe('stanceSpread', () => {
  it('counts each stance taken, most favourable first', () => {
    expect(stanceSpread([])).toEqual([]);
    expect(stanceSpread(['opposed', 'supportive', 'opposed', 'mixed'])).toEqual([
      { stance: 'supportive', count: 1 },
      { stance: 'mixed', count: 1 },
      { stance: 'opposed', count: 2 },
    ]);
  });
});

describe('stanceMatrix', () => {
  it('has a row per organisation that reacted to the event and a column per topic used', () => {
    const m = matrix('joining-up-care-2022');
    expect(m.rows.map((r) => r.name)).toEqual(['NHS Confederation', 'NHS Providers', 'Nuffield Trust']);
    const used = new Set(corpus.quotes.filter((q) => q.id.includes('2022')).flatMap((q) => q.topicIds));
    expect(new Set(m.columns.map((c) => c.id))).toEqual(used);
    // Columns follow the curated topic order.
    const order = corpus.topics.map((t) => t.id).filter((id) => used.has(id));
    expect(m.columns.map((c) => c.id)).toEqual(order);
    expect(m.cells).toHaveLength(3);
    for (const row of m.cells) expect(row).toHaveLength(m.columns.length);
  });

  it('puts each quote in every cell of its topics, with a summary stance', () => {
    const m = matrix('joining-up-care-2022');
    const sap = cell(m, 'nhs-providers', 'single-accountable-person');
    expect(sap?.quotes.map((q) => q.id)).toEqual(['q-cordery-2022-1']);
    expect(sap?.summary).toBe('supportive-with-reservations');
    const empty = cell(m, 'nuffield-trust', 'single-accountable-person');
    expect(empty).toEqual({ quotes: [], summary: null, spread: [] });
  });

  it('keeps every quote of a cell with several, and summarises them', () => {
    const m = matrix('integration-and-innovation-2021');
    const hopson = cell(m, 'nhs-providers', 'integrated-care-and-collaboration');
    expect(hopson?.quotes.map((q) => q.id).sort()).toEqual(
      ['q-hopson-2021-1', 'q-hopson-2021-2', 'q-hopson-2021-4', 'q-hopson-2021-5', 'q-hopson-2021-7'].sort(),
    );
    expect(hopson?.summary).toBe('supportive');
    // The cell shows the spread, not only the most common stance.
    expect(hopson?.spread).toEqual([
      { stance: 'supportive', count: 3 },
      { stance: 'supportive-with-reservations', count: 1 },
      { stance: 'critical', count: 1 },
    ]);
    const powers = cell(m, 'nhs-providers', 'secretary-of-state-powers');
    expect(powers?.quotes.map((q) => q.stance)).toEqual(['critical', 'critical']);
    expect(powers?.summary).toBe('critical');
    expect(powers?.spread).toEqual([{ stance: 'critical', count: 2 }]);
  });

  it('summarises a tie as the less favourable stance', () => {
    const base = corpus.quotes.find((q) => q.id === 'q-cordery-2022-1')!;
    const extra: Quote = { ...base, id: 'q-extra', stance: 'critical', topicIds: ['single-accountable-person'] };
    const m = stanceMatrix('joining-up-care-2022', corpus.statements, [...corpus.quotes, extra], corpus.organisations, corpus.topics);
    expect(cell(m, 'nhs-providers', 'single-accountable-person')?.summary).toBe('critical');
    expect(cell(m, 'nhs-providers', 'single-accountable-person')?.quotes).toHaveLength(2);
  });

  it('is empty for an event nobody reacted to, and names unknown records by id', () => {
    expect(matrix('no-such-event')).toEqual({ rows: [], columns: [], cells: [] });
    const base = corpus.quotes.find((q) => q.id === 'q-cordery-2022-1')!;
    const orphan: Quote = { ...base, id: 'q-orphan', organisationId: 'gone-org', topicIds: ['gone-topic'] };
    const m = stanceMatrix('joining-up-care-2022', corpus.statements, [orphan], corpus.organisations, corpus.topics);
    expect(m.rows).toEqual([{ id: 'gone-org', name: 'gone-org' }]);
    expect(m.columns).toEqual([{ id: 'gone-topic', label: 'gone-topic' }]);
  });
});
