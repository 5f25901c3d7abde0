// What the demo reads from the sidebar, in one place: the speakers the page names,
// the known quotes found on it, and the counterpart reactions (topic, stance tally and
// organisations), plus scrolling the sidebar to its counterparts for a screenshot.
// Everything goes through the sidebar's DOM as a user sees it, so when the sidebar's
// hosting or markup changes, this module is the one to adapt.
import type { ChromiumPage } from './chromium.js';
import { type PageHandle, SIDEBAR_HOST } from './session.js';

export interface SidebarSummary {
  heading: string | null;
  speakers: string[];
  /** Speaker (or organisation) of each known quote found on the page, in page order. */
  quotes: string[];
  counterparts: { topic: string; tally: string }[];
  /** Organisations among the counterpart reactions, as listed. */
  counterpartOrganisations: string[];
}

const texts = async (page: PageHandle, selector: string): Promise<string[]> =>
  ((await page.queryShadow(SIDEBAR_HOST, selector)) ?? []).map((e) => e.text);

export async function readSidebarSummary(page: PageHandle): Promise<SidebarSummary> {
  const sidebar = await page.waitForSidebar();
  const topics = await texts(page, '.pl-topic .pl-disclosure__label');
  const tallies = await texts(page, '.pl-topic .pl-tally');
  return {
    heading: sidebar.heading,
    speakers: await texts(page, '.pl-speakers > li'),
    quotes: await texts(page, '[data-quote-id] .pl-card__who'),
    counterparts: topics.map((topic, i) => ({ topic, tally: tallies[i] ?? '' })),
    counterpartOrganisations: [...new Set(await texts(page, '.pl-reaction__org'))],
  };
}

/** Opens the first counterpart topic and scrolls the sidebar to the counterpart reactions; false if there are none. */
export async function showCounterparts(page: ChromiumPage): Promise<boolean> {
  if (!(await page.clickInShadow(SIDEBAR_HOST, '.pl-topic .pl-disclosure'))) return false;
  // A closed shadow root is out of page scripts' reach; the DevTools protocol reaches it.
  const { root } = await page.cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await page.cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: SIDEBAR_HOST });
  const { node } = await page.cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadowRoot = node.shadowRoots?.[0];
  if (shadowRoot === undefined) return false;
  const { object } = await page.cdp.send('DOM.resolveNode', { backendNodeId: shadowRoot.backendNodeId });
  if (object.objectId === undefined) return false;
  try {
    const { result } = await page.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () {
        const topic = this.querySelector('.pl-topic');
        const section = topic && topic.closest('section.pl-section');
        (section || topic)?.scrollIntoView({ block: 'start' });
        return Boolean(topic);
      }`,
      returnByValue: true,
    });
    return result.value === true;
  } finally {
    await page.cdp.send('Runtime.releaseObject', { objectId: object.objectId }).catch(() => undefined);
  }
}
