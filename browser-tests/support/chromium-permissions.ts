/**
 * Granting an optional host permission to the extension in Chromium, for tests.
 *
 * `permissions.request` shows a prompt that headless Chromium cannot answer (the call
 * never settles), and no command-line switch or DevTools command grants an optional
 * permission. Chromium keeps what the user granted in the profile's `Preferences`
 * (`extensions.settings.<id>.granted_permissions` and `active_permissions`), so a test
 * starts the browser once to install the extension, closes it, records the grant
 * there as if the user had accepted the prompt, and starts it again on the same
 * profile. The extension still calls `permissions.request` on subscribe; for an
 * origin already granted, Chromium resolves it with `true` without a prompt.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ChromiumLaunchOptions, type ChromiumSession, launchChromium } from './chromium.js';

export async function launchChromiumWithHostPermission(extensionDir: string, origin: string, options: ChromiumLaunchOptions = {}): Promise<ChromiumSession> {
  const first = await launchChromium(extensionDir, options);
  const { extensionId } = first;
  const profileDir = first.profile;
  await first.context.close();
  const path = join(profileDir, 'Default', 'Preferences');
  const preferences = JSON.parse(await readFile(path, 'utf8')) as { extensions?: { settings?: Record<string, Record<string, { explicit_host?: string[] } | undefined>> } };
  const settings = preferences.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`Chromium recorded no settings for extension ${extensionId} in ${path}`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    const granted = settings[key] ?? {};
    granted.explicit_host = [...(granted.explicit_host ?? []), origin];
    settings[key] = granted;
  }
  await writeFile(path, JSON.stringify(preferences));
  return launchChromium(extensionDir, { ...options, profileDir });
}
