// `npm run corpus -- build <input…> --out pack.json [--id … --title … --publisher … --licence … --homepage … --version N] [--previous old.json …]`
// `npm run corpus -- validate pack.json`
// Builds a corpus pack from reviewed capture output (JSON lines) and/or sync files,
// or checks a pack; every problem is printed with its record and field, and the
// exit code is non-zero when there is any. With --previous (an earlier version of the
// pack, kept before it is overwritten), the delta from it is written beside --out. See README, "Building a pack".
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type BuildInput, buildPack } from '../lib/corpus/build-pack';
import { PACK_TABLES, type PackFile, serializePack, toPackFile } from '../lib/corpus/pack-format';
import { deltaPath, makeDelta, serializeDelta } from '../lib/corpus/pack-delta';
import { type PackValidation, parsePackText, validatePackJson } from '../lib/corpus/pack-validate';
import { parseImportText } from '../lib/sync/import-validate';

function fail(lines: readonly string[]): never {
  for (const line of lines) console.error(line);
  console.error(`${lines.length} problem${lines.length === 1 ? '' : 's'}`);
  process.exit(1);
}

function validate(path: string): void {
  const result = parsePackText(readFileSync(path, 'utf8'));
  if (!result.ok) fail([...result.errors.map((e) => e.message), ...(result.total > result.errors.length ? [`… and ${result.total - result.errors.length} more`] : [])]);
  const { pack } = result;
  console.log(`${path}: valid pack "${pack.id}" version ${pack.version}: ${pack.statements.length} statements, ${pack.quotes.length} quotes`);
}

/** Writes, beside `out`, the delta from each earlier version to `file`; says why when a version gets none. */
function writeDeltas(out: string, file: PackFile, previousPacks: readonly [string, PackValidation][]): void {
  for (const [path, previous] of previousPacks) {
    if (!previous.ok) fail(previous.errors.map((e) => `${path}: ${e.message}`));
    const { events, organisations, people, topics, statements, quotes, ...header } = previous.pack;
    const made = makeDelta(toPackFile(header, { events, organisations, people, topics, statements, quotes }), file);
    if (!made.ok) {
      console.log(`${path}: no delta (${made.reason}); subscribers at version ${previous.pack.version} download the full file`);
      continue;
    }
    const target = deltaPath(out, previous.pack.version);
    writeFileSync(target, serializeDelta(made.delta));
    const changed = PACK_TABLES.reduce((n, t) => n + made.delta[t].length, 0);
    const removed = PACK_TABLES.reduce((n, t) => n + made.delta.removed[t].length, 0);
    console.log(`${target}: delta from version ${previous.pack.version}: ${changed} records added or changed, ${removed} removed`);
  }
}

function build(inputs: string[], values: Record<string, string | undefined>, previousPaths: readonly string[]): void {
  const out = values.out;
  if (!out || inputs.length === 0) fail(['usage: npm run corpus -- build <capture.jsonl | sync.json …> --out pack.json --id <id> --title <title> --publisher <name> --licence <licence>']);
  // Read before --out is overwritten, which may be one of them.
  const previousPacks = previousPaths.map((path): [string, PackValidation] => [path, parsePackText(readFileSync(path, 'utf8'))]);
  // A rebuilt pack gets the next version of the one it replaces, so subscribers apply it.
  const previous = existsSync(out) ? parsePackText(readFileSync(out, 'utf8')) : undefined;
  const previousHeader = previous?.ok ? previous.pack : undefined;
  const header = {
    id: values.id ?? previousHeader?.id ?? '',
    title: values.title ?? previousHeader?.title ?? '',
    publisher: values.publisher ?? previousHeader?.publisher ?? '',
    licence: values.licence ?? previousHeader?.licence ?? '',
    ...((values.homepage ?? previousHeader?.homepage) ? { homepage: values.homepage ?? previousHeader?.homepage } : {}),
    version: values.version ? Number(values.version) : (previousHeader?.version ?? 0) + 1,
    published: new Date().toISOString(),
  };
  const sources: BuildInput[] = inputs.map((path) => {
    const text = readFileSync(path, 'utf8');
    if (path.endsWith('.jsonl')) return { source: path, lines: text.split('\n') };
    const sync = parseImportText(text);
    if (!sync.ok) fail(sync.errors.map((e) => `${path}: ${e.message}`));
    return { source: path, sync: sync.file };
  });
  const built = buildPack(header, sources, (file, source) => readFileSync(resolve(dirname(source), file), 'utf8'));
  if (!built.ok) fail(built.errors);
  const checked = validatePackJson(built.file);
  if (!checked.ok) fail(checked.errors.map((e) => e.message));
  writeFileSync(out, serializePack(built.file));
  console.log(`${out}: pack "${header.id}" version ${header.version}: ${built.file.statements.length} statements, ${built.file.quotes.length} quotes`);
  writeDeltas(out, built.file, previousPacks);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    id: { type: 'string' },
    title: { type: 'string' },
    publisher: { type: 'string' },
    licence: { type: 'string' },
    homepage: { type: 'string' },
    version: { type: 'string' },
    previous: { type: 'string', multiple: true },
  },
});
const [command, ...rest] = positionals;
if (command === 'validate' && rest.length === 1 && rest[0]) validate(rest[0]);
else if (command === 'build') {
  const { previous, ...single } = values;
  build(rest, single, previous ?? []);
}
else fail(['usage: npm run corpus -- build <input…> --out pack.json [--id --title --publisher --licence --homepage --version] [--previous old.json …]', '       npm run corpus -- validate pack.json']);
