import { describe, expect, it } from 'vitest';
import { acronymDefinitions } from './organisation-names';

describe('acronymDefinitions', () => {
  it('reads a name spelled out before its acronym in brackets', () => {
    expect(acronymDefinitions('Nurses at the Irish Nurses and Midwives Organisation (INMO) said').get('INMO')).toBe('Irish Nurses and Midwives Organisation');
  });

  it("leaves a possessive to the sentence, not the name (fresh-8, AVC: the TUI's congress)", () => {
    const text = 'when a government minister took to the stage at the Teachers’ Union of Ireland’s (TUI) annual congress last month.';
    expect(acronymDefinitions(text).get('TUI')).toBe('Teachers’ Union of Ireland');
  });
});
