/**
 * The content script's start-up on a portal page (or any page the user asked to annotate): check the user's setting
 * for this portal, create the overlay, start the annotator and answer the popup. Runs in every frame the manifest
 * injects it into; only the top frame answers the popup.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { catalogueOf, loadLanguagePack } from '@/src/i18n/language-pack-client';
import { languageFor } from '@/src/i18n/languages';
import { createMessageListener, type PageInfo } from '@/src/messaging/protocol';
import { extensionSelf } from '@/src/messaging/send';
import { portalForUrl } from '@/src/portals/portals';
import { detectScreen } from '@/src/portals/screens';
import { getSettings, isPortalEnabled, portalKey, settingsItem, type Settings } from '@/src/storage/items';
import { startAnnotator, type Annotator, type Listen } from './annotator';
import { createContentGlosser } from './glosser';
import { createOverlay, type Overlay } from './overlay';

/** Starts Tebiki on the current page. */
export async function startContent(ctx: ContentScriptContext): Promise<void> {
  const startedAt = performance.now();
  const doc = document;
  const glosser = createContentGlosser();
  const portal = portalForUrl(location.href);
  const key = portalKey(portal?.id);
  let settings: Settings = await getSettings();
  // The user's language pack comes from the background while the page draws its first frames; English (bundled)
  // stands in for whatever it lacks, and for all of it when there is none.
  const language = languageFor(settings.uiLanguage, browser.i18n.getUILanguage());
  let catalogue = catalogueOf(language, null);
  const packLoaded = loadLanguagePack(language).then((pack) => {
    catalogue = catalogueOf(language, pack);
    return pack;
  });

  const listen: Listen = (target, type, handler, options) =>
    ctx.addEventListener(target as Window, type as keyof WindowEventMap, handler, options);
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
      // Ignore events once stopped, as ctx listeners can't be removed one by one.
      listen: (target, type, handler, options) => listen(target, type, (event) => overlay && handler(event), options),
      furigana: () => settings.furigana,
      inline: () => settings.inlineChips.includes(key),
      emptyText: catalogue.t('tooltip.noGloss'),
      ...(portal ? { portal: portal.id } : {}),
    });
  };
  const stop = () => {
    annotator?.stop();
    overlay?.destroy();
    overlay = null;
    annotator = null;
  };

  // No checklist step in the page (issue 15.7): nothing derived from the user's storage goes into the page's DOM,
  // where any page script could read it. The step is in the popup and the toolbar badge.

  // Start once the page has drawn its first frames: its own first layout and paint go first, and the overlay does
  // not compete with them.
  void Promise.all([afterFrames(window, 2), packLoaded]).then(() => {
    if (ctx.isInvalid || !enabled()) return;
    start();
  });
  const unwatch = settingsItem.watch(() => {
    void getSettings().then((next) => {
      settings = next;
      if (!enabled()) return stop();
      start();
      annotator?.refresh();
    });
  });
  ctx.onInvalidated(() => {
    unwatch();
    stop();
  });

  if (window.top !== window) return;
  const listener = createMessageListener(
    {
      'tab:getPageInfo': (): PageInfo => {
        const screen = detectScreen(portal?.id ?? null, doc, location.href, (text) => glosser.gloss(text));
        const counts = annotator?.counts() ?? { fields: 0, annotated: 0 };
        return {
          portal: portal?.id ?? null,
          screenTitle: screen.title,
          screenName: screen.name,
          ...(screen.code ? { screenCode: screen.code } : {}),
          portalHints: screen.hints,
          active: overlay !== null,
          inline: settings.inlineChips.includes(key),
          fields: counts.fields,
          annotatedFields: counts.annotated,
          startedAt,
          readyAt: annotator?.readyAt ?? null,
        };
      },
    },
    extensionSelf(),
  );
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

/** Resolves after `count` frames of the page (at once in a hidden page, which draws none; at the latest after 1 s). */
function afterFrames(view: Window, count: number): Promise<void> {
  return new Promise((resolve) => {
    if (view.document.visibilityState !== 'visible' || count <= 0) return resolve();
    let left = count;
    // Resolve in a task of its own after the last frame, not inside its animation-frame callback (whose work would
    // delay that frame's rendering).
    const frame = () => (--left > 0 ? view.requestAnimationFrame(frame) : view.setTimeout(resolve, 0));
    view.requestAnimationFrame(frame);
    view.setTimeout(resolve, 1000);
  });
}
