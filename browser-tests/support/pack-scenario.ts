// The corpus-pack subscription story both browsers' tests tell (packs.test.ts in
// Chromium, packs-firefox.test.ts in Firefox): subscribe to a pack served with an ETag
// (a page quoting its statement is recognised), "Check now" picks up version 2 (its
// new statement recognised), an unchanged check gets a 304 and changes nothing, a
// corrupt version 3 is refused with the reason shown and version 2 kept, and after
// Remove its statements are no longer recognised. Each browser drives the Dashboard
// its own way (DashboardDriver).
import { expect } from 'vitest';
import { PACK_TITLE, type PackServer, STATEMENTS, type TestStatement, pack } from './pack-server.js';
import { type BrowserSession, waitFor } from './session.js';

/** The Corpus sources panel of the Dashboard, as a user works it. */
export interface DashboardDriver {
  /** Types `url` into "Pack address" and clicks Subscribe (a trusted click: the permission is asked then). */
  subscribe(url: string): Promise<void>;
  /** Clicks a button in the test pack's entry. */
  clickInSource(button: 'Check now' | 'Remove'): Promise<void>;
  /** Waits until the panel's status line says `text`. */
  waitForStatus(text: string): Promise<void>;
  /** Waits until the test pack's entry shows `text`. */
  waitForSource(text: string): Promise<void>;
  /** Waits until the test pack's entry is gone. */
  waitForNoSource(): Promise<void>;
}

/** Long enough for recognition to show the sidebar (it does within this in every step before); it must not come. */
const ABSENCE_WAIT_MS = 3000;

export async function subscriptionScenario(session: BrowserSession, server: PackServer, dashboard: DashboardDriver): Promise<void> {
  const recognised = async (s: TestStatement) => {
    const page = await session.open(server.newsUrl(s));
    const sidebar = await waitFor(`the sidebar to recognise "${s.title}"`, async () => {
      const read = await page.readSidebar();
      return read?.heading === s.title ? read : null;
    });
    await page.close();
    return sidebar.heading;
  };

  server.serve(JSON.stringify(pack(1, server.origin)), '"v1"');
  await dashboard.subscribe(server.packUrl);
  await dashboard.waitForStatus('Installed version 1');
  await dashboard.waitForSource('version 1');
  await dashboard.waitForSource('1 statement, 1 quote');
  expect(await recognised(STATEMENTS[0])).toBe(STATEMENTS[0].title);

  server.serve(JSON.stringify(pack(2, server.origin)), '"v2"');
  await dashboard.clickInSource('Check now');
  await dashboard.waitForStatus('Installed version 2');
  expect(server.packRequests.at(-1)).toEqual({ ifNoneMatch: '"v1"', status: 200 });
  await dashboard.waitForSource('2 statements, 2 quotes');
  expect(await recognised(STATEMENTS[1])).toBe(STATEMENTS[1].title);

  await dashboard.clickInSource('Check now');
  await dashboard.waitForStatus('No change since the last check');
  expect(server.packRequests.at(-1)).toEqual({ ifNoneMatch: '"v2"', status: 304 });
  await dashboard.waitForSource('version 2');

  server.serve(JSON.stringify({ ...pack(3, server.origin), statements: 'not a list' }), '"v3"');
  await dashboard.clickInSource('Check now');
  await dashboard.waitForSource('Last error: Not a valid corpus pack');
  await dashboard.waitForSource('version 2');
  expect(await recognised(STATEMENTS[1])).toBe(STATEMENTS[1].title);

  await dashboard.clickInSource('Remove');
  await dashboard.waitForStatus(`Removed ${PACK_TITLE}`);
  await dashboard.waitForNoSource();
  const page = await session.open(server.newsUrl(STATEMENTS[1]));
  await new Promise((resolve) => setTimeout(resolve, ABSENCE_WAIT_MS));
  expect(await page.readSidebar()).toBeNull();
  await page.close();
}
