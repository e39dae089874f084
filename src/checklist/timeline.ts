/**
 * The rows of the card's timeline (drawn as an SVG in src/ui/checklist/Timeline.tsx, also on the print sheet): the
 * card, both certificates and the period of stay, each from its start to its end, with the renewal window and today.
 * Pure, so that a table test can check what ends first without drawing anything.
 */
import { addDays, daysBetween, type IsoDate } from './iso-date.ts';
import { renewalWindowOpens } from './lifecycle.ts';
import { lifecycleOf } from './reminder-plan.ts';
import type { ChecklistState } from './state.ts';
import type { LifecycleTargetId } from './types.ts';

export type TimelineRowId = LifecycleTargetId | 'stay';

export interface TimelineRow {
  id: TimelineRowId;
  start: IsoDate;
  end: IsoDate;
  /** When the renewal (or, for a card that ends with the stay, the extension) can start; none for the stay. */
  actFrom?: IsoDate;
}

export interface Timeline {
  rows: TimelineRow[];
  /** The row that ends first from today on (the card when several end on the same day). */
  first: TimelineRow;
  from: IsoDate;
  to: IsoDate;
  today: IsoDate;
}

/**
 * The timeline for the stored dates, or undefined when there is nothing to draw: no card dates and no dated stay.
 * Without the birth and issue dates, a card holder's card is drawn from today to the end of the stay (or the date
 * printed on the card).
 * @example timelineOf(state, '2026-12-06')?.first.id === 'signatureCertificate'
 */
export function timelineOf(state: ChecklistState, today: IsoDate): Timeline | undefined {
  const rows: TimelineRow[] = [];
  const { stayEnd, cardExpiryOnCard } = state.dates;
  const stayDate: IsoDate | undefined =
    state.answers.status === 'mid-long' && stayEnd !== undefined && stayEnd !== 'permanent' ? stayEnd : undefined;
  const view = lifecycleOf(state);
  if (view.kind === 'ok') {
    const { lifecycle } = view;
    const targets: LifecycleTargetId[] = ['card', 'userAuthCertificate'];
    if (lifecycle.signatureNormallyIssued) targets.push('signatureCertificate');
    for (const id of targets) {
      const { issueDate, expiry } = lifecycle[id];
      rows.push({ id, start: issueDate, end: expiry, actFrom: lifecycle.renewalOpens[id] });
    }
  } else if (state.answers.card === 'have' && (cardExpiryOnCard || stayDate)) {
    const end = (cardExpiryOnCard ?? stayDate)!;
    rows.push({ id: 'card', start: minOf(today, end), end, actFrom: renewalWindowOpens(end) });
  }
  if (stayDate)
    rows.push({ id: 'stay', start: minOf(today, stayDate), end: stayDate, actFrom: renewalWindowOpens(stayDate) });
  if (rows.length === 0) return undefined;
  // What ends first from today on: something that has already ended is drawn, but is not what to act on next.
  const ahead = rows.filter((r) => r.end >= today);
  const first = (ahead.length > 0 ? ahead : rows).reduce((a, b) => (b.end < a.end ? b : a));
  const from = rows.reduce((min, r) => minOf(min, r.start), today);
  const last = rows.reduce((max, r) => (r.end > max ? r.end : max), today);
  // A little room after the last end, so that its label fits.
  const to = addDays(last, Math.max(30, Math.round(daysBetween(from, last) * 0.08)));
  return { rows, first, from, to, today };
}

function minOf(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/**
 * Where a date falls between `from` and `to`, from 0 to 1.
 * @example position('2026-01-01', '2026-01-01', '2026-01-11') === 0
 */
export function position(date: IsoDate, from: IsoDate, to: IsoDate): number {
  const span = daysBetween(from, to);
  if (span <= 0) return 0;
  return Math.min(1, Math.max(0, daysBetween(from, date) / span));
}
