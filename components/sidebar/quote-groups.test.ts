import { describe, expect, it } from 'vitest';
import { lbcReport, quotes } from '../../test-support/sidebar/fixtures';
import { groupBySpeaker, speakerKey } from './quote-groups';

describe('groupBySpeaker', () => {
  it('groups quotes by person, or by organisation when no person speaks, in first-quoted order', () => {
    const [hancock, dhsc, stevens] = lbcReport.found;
    const again = { ...hancock!, quote: { ...hancock!.quote, id: 'q-hancock-again' } };
    const groups = groupBySpeaker([hancock!, dhsc!, again, stevens!]);
    expect(groups.map((g) => g.key)).toEqual([
      `person/${quotes.hancockLong.speaker!.id}`,
      `organisation/${quotes.dhscWaste.organisation.id}`,
      `person/${quotes.stevens.speaker!.id}`,
    ]);
    expect(groups[0]!.found.map((f) => f.quote.id)).toEqual([hancock!.quote.id, 'q-hancock-again']);
    expect(speakerKey(dhsc!)).toBe(groups[1]!.key);
  });

  it('gives no group for no quotes', () => {
    expect(groupBySpeaker([])).toEqual([]);
  });
});
