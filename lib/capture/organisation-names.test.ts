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

  it('reads a lede\'s opening words set in capitals as lettering, and an acronym among them that the page writes in capitals again as a body (fresh-8, Morning Star; fresh-6, Northern Echo)', () => {
    const morningStar = [
      'AN ENERGY firm is facing a £23.6 million fine after regulators spotted it overcharging in pursuit of extra profits.',
      'Regulator Ofgem said gas and electricity supplies to the National Grid had to match demand at any given time.',
      'Energy producers are sometimes told by the National Grid to cut output at times of lower demand.',
    ].join('\n');
    const surfaces = findOrganisationCandidates(morningStar, []).map((m) => m.surface);
    expect(surfaces).not.toContain('AN');
    expect(surfaces).not.toContain('ENERGY');
    const northernEcho = [
      'THE GMB union has joined care home operators in warning that the sector is facing a fresh financial crisis.',
      'Justin Bowden, the GMB’s national officer for social care, said: “Warnings that the entire care sector is in a slow motion collapse are falling on the same deaf ears.',
    ].join('\n');
    expect(findOrganisationCandidates(northernEcho, []).map((m) => m.surface).filter((s) => s === 'GMB')).toHaveLength(2);
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
