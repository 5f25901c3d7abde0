import { afterEach, describe, expect, it } from 'vitest';
import { measured } from './viewer-timing';

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
});
