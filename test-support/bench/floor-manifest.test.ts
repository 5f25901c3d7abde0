import { describe, expect, it } from 'vitest';
import { FLOOR_SCRIPT, FLOOR_SCRIPTS, FLOOR_WORKER, PULL_BUSY_MS, PULL_FLOORS, PULL_KINDS, PULL_READER, SENDER_PARTS, floorManifest, isPullFloor } from './floor-manifest';

describe('floorManifest', () => {
  it('injects one floor script exactly where and when the built content script is injected, with nothing else', () => {
    const manifest = floorManifest({
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['content-scripts/content.js', 'other.js'] }],
    });
    expect(manifest).toEqual({
      manifest_version: 3,
      name: 'Content script floor (bench)',
      version: '1.0.0',
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: [FLOOR_SCRIPT] }],
    });
  });

  it('gives a pull floor a service worker allowed to run scripts in exactly the pages its content script matches', () => {
    const entries = [
      { matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['content-scripts/content.js'] },
      { matches: ['https://*/*'], js: ['other.js'] },
    ];
    expect(floorManifest({ content_scripts: entries }, true)).toEqual({
      ...floorManifest({ content_scripts: entries }),
      background: { service_worker: FLOOR_WORKER },
      permissions: ['scripting'],
      host_permissions: ['http://*/*', 'https://*/*'],
    });
  });

  it('refuses a build without content scripts, which has no floor to compare with', () => {
    expect(() => floorManifest({})).toThrow(/no content_scripts entry/);
  });
});

describe('FLOOR_SCRIPTS', () => {
  it('has an observer floor that watches the page with the content script’s own options and does nothing', () => {
    expect(FLOOR_SCRIPTS.observer).toBe(
      'new MutationObserver(() => {}).observe(document.documentElement, {"childList":true,"subtree":true,"characterData":true});',
    );
    expect(FLOOR_SCRIPTS.empty).toBe('');
    expect(FLOOR_SCRIPTS.sender).toContain('chrome.runtime.sendMessage(document.body.textContent');
  });

  it('splits the sender into floors that each do one of its parts alone', () => {
    // Each part is in the sender (or, for the port, replaces its sendMessage); none does more than its part.
    expect(FLOOR_SCRIPTS.touch).toBe('void chrome.runtime.id;');
    expect(FLOOR_SCRIPTS.body).not.toContain('textContent');
    expect(FLOOR_SCRIPTS.read).toContain('document.body.textContent');
    expect(FLOOR_SCRIPTS.read).not.toContain('chrome.');
    expect(FLOOR_SCRIPTS.tiny).toContain('chrome.runtime.sendMessage(');
    expect(FLOOR_SCRIPTS.tiny).not.toContain('document');
    expect(FLOOR_SCRIPTS.port).toContain('chrome.runtime.connect().postMessage(document.body.textContent)');
    expect([...SENDER_PARTS].sort()).toEqual(['body', 'port', 'read', 'tiny', 'touch']);
  });
});

describe('PULL_FLOORS', () => {
  it('reads the body text from the service worker once a page has loaded, the page never touching the extension API', () => {
    for (const kind of PULL_KINDS) {
      expect(isPullFloor(kind)).toBe(true);
      expect(PULL_FLOORS[kind].worker).toContain("change.status !== 'complete'");
      expect(PULL_FLOORS[kind].worker).toContain('chrome.scripting.executeScript({ target: { tabId }, func: ');
      expect(PULL_FLOORS[kind].script).not.toContain('chrome.');
      expect(`${PULL_FLOORS[kind].script}${PULL_FLOORS[kind].worker}`).toContain('document.body.textContent');
    }
    expect(isPullFloor('sender')).toBe(false);
  });

  it('calls the content script’s own reader in pullCall, and spins first only in pullBusy', () => {
    expect(PULL_FLOORS.pullCall.script).toContain(`globalThis.${PULL_READER} = `);
    expect(PULL_FLOORS.pullCall.worker).toContain(`globalThis.${PULL_READER}?.()`);
    expect(PULL_FLOORS.pullBusy.worker).toContain(`performance.now() + ${PULL_BUSY_MS}`);
    expect(PULL_FLOORS.pull.worker).not.toContain('performance.now()');
    expect(PULL_FLOORS.pull.script).toBe('');
  });

  it('writes scripts and service workers that parse', () => {
    // Only parsed, never called.
    for (const kind of PULL_KINDS) for (const source of [PULL_FLOORS[kind].script, PULL_FLOORS[kind].worker]) expect(() => new Function(source)).not.toThrow();
  });
});
