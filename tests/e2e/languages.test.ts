/**
 * The user's language end to end, in both browsers: the background reads the language pack of the user's language
 * from the built extension and hands it to whoever asks (the content script), English is never fetched, and a content
 * script started in a language speaks it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../build/dictionary/compile';
import { loadDictionaryFiles } from '../../scripts/lib/load-dictionaries';
import { BROWSERS, type Driver } from './harness/driver';
import { suiteBrowser } from './harness/suite';
import { waitForOverlay, waitForTooltip } from './harness/overlay';
import { BUILDS } from './harness/paths';
import { patchSettings } from './harness/settings';

/** What the background answered to `bg:languagePack`, reduced to what the test checks. */
interface PackFacts {
  lang: string;
  entries: number;
  more: unknown;
}

function askForPack(driver: Driver, lang: string): Promise<PackFacts | null> {
  return driver.inExtension(async (language: string) => {
    type Runtime = { runtime: { sendMessage(message: object): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
    const pack = (await (g.browser ?? g.chrome).runtime.sendMessage({ type: 'bg:languagePack', lang: language })) as {
      lang: string;
      gloss: string[];
      messages: Record<string, unknown>;
    } | null;
    return pack && { lang: pack.lang, entries: pack.gloss.length, more: pack.messages['tooltip.more'] };
  }, lang);
}

describe.each(BROWSERS)('in %s, the language packs', (browserName) => {
  const driver = suiteBrowser(browserName);
  afterAll(async () => {
    await patchSettings(driver, { uiLanguage: 'auto' }).catch(() => undefined);
  });

  it('ship one asset per language but English; the content script and background bundle neither packs nor i18next', () => {
    const dir = BUILDS[browserName];
    expect(readdirSync(`${dir}/lang`).sort()).toEqual(
      ['fil', 'id', 'ja', 'ko', 'ne', 'pt-BR', 'vi', 'zh-CN'].map((lang) => `${lang}.json`),
    );
    const vi = JSON.parse(readFileSync(`${dir}/lang/vi.json`, 'utf8')) as { messages: Record<string, string> };
    for (const script of ['background.js', 'content-scripts/portal.js']) {
      const code = readFileSync(`${dir}/${script}`, 'utf8');
      expect(code, script).not.toContain('i18next');
      expect(code, script).not.toContain(vi.messages['tooltip.noGloss']);
    }
  });

  it('are read by the background for whoever asks, aligned to the index, and never for English', async () => {
    const { index } = compile(loadDictionaryFiles());
    expect(await askForPack(driver, 'vi')).toEqual({ lang: 'vi', entries: index.term.length, more: 'Thêm' });
    expect(await askForPack(driver, 'ne')).toEqual({ lang: 'ne', entries: index.term.length, more: 'थप हेर्नुहोस्' });
    expect(await askForPack(driver, 'en')).toBeNull();
    expect(await askForPack(driver, '../manifest')).toBeNull();
  });

  it.each([
    ['vi', 'Chưa có giải thích cho nhãn này.'],
    ['ne', 'यो लेबलको व्याख्या अझै छैन।'],
  ])("make a content script started in %s speak it (the tooltip's fixed words)", async (lang, noExplanation) => {
    await patchSettings(driver, { uiLanguage: lang });
    // A page of a portal host with one field whose label no dictionary knows: its tooltip says so, in the language.
    const page = await driver.open('https://www.keisan.nta.go.jp/tebiki-test/languages');
    await page.evaluate(() => {
      document.body.innerHTML = '<form><label for="x">ぬぽぽ</label><input id="x"></form>';
    }, undefined);
    await waitForOverlay(page);
    await page.focus('#x');
    expect(await waitForTooltip(page, (text) => text?.includes(noExplanation) ?? false)).toContain(noExplanation);
    await page.close();
  });
});
