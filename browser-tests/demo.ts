// The demo: serves every seed statement as a realistic page on 127.0.0.1 and
// opens Chromium with the built extension. With a display it opens a window on
// the corpus index; without one (or with --headless) it visits each page
// headless, prints a short summary of what the sidebar showed on each (speakers,
// quotes found, counterpart reactions) and saves two screenshots of each: the top of
// the sidebar, and the counterpart reactions.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadCorpusFromDisk } from './support/corpus-on-disk.js';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import { launchChromium, startServer } from './support/index.js';
import { seedPagePath, seedRoutes } from './support/seed-pages.js';
import { type SidebarSummary, readSidebarSummary, showCounterparts } from './support/sidebar-summary.js';

const SCREENSHOT_DIR = resolve('.demo/screenshots');

/** A laptop screen, as the issue reports were made on. */
const VIEWPORT = { width: 1366, height: 900 };

/** Names listed in a summary line before "and N more". */
const LISTED_NAMES = 6;

function names(list: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of list) counts.set(name, (counts.get(name) ?? 0) + 1);
  const shown = [...counts].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name));
  const more = shown.length - LISTED_NAMES;
  return more > 0 ? `${shown.slice(0, LISTED_NAMES).join(', ')} and ${more} more` : shown.join(', ') || 'none';
}

function printSummary(url: string, summary: SidebarSummary, shots: readonly string[]): void {
  console.log(`✓ ${summary.heading ?? '(no heading)'}\n  ${url}`);
  console.log(`  speakers (${summary.speakers.length}): ${names(summary.speakers.map((s) => s.split(' — ')[0] ?? s))}`);
  console.log(`  quotes found on the page (${summary.quotes.length}): ${names(summary.quotes)}`);
  const reactions = summary.counterparts.map((c) => `${c.topic}: ${c.tally}`);
  console.log(`  counterpart reactions (${summary.counterparts.length} topics, from ${names(summary.counterpartOrganisations)}):`);
  for (const line of reactions) console.log(`    · ${line}`);
  console.log(`  screenshots: ${shots.join(', ')}\n`);
}

const corpus = loadCorpusFromDisk();
const server = await startServer(seedRoutes(corpus));
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

if (headless) {
  console.log('No display found (or --headless given): visiting each seed page in headless Chromium.\n');
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const session = await launchChromium(EXTENSION_BUILDS.chromium);
  let failures = 0;
  for (const statement of corpus.statements) {
    const page = await session.open(server.url(seedPagePath(statement)));
    try {
      await page.page.setViewportSize(VIEWPORT);
      const summary = await readSidebarSummary(page);
      const top = `${SCREENSHOT_DIR}/${statement.id}.png`;
      await page.page.screenshot({ path: top });
      const shots = [top];
      if (await showCounterparts(page)) {
        const counterparts = `${SCREENSHOT_DIR}/${statement.id}-counterparts.png`;
        await page.page.screenshot({ path: counterparts });
        shots.push(counterparts);
      }
      printSummary(page.url(), summary, shots);
    } catch (error) {
      failures++;
      console.log(`✗ ${page.url()}: ${error instanceof Error ? error.message : String(error)}\n`);
    } finally {
      await page.close();
    }
  }
  await session.close();
  await server.close();
  console.log(`${corpus.statements.length - failures} of ${corpus.statements.length} seed pages recognised.`);
  process.exitCode = failures ? 1 : 0;
} else {
  const session = await launchChromium(EXTENSION_BUILDS.chromium, { headless: false });
  await session.open(server.url('/'));
  console.log(`Chromium is open on ${server.url('/')} with Policy Lens loaded. Close the window or press Ctrl+C to stop.`);
  const stop = async () => {
    await session.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  session.context.on('close', stop);
  process.on('SIGINT', stop);
}
