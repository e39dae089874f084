/**
 * Renders the extension icon (public/icon/*.png) from one SVG with headless Chromium. Run it after changing the
 * design: `npx tsx scripts/make-icons.ts`. The PNGs are committed; the build does not run this.
 */
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/harness/paths.ts';

const SIZES = [16, 32, 48, 96, 128];

/** 手 ("hand", the first character of 手引き, "guide") on the portals' navy, with a gold guide mark. */
const svg = (size: number) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#1a4a8a"/>
  <path d="M88 4h10a26 26 0 0 1 26 26v10z" fill="#f5c542"/>
  <text x="62" y="98" font-size="84" text-anchor="middle" fill="#ffffff"
    font-family="Noto Sans CJK JP, Noto Sans JP, sans-serif" font-weight="700">手</text>
</svg>`;

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  console.log(`public/icon/${size}.png`);
}
await browser.close();
