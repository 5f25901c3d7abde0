import { describe, expect, it } from 'vitest';
import { textChange } from '../dom/text-change';
import { frameKey, pageTexts } from './page-texts';

describe("the background's copy of each frame's text", () => {
  it('applies a change made against the version it holds, and then holds the next version', () => {
    const texts = pageTexts();
    texts.keep(frameKey(1, 0), 1, 'first paragraph');
    expect(texts.apply(frameKey(1, 0), 1, textChange('first paragraph', 'first paragraph\nsecond'))).toBe('first paragraph\nsecond');
    expect(texts.apply(frameKey(1, 0), 2, textChange('first paragraph\nsecond', 'first paragraph\nsecond!'))).toBe('first paragraph\nsecond!');
  });

  it('refuses a change against another version, another frame, or a text it no longer holds', () => {
    const texts = pageTexts(2);
    texts.keep(frameKey(1, 0), 1, 'one');
    expect(texts.apply(frameKey(1, 0), 2, { start: 0, deleted: 0, inserted: 'x' })).toBeNull();
    expect(texts.apply(frameKey(1, 5), 1, { start: 0, deleted: 0, inserted: 'x' })).toBeNull();
    expect(texts.apply(frameKey(1, 0), 1, { start: 2, deleted: 9, inserted: '' })).toBeNull();
    texts.keep(frameKey(2, 0), 1, 'two');
    texts.keep(frameKey(3, 0), 1, 'three'); // over the limit: the least recently used goes
    expect(texts.apply(frameKey(1, 0), 1, { start: 3, deleted: 0, inserted: '!' })).toBeNull();
    expect(texts.apply(frameKey(2, 0), 1, { start: 3, deleted: 0, inserted: '!' })).toBe('two!');
    texts.forget(3);
    const bounded = pageTexts(2, 5);
    bounded.keep(frameKey(1, 0), 1, 'four');
    expect(bounded.apply(frameKey(1, 0), 1, { start: 4, deleted: 0, inserted: '!!' })).toBeNull(); // six characters: too long, and forgotten
    expect(bounded.apply(frameKey(1, 0), 1, { start: 4, deleted: 0, inserted: '' })).toBeNull();
    expect(texts.apply(frameKey(3, 0), 1, { start: 0, deleted: 0, inserted: '' })).toBeNull();
  });

  it('keeps what was detected in the version it holds, and forgets it with that version', () => {
    const texts = pageTexts();
    const detection = { statements: [], quotes: [] };
    texts.keep(frameKey(1, 0), 1, 'first');
    texts.remember(frameKey(1, 0), 2, detection); // not the version held: ignored
    expect(texts.detectionOf(frameKey(1, 0), 1)).toBeUndefined();
    texts.remember(frameKey(1, 0), 1, detection);
    expect(texts.detectionOf(frameKey(1, 0), 1)).toBe(detection);
    texts.apply(frameKey(1, 0), 1, textChange('first', 'first!'));
    expect(texts.detectionOf(frameKey(1, 0), 1)).toBeUndefined();
    expect(texts.detectionOf(frameKey(1, 0), 2)).toBeUndefined();
  });

  it('keeps a report read from the opening while changes lie beyond it and the corpus stays the same', () => {
    const texts = pageTexts();
    const frame = frameKey(1, 0);
    const report = { found: [], counterparts: [], sameVoices: [], highlights: [] };
    const opening = { chars: 10, generation: 3, report };
    texts.keep(frame, 1, 'opening...|the rest');
    texts.rememberOpening(frame, 2, opening); // not the version held: ignored
    expect(texts.openingOf(frame, 1, 3)).toBeUndefined();
    texts.rememberOpening(frame, 1, opening);
    expect(texts.openingOf(frame, 1, 3)).toBe(opening);
    expect(texts.openingOf(frame, 1, 4)).toBeUndefined(); // the corpus changed since
    texts.apply(frame, 1, { start: 10, deleted: 1, inserted: '!' }); // at the opening's end: beyond it
    expect(texts.openingOf(frame, 2, 3)).toBe(opening);
    texts.apply(frame, 2, { start: 9, deleted: 0, inserted: '-' }); // inside the opening
    expect(texts.openingOf(frame, 3, 3)).toBeUndefined();
    texts.rememberOpening(frame, 3, opening);
    texts.keep(frame, 1, 'opening...|sent whole again');
    expect(texts.openingOf(frame, 1, 3)).toBeUndefined();
  });
});
