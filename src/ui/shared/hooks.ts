/** The hooks every Tebiki page uses: the UI language and the one stored checklist state. */
import type { i18n } from 'i18next';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ChecklistState } from '@/src/checklist/state';
import type { Text } from '@/src/checklist/types';
import { createChecklistI18n } from '@/src/i18n/checklist-i18n';
import { uiLanguageFor } from '@/src/i18n/i18n';
import {
  getChecklistState,
  getSettings,
  settingsItem,
  updateChecklistState,
  watchChecklistState,
} from '@/src/storage/items';

/** Changes the stored checklist state. */
export type UpdateChecklist = (change: (state: ChecklistState) => ChecklistState) => void;

export interface ChecklistHandle {
  /** Null while loading. */
  state: ChecklistState | null;
  /** What migration had to say about the stored state (shown once). */
  notice: Text | undefined;
  update: UpdateChecklist;
}

/**
 * The one checklist state, as stored: loaded once, changed here at once and in storage after, and kept in step
 * with changes made elsewhere (the popup and the options page open side by side, the delete button).
 *
 * Why change events are not applied as they come: each of our own writes fires one, often after later changes
 * were already shown, so applying them would briefly undo quick answers. While our writes are pending, events are
 * ignored; afterwards an event makes us read the stored state again, which is always the latest.
 */
export function useChecklist(): ChecklistHandle {
  const [state, setState] = useState<ChecklistState | null>(null);
  const [notice, setNotice] = useState<Text | undefined>(undefined);
  const pending = useRef(0);
  useEffect(() => {
    let cancelled = false;
    const reload = () =>
      void getChecklistState().then((result) => {
        if (!cancelled && pending.current === 0) setState(result.state);
      });
    void getChecklistState().then((result) => {
      if (cancelled) return;
      setState(result.state);
      setNotice(result.message);
    });
    const unwatch = watchChecklistState(() => pending.current === 0 && reload());
    return () => {
      cancelled = true;
      unwatch();
    };
  }, []);
  const update: UpdateChecklist = (change) => {
    setState((current) => (current ? change(current) : current));
    pending.current += 1;
    void updateChecklistState(change)
      .then((saved) => {
        pending.current -= 1;
        if (pending.current === 0) setState(saved);
      })
      .catch((error: unknown) => {
        pending.current -= 1;
        console.error('Tebiki: could not save the checklist', error);
      });
  };
  return { state, notice, update };
}

/**
 * The i18next instance for the user's chosen UI language, with the checklist content; follows changes of the
 * setting.
 */
export function useI18n(): i18n | null {
  const [instance, setInstance] = useState<i18n | null>(null);
  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      const settings = await getSettings();
      const next = await createChecklistI18n(uiLanguageFor(settings.uiLanguage, browser.i18n.getUILanguage()));
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
