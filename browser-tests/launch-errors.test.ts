// A missing browser must fail the suite loudly, never skip it.
import { describe, expect, it } from 'vitest';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import { launchChromium, launchFirefox } from './support/index.js';

describe('missing browsers fail loudly', () => {
  it('Chromium', async () => {
    await expect(launchChromium(EXTENSION_BUILDS.chromium, { executablePath: '/nonexistent/chromium' })).rejects.toThrow(
      /Chromium executable not found.*CHROMIUM_PATH/,
    );
  });

  it('Firefox', async () => {
    await expect(launchFirefox(EXTENSION_BUILDS.firefox, { executablePath: '/nonexistent/firefox' })).rejects.toThrow(
      /Firefox executable not found.*FIREFOX_PATH/,
    );
  });
});
