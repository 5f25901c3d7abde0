import { describe, expect, it } from 'vitest';
import { extractQuotes } from './attribution';
import { findInspectorates, isInspectionGrade } from './inspection-grades';

const none = { people: [], organisations: [] };

describe('inspection grades', () => {
  it('knows the four grades and the inspectorates that give them', () => {
    expect(['inadequate', 'Requires Improvement', 'good', 'outstanding'].every(isInspectionGrade)).toBe(true);
    expect(isInspectionGrade('ineffective')).toBe(false);
    expect(findInspectorates('inspected by Ofsted last year').map((m) => m.surface)).toEqual(['Ofsted']);
  });

  it('gives a quoted grade to the inspectorate, not the person reporting it (CQC, fresh-9)', () => {
    const text =
      'Professor Sir Mike Richards told the Patient Safety Congress that out of the acute NHS trusts inspected between January and March this year, ' +
      'eight were rated as "requires improvement" for safety and one as "inadequate". The safety of services is one of five key areas CQC looks at during every inspection.';
    const quotes = extractQuotes(text, none);
    expect(quotes.map((q) => [q.text, q.speakerName, q.organisationName])).toEqual([
      ['requires improvement', undefined, 'CQC'],
      ['inadequate', undefined, 'CQC'],
    ]);
  });

  it('keeps a quoted grade in a sentence nobody speaks, as the inspectorate’s (Public Sector Executive, fresh-9)', () => {
    const text = 'Child social care in more than three-quarters of local authorities inspected by Ofsted last year have been rated “inadequate” or “requires improvement”.';
    expect(extractQuotes(text, none).map((q) => [q.text, q.organisationName])).toEqual([
      ['inadequate', 'Ofsted'],
      ['requires improvement', 'Ofsted'],
    ]);
  });
});
