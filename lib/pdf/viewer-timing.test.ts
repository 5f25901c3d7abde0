import { afterEach, describe, expect, it } from 'vitest';
import { measureSince, measured } from './viewer-timing';

const MEASURE = 'test-step';
const entries = () => performance.getEntriesByName(MEASURE, 'measure');

describe('timing a step of the PDF viewer', () => {
  afterEach(() => performance.clearMeasures(MEASURE));

  it('records the step’s duration as a measure and hands back its result', async () => {
    const result = await measured(MEASURE, () => new Promise<string>((resolve) => setTimeout(() => resolve('placed'), 20)));
    expect(result).toBe('placed');
    expect(entries()).toHaveLength(1);
    expect(entries()[0]?.duration).toBeGreaterThanOrEqual(15);
  });

  it('records a failed step too, and lets its error through', async () => {
    await expect(measured(MEASURE, () => Promise.reject(new Error('database closed')))).rejects.toThrow('database closed');
    expect(entries()).toHaveLength(1);
  });

  it('times a synchronous step the same way', () => {
    expect(measured(MEASURE, () => 42)).toBe(42);
    expect(() => measured(MEASURE, () => JSON.parse('{'))).toThrow(SyntaxError);
    expect(entries()).toHaveLength(2);
  });

  it('measures from the latest mark of a name until now, across awaits', async () => {
    const mark = 'test-text-read';
    performance.mark(mark);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const latest = performance.mark(mark).startTime;
    await new Promise((resolve) => setTimeout(resolve, 20));
    measureSince(MEASURE, mark);
    performance.clearMarks(mark);
    expect(entries()).toHaveLength(1);
    expect(entries()[0]?.startTime).toBe(latest);
    expect(entries()[0]?.duration).toBeGreaterThanOrEqual(15);
  });

  it('names the missing mark when there is none to measure from', () => {
    expect(() => measureSince(MEASURE, 'test-never-marked')).toThrow(/test-never-marked/);
  });
});
