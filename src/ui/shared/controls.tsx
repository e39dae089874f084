/** Controls shared by the popup and the options page: tabs and the language picker. */
import type { i18n } from 'i18next';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import coverage from 'virtual:tebiki-language-coverage';
import { coverageText } from '@/src/i18n/coverage';
import { UI_LANGUAGES } from '@/src/i18n/i18n';
import { closestLanguage } from '@/src/i18n/languages';
import { getSettings, settingsItem, updateSettings } from '@/src/storage/items';

export interface TabItem<Id extends string> {
  id: Id;
  label: string;
}

interface TabsProps<Id extends string> {
  /** Prefix of the element ids, unique on the page. */
  name: string;
  label: string;
  tabs: ReadonlyArray<TabItem<Id>>;
  selected: Id;
  onSelect: (id: Id) => void;
  /** The selected tab's panel. */
  children: ComponentChildren;
  class?: string;
}

/**
 * WAI-ARIA tabs: one tab stop for the tab list (the selected tab), arrow keys, Home and End move between tabs and
 * select them; the panel follows in the tab order.
 */
export function Tabs<Id extends string>({ name, label, tabs, selected, onSelect, children, ...rest }: TabsProps<Id>) {
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index + last) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    event.preventDefault();
    const tab = tabs[next]!;
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#${name}-tab-${tab.id}`)?.focus();
  };
  return (
    <div class={rest.class}>
      <div role="tablist" aria-label={label} class="tabs" ref={list} onKeyDown={move}>
        {tabs.map((tab) => (
          <button
            type="button"
            role="tab"
            key={tab.id}
            id={`${name}-tab-${tab.id}`}
            data-testid={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`${name}-panel`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${name}-panel`} aria-labelledby={`${name}-tab-${selected}`} class="tab-panel">
        {children}
      </div>
    </div>
  );
}

/**
 * The UI language picker: "Same as the browser" or one of the languages, each named in its own language (the
 * `language.name` string of its locale file), and under it what the shown language covers (counted from the
 * language packs at build time): the rest of Tebiki's words are English there.
 */
export function LanguagePicker({ i18n, id = 'language' }: { i18n: i18n; id?: string }) {
  const [value, setValue] = useState<string | null>(null);
  useEffect(() => {
    void getSettings().then((s) => setValue(s.uiLanguage));
    return settingsItem.watch(() => void getSettings().then((s) => setValue(s.uiLanguage)));
  }, []);
  const t = i18n.t.bind(i18n);
  const shown = closestLanguage(i18n.language);
  return (
    <div class="language-picker">
      <label for={id}>{t('options.language')}</label>{' '}
      <select
        id={id}
        data-testid="language-picker"
        value={value ?? 'auto'}
        disabled={value === null}
        onChange={(e) => void updateSettings({ uiLanguage: e.currentTarget.value })}
      >
        <option value="auto">{t('options.languageAuto')}</option>
        {UI_LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {i18n.getFixedT(lang)('language.name')}
          </option>
        ))}
      </select>
      <p class="language-coverage" data-testid="language-coverage">
        {coverageText(t, shown, t('language.name'), coverage[shown])}
      </p>
    </div>
  );
}
