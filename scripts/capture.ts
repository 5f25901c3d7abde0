// `npm run capture -- <files or folders of saved .html pages>`: prints one JSON line per
// page with what the capture page would propose for it (lib/capture/captured-page.ts),
// against the bundled corpus. Pages are parsed with happy-dom; nothing is fetched and
// no page script runs. A file that cannot be read is reported on stderr and skipped.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { loadCorpusFromDisk } from '../browser-tests/support/corpus-on-disk';
import { capturePage } from '../lib/capture/captured-page';

const HTML = new Set(['.html', '.htm', '.xhtml']);

function htmlFiles(path: string): string[] {
  const stat = statSync(path);
  if (stat.isDirectory()) return readdirSync(path).sort().flatMap((name) => htmlFiles(join(path, name)));
  return HTML.has(extname(path).toLowerCase()) ? [path] : [];
}

const args = process.argv.slice(2);
if (args.length === 0) {
  process.stderr.write('usage: npm run capture -- <file.html | folder> [more…]\n');
  process.exit(2);
}
const corpus = loadCorpusFromDisk();
let failed = 0;
for (const arg of args) {
  let files: string[];
  try {
    files = htmlFiles(arg);
  } catch (error) {
    process.stderr.write(`${arg}: ${error instanceof Error ? error.message : String(error)}\n`);
    failed++;
    continue;
  }
  for (const file of files) {
    try {
      const href = pathToFileURL(resolve(file)).href;
      const window = new Window({ url: href, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
      window.document.write(readFileSync(file, 'utf8'));
      process.stdout.write(`${JSON.stringify(capturePage(file, window.document as unknown as Document, href, corpus))}\n`);
      await window.happyDOM.close();
    } catch (error) {
      process.stderr.write(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      failed++;
    }
  }
}
process.exitCode = failed > 0 ? 1 : 0;
