/**
 * The content script's start-up on a portal page (or any page the user asked to annotate): check the user's setting
 * for this portal, create the overlay, start the annotator and answer the popup. Runs in every frame the manifest
 * injects it into; a subframe starts only once it holds a form control (frame-gate.ts), and only the top frame
 * answers the popup. Every text the user reads goes through the catalogue
 * (texts.ts), in the user's language when its language pack was delivered, else English; no i18next here. Nothing
 * derived from the user's storage but their settings is read, and nothing of it is put into the page.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadLanguagePack } from '@/src/i18n/language-pack-client';
import { languageFor } from '@/src/i18n/languages';
import { createMessageListener, type PageInfo } from '@/src/messaging/protocol';
import { extensionSelf, sendToExtension } from '@/src/messaging/send';
import type { Shortcuts } from '@/src/keyboard/commands';
import { portalForUrl } from '@/src/portals/portals';
import { detectScreen, matchScreen, portalNotes } from '@/src/portals/screens';
import { getSettings, isPortalEnabled, portalKey, settingsItem, type Settings } from '@/src/storage/items';
import { startAnnotator, type Annotator } from './annotator';
import { frameReady } from './frame-gate';
import { createContentGlosser } from './glosser';
import { createOverlay, type Overlay } from './overlay';
import { createTexts, type Texts } from './texts';

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
  let texts: Texts = createTexts('en');
  const loadTexts = async (s: Settings): Promise<void> => {
    const language = languageFor(s.uiLanguage, browser.i18n.getUILanguage());
    const pack = await loadLanguagePack(language);
    texts = createTexts(language, pack?.messages, pack?.texts);
    glosser.setPack(pack ?? undefined); // meanings in the user's language (English where the pack lacks a word)
  };

  // The screen's profile, read again only when the heading changes (single-page apps change screens in place).
  let screenCache: { title: string; value: ReturnType<typeof matchScreen> } | null = null;
  const screen = () => {
    const value = matchScreen(portal?.id, doc, location.href);
    if (screenCache?.title !== value.title) screenCache = { title: value.title, value };
    return screenCache.value;
  };

  // The keys bound to Tebiki's commands (the user may change them on the browser's shortcuts page), for the buttons.
  let shortcuts: Shortcuts = {};
  const askShortcuts = () =>
    void sendToExtension({ type: 'bg:shortcuts' })
      .then((keys) => {
        if (keys) shortcuts = keys;
      })
      .catch(() => undefined);

  let overlay: Overlay | null = null;
  let annotator: Annotator | null = null;

  const enabled = () => !portal || isPortalEnabled(settings, portal.id);
  const start = () => {
    if (overlay || ctx.isInvalid) return;
    overlay = createOverlay(doc);
    annotator = startAnnotator({
      doc,
      overlay,
      glosser,
      texts: () => texts,
      furigana: () => settings.furigana,
      inline: () => settings.inlineChips.includes(key),
      hoverDelay: () => settings.hoverDelayMs,
      focusOnly: () => settings.focusOnly,
      textSize: () => settings.tooltipSize,
      shortcuts: () => shortcuts,
      screen,
      signal: ctx.signal,
      ...(portal ? { portal: portal.id } : {}),
    });
  };
  const stop = () => {
    annotator?.stop();
    overlay?.destroy();
    overlay = null;
    annotator = null;
  };

  // Start once the page has drawn its first frames: its own first layout and paint go first, and the overlay does
  // not compete with them.
  // The dictionary index comes from the background (it is not in this script's bundle): ask at once, so it arrives
  // while the page draws its first frames; the overlay starts when the index and the language pack are there.
  // A subframe without a form control (a banner, a video) asks for nothing and scans nothing until one appears.
  let frameWanted = false;
  let frameOpen = false;
  void frameReady(window, ctx.signal).then(async (ready) => {
    if (!ready) return;
    frameWanted = true;
    askShortcuts();
    const indexReady = glosser.prepare().catch(() => undefined);
    await Promise.all([afterFrames(window, 2), loadTexts(settings), indexReady]);
    frameOpen = true;
    if (ctx.isInvalid || !enabled()) return;
    start();
  });
  const unwatch = settingsItem.watch(() => {
    void getSettings().then(async (next) => {
      const languageChanged = next.uiLanguage !== settings.uiLanguage;
      settings = next;
      if (languageChanged && frameWanted) await loadTexts(next);
      if (!enabled()) return stop();
      if (!frameOpen) return;
      start();
      annotator?.refresh();
    });
  });
  ctx.onInvalidated(() => {
    unwatch();
    stop();
  });

  // Keyboard commands reach every frame; the one with focus runs it. The popup asks the top frame only.
  const top = window.top === window;
  const listener = createMessageListener(
    {
      'tab:command': (message) => annotator?.command(message.command) ?? false,
      ...(top ? { 'tab:getPageInfo': pageInfo } : {}),
    },
    extensionSelf(),
  );
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));

  function pageInfo(): PageInfo {
    const info = detectScreen(portal?.id ?? null, doc, location.href, (text) => glosser.gloss(text));
    const counts = annotator?.counts() ?? { fields: 0, annotated: 0 };
    const name = info.screen ? texts.data(`screen:${info.screen.id}`, info.name).text : info.name;
    return {
      portal: portal?.id ?? null,
      screenTitle: info.title,
      screenName: name,
      ...(info.code ? { screenCode: info.code } : {}),
      portalHints: portalNotes(info.profile).map((note) => ({
        text: texts.data(note.id, note.text).text,
        source: note.source,
      })),
      active: overlay !== null,
      inline: settings.inlineChips.includes(key),
      fields: counts.fields,
      annotatedFields: counts.annotated,
      startedAt,
      readyAt: annotator?.readyAt ?? null,
    };
  }
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
