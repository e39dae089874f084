import { launch, type BrowserName } from '../tests/e2e/harness/driver.ts';
import { waitForOverlay, waitForTooltip } from '../tests/e2e/harness/overlay.ts';
import { replica } from '../tests/e2e/harness/pages.ts';
import { patchSettings } from '../tests/e2e/harness/settings.ts';
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const page = replica('keisan/address-name.html');
for (const browser of ['chromium', 'firefox'] as BrowserName[]) {
  const driver = await launch(browser, { headless: true });
  for (const lang of ['en', 'vi']) {
    await patchSettings(driver, { inlineChips: ['keisan'], uiLanguage: lang });
    for (const [w, h] of [[1280, 800], [800, 600]]) {
      const p = await driver.open(page.url);
      await p.setViewport(w, h);
      await waitForOverlay(p);
      await pause(1500);
      const first = '#kanaSei';
      if (first) { await p.focus(first); await waitForTooltip(p, (t) => t !== null).catch(() => null); await pause(600); }
      const path = `/tmp/shots/tip-${browser}-${lang}-${w}.png`;
      await (p.screenshotViewport ?? p.screenshot)(path);
      console.log(path, first);
      await p.close();
    }
  }
  await driver.close();
}
