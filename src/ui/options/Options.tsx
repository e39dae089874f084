import type { i18n } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { PORTALS } from '@/src/portals/portals';
import {
  getSettings,
  HOVER_DELAYS,
  readSettings,
  settingsItem,
  TOOLTIP_SIZES,
  updateSettings,
  type HoverDelay,
  type Settings,
  type TooltipSize,
} from '@/src/storage/items';
import { ChecklistView, CHECKLIST_PARTS } from '@/src/ui/checklist/Checklist';
import { DeleteEverything } from '@/src/ui/checklist/Reminders';
import { LookupView } from '@/src/ui/lookup/Lookup';
import { LanguagePicker, Tabs } from '@/src/ui/shared/controls';
import { Shortcuts } from '@/src/ui/shared/Shortcuts';
import { Toggle } from '@/src/ui/shared/Toggle';
import { useI18n } from '@/src/ui/shared/hooks';
import { PrintSheet } from './PrintSheet';

/** The options page's views, each with its address (options.html#print). */
export const OPTIONS_VIEWS = ['checklist', 'print', 'lookup', 'settings'] as const;
export type OptionsView = (typeof OPTIONS_VIEWS)[number];

/** Each view's tab label (message code). */
const VIEW_LABELS: Record<OptionsView, string> = {
  checklist: 'options.checklist',
  print: 'options.print',
  lookup: 'lookup.tab',
  settings: 'options.settings',
};

function viewFromHash(hash: string): OptionsView {
  const id = hash.replace(/^#/, '');
  return (OPTIONS_VIEWS as readonly string[]).includes(id) ? (id as OptionsView) : 'checklist';
}

/** Follows the address's #view, so that a view can be linked to and the back button works. */
function useHashView(): [OptionsView, (view: OptionsView) => void] {
  const [view, setView] = useState<OptionsView>(() => viewFromHash(location.hash));
  useEffect(() => {
    const follow = () => setView(viewFromHash(location.hash));
    window.addEventListener('hashchange', follow);
    // The address may have changed between the first drawing and now (effects run after paint; a link or the
    // welcome page can set #lookup in that moment): catch up, or that change is lost.
    follow();
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return [
    view,
    (next) => {
      history.replaceState(null, '', `#${next}`);
      setView(next);
    },
  ];
}

/**
 * The options page (also the welcome page on install): the whole checklist, the printable sheet for the municipal
 * office, the glossary lookup, and the settings.
 */
export function Options() {
  const i18n = useI18n();
  const [view, setView] = useHashView();
  if (!i18n) return null;
  const t = i18n.t.bind(i18n);
  const tabs = OPTIONS_VIEWS.map((id) => ({ id, label: t(VIEW_LABELS[id]) }));
  return (
    <main class="options">
      <header class="no-print">
        <div class="bar">
          <h1>{t('options.title')}</h1>
          <LanguagePicker i18n={i18n} />
        </div>
        <p>{t('options.privacy')}</p>
      </header>
      <Tabs name="options" label={t('options.views')} tabs={tabs} selected={view} onSelect={setView} class="views">
        {view === 'checklist' && (
          <ChecklistView t={t} language={i18n.language} parts={CHECKLIST_PARTS.filter((p) => p !== 'delete')} />
        )}
        {view === 'print' && <PrintSheet i18n={i18n} />}
        {view === 'lookup' && (
          <LookupView t={t} language={i18n.language} onOpenChecklist={() => setView('checklist')} />
        )}
        {view === 'settings' && <SettingsView i18n={i18n} />}
      </Tabs>
    </main>
  );
}

/** Where Tebiki explains forms, readings, and deleting everything. */
function SettingsView({ i18n }: { i18n: i18n }) {
  const t = i18n.t.bind(i18n);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repaired, setRepaired] = useState(false);
  useEffect(() => {
    void readSettings().then((read) => {
      setSettings(read.settings);
      // Damaged settings are stored repaired, and the user told once.
      if (read.repaired) {
        setRepaired(true);
        void settingsItem.setValue(read.settings);
      }
    });
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);
  if (!settings) return null;

  const togglePortal = (id: (typeof PORTALS)[number]['id'], on: boolean) => {
    const others = settings.disabledPortals.filter((p) => p !== id);
    void updateSettings({ disabledPortals: on ? others : [...others, id] });
  };

  return (
    <div data-testid="settings">
      {repaired && (
        <p class="notice" role="status">
          {t('options.settingsRepaired')}
        </p>
      )}
      <fieldset class="plain-fieldset">
        <legend>
          <h2>{t('options.portals')}</h2>
        </legend>
        <ul class="plain">
          {PORTALS.map((portal) => (
            <li key={portal.id}>
              <Toggle
                checked={!settings.disabledPortals.includes(portal.id)}
                onChange={(on) => togglePortal(portal.id, on)}
              >
                {t(`portal.${portal.id}`)}
              </Toggle>
            </li>
          ))}
        </ul>
      </fieldset>
      <Toggle checked={settings.furigana} onChange={(on) => void updateSettings({ furigana: on })}>
        {t('options.furigana')}
      </Toggle>
      <TooltipSettings i18n={i18n} settings={settings} />
      <h2>{t('options.shortcuts')}</h2>
      <Shortcuts i18n={i18n} />
      <h2>{t('checklist.delete.title')}</h2>
      <DeleteEverything t={t} />
    </div>
  );
}

/** How tooltips appear: the hover delay, the text size, and focus only. */
function TooltipSettings({ i18n, settings }: { i18n: i18n; settings: Settings }) {
  const t = i18n.t.bind(i18n);
  return (
    <fieldset class="plain-fieldset" data-testid="tooltip-settings">
      <legend>
        <h2>{t('options.tooltips')}</h2>
      </legend>
      <div class="field">
        <label for="hover-delay">{t('options.hoverDelay')}</label>
        <select
          id="hover-delay"
          value={String(settings.hoverDelayMs)}
          disabled={settings.focusOnly}
          onChange={(e) => void updateSettings({ hoverDelayMs: Number(e.currentTarget.value) as HoverDelay })}
        >
          {HOVER_DELAYS.map((ms) => (
            <option key={ms} value={String(ms)}>
              {t(`options.hoverDelay${ms}`)}
            </option>
          ))}
        </select>
        <p class="hint">{t('options.hoverDelayHint')}</p>
      </div>
      <div class="field">
        <label for="tooltip-size">{t('options.tooltipSize')}</label>
        <select
          id="tooltip-size"
          value={settings.tooltipSize}
          onChange={(e) => void updateSettings({ tooltipSize: e.currentTarget.value as TooltipSize })}
        >
          {TOOLTIP_SIZES.map((size) => (
            <option key={size} value={size}>
              {t(`options.size.${size}`)}
            </option>
          ))}
        </select>
      </div>
      <Toggle checked={settings.focusOnly} onChange={(on) => void updateSettings({ focusOnly: on })}>
        {t('options.focusOnly')}
      </Toggle>
    </fieldset>
  );
}
