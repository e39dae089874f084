import { useEffect, useState } from 'preact/hooks';
import type { i18n } from 'i18next';
import { browser } from 'wxt/browser';
import { createI18n } from '@/src/i18n/i18n';
import { getSettings, settingsItem } from '@/src/storage/items';

/** The i18next instance for the user's chosen UI language; follows changes of the setting. */
export function useI18n(): i18n | null {
  const [instance, setInstance] = useState<i18n | null>(null);
  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      const settings = await getSettings();
      const language = settings.uiLanguage === 'auto' ? browser.i18n.getUILanguage() : settings.uiLanguage;
      const next = await createI18n(language);
      if (!cancelled) {
        document.documentElement.lang = next.language;
        setInstance(next);
      }
    };
    void load();
    const unwatch = settingsItem.watch(() => void load());
    return () => {
      cancelled = true;
      unwatch();
    };
  }, []);
  return instance;
}
