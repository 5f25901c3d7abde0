// Where `npm run build` leaves the unpacked extension for each browser.
import { fileURLToPath } from 'node:url';
import type { ExtensionBuilds } from './index.js';

const output = (dir: string): string => fileURLToPath(new URL(`../../.output/${dir}`, import.meta.url));

export const EXTENSION_BUILDS: ExtensionBuilds = {
  chromium: output('chrome-mv3'),
  firefox: output('firefox-mv2'),
};
