/**
 * "You are here": from the stored answers and dates, which step of the card's life the user is at, and the two to
 * four things to do next (guide.yaml). Pure: the popup, the options page and the badge call it with today's date.
 *
 * How it decides:
 * 1. The questions to show: the eligibility questions (eligibility.ts) with the guide's own woven in ("where are you
 *    with the card?" after the address question; the 特定在留カード for those who can get it; "have you logged in
 *    once?" for card holders). Once the user has applied, the My Number notice no longer matters and is not asked.
 * 2. The situation: the eligibility outcome, the answers, and what the dates make due (see {@link dueNow}).
 * 3. The first step of guide.yaml whose conditions hold; its items whose conditions hold and whose dates are known.
 */

import { evaluateEligibility, type EligibilityResult } from './eligibility.ts';
import {
  type Due,
  type GuideChecklist,
  type GuideItem,
  type GuidePlaceholder,
  type GuideQuestion,
  type GuideStep,
  type Situation,
  type SituationConditions,
} from './guide-types.ts';
import type { IsoDate } from './iso-date.ts';
import { renewalWindowOpens, validityChange, type Lifecycle } from './lifecycle.ts';
import { lifecycleOf } from './reminder-plan.ts';
import { eligibilityAnswers, type ChecklistState } from './state.ts';
import type { EligibilityChecklist, Question } from './types.ts';

/** At most this many next items: more would be a list to read, not a next step. */
export const MAX_ITEMS = 4;

/** A question to show, in order: an eligibility question or one of the guide's. */
export type ShownQuestion = { kind: 'eligibility'; question: Question } | { kind: 'guide'; question: GuideQuestion };

/** Where the user is. */
export interface Journey {
  step: GuideStep;
  /** 1-based position of the step's phase, and how many phases there are. */
  phase: number;
  phases: number;
  /** The items to show now (at most {@link MAX_ITEMS}). */
  items: GuideItem[];
  /** The dates the texts may name (ISO); the UI writes them in the user's language. */
  values: Partial<Record<GuidePlaceholder, IsoDate>>;
  situation: Situation;
  eligibility: EligibilityResult;
  questions: ShownQuestion[];
  /** Ids of the shown questions not answered yet, in order. */
  missing: string[];
}

/**
 * Where the user is and what to do next.
 * @example journey(state, checklists, '2026-12-06').step.id === 'apply'
 */
export function journey(
  state: ChecklistState,
  content: { eligibility: EligibilityChecklist; guide: GuideChecklist },
  today: IsoDate,
): Journey {
  const eligibility = evaluateEligibility(eligibilityAnswers(state), content.eligibility, today);
  const questions = shownQuestions(state, eligibility, content.guide);
  const answers = state.answers as Record<string, unknown>;
  const answered = (id: string) => (id === 'stayEnd' ? state.dates.stayEnd !== undefined : answers[id] !== undefined);
  const missing = questions.map((q) => q.question.id).filter((id) => !answered(id));
  const { due, values, endsWithStay, dates } = dueNow(state, today);
  const stayEnd = state.dates.stayEnd;
  const status = state.answers.status;
  const situation: Situation = {
    outcome: eligibility.outcome,
    card: state.answers.card ?? 'unknown',
    tokutei: state.answers.tokutei ?? 'unknown',
    stay:
      status === 'special-permanent' || status === 'other'
        ? 'none'
        : stayEnd === undefined
          ? 'unknown'
          : stayEnd === 'permanent'
            ? 'permanent'
            : 'date',
    due,
    asking: missing.length > 0,
    notice: state.answers.noticeReceived === true,
    tested: state.answers.tested === true,
    dates,
    pending: state.answers.renewalPending === true,
    endsWithStay,
  };
  const steps = content.guide.steps;
  // The last step has no conditions (the compiler checks it), so a step is always found.
  const step = steps.find((s) => matches(s.when, situation)) ?? steps.at(-1)!;
  const items = step.items
    .filter((item) => (item.when ? matches(item.when, situation) : true))
    .filter((item) => placeholders(item.text.en).every((name) => values[name] !== undefined))
    .slice(0, MAX_ITEMS);
  const phaseIds = content.guide.phases.map((p) => p.id);
  return {
    step,
    phase: phaseIds.indexOf(step.phase) + 1,
    phases: phaseIds.length,
    items,
    values,
    situation,
    eligibility,
    questions,
    missing,
  };
}

/** Whether every condition holds on the situation. */
export function matches(conditions: SituationConditions, situation: Situation): boolean {
  return Object.entries(conditions).every(([key, allowed]) =>
    (allowed as readonly unknown[]).includes(situation[key as keyof Situation]),
  );
}

function placeholders(text: string): GuidePlaceholder[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] as GuidePlaceholder);
}

/** The eligibility questions with the guide's woven in (see the header). */
function shownQuestions(state: ChecklistState, result: EligibilityResult, guide: GuideChecklist): ShownQuestion[] {
  const { registered, status, card } = state.answers;
  const applied = card === 'applied' || card === 'pickup' || card === 'have';
  const shown: ShownQuestion[] = [];
  for (const question of result.ask) {
    if (question.id === 'noticeReceived' && applied) continue;
    shown.push({ kind: 'eligibility', question });
    if (question.id === 'registered' && registered === true)
      shown.push({ kind: 'guide', question: guide.questions.card });
  }
  // 中長期在留者 and 特別永住者 with a 住民票 can get the 特定在留カード (FACTS.md, moj-tokutei).
  if (registered === true && (status === 'mid-long' || status === 'special-permanent')) {
    shown.push({ kind: 'guide', question: guide.questions.tokutei });
  }
  if (card === 'have') shown.push({ kind: 'guide', question: guide.questions.tested });
  return shown;
}

/** What the dates make due, the dates the texts name, and whether the card ends with the period of stay. */
export function dueNow(
  state: ChecklistState,
  today: IsoDate,
): { due: Due; values: Partial<Record<GuidePlaceholder, IsoDate>>; endsWithStay: boolean; dates: boolean } {
  const values: Partial<Record<GuidePlaceholder, IsoDate>> = {};
  const { stayEnd, cardExpiryOnCard } = state.dates;
  const hasStayDate = stayEnd !== undefined && stayEnd !== 'permanent' && state.answers.status === 'mid-long';
  if (hasStayDate) values.stayEnd = stayEnd;
  const view = lifecycleOf(state);
  const lifecycle = view.kind === 'ok' ? view.lifecycle : undefined;
  // Without the birth and issue dates, a card with a period of stay is taken to end with it (FACTS.md: valid only
  // until the end of the period of stay), at the date printed on it when the user gave one.
  const endsWithStay = lifecycle ? lifecycle.card.cappedBy === 'period-of-stay' : hasStayDate;
  const cardEnd = lifecycle?.card.expiry ?? (hasStayDate ? (cardExpiryOnCard ?? stayEnd) : cardExpiryOnCard);
  if (cardEnd) values.cardExpiry = cardEnd;
  const result = (due: Due) => ({ due, values, endsWithStay, dates: lifecycle !== undefined });
  if (state.answers.card !== 'have' || !cardEnd) return result('none');

  if (cardEnd < today) return result('card-expired');
  const change = validityChangeDue(state, lifecycle, cardEnd);
  if (change) {
    values.deadline = change.deadline;
    if (change.newExpiry) values.newExpiry = change.newExpiry;
    return result('validity-change');
  }
  const opens = renewalWindowOpens(cardEnd);
  if (opens <= today) {
    values.renewFrom = opens;
    if (endsWithStay) return result(state.answers.renewalPending === true ? 'pending-expiry' : 'stay-soon');
    return result('card-renewal');
  }
  if (!lifecycle) return result('none');
  // Certificates that end on their own, before the card (not merely with the card or the stay): renew them.
  const certificates = [
    lifecycle.userAuthCertificate,
    ...(lifecycle.signatureNormallyIssued ? [lifecycle.signatureCertificate] : []),
  ]
    .filter((c) => c.cappedBy === 'fifth-birthday' || c.cappedBy === 'user-auth-certificate')
    .sort((a, b) => (a.expiry < b.expiry ? -1 : 1));
  const first = certificates[0];
  if (!first) return result('none');
  values.certExpiry = first.expiry;
  if (first.expiry < today) return result('certificate-expired');
  const certOpens = renewalWindowOpens(first.expiry);
  if (certOpens <= today) {
    values.renewFrom = certOpens;
    return result('certificate-renewal');
  }
  return result('none');
}

/**
 * A validity change is due when the period of stay entered now runs past the date printed on the card (the stay
 * was extended) and the card ended with the old stay.
 */
function validityChangeDue(
  state: ChecklistState,
  lifecycle: Lifecycle | undefined,
  cardEnd: IsoDate,
): { deadline: IsoDate; newExpiry?: IsoDate } | undefined {
  const { stayEnd, cardExpiryOnCard, birthDate, cardIssueDate } = state.dates;
  if (!cardExpiryOnCard || !stayEnd || state.answers.status !== 'mid-long') return undefined;
  if (lifecycle && birthDate && cardIssueDate) {
    try {
      const change = validityChange({ birthDate, cardIssueDate, cardExpiryOnCard, stayEnd });
      return change.needed ? { deadline: change.deadline, newExpiry: change.newExpiry } : undefined;
    } catch {
      return undefined;
    }
  }
  // Without the birth date the age limit is unknown: only a later dated stay says the card must be changed.
  return stayEnd !== 'permanent' && stayEnd > cardExpiryOnCard ? { deadline: cardEnd } : undefined;
}
