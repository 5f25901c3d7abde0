// Subscribing to a corpus pack served from 127.0.0.1 with an ETag, in Chromium: a
// page quoting one of its statements is recognised; version 2 is picked up by
// "Check now" and its new statement recognised; an unchanged check gets a 304 and
// changes nothing; a corrupt version 3 is refused with the reason shown and
// version 2 kept; after removing the pack its statements are no longer recognised.
// Chromium only, like sync.test.ts: it drives the Dashboard, an extension page that
// Firefox's WebDriver BiDi will not open without extra flags. The origin permission
// is granted through the profile (support/chromium-permissions.ts), since headless
// Chromium cannot answer the permission prompt.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAME_SUBJECT_PARAGRAPHS } from '../test-support/matching/evaluation-texts';
import { launchChromiumWithHostPermission } from './support/chromium-permissions.js';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import { type ChromiumSession, waitFor } from './support/index.js';

const PUBLISHED = '2027-01-01T00:00:00.000Z';

/** Test statements: hand-written paragraphs on the corpus's subject, in no seed (lib/matching/evaluation-texts.ts). */
const STATEMENTS = [
  { id: 'pack-statement-a', title: 'Partnership proposals reviewed', text: SAME_SUBJECT_PARAGRAPHS.slice(0, 4).join('\n\n') },
  { id: 'pack-statement-b', title: 'Records and accountability reviewed', text: SAME_SUBJECT_PARAGRAPHS.slice(4, 8).join('\n\n') },
];

function pack(version: number, origin: string) {
  const statements = STATEMENTS.slice(0, version >= 2 ? 2 : 1);
  return {
    format: 'policy-lens-corpus',
    formatVersion: 1,
    id: 'test-team-pack',
    title: 'Test team pack',
    publisher: 'Test team',
    licence: 'CC BY 4.0',
    version,
    published: `2027-0${version}-01T00:00:00.000Z`,
    organisations: [{ id: 'test-publisher', name: 'Test publisher', aliases: [], kind: 'think-tank-or-charity' }],
    events: [{ id: 'test-event', title: 'Test event', shortName: 'Test event', date: '2027-01-01', issuingBodyId: 'test-publisher', url: `${origin}/event` }],
    people: [],
    topics: [{ id: 'test-topic', label: 'Test topic', description: 'Test topic' }],
    statements: statements.map((s) => ({
      id: s.id,
      eventId: 'test-event',
      kind: 'press-statement',
      title: s.title,
      publisherId: 'test-publisher',
      publishedDate: PUBLISHED.slice(0, 10),
      canonicalUrl: `${origin}/statements/${s.id}`,
      otherUrls: [],
      text: s.text,
    })),
    quotes: statements.map((s) => ({
      id: `q-${s.id}`,
      statementId: s.id,
      organisationId: 'test-publisher',
      text: s.text.split('. ')[0],
      stance: 'mixed',
      topicIds: ['test-topic'],
    })),
  };
}

/** A republished copy of a statement at another address: recognised by its text, not its URL. */
const articlePage = (s: (typeof STATEMENTS)[number]) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${s.title}</title></head><body><article><h1>${s.title}</h1>${s.text
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

describe('corpus packs, in Chromium', () => {
  let server: Server;
  let origin: string;
  let served: { body: string; etag: string };
  const packRequests: { ifNoneMatch?: string; status: number }[] = [];
  let session: ChromiumSession;
  let dashboard: Page;

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      if (path === '/pack.json') {
        const notModified = req.headers['if-none-match'] === served.etag;
        packRequests.push({ ifNoneMatch: req.headers['if-none-match'], status: notModified ? 304 : 200 });
        if (notModified) res.writeHead(304, { etag: served.etag }).end();
        else res.writeHead(200, { 'content-type': 'application/json', etag: served.etag }).end(served.body);
        return;
      }
      const statement = STATEMENTS.find((s) => path === `/news/${s.id}`);
      if (statement) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage(statement));
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    session = await launchChromiumWithHostPermission(EXTENSION_BUILDS.chromium, 'http://127.0.0.1/*');
    dashboard = await session.context.newPage();
    await dashboard.goto(session.extensionUrl('/dashboard.html'));
  });
  afterAll(async () => {
    await session?.close();
    server?.closeAllConnections();
    server?.close();
  });

  const status = () => dashboard.getByRole('region', { name: 'Corpus sources' }).getByRole('status');
  const source = () => dashboard.getByRole('article', { name: 'Test team pack' });
  const recognised = async (s: (typeof STATEMENTS)[number]) => {
    const page = await session.open(`${origin}/news/${s.id}`);
    const sidebar = await waitFor(`the sidebar to recognise "${s.title}"`, async () => {
      const read = await page.readSidebar();
      return read?.heading === s.title ? read : null;
    });
    await page.close();
    return sidebar.heading;
  };

  it('subscribes, follows updates with conditional requests, refuses a corrupt version, and unsubscribes', async () => {
    served = { body: JSON.stringify(pack(1, origin)), etag: '"v1"' };
    await dashboard.getByLabel('Pack address').fill(`${origin}/pack.json`);
    await dashboard.getByRole('button', { name: 'Subscribe' }).click();
    await status().filter({ hasText: 'Installed version 1' }).waitFor();
    await source().filter({ hasText: 'version 1' }).waitFor();
    await source().filter({ hasText: '1 statement, 1 quote' }).waitFor();
    expect(await recognised(STATEMENTS[0]!)).toBe(STATEMENTS[0]!.title);

    served = { body: JSON.stringify(pack(2, origin)), etag: '"v2"' };
    await source().getByRole('button', { name: 'Check now' }).click();
    await status().filter({ hasText: 'Installed version 2' }).waitFor();
    expect(packRequests.at(-1)).toEqual({ ifNoneMatch: '"v1"', status: 200 });
    await source().filter({ hasText: '2 statements, 2 quotes' }).waitFor();
    expect(await recognised(STATEMENTS[1]!)).toBe(STATEMENTS[1]!.title);

    await source().getByRole('button', { name: 'Check now' }).click();
    await status().filter({ hasText: 'No change since the last check' }).waitFor();
    expect(packRequests.at(-1)).toEqual({ ifNoneMatch: '"v2"', status: 304 });
    await source().filter({ hasText: 'version 2' }).waitFor();

    served = { body: JSON.stringify({ ...pack(3, origin), statements: 'not a list' }), etag: '"v3"' };
    await source().getByRole('button', { name: 'Check now' }).click();
    await source().filter({ hasText: 'Last error: Not a valid corpus pack' }).waitFor();
    await source().filter({ hasText: 'version 2' }).waitFor();
    expect(await recognised(STATEMENTS[1]!)).toBe(STATEMENTS[1]!.title);

    await source().getByRole('button', { name: 'Remove' }).click();
    await status().filter({ hasText: 'Removed Test team pack' }).waitFor();
    await source().waitFor({ state: 'detached' });
    const page = await session.open(`${origin}/news/${STATEMENTS[1]!.id}`);
    // Recognition shows the sidebar well within this time (it did above); it must not come.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await page.readSidebar()).toBeNull();
    await page.close();
  });
});
