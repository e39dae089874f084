/**
 * The content script's start-up on a portal page: check the user's setting for this portal, create the overlay,
 * start the annotator and answer the popup. Runs in every frame the manifest injects it into.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createMessageListener, type PageInfo } from '@/src/messaging/protocol';
import { portalForUrl } from '@/src/portals/portals';
import { getSettings, isPortalEnabled, settingsItem, type Settings } from '@/src/storage/items';
import { createI18n } from '@/src/i18n/i18n';
import { startAnnotator, type Annotator, type Listen } from './annotator';
import { createContentGlosser } from './glosser';
import { createOverlay, type Overlay } from './overlay';

/** The screen title as the page shows it: the first heading, else the document title. */
function screenTitle(doc: Document): string {
  const heading = doc.querySelector('h1, h2');
  return (heading?.textContent ?? doc.title).replace(/\s+/g, ' ').trim();
}

/** Starts Tebiki on the current page. */
export async function startContent(ctx: ContentScriptContext): Promise<void> {
  const glosser = createContentGlosser();
  const doc = document;
  const portal = portalForUrl(location.href);
  let settings: Settings = await getSettings();
  const i18n = await createI18n(settings.uiLanguage === 'auto' ? browser.i18n.getUILanguage() : settings.uiLanguage);

  const listen: Listen = (target, type, handler, options) => ctx.addEventListener(target, type, handler, options);
  let overlay: Overlay | null = null;
  let annotator: Annotator | null = null;

  const enabled = () => !portal || isPortalEnabled(settings, portal.id);
  const start = () => {
    if (overlay) return;
    overlay = createOverlay(doc);
    annotator = startAnnotator({
      doc,
      overlay,
      glosser,
      listen: (target, type, handler, options) =>
        // Ignore events once stopped, as ctx listeners can't be removed one by one.
        listen(target, type, (event) => overlay && handler(event), options),
      furigana: () => settings.furigana,
      emptyText: i18n.t('tooltip.noGloss'),
    });
  };
  const stop = () => {
    overlay?.destroy();
    overlay = null;
    annotator = null;
  };

  if (enabled()) start();
  const unwatch = settingsItem.watch(() => {
    void getSettings().then((next) => {
      settings = next;
      if (enabled()) start();
      else stop();
    });
  });
  ctx.onInvalidated(() => {
    unwatch();
    stop();
  });

  // Only the top frame answers the popup.
  if (window.top !== window) return;
  const listener = createMessageListener({
    'tab:getPageInfo': (): PageInfo => ({
      portal: portal?.id ?? null,
      screenTitle: screenTitle(doc),
      active: overlay !== null,
      ...pageCounts(annotator),
    }),
  });
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

function pageCounts(annotator: Annotator | null): Pick<PageInfo, 'fields' | 'annotatedFields'> {
  if (!annotator) return { fields: 0, annotatedFields: 0 };
  const { fields, annotated } = annotator.counts();
  return { fields, annotatedFields: annotated };
}
