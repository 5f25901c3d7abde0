import { describe, expect, it } from 'vitest';
import { PLAIN_TITLE, badgeState } from './badge-state';

describe('badgeState', () => {
  it('counts misattributed and altered quotations as flags, apart from the verified', () => {
    const state = badgeState(4, { verified: 2, misattributed: 1, altered: 1, unsourced: 1 });
    expect(state.text).toBe('2!');
    expect(state.title).toBe(`${PLAIN_TITLE}: quotations 1 misattributed, 1 altered, 1 unsourced, 2 verified`);
  });

  it('keeps the known-quote count on a page whose quotations check out', () => {
    const state = badgeState(3, { verified: 3, misattributed: 0, altered: 0, unsourced: 0 });
    expect(state).toMatchObject({ text: '3', title: `${PLAIN_TITLE}: quotations 3 verified` });
    expect(state.colour).not.toBe(badgeState(1, { verified: 0, misattributed: 1, altered: 0, unsourced: 0 }).colour);
  });

  it('shows nothing on a page with nothing known', () => {
    expect(badgeState(0, undefined)).toMatchObject({ text: '', title: PLAIN_TITLE });
  });
});
