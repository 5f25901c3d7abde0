// The content script's page parts (entrypoints/content/page-parts.ts: painter,
// anchoring, the sidebar and Save quote frames, capture) as one ES module,
// content-scripts/page-parts.js, which the always-on content script imports with
// `import()` only when a page needs them. WXT bundles a content script into one
// classic script (an IIFE) and has no output a content script can import at run
// time, so this build step, run from WXT's public-assets hook, bundles that module
// with esbuild (already WXT's and Vite's bundler for dependencies). The module is
// listed in the manifest's web_accessible_resources, which a content script's
// `import()` needs, in Chrome only at the per-session address.
import { build } from 'esbuild';
import { join } from 'node:path';

/** The module's entry, relative to the project's root. */
export const PAGE_PARTS_ENTRY = 'entrypoints/content/page-parts.ts';
/** Where it is written in the built extension (page-session.ts imports it from there). */
export const PAGE_PARTS_FILE = 'content-scripts/page-parts.js';

/** The bundled module's text. */
export async function pagePartsModule(root: string): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, PAGE_PARTS_ENTRY)],
    tsconfig: join(root, 'tsconfig.json'),
    bundle: true,
    format: 'esm',
    // The browsers the extension supports run this module; nothing to lower.
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  const text = result.outputFiles[0]?.text;
  if (!text) throw new Error(`esbuild produced nothing for ${PAGE_PARTS_ENTRY}`);
  return text;
}
