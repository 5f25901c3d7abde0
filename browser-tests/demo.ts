// The demo: serves every seed statement as a realistic page on 127.0.0.1 and
// opens Chromium with the built extension. With a display it opens a window on
// the corpus index; without one (or with --headless) it visits each page
// headless, saves a screenshot of each and prints what the panel showed.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadCorpusFromDisk } from './support/corpus-on-disk.js';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import { launchChromium, startServer } from './support/index.js';
import { seedPagePath, seedRoutes } from './support/seed-pages.js';

const SCREENSHOT_DIR = resolve('.demo/screenshots');

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
      const panel = await page.waitForSidebar();
      const file = `${SCREENSHOT_DIR}/${statement.id}.png`;
      await page.page.screenshot({ path: file });
      console.log(`✓ ${page.url()}\n  panel: ${panel.text}\n  screenshot: ${file}\n`);
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
