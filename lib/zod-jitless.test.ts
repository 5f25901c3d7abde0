import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const ROOT = join(import.meta.dirname, '..');
const JITLESS = "import '@/lib/zod-jitless';";

/** Every module an entrypoint starts a bundle from: background, content scripts, unlisted scripts and each page's script. */
function entrypoints(): string[] {
  const dir = join(ROOT, 'entrypoints');
  const entries: string[] = [];
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    if (item.isFile() && /\.tsx?$/.test(item.name) && !item.name.includes('.test.')) entries.push(join(dir, item.name));
    if (!item.isDirectory()) continue;
    const html = join(dir, item.name, 'index.html');
    const src = existsSync(html) && /<script type="module" src="\.\/([^"]+)"/.exec(readFileSync(html, 'utf8'))?.[1];
    const index = ['index.ts', 'index.tsx'].map((name) => join(dir, item.name, name)).find((path) => existsSync(path));
    const entry = src ? join(dir, item.name, src) : index;
    if (entry) entries.push(entry);
  }
  return entries;
}

/** Run-time imports (not `import type`) of a module, resolved to files; bare packages as their names. */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/^import (?!type )(?:[^'"]*? from )?'([^']+)'/gm)].map((m) => m[1]!);
  return specifiers.map((spec) => {
    if (!spec.startsWith('.') && !spec.startsWith('@/')) return spec.split('/')[0]!;
    const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : join(dirname(file), spec);
    return ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((path) => /\.tsx?$/.test(path) && existsSync(path)) ?? base;
  });
}

/** Whether a module's run-time import graph reaches the `zod` package. */
function reachesZod(entry: string): boolean {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const target of runtimeImports(file)) {
      if (target === 'zod') return true;
      if (/\.tsx?$/.test(target)) queue.push(target);
    }
  }
  return false;
}

const firstImport = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .find((line) => line.startsWith('import '));

describe('Zod without eval', () => {
  it('importing the module turns the just-in-time parsers off', async () => {
    await import('./zod-jitless');
    expect(z.config().jitless).toBe(true);
  });

  it('is the first import of every entrypoint whose bundle can load Zod', () => {
    const withZod = entrypoints().filter(reachesZod);
    // The background and the Highlights, Dashboard and capture pages validate with Zod.
    expect(withZod.length).toBeGreaterThanOrEqual(4);
    for (const entry of withZod) expect(firstImport(entry), relative(ROOT, entry)).toBe(JITLESS);
  });

  it('the content script never loads Zod (the protocol imports types only)', () => {
    expect(reachesZod(join(ROOT, 'entrypoints/content/index.ts'))).toBe(false);
  });
});
