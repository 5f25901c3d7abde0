import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_PAUSE_MS, answerUnderWay, answering, yieldToAnswers } from './index-priority';

/** Whether `promise` has settled once the tasks queued so far have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 5));
  return done;
}

describe('page answers before rebuild slices', () => {
  afterEach(() => vi.useRealTimers());

  it('lets a pause pass at once when no answer is under way', async () => {
    expect(answerUnderWay()).toBe(false);
    expect(await settled(yieldToAnswers())).toBe(true);
  });

  it('holds a pause until every answer under way is done, and returns each answer', async () => {
    let finishFirst = () => {};
    let finishSecond = () => {};
    const first = answering(() => new Promise<string>((resolve) => (finishFirst = () => resolve('first'))));
    const second = answering(() => new Promise<string>((resolve) => (finishSecond = () => resolve('second'))));
    expect(answerUnderWay()).toBe(true);
    const pause = yieldToAnswers();
    expect(await settled(pause)).toBe(false);
    finishFirst();
    expect(await first).toBe('first');
    expect(await settled(pause)).toBe(false);
    finishSecond();
    expect(await second).toBe('second');
    expect(await settled(pause)).toBe(true);
    expect(answerUnderWay()).toBe(false);
  });

  it('counts an answer that fails as done', async () => {
    const failed = answering(() => Promise.reject(new Error('stale text')));
    await expect(failed).rejects.toThrow('stale text');
    expect(answerUnderWay()).toBe(false);
    expect(await settled(yieldToAnswers())).toBe(true);
  });

  it('waits MAX_PAUSE_MS at most for an answer that never settles', async () => {
    vi.useFakeTimers();
    void answering(() => new Promise<never>(() => {}));
    let resumed = false;
    void yieldToAnswers().then(() => (resumed = true));
    await vi.advanceTimersByTimeAsync(MAX_PAUSE_MS - 1);
    expect(resumed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resumed).toBe(true);
  });
});
