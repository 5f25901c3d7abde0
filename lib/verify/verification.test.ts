import { describe, expect, it } from 'vitest';
import { type Verification, tallyOf } from './verification';

const of = (status: Verification['status']): Verification => ({
  id: status,
  status,
  senseChanged: false,
  ranges: [],
  asQuoted: '',
  changes: [],
  elisions: [],
  explanation: '',
});

describe('tallyOf', () => {
  it('counts each flag apart from the verified, and leaves unattributed quotations out', () => {
    const tally = tallyOf(['verified', 'verified', 'misattributed', 'altered', 'unsourced', 'unattributed'].map((s) => of(s as Verification['status'])));
    expect(tally).toEqual({ verified: 2, misattributed: 1, altered: 1, unsourced: 1 });
  });
});
