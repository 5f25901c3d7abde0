import { describe, expect, it } from 'vitest';
import { acronymDefinitions, findOrganisationCandidates } from './organisation-names';

describe('acronymDefinitions', () => {
  it('reads a name spelled out before its acronym in brackets', () => {
    expect(acronymDefinitions('Nurses at the Irish Nurses and Midwives Organisation (INMO) said').get('INMO')).toBe('Irish Nurses and Midwives Organisation');
  });

  it("leaves a possessive to the sentence, not the name (fresh-8, AVC: the TUI's congress)", () => {
    const text = 'when a government minister took to the stage at the Teachers’ Union of Ireland’s (TUI) annual congress last month.';
    expect(acronymDefinitions(text).get('TUI')).toBe('Teachers’ Union of Ireland');
  });
});

describe('findOrganisationCandidates', () => {
  it('reads no acronym in a phrase set in capitals (fresh-8, Sussex Express: "BREAKING NEWS")', () => {
    const text = 'BREAKING NEWS: East Sussex Healthcare NHS Trust is branded ‘inadequate’ by CQC inspectors in report';
    expect(findOrganisationCandidates(text, []).map((m) => m.surface)).toEqual(['East Sussex Healthcare NHS Trust', 'CQC']);
  });

  it('leaves an adverb opening the sentence out of the name (fresh-9, QCS: "Shockingly NHS England")', () => {
    const text = 'Shockingly NHS England has said that closures happen ‘all the time’ and they should be seen ‘in the context of local provision’.';
    expect(findOrganisationCandidates(text, []).map((m) => m.surface)).toEqual(['NHS England']);
  });

  it('reads an NHS foundation trust named with "FT" whole, not its last letters (fresh-6, HSJ)', () => {
    const text =
      'Turning to integrated care systems, Northumbria Healthcare FT chief executive and NHS England’s elective recovery director Sir Jim Mackey said the recently established organisations should not tell chief executives “how to run hospitals”.';
    expect(findOrganisationCandidates(text, []).map((m) => m.surface)).toContain('Northumbria Healthcare FT');
  });
});
