/**
 * The user's life cycle and reminder dates, from the stored state: pure functions shared by the popup, the options
 * page and the background (which must stay small: it imports this, not the checklist content).
 */
import type { IsoDate } from './iso-date.ts';
import { computeLifecycle, reminderDates, type Lifecycle, type LifecycleInput, type Reminder } from './lifecycle.ts';
import { lifecycleInput, type ChecklistState } from './state.ts';

/** The life cycle computed from the state, or why not. */
export type LifecycleView =
  | { kind: 'missing' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'ok'; input: LifecycleInput; lifecycle: Lifecycle };

/**
 * The life cycle of the user's card, when the state has the dates it needs and they fit together.
 * @example lifecycleOf(state).kind === 'ok' && lifecycleOf(state).lifecycle.card.expiry
 */
export function lifecycleOf(state: ChecklistState): LifecycleView {
  const input = lifecycleInput(state);
  if (!input) return { kind: 'missing' };
  try {
    return { kind: 'ok', input, lifecycle: computeLifecycle(input) };
  } catch (error) {
    // computeLifecycle throws a RangeError for dates that cannot describe a real card (issued before birth…).
    return { kind: 'invalid', reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The reminders the state calls for from `today` on (all of them without `today`), whether or not they are on.
 * @example plannedReminders(state, '2025-01-01').map((r) => r.id) → ['window-opens@2027-01-01', …]
 */
export function plannedReminders(state: ChecklistState, today?: IsoDate): Reminder[] {
  const view = lifecycleOf(state);
  if (view.kind !== 'ok') return [];
  return reminderDates(view.lifecycle, today === undefined ? {} : { today });
}
