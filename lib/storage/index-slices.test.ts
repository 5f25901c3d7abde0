import { describe, expect, it } from 'vitest';
import { type Steps, runAtOnce, runSliced } from './index-slices';

function* counted(log: string[]): Steps<number> {
  let total = 0;
  for (let slice = 1; slice <= 3; slice++) {
    log.push(`slice ${slice}`);
    total += slice;
    yield;
  }
  log.push('end');
  return total;
}

describe('work in steps', () => {
  it('runs at once to the same result as a slice at a time', async () => {
    const atOnce: string[] = [];
    const sliced: string[] = [];
    expect(runAtOnce(counted(atOnce))).toBe(6);
    expect(await runSliced(counted(sliced), async () => void sliced.push('pause'))).toBe(6);
    expect(atOnce).toEqual(['slice 1', 'slice 2', 'slice 3', 'end']);
    expect(sliced).toEqual(['slice 1', 'pause', 'slice 2', 'pause', 'slice 3', 'pause', 'end']);
  });
});
