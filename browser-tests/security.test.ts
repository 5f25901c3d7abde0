// What a hostile page can do against the extension, in real Chromium and Firefox ESR,
// each attack as a page script would try it (issue 9): pre-define the extension's
// element names and open their shadow roots; log keys typed in the sidebar; swallow
// the message events the frames' handshake once relied on; read
// what the highlights are; forge WXT's start-up and location events; pose as a known
// statement through a canonical link; remove the sidebar; starve late detection with
// a ticking clock; crash the tab with a very deep tree. Every assertion is about
// what the page could see or do, or what the user sees.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpusFromDisk } from './support/corpus-on-disk.js';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import {
  BROWSERS,
  type BrowserSession,
  PAINTED_TEXTS_JS,
  type PageHandle,
  SAVE_HOST,
  SIDEBAR_HOST,
  type TestServer,
  htmlPage,
  launchBrowser,
  startServer,
  waitFor,
} from './support/index.js';
import { selectText } from './support/selection.js';
import { newsArticle, newsPage } from './support/test-pages.js';

const corpus = loadCorpusFromDisk();
/** How long a page's attack is given to take effect before the outcome is read. */
const ATTACK_MS = 2000;
const NOTE = 'Confidential: board minutes say no';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A news page (two known quotes) with `script` run in the page's own world before anything else. */
const newsWith = (script: string) => newsPage().replace('<head>', `<head><script>${script}</script>`);

/** Pre-defines the element names the extension used, to catch their shadow roots through attachInternals. */
const PREDEFINE = `
  window.stolen = [];
  for (const name of ['policy-lens-sidebar', 'policy-lens-save', 'policy-lens-mark']) {
    customElements.define(name, class extends HTMLElement {
      constructor() {
        super();
        const internals = this.attachInternals();
        setInterval(() => {
          const root = internals.shadowRoot;
          if (root) window.stolen.push(root.textContent);
        }, 100);
      }
    });
  }`;

/** Pre-defines them with shadow roots disabled, to make attachShadow throw. */
const DISABLE_SHADOW = `
  for (const name of ['policy-lens-sidebar', 'policy-lens-save']) {
    customElements.define(name, class extends HTMLElement { static disabledFeatures = ['shadow']; });
  }`;

/** Logs every key and input the page can hear, in the capture phase on window. */
const KEYLOGGER = `
  window.heard = [];
  for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input']) {
    addEventListener(type, (e) => window.heard.push(type + ':' + (e.key ?? e.data ?? '')), true);
  }`;

/** Keeps the body's markup as the server sent it, before any content script ran. */
const KEEP_ORIGINAL = `
  window.messages = [];
  addEventListener('message', (e) => window.messages.push(JSON.stringify(e.data)));
  document.addEventListener('DOMContentLoaded', () => { window.original = document.body.innerHTML; });`;

/**
 * Swallows every `message` event on the page's window before any other listener hears it
 * (registered first, in the capture phase), as a page could to keep the extension's frames
 * from ever hearing back from the content script.
 */
const SWALLOW_MESSAGES = `addEventListener('message', (event) => event.stopImmediatePropagation(), true);`;

/** A clock ticking every 50 ms, and the news article arriving 3 s after load. */
const TICKING_CLOCK = `
  addEventListener('load', () => {
    const clock = document.getElementById('clock');
    setInterval(() => { clock.textContent = new Date().toISOString(); }, 50);
    setTimeout(() => document.querySelector('main').insertAdjacentHTML('beforeend', ${JSON.stringify(newsArticle())}), 3000);
  });`;

/**
 * A hidden subtree 10,000 elements deep (twenty times the reading cap), with a known quote at
 * the bottom, beside the news article. Issue 9 used 100,000; Debian's Chromium 156 here takes
 * over a minute to insert a tree that deep even without the extension (1.5 s at 10,000,
 * 17 s at 30,000: quadratic), so that depth cannot tell the extension's cost apart. Building it
 * detached, bottom-up, is no cheaper (1.6 s at 10,000, 249 s at 100,000, no extension, load
 * average about 9), and the HTML parser caps nesting depth, so `innerHTML` of a nested string
 * cannot build it either.
 */
const DEEP_TREE = `
  addEventListener('DOMContentLoaded', () => {
    const hidden = document.createElement('div');
    hidden.hidden = true;
    let at = hidden;
    for (let i = 0; i < 10000; i++) { const child = document.createElement('div'); at.append(child); at = child; }
    at.textContent = document.querySelector('article p:last-of-type').textContent;
    document.body.append(hidden);
  });`;

/**
 * The strictest policy a page can set: no script, frame, style, image or connection from
 * anywhere. The sidebar's frame and the parts of the content script loaded on demand come from
 * the extension, which the page's policy must not be able to block.
 */
const STRICT_CSP = "default-src 'none'";

describe.each(BROWSERS)('a hostile page in %s', (browserName) => {
  let server: TestServer;
  let session: BrowserSession;
  let page: PageHandle | undefined;
  const statement = corpus.statements[0]!;

  const open = async (path: string) => {
    page = await session.open(server.url(path));
    return page;
  };

  beforeAll(async () => {
    server = await startServer({
      '/predefined': newsWith(PREDEFINE),
      '/no-shadow': newsWith(DISABLE_SHADOW),
      '/keylogger': newsWith(KEYLOGGER),
      '/watching': newsWith(KEEP_ORIGINAL),
      '/plain': newsPage(),
      '/swallowing': newsWith(SWALLOW_MESSAGES),
      // False text posing as a known statement through its address.
      '/spoof': htmlPage(
        'Official statement',
        '<main><h1>Statement</h1><p>We fully support every proposal without reservation, said nobody in particular.</p></main>',
      ).replace('<head>', `<head><link rel="canonical" href="${statement.canonicalUrl}"><meta property="og:url" content="${statement.canonicalUrl}">`),
      '/clock': htmlPage('Live', '<main><h1>Live coverage</h1><p id="clock"></p></main>').replace('<head>', `<head><script>${TICKING_CLOCK}</script>`),
      '/deep': newsWith(DEEP_TREE),
      '/strict-csp': newsPage().replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">`),
    });
    session = await launchBrowser(browserName, EXTENSION_BUILDS);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  it('cannot open the sidebar by pre-defining its element names and calling attachInternals', async () => {
    const news = await open('/predefined');
    await sleep(ATTACK_MS);
    await selectText(news, 'break down barriers');
    await sleep(500);
    // What the page caught (checked first: it does not depend on how a test reads the sidebar).
    expect(await news.evaluate<string[]>('window.stolen.filter(Boolean)')).toEqual([]);
    expect(await news.evaluate<number>(`document.querySelectorAll('policy-lens-sidebar, policy-lens-save, policy-lens-mark').length`)).toBe(0);
    expect((await news.waitForSidebar()).text).toContain('Matthew Taylor');
    await waitFor('the Save quote button', async () => ((await news.queryShadow(SAVE_HOST, 'button'))?.length ? true : null));
  });

  it('cannot switch the sidebar off by pre-defining its element names without shadow roots', async () => {
    const news = await open('/no-shadow');
    const sidebar = await news.waitForSidebar();
    expect(sidebar.text).toContain('Nigel Edwards');
    expect(await news.evaluate<string[]>(PAINTED_TEXTS_JS)).not.toEqual([]);
  });

  it('hears none of the keys a user types into a note in the sidebar', async () => {
    const news = await open('/keylogger');
    await news.waitForSidebar();
    await selectText(news, 'break down barriers');
    await waitFor('the Save quote button', async () => ((await news.clickInShadow(SAVE_HOST, 'button')) ? true : null));
    await waitFor('the highlight editor', async () => ((await news.queryShadow(SIDEBAR_HOST, 'form textarea'))?.length ? true : null));
    await news.evaluate('window.heard.length = 0');
    await news.typeInShadow(SIDEBAR_HOST, 'form textarea', NOTE);
    // The keys reached the note: saved, it shows on the highlight's card.
    expect(await news.clickInShadow(SIDEBAR_HOST, 'form button[type="submit"]')).toBe(true);
    await waitFor('the saved note', async () => ((await news.readSidebar())?.text.includes(NOTE) ? true : null));
    expect(await news.evaluate<string[]>('window.heard')).toEqual([]);
  });

  it('cannot keep the sidebar or the Save quote button from connecting by swallowing every message event', async () => {
    const news = await open('/swallowing');
    expect((await news.waitForSidebar()).text).toContain('Matthew Taylor');
    // The Save quote frame is made only once the user selects something.
    const saveHosts = `document.querySelectorAll('[data-policy-lens="save"]').length`;
    expect(await news.evaluate<number>(saveHosts)).toBe(0);
    await selectText(news, 'break down barriers');
    await waitFor('the Save quote host', async () => ((await news.evaluate<number>(saveHosts)) === 1 ? true : null));
    await waitFor('the Save quote button', async () => ((await news.clickInShadow(SAVE_HOST, 'button')) ? true : null));
    // The save went through: the new highlight's editor opens in the sidebar.
    await waitFor('the highlight editor', async () => ((await news.queryShadow(SIDEBAR_HOST, 'form textarea'))?.length ? true : null));
  });

  it('learns nothing from the page about what is highlighted or why: no element, id, title or name added', async () => {
    const news = await open('/watching');
    await sleep(ATTACK_MS);
    expect(await news.evaluate<boolean>('document.body.innerHTML === window.original')).toBe(true);
    const markup = await news.evaluate<string>('document.documentElement.outerHTML');
    expect(markup).not.toMatch(/Policy Lens|data-highlight-id|q-taylor|q-edwards/);
    // Nothing about the extension on the page's message channel either (WXT's start-up message).
    expect(await news.evaluate<string[]>('window.messages.filter((m) => m.includes("wxt"))')).toEqual([]);
    // Yet the quotes are painted and listed.
    await news.waitForSidebar();
    expect(await news.evaluate<string[]>(PAINTED_TEXTS_JS)).not.toEqual([]);
  });

  it('cannot remove the sidebar or its highlights, nor cancel a Dismiss, with forged WXT events', async () => {
    const news = await open('/plain');
    const hosts = `document.querySelectorAll('policy-lens-sidebar, [data-policy-lens="sidebar"]').length`;
    await waitFor('the sidebar in the page', async () => ((await news.evaluate<number>(hosts)) > 0 ? true : null));
    const forge = (kind: string) =>
      news.evaluate(`(() => {
        for (const id of ${JSON.stringify([session.extensionId])}) {
          const started = id + ':content:wxt:content-script-started';
          const detail = { contentScriptName: 'content', messageId: 'forged' };
          document.dispatchEvent(new CustomEvent(started, { detail }));
          window.postMessage({ type: started, ...detail }, '*');
          for (let i = 0; i < 500; i++) window.dispatchEvent(new Event(id + ':content:wxt:locationchange'));
        }
        return ${JSON.stringify(kind)};
      })()`);
    await forge('started');
    await sleep(ATTACK_MS);
    expect(await news.evaluate<number>(hosts)).toBe(1);
    expect((await news.waitForSidebar()).text).toContain('Matthew Taylor');
    expect(await news.evaluate<string[]>(PAINTED_TEXTS_JS)).not.toEqual([]);

    await waitFor('the Dismiss button', async () => ((await news.clickInShadow(SIDEBAR_HOST, 'button[aria-label="Dismiss for this page"]')) ? true : null));
    await waitFor('the sidebar to go', async () => ((await news.readShadow(SIDEBAR_HOST)) === null ? true : null));
    await forge('location');
    await sleep(ATTACK_MS);
    expect(await news.readShadow(SIDEBAR_HOST)).toBeNull();
  });

  it('cannot pose as a known statement with a canonical link or og:url to its address', async () => {
    const spoof = await open('/spoof');
    await sleep(ATTACK_MS);
    // No sidebar at all: the page's text is unknown and its claimed address is not believed.
    expect(await spoof.evaluate<number>(`document.querySelectorAll('policy-lens-sidebar, [data-policy-lens="sidebar"]').length`)).toBe(0);
    const sidebar = await spoof.readSidebar();
    expect(sidebar?.heading ?? null).not.toBe(statement.title);
    expect(sidebar?.text ?? '').not.toContain('Recognised by its address');
  });

  it('brings the sidebar back when the page removes it or replaces the body', async () => {
    const news = await open('/plain');
    await news.waitForSidebar();
    await news.evaluate(`document.querySelectorAll('policy-lens-sidebar, [data-policy-lens]').forEach((el) => el.remove())`);
    expect((await news.waitForSidebar()).text).toContain('Matthew Taylor');
    await news.evaluate(`(() => {
      const body = document.createElement('body');
      body.innerHTML = document.body.innerHTML;
      document.body.replaceWith(body);
    })()`);
    expect((await news.waitForSidebar()).text).toContain('Matthew Taylor');
  });

  it('recognises a quote that arrives late even while a clock ticks every 50 ms', async () => {
    const live = await open('/clock');
    // The article arrives after 3 s; it must be read within a bounded wait despite the clock.
    const sidebar = await live.waitForSidebar({ timeout: 12_000 });
    expect(sidebar.text).toContain('Matthew Taylor');
  });

  it('survives a hidden subtree 10,000 elements deep and still recognises the page', async () => {
    const deep = await open('/deep');
    const sidebar = await deep.waitForSidebar({ timeout: 20_000 });
    expect(sidebar.text).toContain('Nigel Edwards');
    expect(await deep.evaluate<number>('1 + 1')).toBe(2);
  });

  it('cannot block the sidebar or the Save quote button with the strictest content security policy', async () => {
    const strict = await open('/strict-csp');
    expect((await strict.waitForSidebar()).text).toContain('Matthew Taylor');
    await selectText(strict, 'break down barriers');
    await waitFor('the Save quote button', async () => ((await strict.queryShadow(SAVE_HOST, 'button'))?.length ? true : null));
  });
});
