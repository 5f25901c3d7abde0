import { describe, expect, it } from 'vitest';
import { SELF, fromExtensionPage, fromPage } from '../../test-support/senders';
import { SenderRefused, classifySender, requireContentScript, requireExtensionPage, requireMayChange } from './sender';

describe('message senders', () => {
  it("takes a content script's address from the browser's report, cleaned of fragment and tracking", () => {
    expect(classifySender(fromPage('https://example.org/a?utm_source=x#top', 7, 2), SELF)).toEqual({
      kind: 'content-script',
      tabId: 7,
      frameId: 2,
      pageUrl: 'https://example.org/a',
    });
  });

  it("knows the extension's own pages by their origin, in a tab or not", () => {
    expect(classifySender(fromExtensionPage(), SELF)).toEqual({ kind: 'extension-page' });
    expect(classifySender({ id: SELF.id, url: `${SELF.pagesBase}dashboard.html` }, SELF)).toEqual({ kind: 'extension-page' });
  });

  it('refuses another extension, a sender without a tab or address, and non-web pages', () => {
    expect(() => classifySender({ ...fromExtensionPage(), id: 'someone-else' }, SELF)).toThrow(SenderRefused);
    expect(() => classifySender({ id: SELF.id, url: 'https://example.org/' }, SELF)).toThrow(/neither from an extension page/);
    expect(() => classifySender({ id: SELF.id, tab: { id: 1 } }, SELF)).toThrow(SenderRefused);
    expect(() => classifySender(fromPage('file:///home/me/notes.html'), SELF)).toThrow(SenderRefused);
    // Another extension's pages are not ours, even with our id claimed nowhere but the URL.
    expect(() => classifySender(fromPage('chrome-extension://evil/policy-lens-id/'), SELF)).toThrow(SenderRefused);
  });

  it('lets only extension pages do privileged work', () => {
    expect(() => requireExtensionPage(fromExtensionPage(), SELF)).not.toThrow();
    expect(() => requireExtensionPage(fromPage('https://example.org/'), SELF)).toThrow(/only the extension’s own pages/);
  });

  it('lets only content scripts make page calls', () => {
    expect(requireContentScript(fromPage('https://example.org/'), SELF).pageUrl).toBe('https://example.org/');
    expect(() => requireContentScript(fromExtensionPage(), SELF)).toThrow(/content script only/);
  });

  it("lets a content script change only its own page's records; extension pages any", () => {
    expect(() => requireMayChange(fromPage('https://example.org/a#x'), SELF, 'https://example.org/a')).not.toThrow();
    expect(() => requireMayChange(fromPage('https://evil.example/'), SELF, 'https://example.org/a')).toThrow(/its own address/);
    expect(() => requireMayChange(fromExtensionPage(), SELF, 'https://example.org/a')).not.toThrow();
  });
});
