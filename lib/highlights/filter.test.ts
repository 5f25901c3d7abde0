import { describe, expect, it } from 'vitest';
import type { Annotation } from '../schema';
import { compareNewestFirst, facets, filterHighlights, isQueryActive, isRangeReversed, localDay, siteOf, type HighlightQuery } from './filter';
import { annotation, annotations, organisations, people } from '../../test-support/highlights/fixtures';

const ids = (list: Annotation[]) => list.map((a) => a.id);
const run = (query: HighlightQuery, list: readonly Annotation[] = annotations) => ids(filterHighlights(list, people, organisations, query));

describe('filterHighlights: ordering and the empty query', () => {
  it('returns every highlight, newest first, for an empty query', () => {
    expect(run({})).toEqual(['hl-councils', 'hl-workforce', 'hl-integration', 'hl-hopson']);
  });

  it('treats blank fields as unset', () => {
    expect(run({ text: '  ', site: '', tag: '', speakerId: '', organisationId: '', from: '', to: '' })).toHaveLength(4);
  });

  it('does not reorder or change its input', () => {
    const input = [...annotations];
    filterHighlights(input, people, organisations, {});
    expect(input).toEqual(annotations);
  });

  it('orders by the instant, whatever the offset it is written with', () => {
    const list = [
      annotation({ id: 'a', exact: 'x', createdAt: '2024-03-01T10:00:00+00:00' }),
      annotation({ id: 'b', exact: 'x', createdAt: '2024-03-01T11:30:00+02:00' }), // 09:30 UTC
      annotation({ id: 'c', exact: 'x', createdAt: '2024-03-01T10:00:00-01:00' }), // 11:00 UTC
    ];
    expect(run({}, list)).toEqual(['c', 'a', 'b']);
  });

  it('orders highlights made at the same moment by id', () => {
    const list = ['z', 'm', 'a'].map((id) => annotation({ id, exact: 'x', createdAt: '2024-03-01T10:00:00Z' }));
    expect(run({}, list)).toEqual(['a', 'm', 'z']);
    expect(compareNewestFirst(list[0]!, list[0]!)).toBe(0);
  });
});

describe('filterHighlights: full-text search', () => {
  it('searches the highlighted text', () => {
    expect(run({ text: 'panacea' })).toEqual(['hl-integration']);
  });

  it('searches the note', () => {
    expect(run({ text: 'briefing key' })).toEqual(['hl-integration']);
  });

  it('searches tags', () => {
    expect(run({ text: 'workforce' })).toEqual(['hl-workforce']);
    expect(run({ text: 'local government' })).toEqual(['hl-councils']);
  });

  it('searches the page title', () => {
    expect(run({ text: 'responds' })).toEqual(['hl-integration']);
  });

  it('searches the URL, including its host', () => {
    expect(run({ text: 'kingsfund.org.uk' })).toEqual(['hl-workforce']);
    expect(run({ text: 'opinion/reforms' })).toEqual(['hl-hopson']);
  });

  it('searches the speaker name and aliases', () => {
    expect(run({ text: 'cordery' })).toEqual(['hl-integration']);
    expect(run({ text: 'sinead oneill' })).toEqual(['hl-councils']);
  });

  it('searches the organisation name and aliases', () => {
    expect(run({ text: 'king’s fund' })).toEqual(['hl-workforce']);
    expect(run({ text: 'kings fund' })).toEqual(['hl-workforce']);
    expect(run({ text: 'government association' })).toEqual(['hl-councils']);
  });

  it('is case-insensitive', () => {
    expect(run({ text: 'PANACEA' })).toEqual(['hl-integration']);
    expect(run({ text: 'SAFFRON' })).toEqual(['hl-integration']);
    expect(run({ text: 'nhs providers' })).toEqual(['hl-integration', 'hl-hopson']);
  });

  it('is accent-insensitive both ways', () => {
    expect(run({ text: 'reponse' })).toEqual(['hl-workforce']);
    expect(run({ text: 'sinéad' })).toEqual(['hl-councils']);
    expect(run({ text: 'sinead' })).toEqual(['hl-councils']);
  });

  it('treats typographic and plain apostrophes alike', () => {
    expect(run({ text: "o'neill" })).toEqual(['hl-councils']);
  });

  it('requires every word, in any field and any order', () => {
    expect(run({ text: 'integration' })).toEqual(['hl-councils', 'hl-integration']);
    expect(run({ text: 'integration councils' })).toEqual(['hl-councils']);
    expect(run({ text: 'councils cordery' })).toEqual([]);
    expect(run({ text: 'travel cordery briefing nhsproviders.org' })).toEqual(['hl-integration']);
  });

  it('matches parts of words', () => {
    expect(run({ text: 'integ' })).toEqual(['hl-councils', 'hl-integration']);
  });

  it('keeps a quoted phrase together', () => {
    expect(run({ text: '"right direction"' })).toEqual(['hl-integration']);
    expect(run({ text: '"direction right"' })).toEqual([]);
  });

  it('never lets a phrase run across two fields', () => {
    // The highlighted text ends "travel." and the note starts "Key".
    expect(run({ text: '"travel. key"' })).toEqual([]);
  });

  it('ignores a speaker or organisation that is not on record', () => {
    const orphan = annotation({ id: 'orphan', exact: 'words', speakerId: 'nobody', organisationId: 'no-org' });
    expect(run({ text: 'nobody' }, [orphan])).toEqual([]);
    expect(run({ text: 'words' }, [orphan])).toEqual(['orphan']);
  });
});

describe('filterHighlights: filters', () => {
  it('filters by site, with or without www.', () => {
    expect(run({ site: 'nhsproviders.org' })).toEqual(['hl-integration', 'hl-hopson']);
    expect(run({ site: 'kingsfund.org.uk' })).toEqual(['hl-workforce']);
    expect(run({ site: 'www.kingsfund.org.uk' })).toEqual(['hl-workforce']);
    expect(run({ site: 'example.com' })).toEqual([]);
  });

  it('filters by tag without regard to case', () => {
    expect(run({ tag: 'briefing' })).toEqual(['hl-integration', 'hl-hopson']);
    expect(run({ tag: 'Integration' })).toEqual(['hl-councils', 'hl-integration']);
  });

  it('filters by speaker', () => {
    expect(run({ speakerId: 'chris-hopson' })).toEqual(['hl-hopson']);
  });

  it('filters by organisation', () => {
    expect(run({ organisationId: 'nhs-providers' })).toEqual(['hl-integration']);
  });

  it('filters by stance', () => {
    expect(run({ stance: 'critical' })).toEqual(['hl-workforce']);
    expect(run({ stance: 'opposed' })).toEqual([]);
  });

  it('filters by a date range, both ends inclusive', () => {
    expect(run({ from: '2024-03-01' })).toEqual(['hl-councils', 'hl-workforce', 'hl-integration']);
    expect(run({ to: '2024-03-05' })).toEqual(['hl-workforce', 'hl-integration', 'hl-hopson']);
    expect(run({ from: '2024-03-01', to: '2024-03-05' })).toEqual(['hl-workforce', 'hl-integration']);
    expect(run({ from: '2024-03-05', to: '2024-03-05' })).toEqual(['hl-workforce']);
    expect(run({ from: '2024-03-06', to: '2024-03-09' })).toEqual([]);
  });

  it('compares dates by the local day the highlight was made', () => {
    const late = annotation({ id: 'late', exact: 'x', createdAt: new Date(2024, 2, 5, 23, 30).toISOString() });
    const early = annotation({ id: 'early', exact: 'x', createdAt: new Date(2024, 2, 6, 0, 15).toISOString() });
    expect(run({ to: '2024-03-05' }, [late, early])).toEqual(['late']);
    expect(run({ from: '2024-03-06' }, [late, early])).toEqual(['early']);
  });

  it('matches nothing when the range is reversed', () => {
    expect(run({ from: '2024-03-10', to: '2024-03-01' })).toEqual([]);
  });

  it('ignores a date that is not YYYY-MM-DD', () => {
    expect(run({ from: 'yesterday' })).toHaveLength(4);
  });

  it('combines filters and search: all must hold', () => {
    expect(run({ tag: 'integration', site: 'nhsproviders.org' })).toEqual(['hl-integration']);
    expect(run({ tag: 'integration', stance: 'mixed', text: 'partners' })).toEqual(['hl-councils']);
    expect(run({ tag: 'integration', stance: 'critical' })).toEqual([]);
    expect(run({ site: 'nhsproviders.org', from: '2024-03-01', text: 'travel' })).toEqual(['hl-integration']);
  });
});

describe('facets', () => {
  const result = facets(annotations, people, organisations);

  it('lists sites by hostname without www., with counts', () => {
    expect(result.sites).toEqual([
      { value: 'kingsfund.org.uk', label: 'kingsfund.org.uk', count: 1 },
      { value: 'local.gov.uk', label: 'local.gov.uk', count: 1 },
      { value: 'nhsproviders.org', label: 'nhsproviders.org', count: 2 },
    ]);
  });

  it('lists tags alphabetically, merging case variants under the most used spelling', () => {
    expect(result.tags).toEqual([
      { value: 'Briefing', label: 'Briefing', count: 2 },
      { value: 'integration', label: 'integration', count: 2 },
      { value: 'local government', label: 'local government', count: 1 },
      { value: 'workforce', label: 'workforce', count: 1 },
    ]);
  });

  it('picks the same spelling whatever the order of the highlights', () => {
    expect(facets([...annotations].reverse(), people, organisations).tags).toEqual(result.tags);
  });

  it('prefers the most used spelling over the newest', () => {
    const list = [
      annotation({ id: 'a', exact: 'x', tags: ['NHS'], createdAt: '2024-01-01T12:00:00Z' }),
      annotation({ id: 'b', exact: 'x', tags: ['NHS'], createdAt: '2024-01-02T12:00:00Z' }),
      annotation({ id: 'c', exact: 'x', tags: ['nhs'], createdAt: '2024-01-03T12:00:00Z' }),
    ];
    expect(facets(list, [], []).tags).toEqual([{ value: 'NHS', label: 'NHS', count: 3 }]);
  });

  it('counts a tag once per highlight', () => {
    const twice = annotation({ id: 'x', exact: 'x', tags: ['NHS', 'nhs', 'nhs'] });
    expect(facets([twice], [], []).tags).toEqual([{ value: 'NHS', label: 'NHS', count: 1 }]);
  });

  it('lists speakers and organisations by name', () => {
    expect(result.speakers).toEqual([
      { value: 'chris-hopson', label: 'Chris Hopson', count: 1 },
      { value: 'saffron-cordery', label: 'Saffron Cordery', count: 1 },
      { value: 'sinead-oneill', label: 'Sinéad O’Neill', count: 1 },
    ]);
    expect(result.organisations).toEqual([
      { value: 'lga', label: 'Local Government Association', count: 1 },
      { value: 'nhs-providers', label: 'NHS Providers', count: 1 },
      { value: 'kings-fund', label: 'The King’s Fund', count: 1 },
    ]);
  });

  it('lists stances in scale order, only those used', () => {
    expect(result.stances).toEqual([
      { value: 'supportive-with-reservations', label: 'Supportive with reservations', count: 1 },
      { value: 'mixed', label: 'Mixed', count: 1 },
      { value: 'critical', label: 'Critical', count: 1 },
    ]);
  });

  it('lists a speaker or organisation no longer on record under its id', () => {
    const orphan = annotation({ id: 'o', exact: 'x', speakerId: 'gone-person', organisationId: 'gone-org' });
    const f = facets([orphan], people, organisations);
    expect(f.speakers).toEqual([{ value: 'gone-person', label: 'gone-person', count: 1 }]);
    expect(f.organisations).toEqual([{ value: 'gone-org', label: 'gone-org', count: 1 }]);
  });

  it('is empty for no highlights', () => {
    expect(facets([], people, organisations)).toEqual({ sites: [], tags: [], speakers: [], organisations: [], stances: [] });
  });

  it('offers values that each narrow to exactly their count', () => {
    for (const option of result.sites) expect(run({ site: option.value })).toHaveLength(option.count);
    for (const option of result.tags) expect(run({ tag: option.value })).toHaveLength(option.count);
    for (const option of result.speakers) expect(run({ speakerId: option.value })).toHaveLength(option.count);
    for (const option of result.organisations) expect(run({ organisationId: option.value })).toHaveLength(option.count);
  });
});

describe('helpers', () => {
  it('siteOf strips www. and lower-cases; "" for a bad address', () => {
    expect(siteOf('https://WWW.Gov.UK/x')).toBe('gov.uk');
    expect(siteOf('https://news.bbc.co.uk/')).toBe('news.bbc.co.uk');
    expect(siteOf('not a url')).toBe('');
  });

  it('localDay gives the local calendar day, "" for a bad date', () => {
    expect(localDay(new Date(2024, 0, 9, 8, 0).toISOString())).toBe('2024-01-09');
    expect(localDay('nonsense')).toBe('');
  });

  it('isQueryActive is false only when nothing narrows', () => {
    expect(isQueryActive({})).toBe(false);
    expect(isQueryActive({ text: ' ', tag: '' })).toBe(false);
    expect(isQueryActive({ text: 'x' })).toBe(true);
    expect(isQueryActive({ stance: 'mixed' })).toBe(true);
  });

  it('isRangeReversed spots from after to', () => {
    expect(isRangeReversed({ from: '2024-03-02', to: '2024-03-01' })).toBe(true);
    expect(isRangeReversed({ from: '2024-03-01', to: '2024-03-01' })).toBe(false);
    expect(isRangeReversed({ from: '2024-03-02' })).toBe(false);
  });
});
