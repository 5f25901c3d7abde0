import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { organisationTimeline, personTimeline, timeline } from './timeline';

const corpus = loadBundledCorpus();

describe('organisationTimeline', () => {
  it('lists the statements an organisation is quoted in or published, oldest first', () => {
    const entries = organisationTimeline('nhs-providers', corpus);
    expect(entries.map((e) => e.statement.id)).toEqual([
      'lbc-integration-plans-2021-02-11',
      'nhs-providers-hopson-2021-02-12',
      'nhs-providers-cordery-2022-02-09',
    ]);
    expect(entries.map((e) => e.event?.id)).toEqual([
      'integration-and-innovation-2021',
      'integration-and-innovation-2021',
      'joining-up-care-2022',
    ]);
  });

  it('carries only their own quotes, their distinct stances (favourable first) and a summary', () => {
    const [lbc, , cordery] = organisationTimeline('nhs-providers', corpus);
    expect(lbc?.quotes.map((q) => q.id)).toEqual(['q-hopson-2021-1', 'q-hopson-2021-2', 'q-hopson-2021-3']);
    expect(lbc?.stances).toEqual(['supportive', 'critical']);
    expect(lbc?.summary).toBe('supportive');
    expect(cordery?.stances).toEqual(['supportive-with-reservations']);
  });

  it('includes a statement the organisation only published, with no quotes', () => {
    const entries = organisationTimeline('lbc', corpus);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.quotes).toEqual([]);
    expect(entries[0]?.summary).toBeNull();
  });

  it('is empty for an organisation that never spoke', () => {
    expect(organisationTimeline('dluhc', corpus)).toEqual([]);
  });
});

describe('personTimeline', () => {
  it("lists Chris Hopson's 2021 statements: the news report, then his own piece", () => {
    const entries = personTimeline('chris-hopson', corpus);
    expect(entries.map((e) => [e.statement.id, e.statement.publishedDate])).toEqual([
      ['lbc-integration-plans-2021-02-11', '2021-02-11'],
      ['nhs-providers-hopson-2021-02-12', '2021-02-12'],
    ]);
    expect(entries[1]?.quotes.map((q) => q.id)).toEqual(['q-hopson-2021-4', 'q-hopson-2021-5', 'q-hopson-2021-6', 'q-hopson-2021-7']);
    expect(entries[1]?.stances).toEqual(['supportive', 'supportive-with-reservations', 'critical']);
  });

  it('includes what a person wrote without being quoted', () => {
    expect(personTimeline('asher-mcshane', corpus).map((e) => e.statement.id)).toEqual(['lbc-integration-plans-2021-02-11']);
  });

  it('dispatches on the subject', () => {
    expect(timeline({ kind: 'person', id: 'saffron-cordery' }, corpus).map((e) => e.statement.id)).toEqual([
      'nhs-providers-cordery-2022-02-09',
    ]);
  });
});
