import { describe, expect, it } from 'vitest';
import { UNDO_WINDOW_MS, deletedHighlights } from './deleted-highlights';

describe('deletedHighlights', () => {
  it('gives the copy back once, to the tab that deleted it', () => {
    const kept = deletedHighlights<{ id: string }>();
    kept.keep('hl-1', 7, { id: 'hl-1' });
    expect(kept.take('hl-1', 8)).toBeUndefined();
    expect(kept.take('hl-1', 7)).toEqual({ id: 'hl-1' });
    expect(kept.take('hl-1', 7)).toBeUndefined();
  });

  it('forgets a copy after the undo window', () => {
    let now = 0;
    const kept = deletedHighlights<string>(() => now);
    kept.keep('hl-1', 7, 'record');
    now = UNDO_WINDOW_MS + 1;
    expect(kept.take('hl-1', 7)).toBeUndefined();
  });

  it('knows nothing of an id it was not given', () => {
    expect(deletedHighlights<string>().take('hl-unknown', 1)).toBeUndefined();
  });
});
