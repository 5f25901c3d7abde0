// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNDO_SECONDS, UndoToast } from './UndoToast';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderToast() {
  const onUndo = vi.fn(() => Promise.resolve());
  const onClose = vi.fn();
  render(
    <>
      <button type="button">Elsewhere</button>
      <div role="status">
        <UndoToast message="Highlight deleted" onUndo={onUndo} onClose={onClose} />
      </div>
    </>,
  );
  const undo = screen.getByRole('button', { name: 'Undo' });
  const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
  return { onUndo, onClose, undo, elsewhere };
}

describe('UndoToast', () => {
  it(`closes itself after ${UNDO_SECONDS} seconds`, () => {
    expect(UNDO_SECONDS).toBe(10);
    const { onClose, undo, elsewhere } = renderToast();
    expect(document.activeElement).toBe(undo);
    act(() => elsewhere.focus());
    act(() => vi.advanceTimersByTime(UNDO_SECONDS * 1000 - 1));
    expect(onClose).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('waits while focus is in it or the pointer is over it, then counts again from the start', () => {
    const { onClose, elsewhere } = renderToast();
    // Focus starts on Undo: no countdown.
    act(() => vi.advanceTimersByTime(60_000));
    expect(onClose).not.toHaveBeenCalled();

    act(() => elsewhere.focus());
    act(() => vi.advanceTimersByTime(5_000));
    const toast = screen.getByRole('status').firstElementChild!;
    fireEvent.mouseEnter(toast);
    act(() => vi.advanceTimersByTime(60_000));
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.mouseLeave(toast);
    act(() => vi.advanceTimersByTime(UNDO_SECONDS * 1000 - 1));
    expect(onClose).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('calls onUndo from Undo, and onClose from Dismiss and Escape', () => {
    const { onUndo, onClose, undo } = renderToast();
    fireEvent.click(undo);
    expect(onUndo).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(undo, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
