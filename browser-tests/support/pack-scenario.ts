// The corpus-pack subscription story both browsers' tests tell (packs.test.ts in
// Chromium, packs-firefox.test.ts in Firefox): subscribe to a pack served with an ETag
// (a page quoting its statement is recognised), "Check now" picks up version 2 through
// its delta (the server's log shows the pack file's header and the delta asked for, never
// the whole file; its new statement recognised), an unchanged check gets a 304 and
// changes nothing, version 3's corrupt delta is refused with its reason shown and the full
// file used, a corrupt version 4 is refused with the reason shown and version 3 kept, and
// after Remove its statements are no longer recognised. Each browser drives the Dashboard
// its own way (DashboardDriver).
import { expect } from 'vitest';
import { makeDelta, serializeDelta } from '../../lib/corpus/pack-delta';
import { serializePack } from '../../lib/corpus/pack-format';
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

  const version = (n: number) => pack(n, server.origin);
  const deltaText = (from: number, to: number) => {
    const made = makeDelta(version(from), version(to));
    if (!made.ok) throw new Error(made.reason);
    return made.delta;
  };
  const requestsSince = (start: number) => server.packRequests.slice(start).map((r) => `${r.path} ${r.status}${r.range ? ' (range)' : ''}${r.ifNoneMatch ? ` if-none-match ${r.ifNoneMatch}` : ''}`);

  server.serve(serializePack(version(1)), '"v1"');
  await dashboard.subscribe(server.packUrl);
  await dashboard.waitForStatus('Installed version 1');
  await dashboard.waitForSource('version 1');
  await dashboard.waitForSource('1 statement, 1 quote');
  expect(await recognised(STATEMENTS[0])).toBe(STATEMENTS[0].title);

  let start = server.packRequests.length;
  server.serve(serializePack(version(2)), '"v2"', { '/pack.delta-1.json': serializeDelta(deltaText(1, 2)) });
  await dashboard.clickInSource('Check now');
  await dashboard.waitForStatus('Installed version 2 from its delta');
  expect(requestsSince(start)).toEqual(['/pack.json 206 (range) if-none-match "v1"', '/pack.delta-1.json 200']);
  await dashboard.waitForSource('2 statements, 2 quotes');
  expect(await recognised(STATEMENTS[1])).toBe(STATEMENTS[1].title);

  start = server.packRequests.length;
  await dashboard.clickInSource('Check now');
  await dashboard.waitForStatus('No change since the last check');
  expect(requestsSince(start)).toEqual(['/pack.json 304 (range) if-none-match "v2"']);
  await dashboard.waitForSource('version 2');

  // Version 3's delta carries a quote its statement does not hold: refused, and the full file used instead.
  start = server.packRequests.length;
  const [quote] = version(2).quotes;
  const corruptDelta = { ...deltaText(2, 3), quotes: [{ ...quote!, text: 'Words nobody said in it.' }] };
  server.serve(serializePack(version(3)), '"v3"', { '/pack.delta-2.json': serializeDelta(corruptDelta) });
  await dashboard.clickInSource('Check now');
  await dashboard.waitForStatus('The delta from version 2 was refused');
  await dashboard.waitForStatus('is not word for word');
  await dashboard.waitForStatus('the full file was used');
  expect(requestsSince(start)).toEqual(['/pack.json 206 (range) if-none-match "v2"', '/pack.delta-2.json 200', '/pack.json 200 if-none-match "v2"']);
  await dashboard.waitForSource('version 3');

  server.serve(JSON.stringify({ ...version(4), statements: 'not a list' }), '"v4"');
  await dashboard.clickInSource('Check now');
  await dashboard.waitForSource('Last error: Not a valid corpus pack');
  await dashboard.waitForSource('version 3');
  expect(await recognised(STATEMENTS[1])).toBe(STATEMENTS[1].title);

  await dashboard.clickInSource('Remove');
  await dashboard.waitForStatus(`Removed ${PACK_TITLE}`);
  await dashboard.waitForNoSource();
  const page = await session.open(server.newsUrl(STATEMENTS[1]));
  await new Promise((resolve) => setTimeout(resolve, ABSENCE_WAIT_MS));
  expect(await page.readSidebar()).toBeNull();
  await page.close();
}
