import { access, constants, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** Throws a clear error (so the suite FAILS, never skips) when a browser binary is missing. */
export async function assertExecutable(path: string, envVar: string, what: string): Promise<void> {
  try {
    await access(path, constants.X_OK);
  } catch {
    throw new Error(
      `${what} executable not found or not executable at "${path}". ` +
        `Install it (e.g. apt-get install ${what === 'Chromium' ? 'chromium' : 'firefox-esr'}) ` +
        `or set ${envVar} to its path. Browser tests cannot run without it.`,
    );
  }
}

export interface ManifestInfo {
  dir: string;
  manifestVersion: number;
  /** MV3 `background.service_worker`, if any. */
  serviceWorker: string | null;
  /** `browser_specific_settings.gecko.id` (or legacy `applications.gecko.id`), if any. */
  geckoId: string | null;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

/** Reads `<dir>/manifest.json`, throwing a clear error if the build is missing. */
export async function readManifest(extensionDir: string): Promise<ManifestInfo> {
  const dir = resolve(extensionDir);
  let raw: string;
  try {
    raw = await readFile(resolve(dir, 'manifest.json'), 'utf8');
  } catch {
    throw new Error(`No manifest.json in extension directory "${dir}" (was the extension built?)`);
  }
  const manifest: unknown = JSON.parse(raw);
  const version = field(manifest, 'manifest_version');
  const worker = field(field(manifest, 'background'), 'service_worker');
  const gecko =
    field(field(field(manifest, 'browser_specific_settings'), 'gecko'), 'id') ??
    field(field(field(manifest, 'applications'), 'gecko'), 'id');
  return {
    dir,
    manifestVersion: typeof version === 'number' ? version : 0,
    serviceWorker: typeof worker === 'string' ? worker : null,
    geckoId: typeof gecko === 'string' ? gecko : null,
  };
}
