import { describe, expect, it } from 'vitest';
import { SYNC_FORMAT, SYNC_FORMAT_VERSION } from './format';
import { parseImportText } from './import-validate';
import { type Upgrader, UPGRADERS, upgradeToCurrent } from './upgrade';

/** A highlight as the pre-release build kept it (commit e625862): the highlighted words in a flat `exact`. */
const preRelease = {
  id: 'hl-0a1b',
  origin: 'user',
  createdAt: '2025-11-02T10:00:00.000Z',
  updatedAt: '2025-11-03T08:30:00.000Z',
  url: 'https://example.org/article',
  pageTitle: 'An article',
  exact: 'integration across health and care is not new',
  note: 'check against 2021',
  tags: ['integration'],
};

const version0File = {
  format: SYNC_FORMAT,
  version: 0,
  exportedAt: '2025-11-04T00:00:00.000Z',
  people: [],
  annotations: [preRelease],
  deletions: [{ table: 'annotations', id: 'hl-dead', deletedAt: '2025-11-01T00:00:00.000Z' }],
};

describe('upgrading files written by older versions', () => {
  it('has an upgrader for every version before the current one', () => {
    for (let v = 0; v < SYNC_FORMAT_VERSION; v++) expect(UPGRADERS.get(v)?.from).toBe(v);
  });

  it('upgrades a version 0 file: the flat quote becomes W3C selectors, and nothing else changes', () => {
    const result = parseImportText(JSON.stringify(version0File));
    expect(result).toMatchObject({ ok: true, upgradedFrom: 0 });
    if (!result.ok) return;
    expect(result.file.scope).toEqual({ kind: 'everything' });
    expect(result.file.deletions).toEqual(version0File.deletions);
    expect(result.file.annotations).toEqual([
      {
        id: 'hl-0a1b',
        origin: 'user',
        // Timestamps are the record's, untouched: an upgraded record merges like any other.
        createdAt: '2025-11-02T10:00:00.000Z',
        updatedAt: '2025-11-03T08:30:00.000Z',
        url: 'https://example.org/article',
        pageTitle: 'An article',
        target: {
          source: 'https://example.org/article',
          selector: [
            { type: 'TextQuoteSelector', exact: 'integration across health and care is not new', prefix: '', suffix: '' },
            { type: 'TextPositionSelector', start: 0, end: preRelease.exact.length },
          ],
        },
        note: 'check against 2021',
        tags: ['integration'],
        colour: 'yellow',
        topicIds: [],
      },
    ]);
  });

  it('names the record and the old field when a version 0 file is invalid', () => {
    const broken = { ...version0File, annotations: [preRelease, { ...preRelease, id: 'hl-2', exact: '' }] };
    const result = parseImportText(JSON.stringify(broken));
    expect(!result.ok && result.errors.map((e) => e.message)).toEqual(['annotations[1] (id "hl-2"): field "exact": must not be empty']);
  });

  it('walks a file up a chain of upgraders, and refuses a version none can read', () => {
    const step = (from: number): Upgrader => ({
      from,
      change: `test step from ${from}`,
      upgrade: (file) => ({ ok: true, file: { ...file, steps: [...((file.steps as number[] | undefined) ?? []), from] } }),
    });
    const chain = new Map([[-2, step(-2)], [-1, step(-1)], [0, step(0)]]);
    expect(upgradeToCurrent({}, -2, chain)).toEqual({ ok: true, file: { steps: [-2, -1, 0] } });
    const gap = new Map([[0, step(0)]]);
    const refused = upgradeToCurrent({}, -1, gap);
    expect(!refused.ok && refused.errors[0]?.message).toMatch(/sync format version -1, which this extension can no longer read/);
  });
});
