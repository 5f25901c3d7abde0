// The floor of what a content script costs a page: an extension, written by the bench from
// Chromium's build of the real one, whose only content script is a floor script (empty, or
// a MutationObserver doing nothing) injected exactly where and when ours is
// (test-support/bench/floor-manifest.ts), with no service worker. What a page pays for it
// (Chromium setting up an isolated world, scheduling a `document_idle` script, calling an
// observer) any such extension pays; what the real extension adds above it is ours to
// remove (page-cost.ts prints both). A pull floor's content script never touches the
// extension API and its service worker reads each loaded page itself (PULL_FLOORS).
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ContentScriptEntry, FLOOR_SCRIPT, FLOOR_SCRIPTS, FLOOR_WORKER, type Floor, PULL_FLOORS, floorManifest, isPullFloor } from '../../test-support/bench/floor-manifest';
import { EXTENSION_BUILDS } from '../support/extension-builds.js';

/** Writes a floor extension into a new temporary directory and returns the directory. */
export async function writeFloorExtension(floor: Floor): Promise<string> {
  const built = JSON.parse(await readFile(join(EXTENSION_BUILDS.chromium, 'manifest.json'), 'utf8')) as { content_scripts?: ContentScriptEntry[] };
  const dir = await mkdtemp(join(tmpdir(), 'policy-lens-floor-'));
  const pull = isPullFloor(floor);
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(floorManifest(built, pull), null, 2));
  await writeFile(join(dir, FLOOR_SCRIPT), pull ? PULL_FLOORS[floor].script : FLOOR_SCRIPTS[floor]);
  if (pull) await writeFile(join(dir, FLOOR_WORKER), PULL_FLOORS[floor].worker);
  return dir;
}
