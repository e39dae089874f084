/**
 * The welcome page's sample form, explained by Tebiki's own content pipeline: the same scan, glosser, tooltip,
 * placement and overlay as on the portals, so what the user tries here is what they get there. The form is an
 * extension page (the content script does not run there), so this starts the pipeline itself, with the user's
 * settings. Nothing typed into the form leaves the page, and the form cannot be submitted.
 */
import { browser } from 'wxt/browser';
import { startAnnotator } from '@/src/content/annotator';
import { createContentGlosser } from '@/src/content/glosser';
import { createOverlay } from '@/src/content/overlay';
import { createTexts } from '@/src/content/texts';
import { loadLanguagePack } from '@/src/i18n/language-pack-client';
import { languageFor } from '@/src/i18n/languages';
import { getSettings, settingsItem } from '@/src/storage/items';

/** Starts explaining the sample form in `doc`; returns a function that stops it. */
export async function startSample(doc: Document): Promise<() => void> {
  let settings = await getSettings();
  const language = languageFor(settings.uiLanguage, browser.i18n.getUILanguage());
  const pack = await loadLanguagePack(language);
  const texts = createTexts(language, pack?.messages, pack?.texts);
  const glosser = createContentGlosser();
  glosser.setPack(pack ?? undefined);
  await glosser.prepare().catch(() => undefined);
  // The welcome page turns chips on with ?chips=1 (its "Show translations beside labels" switch).
  const chips = new URLSearchParams(doc.defaultView?.location.search ?? '').get('chips') === '1';
  const controller = new AbortController();
  // The extension page's CSP refuses inline <style>: the overlay's styles go in as a constructed sheet.
  const overlay = createOverlay(doc, { constructedStyles: true });
  const annotator = startAnnotator({
    doc,
    overlay,
    glosser,
    texts: () => texts,
    signal: controller.signal,
    furigana: () => settings.furigana,
    inline: () => chips,
    hoverDelay: () => settings.hoverDelayMs,
    focusOnly: () => settings.focusOnly,
    textSize: () => settings.tooltipSize,
  });
  doc.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault(), {
    signal: controller.signal,
  });
  const unwatch = settingsItem.watch(() => {
    void getSettings().then((next) => {
      settings = next;
      annotator.refresh();
    });
  });
  return () => {
    unwatch();
    controller.abort();
    annotator.stop();
    overlay.destroy();
  };
}
