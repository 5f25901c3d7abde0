import { describe, expect, it } from 'vitest';
import { frameKeys } from './frame-keys';

const contentScript = (tab: number) => ({ tab: { id: tab }, frameId: 0, url: 'https://example.org/story' });
const frame = (tab: number) => ({ tab: { id: tab }, frameId: 3, url: 'chrome-extension://abc/sidebar-frame.html' });

describe('frameKeys', () => {
  it('gives a tab’s content script and that tab’s frame the same unguessable key', () => {
    const keys = frameKeys();
    const key = keys.forContentScript(contentScript(4));
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(keys.forFrame(frame(4))).toBe(key);
    expect(keys.forContentScript(contentScript(4))).toBe(key);
  });

  it('keeps tabs apart, and gives a frame nothing before its tab asked', () => {
    const keys = frameKeys();
    const key = keys.forContentScript(contentScript(4));
    expect(keys.forFrame(frame(5))).toBeNull();
    expect(keys.forContentScript(contentScript(5))).not.toBe(key);
  });

  it('refuses a web page’s sub-frame, a sender without a tab, and a web page asking for a frame’s key', () => {
    const keys = frameKeys();
    expect(() => keys.forContentScript({ ...contentScript(4), frameId: 2 })).toThrow(/top document/);
    expect(() => keys.forContentScript({ url: 'https://example.org/' })).toThrow(/top document/);
    expect(() => keys.forFrame(contentScript(4))).toThrow(/extension’s own frames/);
  });

  it('forgets a closed tab', () => {
    const keys = frameKeys();
    keys.forContentScript(contentScript(4));
    keys.forget(4);
    expect(keys.forFrame(frame(4))).toBeNull();
  });
});
