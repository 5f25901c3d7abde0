export * from './session.js';
export { startServer, htmlPage, type RouteBody, type TestServer } from './server.js';
export { launchChromium, chromiumExtensionId, ChromiumSession, ChromiumPage, type ChromiumLaunchOptions } from './chromium.js';
export { launchFirefox, FirefoxSession, FirefoxPage, type FirefoxLaunchOptions } from './firefox.js';

import { launchChromium } from './chromium.js';
import { launchFirefox } from './firefox.js';
import type { BrowserName, BrowserSession } from './session.js';

/** Unpacked builds per browser: Chromium takes the MV3 build, Firefox the MV2 one. */
export interface ExtensionBuilds {
  chromium: string;
  firefox: string;
}

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** Launches `name` with its build from `builds`, behind the browser-independent interface. */
export function launchBrowser(name: BrowserName, builds: ExtensionBuilds): Promise<BrowserSession> {
  return name === 'chromium' ? launchChromium(builds.chromium) : launchFirefox(builds.firefox);
}
