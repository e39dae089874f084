import { useEffect, useState } from 'preact/hooks';
import type { i18n } from 'i18next';
import type { PageInfo } from '@/src/messaging/protocol';
import { sendToTab } from '@/src/messaging/send';
import { getSettings, portalKey, updateSettings } from '@/src/storage/items';
import { ChecklistView } from '@/src/ui/checklist/Checklist';
import { Toggle } from '@/src/ui/shared/Toggle';
import { activeTab } from './active-tab';
import { annotateTab } from './annotate-tab';

type State =
  | { kind: 'loading' }
  | { kind: 'page'; tabId: number; info: PageInfo }
  | { kind: 'other'; tabId: number | null; error?: string };

async function pageInfo(tabId: number): Promise<PageInfo | null> {
  try {
    return (await sendToTab(tabId, { type: 'tab:getPageInfo' })) ?? null;
  } catch {
    // No content script answered: Tebiki is not on this page (not a portal, not annotated yet, or a browser page).
    return null;
  }
}

/** "This page": portal and screen of the active tab, fields explained, the toggles; elsewhere, "Annotate this page". */
export function ThisPage({
  t,
  language,
  onOpenChecklist,
}: {
  t: i18n['t'];
  language: string;
  onOpenChecklist: () => void;
}) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [furigana, setFurigana] = useState<boolean | null>(null);
  useEffect(() => void getSettings().then((s) => setFurigana(s.furigana)), []);

  const refresh = async () => {
    const tab = await activeTab();
    if (!tab) return setState({ kind: 'other', tabId: null });
    const info = await pageInfo(tab.id);
    setState(info ? { kind: 'page', tabId: tab.id, info } : { kind: 'other', tabId: tab.id });
  };
  useEffect(() => void refresh(), []);

  if (state.kind === 'loading') return <p class="muted">{t('popup.loading')}</p>;
  if (state.kind === 'other') {
    const annotate = async () => {
      if (state.tabId === null) return;
      const error = await annotateTab(state.tabId);
      if (error) return setState({ ...state, error: t('popup.annotateFailed') });
      // The injected script needs a moment to scan the page.
      setTimeout(() => void refresh(), 300);
    };
    return (
      <section aria-labelledby="this-page-heading">
        <h2 id="this-page-heading">{t('popup.thisPage')}</h2>
        <p data-testid="not-portal">{t('popup.notPortal')}</p>
        {state.tabId !== null && (
          <button type="button" data-testid="annotate" onClick={() => void annotate()}>
            {t('popup.annotate')}
          </button>
        )}
        {state.error && (
          <p role="alert" class="error">
            {state.error}
          </p>
        )}
        {/* Not on a portal: the user's next step with the card is what the popup is for here (no dead end). */}
        <ChecklistView t={t} language={language} parts={['here']} />
        <button type="button" class="link" data-testid="open-checklist" onClick={onOpenChecklist}>
          {t('popup.openChecklist')}
        </button>
      </section>
    );
  }

  const { info } = state;
  const key = portalKey(info.portal ?? undefined);
  const setPortalOn = async (on: boolean) => {
    if (!info.portal) return;
    const portal = info.portal;
    const settings = await getSettings();
    const others = settings.disabledPortals.filter((id) => id !== portal);
    await updateSettings({ disabledPortals: on ? others : [...others, portal] });
    setTimeout(() => void refresh(), 150);
  };
  const setInline = async (on: boolean) => {
    const settings = await getSettings();
    const others = settings.inlineChips.filter((id) => id !== key);
    await updateSettings({ inlineChips: on ? [...others, key] : others });
    setTimeout(() => void refresh(), 150);
  };

  return (
    <section aria-labelledby="this-page-heading">
      <h2 id="this-page-heading">{t('popup.thisPage')}</h2>
      <dl class="facts">
        <dt>{t('popup.portal')}</dt>
        <dd data-testid="portal-name">{info.portal ? t(`portal.${info.portal}`) : t('popup.otherSite')}</dd>
        {info.screenTitle && (
          <>
            <dt>{t('popup.screen')}</dt>
            <dd data-testid="screen">
              <span data-testid="screen-title" lang="ja">
                {info.screenTitle}
              </span>
              {info.screenName && <span data-testid="screen-name"> — {info.screenName}</span>}
              {info.screenCode && <span class="muted"> ({info.screenCode})</span>}
            </dd>
          </>
        )}
        {info.active && (
          <>
            <dt>{t('popup.fields')}</dt>
            <dd data-testid="field-counts">
              {t('popup.fieldsValue', { annotated: info.annotatedFields, total: info.fields })}
            </dd>
          </>
        )}
      </dl>
      {info.portal && (
        <Toggle checked={info.active} onChange={(on) => void setPortalOn(on)} testid="portal-toggle">
          {t('popup.enabledHere')}
        </Toggle>
      )}
      {info.active && (
        <Toggle checked={info.inline} onChange={(on) => void setInline(on)} testid="inline-toggle">
          {t('popup.inlineHere')}
        </Toggle>
      )}
      {info.active && furigana !== null && (
        <Toggle
          checked={furigana}
          onChange={(on) => {
            setFurigana(on);
            void updateSettings({ furigana: on });
          }}
          testid="furigana-toggle"
        >
          {t('popup.furiganaHere')}
        </Toggle>
      )}
      {!info.active && <p class="muted">{t('popup.offHere')}</p>}
      {info.portalHints.map((hint) => (
        <p class="hint" key={hint.text}>
          {hint.text}
        </p>
      ))}
    </section>
  );
}
