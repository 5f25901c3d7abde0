// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type KeyPress, inTextField, viewerAction } from './viewer-keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('the PDF viewer’s keyboard', () => {
  it('finds, steps through matches and zooms with the usual shortcuts, on Linux and on a Mac', () => {
    expect(viewerAction(press('f', { ctrlKey: true }), false)).toBe('find');
    expect(viewerAction(press('F', { metaKey: true }), true)).toBe('find');
    expect(viewerAction(press('F3'), true)).toBe('find-next');
    expect(viewerAction(press('F3', { shiftKey: true }), true)).toBe('find-previous');
    expect(viewerAction(press('G', { ctrlKey: true, shiftKey: true }), false)).toBe('find-previous');
    expect(viewerAction(press('=', { ctrlKey: true }), false)).toBe('zoom-in');
    expect(viewerAction(press('+', { ctrlKey: true, shiftKey: true }), false)).toBe('zoom-in');
    expect(viewerAction(press('-', { metaKey: true }), false)).toBe('zoom-out');
    expect(viewerAction(press('0', { ctrlKey: true }), false)).toBe('zoom-reset');
  });

  it('moves between pages with single keys, except while typing in a field', () => {
    expect(viewerAction(press('n'), false)).toBe('next-page');
    expect(viewerAction(press('k'), false)).toBe('previous-page');
    expect(viewerAction(press('End'), false)).toBe('last-page');
    expect(viewerAction(press('Home'), false)).toBe('first-page');
    expect(viewerAction(press('n'), true)).toBeNull();
    expect(viewerAction(press('Home'), true)).toBeNull();
    expect(viewerAction(press('N', { shiftKey: true }), false)).toBeNull();
  });

  it('saves the selection with Alt+Shift+S and leaves every other key alone', () => {
    expect(viewerAction(press('S', { altKey: true, shiftKey: true }), false)).toBe('save-quote');
    expect(viewerAction(press('s', { altKey: true }), false)).toBeNull();
    expect(viewerAction(press('c', { ctrlKey: true }), false)).toBeNull();
    expect(viewerAction(press('ArrowDown'), false)).toBeNull();
    expect(viewerAction(press('x'), false)).toBeNull();
  });

  // Browsers retarget the press to the shadow host for the window's listener (happy-dom does
  // not; the browser tests type a note with an "n" in it through the sidebar).
  it('sees a field inside a shadow root (the sidebar) through the press’s composed path', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const note = document.createElement('textarea');
    const button = document.createElement('button');
    root.append(note, button);
    const pressIn = (target: Element) => {
      let seen: boolean | null = null;
      const listener = (event: KeyboardEvent) => (seen = inTextField(event));
      window.addEventListener('keydown', listener);
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true, composed: true }));
      window.removeEventListener('keydown', listener);
      return seen;
    };
    expect(pressIn(note)).toBe(true);
    expect(pressIn(button)).toBe(false);
    host.remove();
  });
});
