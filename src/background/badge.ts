/**
 * The toolbar badge: "!" when something about the user's card is due now (renew, extend the stay and change the
 * card's validity, an expired card or certificate), nothing otherwise. The step itself is in the popup.
 *
 * - Per user, not per tab: it is set without a tab id, so every tab shows the same, and no page can learn anything
 *   from it (pages cannot read the badge; nothing is put in the page's DOM).
 * - Tiny and privacy-safe: one character, no dates, no status of residence; the title says only that something is
 *   due and where to look.
 * - It follows the calendar: a daily alarm re-computes it while the user has a card (what is due changes with the
 *   date, not only with the answers).
 */
import { browser } from 'wxt/browser';
import { dueNow } from '@/src/checklist/journey';
import { localToday } from '@/src/checklist/reminder-texts';
import type { ChecklistState } from '@/src/checklist/state';
import { getChecklistState, getSettings } from '@/src/storage/items';
import { backgroundLanguage, translator } from './reminder-language';

/** The daily alarm that keeps the badge in step with the date. */
export const BADGE_ALARM = 'tebiki-badge';
export const BADGE_DUE_TEXT = '!';
/** An attention colour that reads on light and dark toolbars. */
const BADGE_COLOR = '#b3261e';

/**
 * The badge text for a state on a day: "!" when something is due, else empty.
 * @example badgeText(stateWithCardEndingNextMonth, '2026-12-06') === '!'
 */
export function badgeText(state: ChecklistState, today: string): string {
  return dueNow(state, today).due === 'none' ? '' : BADGE_DUE_TEXT;
}

/** Sets the badge (and its title) from the stored state, for every tab at once. */
export async function syncBadge(now: Date = new Date()): Promise<string> {
  const { state } = await getChecklistState();
  const text = badgeText(state, localToday(now));
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ text });
  if (text) {
    await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    const settings = await getSettings();
    const language = backgroundLanguage(settings.uiLanguage, browser.i18n.getUILanguage());
    const title = translator(language)({
      id: 'guide.label.badgeDue',
      en: 'Tebiki: something about your card is due now. Open the Checklist tab.',
    });
    await action.setTitle({ title });
  } else {
    await action.setTitle({ title: browser.i18n.getMessage('extActionTitle') });
  }
  // Chrome has `alarms` only once reminders are on (an optional permission there): without it the badge is still
  // re-computed at every start of the background and every change of the answers.
  if (!browser.alarms) return text;
  const daily = await browser.alarms.get(BADGE_ALARM);
  if (state.answers.card === 'have' && !daily) {
    await browser.alarms.create(BADGE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 60 });
  } else if (state.answers.card !== 'have' && daily) await browser.alarms.clear(BADGE_ALARM);
  return text;
}
