import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PORTALS } from '@/src/portals/portals';
import { ChecklistView } from '@/src/ui/checklist/Checklist';
import { LookupView } from '@/src/ui/lookup/Lookup';
import { LanguagePicker, Tabs } from '@/src/ui/shared/controls';
import { useI18n } from '@/src/ui/shared/hooks';
import { ThisPage } from './ThisPage';

/** The popup's tabs. */
export const POPUP_TABS = ['this-page', 'checklist', 'reminders', 'lookup'] as const;
export type PopupTab = (typeof POPUP_TABS)[number];

/** Each tab's label (message code). */
const TAB_LABELS: Record<PopupTab, string> = {
  'this-page': 'popup.thisPage',
  checklist: 'popup.checklist',
  reminders: 'popup.reminders',
  lookup: 'lookup.tab',
};

/** `?view=checklist` opens a tab other than "This page" (for links from elsewhere in the extension). */
function initialTab(): PopupTab {
  const view = new URLSearchParams(location.search).get('view');
  return (POPUP_TABS as readonly string[]).includes(view ?? '') ? (view as PopupTab) : 'this-page';
}

/** The toolbar popup: "This page", "Checklist" and "Reminders" tabs, and the language. */
export function Popup() {
  const i18n = useI18n();
  const [tab, setTab] = useState<PopupTab>(initialTab);
  if (!i18n) return null;
  const t = i18n.t.bind(i18n);
  const tabs = POPUP_TABS.map((id) => ({ id, label: t(TAB_LABELS[id]) }));
  return (
    <main class="popup">
      <header class="bar">
        <h1>{t('app.name')}</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.openOptions')}
        </button>
      </header>
      <Tabs name="popup" label={t('popup.tabs')} tabs={tabs} selected={tab} onSelect={setTab}>
        {tab === 'this-page' && (
          <>
            <ThisPage t={t} language={i18n.language} onOpenChecklist={() => setTab('checklist')} />
            <details>
              <summary>{t('popup.supported')}</summary>
              <ul>
                {PORTALS.map((portal) => (
                  <li key={portal.id}>
                    {t(`portal.${portal.id}`)} <span class="muted">({portal.hosts[0]})</span>
                  </li>
                ))}
              </ul>
            </details>
          </>
        )}
        {tab === 'checklist' && <ChecklistView t={t} language={i18n.language} parts={['guide']} />}
        {tab === 'reminders' && (
          <ChecklistView t={t} language={i18n.language} parts={['reminders', 'lifecycle', 'delete']} />
        )}
        {tab === 'lookup' && (
          <LookupView
            t={t}
            language={i18n.language}
            compact
            onOpenChecklist={() => setTab('checklist')}
            onOpenLarger={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#lookup') })}
          />
        )}
      </Tabs>
      <footer class="footer">
        <LanguagePicker i18n={i18n} id="popup-language" />
      </footer>
    </main>
  );
}
