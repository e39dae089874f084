/**
 * The life cycle of the My Number Card and its two electronic certificates: expiry dates, the renewal window,
 * reminder dates and the validity change (有効期間変更) after a stay is extended. Pure functions on ISO dates.
 *
 * The rules and their sources are in dictionaries/checklists/lifecycle.yaml (facts `card-validity`,
 * `card-stay-cap`, `certificate-validity`, `certificate-stay-cap`, `renewal-window`, `validity-change`,
 * `leap-day-birthdays`), which the UI shows beside the dates.
 *
 * Birthdays and age (decided here, tested in lifecycle.test.ts):
 * - Age: 年齢計算ニ関スル法律 applies 民法143条, so age N is reached at the end of the day before the Nth birthday.
 *   Counted at the start of a day, a person therefore has age N from the birthday itself; someone born on
 *   29 February reaches it at the end of 28 February in a non-leap year, so is N from 1 March. {@link ageOn}.
 * - "The Nth birthday after issue" (the expiry of the card and certificates): in a year without 29 February the
 *   birthday of someone born on 29 February is taken to be 28 February. Basis: the proviso of 民法143条2項 (a
 *   period whose corresponding day does not exist ends on the last day of that month) and the same deeming in
 *   other administrative rules (driving licences). UNVERIFIED for the card: no J-LIS or ministry page states it.
 *   It is also the safe side: the date we show is never later than the real one.
 * - "After issue" is strict: a birthday on the issue date itself does not count (発行の日後).
 */

import {
  addDays,
  addMonthsClamped,
  daysBetween,
  isLeapYear,
  minDate,
  requireIsoDate,
  type IsoDate,
} from './iso-date.ts';
import type { LifecycleTargetId, StayEnd } from './types.ts';

export type { StayEnd };

/** Age from which the card runs 10 birthdays (applications from 2022-04-01); 20 for earlier applications. */
export const ADULT_AGE = 18;
export const ADULT_AGE_BEFORE_2022_04 = 20;
const ADULT_AGE_CHANGED = '2022-04-01';
/** Under this age at issue a signature certificate is normally not issued. */
export const SIGNATURE_CERTIFICATE_MIN_AGE = 15;
/** Renewal opens this many months before expiry. */
export const RENEWAL_WINDOW_MONTHS = 3;
/** Reminders before expiry, in days, besides the one when renewal opens. */
export const REMINDER_DAYS_BEFORE = [30, 7] as const;

/**
 * The date of the birthday in a given year; 28 February for a 29 February birthday in a non-leap year.
 * @example birthdayIn('2000-02-29', 2025) === '2025-02-28'; birthdayIn('2000-02-29', 2028) === '2028-02-29'
 */
export function birthdayIn(birthDate: IsoDate, year: number): IsoDate {
  const { month, day } = requireIsoDate(birthDate, 'birthDate');
  const leapDayInCommonYear = month === 2 && day === 29 && !isLeapYear(year);
  const mm = String(month).padStart(2, '0');
  const dd = leapDayInCommonYear ? '28' : String(day).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${mm}-${dd}`;
}

/**
 * Age in completed years at the start of `date` (see the header on why this matches Japanese law).
 * @example ageOn('2008-05-10', '2026-05-10') === 18; ageOn('2008-02-29', '2026-02-28') === 17
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const birth = requireIsoDate(birthDate, 'birthDate');
  const on = requireIsoDate(date, 'date');
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}

/**
 * The Nth birthday strictly after a date.
 * @example nthBirthdayAfter('1990-05-10', '2024-05-10', 10) === '2034-05-10'
 * @example nthBirthdayAfter('1990-05-10', '2024-05-09', 10) === '2033-05-10'
 */
export function nthBirthdayAfter(birthDate: IsoDate, after: IsoDate, n: number): IsoDate {
  const { year } = requireIsoDate(after, 'after');
  const first = birthdayIn(birthDate, year) > after ? year : year + 1;
  return birthdayIn(birthDate, first + n - 1);
}

/** What set a card's expiry. */
export type CardCap = 'age-rule' | 'period-of-stay';

/** Input of {@link cardExpiry}. */
export interface CardExpiryInput {
  birthDate: IsoDate;
  /** The card's issue date (発行日, the day J-LIS made it), not the pickup date. */
  issueDate: IsoDate;
  /** The end of the period of stay when the card was issued, or 'permanent'. */
  stayEnd: StayEnd;
  /** When the application was made, if known; decides the age 18/20 rule. Defaults to the issue date. */
  applicationDate?: IsoDate;
}

/** A card's expiry and why. */
export interface CardExpiry {
  issueDate: IsoDate;
  expiry: IsoDate;
  /** The 10th (adult) or 5th birthday after issue: the latest any validity change can reach. */
  ageRuleExpiry: IsoDate;
  cappedBy: CardCap;
  adultAtIssue: boolean;
  birthdays: 5 | 10;
}

/**
 * The card's expiry: the 10th birthday after issue (adult at issue) or the 5th (minor), capped at the end of the
 * period of stay unless `stayEnd` is 'permanent'.
 * @throws RangeError when a date is invalid, the issue date precedes the birth date, or the stay ended before issue.
 * @example cardExpiry({ birthDate: '1990-05-10', issueDate: '2024-06-01', stayEnd: '2027-03-31' }).expiry === '2027-03-31'
 */
export function cardExpiry({ birthDate, issueDate, stayEnd, applicationDate }: CardExpiryInput): CardExpiry {
  checkOrder(birthDate, issueDate, stayEnd);
  const applied = applicationDate ?? issueDate;
  requireIsoDate(applied, 'applicationDate');
  const adultAge = applied < ADULT_AGE_CHANGED ? ADULT_AGE_BEFORE_2022_04 : ADULT_AGE;
  const adultAtIssue = ageOn(birthDate, issueDate) >= adultAge;
  const birthdays = adultAtIssue ? 10 : 5;
  const ageRuleExpiry = nthBirthdayAfter(birthDate, issueDate, birthdays);
  const capped = stayEnd !== 'permanent' && stayEnd < ageRuleExpiry;
  return {
    issueDate,
    expiry: capped ? stayEnd : ageRuleExpiry,
    ageRuleExpiry,
    cappedBy: capped ? 'period-of-stay' : 'age-rule',
    adultAtIssue,
    birthdays,
  };
}

/** What set a certificate's expiry; when two limits fall on the same day the first in this order is named. */
export type CertificateCap = 'fifth-birthday' | 'period-of-stay' | 'card' | 'user-auth-certificate';

/** A certificate's expiry and why. */
export interface CertificateExpiry {
  issueDate: IsoDate;
  expiry: IsoDate;
  cappedBy: CertificateCap;
}

/**
 * A certificate's expiry: the 5th birthday after its issue, never past the card, the period of stay, or (for the
 * signature certificate) the user authentication certificate.
 * @example certificateExpiry({ birthDate: '1990-05-10', issueDate: '2024-06-01', cardExpiry: '2034-05-10', stayEnd: 'permanent' }).expiry === '2029-05-10'
 */
export function certificateExpiry(input: {
  birthDate: IsoDate;
  issueDate: IsoDate;
  cardExpiry: IsoDate;
  stayEnd: StayEnd;
  /** Pass for the signature certificate: it is capped at the user authentication certificate. */
  userAuthExpiry?: IsoDate;
}): CertificateExpiry {
  checkOrder(input.birthDate, input.issueDate, input.stayEnd);
  const limits: Array<[CertificateCap, IsoDate | undefined]> = [
    ['fifth-birthday', nthBirthdayAfter(input.birthDate, input.issueDate, 5)],
    ['period-of-stay', input.stayEnd === 'permanent' ? undefined : input.stayEnd],
    ['card', input.cardExpiry],
    ['user-auth-certificate', input.userAuthExpiry],
  ];
  let best: [CertificateCap, IsoDate] = ['fifth-birthday', limits[0]![1]!];
  for (const [cap, date] of limits) if (date !== undefined && date < best[1]) best = [cap, date];
  return { issueDate: input.issueDate, expiry: best[1], cappedBy: best[0] };
}

/**
 * The first day renewal is possible: the day after the same date 3 months before expiry (municipal pages say
 * 「有効期限の3か月前の翌日から」; J-LIS counts the remaining period as "less than 3 months"). When that date does
 * not exist it is the month's last day, so the window never opens earlier than the rule allows.
 * @example renewalWindowOpens('2030-05-10') === '2030-02-11'; renewalWindowOpens('2030-05-31') === '2030-03-01'
 */
export function renewalWindowOpens(expiry: IsoDate): IsoDate {
  return addDays(addMonthsClamped(expiry, -RENEWAL_WINDOW_MONTHS), 1);
}

/** Everything {@link computeLifecycle} needs. */
export interface LifecycleInput extends CardExpiryInput {
  /** The expiry printed on the card, when the user has it: after a stay extension it is the one that counts. */
  cardExpiryOnCard?: IsoDate;
  /** Issue dates of the certificates when they differ from the card's (reissued after a move, renewed…). */
  userAuthIssueDate?: IsoDate;
  signatureIssueDate?: IsoDate;
}

/** The computed life cycle. */
export interface Lifecycle {
  card: CardExpiry;
  userAuthCertificate: CertificateExpiry;
  signatureCertificate: CertificateExpiry;
  /** False when the holder was under 15 at the signature certificate's issue: normally none is issued then. */
  signatureNormallyIssued: boolean;
  renewalOpens: Record<LifecycleTargetId, IsoDate>;
}

/**
 * Computes every expiry and renewal date from the user's dates.
 * @example computeLifecycle({ birthDate: '1990-05-10', issueDate: '2024-06-01', stayEnd: 'permanent' }).card.expiry === '2034-05-10'
 */
export function computeLifecycle(input: LifecycleInput): Lifecycle {
  const computed = cardExpiry(input);
  const card: CardExpiry =
    input.cardExpiryOnCard === undefined
      ? computed
      : {
          ...computed,
          expiry: requireValid(input.cardExpiryOnCard, 'cardExpiryOnCard'),
          cappedBy: input.cardExpiryOnCard < computed.ageRuleExpiry ? 'period-of-stay' : 'age-rule',
        };
  const common = { birthDate: input.birthDate, cardExpiry: card.expiry, stayEnd: input.stayEnd };
  const userAuthCertificate = certificateExpiry({ ...common, issueDate: input.userAuthIssueDate ?? input.issueDate });
  const signatureIssueDate = input.signatureIssueDate ?? input.issueDate;
  const signatureCertificate = certificateExpiry({
    ...common,
    issueDate: signatureIssueDate,
    userAuthExpiry: userAuthCertificate.expiry,
  });
  return {
    card,
    userAuthCertificate,
    signatureCertificate,
    signatureNormallyIssued: ageOn(input.birthDate, signatureIssueDate) >= SIGNATURE_CERTIFICATE_MIN_AGE,
    renewalOpens: {
      card: renewalWindowOpens(card.expiry),
      userAuthCertificate: renewalWindowOpens(userAuthCertificate.expiry),
      signatureCertificate: renewalWindowOpens(signatureCertificate.expiry),
    },
  };
}

function requireValid(date: IsoDate, name: string): IsoDate {
  requireIsoDate(date, name);
  return date;
}

/** Throws when the dates cannot describe a real card. */
function checkOrder(birthDate: IsoDate, issueDate: IsoDate, stayEnd: StayEnd): void {
  requireIsoDate(birthDate, 'birthDate');
  requireIsoDate(issueDate, 'issueDate');
  if (issueDate < birthDate) throw new RangeError(`issueDate ${issueDate} is before birthDate ${birthDate}`);
  if (stayEnd !== 'permanent') {
    requireIsoDate(stayEnd, 'stayEnd');
    if (stayEnd < issueDate) throw new RangeError(`stayEnd ${stayEnd} is before issueDate ${issueDate}`);
  }
}

/** When a reminder fires: the day renewal opens, or a number of days before expiry. */
export type ReminderKind = 'window-opens' | 'before-expiry';

/** One thing a reminder is about. */
export interface ReminderTarget {
  target: LifecycleTargetId;
  expiry: IsoDate;
  /** 'period-of-stay' on the card means: no notice is mailed, and the fix is a validity change, not a new card. */
  cappedBy: CardCap | CertificateCap;
}

/** A reminder; targets that fall on the same day for the same reason are merged into one. */
export interface Reminder {
  /** Stable key for an alarm, e.g. 'before-expiry-30@2030-04-10'. */
  id: string;
  date: IsoDate;
  kind: ReminderKind;
  /** Days from `date` to the expiry (for 'window-opens', to the earliest expiry among the targets). */
  daysBefore: number;
  targets: ReminderTarget[];
}

/**
 * The reminder dates: when renewal opens, and 30 and 7 days before each expiry; sorted by date. Dates before the
 * target was issued are dropped, and so are dates before `today` when it is given. The signature certificate is
 * left out when it is normally not issued (under 15), unless `includeSignature` says otherwise.
 * @example reminderDates(computeLifecycle(input), { today: '2025-01-01' }).map((r) => r.date)
 */
export function reminderDates(
  lifecycle: Lifecycle,
  options: { today?: IsoDate; includeSignature?: boolean } = {},
): Reminder[] {
  const includeSignature = options.includeSignature ?? lifecycle.signatureNormallyIssued;
  const sources: Array<[LifecycleTargetId, CardExpiry | CertificateExpiry]> = [
    ['card', lifecycle.card],
    ['userAuthCertificate', lifecycle.userAuthCertificate],
  ];
  if (includeSignature) sources.push(['signatureCertificate', lifecycle.signatureCertificate]);
  const byId = new Map<string, Reminder>();
  const add = (date: IsoDate, kind: ReminderKind, daysBefore: number, target: ReminderTarget, issued: IsoDate) => {
    if (date < issued || (options.today !== undefined && date < options.today)) return;
    const id = kind === 'window-opens' ? `window-opens@${date}` : `before-expiry-${daysBefore}@${date}`;
    const existing = byId.get(id);
    if (existing) {
      existing.targets.push(target);
      existing.daysBefore = Math.min(existing.daysBefore, daysBefore);
    } else byId.set(id, { id, date, kind, daysBefore, targets: [target] });
  };
  for (const [target, { issueDate, expiry, cappedBy }] of sources) {
    const entry: ReminderTarget = { target, expiry, cappedBy };
    const opens = renewalWindowOpens(expiry);
    add(opens, 'window-opens', daysBetween(opens, expiry), entry, issueDate);
    for (const days of REMINDER_DAYS_BEFORE) add(addDays(expiry, -days), 'before-expiry', days, entry, issueDate);
  }
  return [...byId.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : b.daysBefore - a.daysBefore));
}

/** Input of {@link validityChange}. */
export interface ValidityChangeInput {
  birthDate: IsoDate;
  cardIssueDate: IsoDate;
  /** The expiry printed on the card now. */
  cardExpiryOnCard: IsoDate;
  /** The end of the new period of stay (from the new residence card), or 'permanent' after a change to 永住者. */
  stayEnd: StayEnd;
  applicationDate?: IsoDate;
}

/** Whether a validity change (有効期間変更) is needed, and to which date. */
export type ValidityChange =
  | { needed: true; newExpiry: IsoDate; deadline: IsoDate; ageRuleExpiry: IsoDate }
  | { needed: false; reason: 'card-follows-age-rule' | 'stay-not-extended'; ageRuleExpiry: IsoDate };

/**
 * After a stay is extended, the card keeps its old expiry until the holder does a validity change at the municipal
 * office before that date. It is needed when the card ends before its age-rule date and the new period of stay (or
 * permanent status) lets it run longer; the new expiry can go no further than the age-rule date.
 * @example validityChange({ birthDate: '1990-05-10', cardIssueDate: '2024-06-01', cardExpiryOnCard: '2025-03-31', stayEnd: '2028-03-31' })
 *   → { needed: true, newExpiry: '2028-03-31', deadline: '2025-03-31', ageRuleExpiry: '2034-05-10' }
 */
export function validityChange(input: ValidityChangeInput): ValidityChange {
  requireIsoDate(input.cardExpiryOnCard, 'cardExpiryOnCard');
  const { ageRuleExpiry } = cardExpiry({
    birthDate: input.birthDate,
    issueDate: input.cardIssueDate,
    stayEnd: 'permanent',
    ...(input.applicationDate === undefined ? {} : { applicationDate: input.applicationDate }),
  });
  if (input.cardExpiryOnCard >= ageRuleExpiry) return { needed: false, reason: 'card-follows-age-rule', ageRuleExpiry };
  if (input.stayEnd !== 'permanent') requireIsoDate(input.stayEnd, 'stayEnd');
  const limit = input.stayEnd === 'permanent' ? ageRuleExpiry : minDate(ageRuleExpiry, input.stayEnd);
  if (limit <= input.cardExpiryOnCard) return { needed: false, reason: 'stay-not-extended', ageRuleExpiry };
  return { needed: true, newExpiry: limit, deadline: input.cardExpiryOnCard, ageRuleExpiry };
}
