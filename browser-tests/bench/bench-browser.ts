// Debian's Chromium for the benchmarks that measure the real extension from outside:
// with the built extension or without it, on a profile the caller keeps (so a second
// launch on the same profile is a service worker's cold start on a stored index), and
// the bundling of benchmark code that runs inside its pages.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type BrowserContext, type Worker, chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, extensionServiceWorker } from '../support/chromium.js';
import { EXTENSION_BUILDS } from '../support/extension-builds.js';

export interface BenchBrowser {
  context: BrowserContext;
  profile: string;
  /** The extension's service worker; absent without the extension. */
  worker?: Worker;
}

export const newProfile = () => mkdtemp(join(tmpdir(), 'policy-lens-bench-'));

/**
 * `extension`: true for the built extension, false for none, or the directory of another
 * unpacked extension that has no service worker (page-cost.ts's floor, floor-extension.ts).
 */
export async function launchBenchBrowser(extension: boolean | { dir: string }, profile?: string): Promise<BenchBrowser> {
  const dir = profile ?? (await newProfile());
  const extensionDir = extension === true ? EXTENSION_BUILDS.chromium : extension === false ? undefined : extension.dir;
  const flags = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Playwright's own headless mode cannot load extensions; `--headless=new` can. Both runs use the same flags.
    headless: false,
    args: [...CHROMIUM_FLAGS, '--headless=new', ...flags],
  });
  const worker = extension === true ? await extensionServiceWorker(context, null, 30_000) : undefined;
  return { context, profile: dir, worker };
}

/** A benchmark module bundled into one script to evaluate in a page (minified IIFE). */
export async function pageBundle(entry: URL): Promise<string> {
  const bundle = await build({ entryPoints: [entry.pathname], bundle: true, format: 'iife', write: false, minify: true });
  const script = bundle.outputFiles[0]?.text;
  if (!script) throw new Error(`esbuild produced nothing for ${entry.pathname}`);
  return script;
}
