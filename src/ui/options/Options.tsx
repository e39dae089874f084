import { useEffect, useState } from 'preact/hooks';
import { UI_LANGUAGES } from '@/src/i18n/i18n';
import { PORTALS } from '@/src/portals/portals';
import { getSettings, settingsItem, updateSettings, type Settings } from '@/src/storage/items';
import { useI18n } from '@/src/ui/shared/use-i18n';

/** Names of the UI languages in their own language, for the picker. */
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ja: '日本語' };

/** The options page: language, readings, and where Tebiki explains forms. */
export function Options() {
  const i18n = useI18n();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void getSettings().then(setSettings);
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);
  if (!i18n || !settings) return null;
  const t = i18n.t.bind(i18n);

  const togglePortal = (id: (typeof PORTALS)[number]['id'], on: boolean) => {
    const others = settings.disabledPortals.filter((p) => p !== id);
    void updateSettings({ disabledPortals: on ? others : [...others, id] });
  };

  return (
    <main>
      <h1>{t('options.title')}</h1>
      <p>{t('options.privacy')}</p>
      <h2>
        <label for="language">{t('options.language')}</label>
      </h2>
      <select
        id="language"
        value={settings.uiLanguage}
        onChange={(e) => void updateSettings({ uiLanguage: e.currentTarget.value })}
      >
        <option value="auto">{t('options.languageAuto')}</option>
        {UI_LANGUAGES.map((lang) => (
          <option key={lang} value={lang}>
            {LANGUAGE_NAMES[lang] ?? lang}
          </option>
        ))}
      </select>
      <h2>{t('options.portals')}</h2>
      <ul class="plain">
        {PORTALS.map((portal) => (
          <li key={portal.id}>
            <label class="toggle">
              <input
                type="checkbox"
                checked={!settings.disabledPortals.includes(portal.id)}
                onChange={(e) => togglePortal(portal.id, e.currentTarget.checked)}
              />
              {t(`portal.${portal.id}`)}
            </label>
          </li>
        ))}
      </ul>
      <label class="toggle">
        <input
          type="checkbox"
          checked={settings.furigana}
          onChange={(e) => void updateSettings({ furigana: e.currentTarget.checked })}
        />
        {t('options.furigana')}
      </label>
    </main>
  );
}
