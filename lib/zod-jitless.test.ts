import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const ROOT = join(import.meta.dirname, '..');
const JITLESS = "import '@/lib/zod-jitless';";

/**
 * The module each bundle starts from: the background, and every extension page's
 * script (HTML entrypoints). Content scripts and the lazily loaded sidebar module
 * never import Zod (the protocol imports types only), so they are not listed.
 */
function zodBundleEntries(): string[] {
  const dir = join(ROOT, 'entrypoints');
  const pages = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => {
      const html = readFileSync(join(dir, d.name, 'index.html'), 'utf8');
      const src = /<script type="module" src="\.\/([^"]+)"/.exec(html)?.[1];
      if (!src) throw new Error(`entrypoints/${d.name}/index.html has no module script`);
      return join('entrypoints', d.name, src);
    });
  return ['entrypoints/background.ts', ...pages];
}

describe('Zod without eval', () => {
  it('importing the module turns the just-in-time parsers off', async () => {
    await import('./zod-jitless');
    expect(z.config().jitless).toBe(true);
  });

  it('is the first import of every entrypoint that can load Zod', () => {
    const entries = zodBundleEntries();
    expect(entries.length).toBeGreaterThanOrEqual(4);
    for (const entry of entries) {
      const firstImport = readFileSync(join(ROOT, entry), 'utf8')
        .split('\n')
        .find((line) => line.startsWith('import '));
      expect(firstImport, entry).toBe(JITLESS);
    }
  });

  it('content scripts never import Zod at run time', () => {
    const contentDir = join(ROOT, 'entrypoints/content');
    for (const file of readdirSync(contentDir)) {
      const source = readFileSync(join(contentDir, file), 'utf8');
      expect(source, file).not.toMatch(/^import (?!type )[^;]*from 'zod'/m);
    }
  });
});
