import { describe, expect, it } from 'vitest';
import { explain } from './explain';
import type { Verification } from './verification';
import { LBC_REPORT } from '../../test-support/verify/fixtures';

const base: Omit<Verification, 'explanation' | 'status'> = {
  id: 'q',
  senseChanged: false,
  ranges: [],
  asQuoted: '',
  changes: [],
  elisions: [],
};
const source = { speaker: 'Chaand Nagpaul', statement: LBC_REPORT };
const notDropped = { kind: 'removed' as const, page: '', source: 'not', atEllipsis: true, sense: ['not'] };

describe('explain', () => {
  it('names both speakers of a misattributed quotation, and any change to the words', () => {
    expect(explain({ ...base, status: 'misattributed', attributedTo: { name: 'Matt Hancock' }, source })).toBe(
      'Attributed here to Matt Hancock, but in the source these are Chaand Nagpaul’s words.',
    );
    expect(explain({ ...base, status: 'misattributed', attributedTo: { name: 'Matt Hancock' }, source, changes: [notDropped] })).toBe(
      'Attributed here to Matt Hancock, but in the source these are Chaand Nagpaul’s words, and the page changes them (1 removed); an ellipsis hides “not”, which changes the sense.',
    );
  });

  it('counts an altered quotation’s changes by kind', () => {
    const changed = { kind: 'changed' as const, page: 'less', source: 'greater', atEllipsis: false, sense: [] };
    expect(explain({ ...base, status: 'altered', source, changes: [changed, changed, notDropped] })).toBe(
      'The page changes Chaand Nagpaul’s words (word by word: 2 changed, 1 removed); an ellipsis hides “not”, which changes the sense.',
    );
  });

  it('says how far the search for an unsourced quotation reached', () => {
    const claim = { ...base, status: 'unsourced' as const, attributedTo: { name: 'Chris Hopson' } };
    expect(explain({ ...claim, checked: { statements: 3, scope: 'all' } })).toBe(
      'Attributed here to Chris Hopson, but no statement of theirs in the corpus has these words (searched all 3 statements).',
    );
    const event = 'Integration white paper (2022)';
    expect(explain({ ...claim, checked: { statements: 3, scope: 'event', event, forEvent: 2 } })).toBe(
      'Attributed here to Chris Hopson, but no statement of theirs in the corpus has these words (searched 2 statements for Integration white paper (2022), then their 1 statement on other events).',
    );
    expect(explain({ ...claim, checked: { statements: 2, scope: 'event', event, forEvent: 2 } })).toBe(
      'Attributed here to Chris Hopson, but no statement of theirs in the corpus has these words (searched 2 statements for Integration white paper (2022)).',
    );
    expect(explain({ ...claim, checked: { statements: 1, scope: 'event', event, forEvent: 0 } })).toBe(
      'Attributed here to Chris Hopson, but no statement of theirs in the corpus has these words (they have no statement for Integration white paper (2022); searched all 1 statement).',
    );
    expect(explain({ ...claim, checked: { statements: 0, scope: 'all' } })).toBe(
      'Attributed here to Chris Hopson, who is known to the corpus but has no statement in it to check these words against.',
    );
  });

  it('says which statements of a voice that speaks a great deal were left unsearched', () => {
    const claim = { ...base, status: 'unsourced' as const, attributedTo: { name: 'Chris Hopson' } };
    expect(explain({ ...claim, checked: { statements: 100, scope: 'all', unsearched: 2400 } })).toBe(
      'Attributed here to Chris Hopson, but no statement of theirs in the corpus has these words (searched their newest 100 statements; 2400 older ones were not searched).',
    );
    const event = 'Integration white paper (2022)';
    expect(explain({ ...claim, checked: { statements: 100, scope: 'event', event, forEvent: 4, unsearched: 2400 } })).toBe(
      'Attributed here to Chris Hopson, but no statement of theirs in the corpus has these words (searched 4 statements for Integration white paper (2022), then their newest 96 statements on other events; 2400 older ones were not searched).',
    );
  });

  it('says how much of a long quotation the corpus holds', () => {
    expect(explain({ ...base, status: 'verified', source, words: { page: 120, inSource: 17 } })).toBe(
      '17 of these 120 words are Chaand Nagpaul’s (the corpus has no more of them), as the page says.',
    );
  });

  it('says a verified quotation was shortened honestly', () => {
    expect(explain({ ...base, status: 'verified', source, elisions: [{ ...notDropped, source: 'on such a scale', sense: [] }] })).toBe(
      'These are Chaand Nagpaul’s words, as the page says, shortened with an ellipsis that drops no negation or qualifier.',
    );
  });
});
