// `npm run icons`: renders the extension's toolbar and store icons (public/icon/*.png)
// from their SVG sources with Debian's Chromium, through playwright-core, which the
// browser tests already use: no image library to install. The PNGs are committed, so
// building the extension needs neither this script nor a browser.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ICON_DIR = fileURLToPath(new URL('../public/icon/', import.meta.url));

/**
 * Sizes browsers ask for: 16 and 32 px for the toolbar (1× and 2× screens), 48 px for
 * the extensions page, 128 px for the store and the install dialog. The two smallest
 * come from a simplified drawing: a quotation mark inside the lens blurs below 48 px.
 */
const RENDERS: readonly { size: number; source: string }[] = [
  { size: 16, source: 'icon-small.svg' },
  { size: 32, source: 'icon-small.svg' },
  { size: 48, source: 'icon.svg' },
  { size: 128, source: 'icon.svg' },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { size, source } of RENDERS) {
    const svg = await readFile(`${ICON_DIR}${source}`, 'utf8');
    await page.setViewportSize({ width: size, height: size });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: `${ICON_DIR}${size}.png`, omitBackground: true });
    console.log(`public/icon/${size}.png from ${source}`);
  }
} finally {
  await browser.close();
}
