/**
 * Shared set-up of the component tests: a fresh fake browser (storage, alarms, notifications from
 * wxt/testing/fake-browser) with an English UI, i18next with the checklist content, and rendering a checklist view
 * on a fixed "today".
 */
import { cleanup, render, waitFor, type RenderResult } from '@testing-library/preact';
import type { i18n } from 'i18next';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { IsoDate } from '@/src/checklist/iso-date';
import { createChecklistI18n } from '@/src/i18n/checklist-i18n';
import { checklistSaved } from '@/src/storage/items';
import { ChecklistView, type ChecklistPart } from '@/src/ui/checklist/Checklist';

/** The date the tests take as today. */
export const TODAY: IsoDate = '2025-04-01';

/** Unmounts what a test rendered and waits for its writes, so that none lands in the next test's storage. */
export async function cleanUp(): Promise<void> {
  cleanup();
  await checklistSaved();
}

/** Resets the fake browser and gives it what it does not fake (the UI language). */
export function resetBrowser(language = 'en-US'): void {
  fakeBrowser.reset();
  fakeBrowser.i18n.getUILanguage = () => language;
}

/** Renders some checklist parts in a language and waits until the stored state has loaded. */
export async function renderChecklist(
  parts: readonly ChecklistPart[],
  { language = 'en', today = TODAY }: { language?: string; today?: IsoDate } = {},
): Promise<RenderResult & { i18n: i18n }> {
  const i18n = await createChecklistI18n(language);
  const result = render(<ChecklistView t={i18n.t.bind(i18n)} language={i18n.language} parts={parts} today={today} />);
  await waitFor(() => {
    if (result.container.querySelector('.checklist') === null) throw new Error('still loading');
  });
  return { ...result, i18n };
}

/** The raw value stored under the checklist key. */
export async function storedChecklist(): Promise<Record<string, unknown>> {
  const { checklist } = await fakeBrowser.storage.local.get('checklist');
  return (checklist ?? {}) as Record<string, unknown>;
}
