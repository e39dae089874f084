import { useEffect, useState } from 'preact/hooks';
import type { i18n } from 'i18next';
import type { PageInfo } from '@/src/messaging/protocol';
import { sendToTab } from '@/src/messaging/send';
import { updateSettings, getSettings } from '@/src/storage/items';
import { activeTab } from './active-tab';

type State = { kind: 'loading' } | { kind: 'page'; tabId: number; info: PageInfo } | { kind: 'not-portal' };

/** "This page": which portal and screen the active tab is on, how many fields are explained, and the on/off toggle. */
export function ThisPage({ t }: { t: i18n['t'] }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  const refresh = async () => {
    const tab = await activeTab();
    if (!tab) return setState({ kind: 'not-portal' });
    try {
      const info = await sendToTab(tab.id, { type: 'tab:getPageInfo' });
      setState(info?.portal ? { kind: 'page', tabId: tab.id, info } : { kind: 'not-portal' });
    } catch {
      // No content script answered: the tab is not a portal (Tebiki is not injected there) or not loaded yet.
      setState({ kind: 'not-portal' });
    }
  };

  useEffect(() => void refresh(), []);

  if (state.kind === 'loading') return <p class="muted">{t('popup.loading')}</p>;
  if (state.kind === 'not-portal') return <p data-testid="not-portal">{t('popup.notPortal')}</p>;

  const { info } = state;
  const portal = info.portal!;
  const toggle = async (event: Event) => {
    const on = (event.currentTarget as HTMLInputElement).checked;
    const settings = await getSettings();
    const others = settings.disabledPortals.filter((id) => id !== portal);
    await updateSettings({ disabledPortals: on ? others : [...others, portal] });
    // The content script follows the setting; ask it again for fresh counts.
    setTimeout(() => void refresh(), 100);
  };

  return (
    <section aria-labelledby="this-page-heading">
      <h2 id="this-page-heading">{t('popup.thisPage')}</h2>
      <dl class="facts">
        <dt>{t('popup.portal')}</dt>
        <dd data-testid="portal-name">{t(`portal.${portal}`)}</dd>
        {info.screenTitle && (
          <>
            <dt>{t('popup.screen')}</dt>
            <dd data-testid="screen-title" lang="ja">
              {info.screenTitle}
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
      <label class="toggle">
        <input
          type="checkbox"
          checked={info.active}
          onChange={(event) => void toggle(event)}
          data-testid="portal-toggle"
        />
        {t('popup.enabledHere')}
      </label>
      {!info.active && <p class="muted">{t('popup.offHere')}</p>}
    </section>
  );
}
