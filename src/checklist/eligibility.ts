/**
 * The eligibility engine: from the user's answers and the rules in dictionaries/checklists/eligibility.yaml,
 * which questions to ask and what the outcome is, with its reasons and next steps.
 *
 * How the data drives it:
 * - Questions are asked in order; one with `askIf` is asked only when its conditions hold on earlier answers.
 *   An answer to a question that is not asked (the user changed an earlier answer) is ignored, not deleted: it
 *   comes back if the question does.
 * - Every rule whose `when` holds applies. The applying outcome with the highest rank wins, and only its rules'
 *   reasons and next steps are shown (a short-term visitor does not need to hear about visa renewals).
 * - While a question is unanswered, the result is 'incomplete' unless it already is the highest-ranked outcome:
 *   an answer still to come could only make it worse, never better, so "not eligible" can be said early.
 * - No rule applying to a complete set of answers is a gap in the data; the result is then 'incomplete' rather
 *   than a guess (a table test walks every combination to keep that from happening).
 */

import { addDays, isIsoDate, requireIsoDate, type IsoDate } from './iso-date.ts';
import {
  RESIDENCE_STATUSES,
  type Conditions,
  type EligibilityAnswers,
  type EligibilityChecklist,
  type NextStep,
  type OutcomeId,
  type Question,
  type QuestionId,
  type Source,
  type StayEnd,
  type StayEndCondition,
  type Text,
} from './types.ts';

/** One reason for the outcome: the rule that applied, its text and sources. */
export interface EligibilityReason {
  id: string;
  text: Text;
  sources: Source[];
}

/** The result of {@link evaluateEligibility}. */
export interface EligibilityResult {
  outcome: OutcomeId;
  /** The outcome's label ("You can apply now") and summary. */
  label: Text;
  summary: Text;
  reasons: EligibilityReason[];
  nextSteps: NextStep[];
  /** Questions to show now, in order (answered or not). */
  ask: Question[];
  /** Of those, the unanswered ones. */
  missing: QuestionId[];
}

/**
 * Keeps only well-formed answers, so that a damaged or hand-edited value counts as unanswered.
 * @example cleanAnswers({ status: 'tourist', registered: true }) → { registered: true }
 */
export function cleanAnswers(answers: Partial<Record<QuestionId, unknown>>): EligibilityAnswers {
  const clean: EligibilityAnswers = {};
  const { status, registered, noticeReceived, stayEnd, renewalPending } = answers;
  if ((RESIDENCE_STATUSES as readonly unknown[]).includes(status))
    clean.status = status as EligibilityAnswers['status'];
  if (typeof registered === 'boolean') clean.registered = registered;
  if (typeof noticeReceived === 'boolean') clean.noticeReceived = noticeReceived;
  if (stayEnd === 'permanent' || isIsoDate(stayEnd)) clean.stayEnd = stayEnd;
  if (typeof renewalPending === 'boolean') clean.renewalPending = renewalPending;
  return clean;
}

/**
 * The questions to show for these answers, in order.
 * @example questionsToAsk({}, checklists.eligibility, '2025-04-01').map((q) => q.id) → ['status']
 */
export function questionsToAsk(
  answers: EligibilityAnswers,
  eligibility: EligibilityChecklist,
  today: IsoDate,
): Question[] {
  return visibleAnswers(cleanAnswers(answers), eligibility, today).ask;
}

/**
 * Evaluates the answers against the rules. `today` is the user's local date: stay-end rules compare with it.
 * @example
 * evaluateEligibility({ status: 'short-term' }, checklists.eligibility, '2025-04-01').outcome === 'not-eligible'
 * evaluateEligibility({ status: 'mid-long', registered: true, noticeReceived: true, stayEnd: '2027-03-31',
 *   renewalPending: false }, checklists.eligibility, '2025-04-01').outcome === 'apply-now'
 */
export function evaluateEligibility(
  answers: EligibilityAnswers,
  eligibility: EligibilityChecklist,
  today: IsoDate,
): EligibilityResult {
  requireIsoDate(today, 'today');
  const { known, ask } = visibleAnswers(cleanAnswers(answers), eligibility, today);
  const missing = ask.filter((q) => known[q.id] === undefined).map((q) => q.id);
  const { outcomes } = eligibility;
  const rankOf = (id: OutcomeId) => outcomes[id].rank ?? -1;

  const applying = eligibility.rules.filter((rule) => holds(rule.when, known, today));
  const best = applying.reduce<OutcomeId | undefined>(
    (top, rule) => (top === undefined || rankOf(rule.outcome) > rankOf(top) ? rule.outcome : top),
    undefined,
  );
  const highest = Math.max(...Object.values(outcomes).map((o) => o.rank ?? -1));
  const decided = best !== undefined && (missing.length === 0 || rankOf(best) === highest);
  const outcome: OutcomeId = decided ? best : 'incomplete';

  const winning = decided ? applying.filter((rule) => rule.outcome === outcome) : [];
  const steps = new Map<string, NextStep>();
  for (const step of [...winning.flatMap((rule) => rule.nextSteps), ...outcomes[outcome].nextSteps]) {
    if (!steps.has(step.id)) steps.set(step.id, step);
  }
  return {
    outcome,
    label: outcomes[outcome].label,
    summary: outcomes[outcome].summary,
    reasons: winning.map((rule) => ({ id: rule.id, text: rule.reason, sources: rule.sources })),
    nextSteps: [...steps.values()],
    ask,
    missing,
  };
}

/** Walks the questions in order: which are asked, and the answers to those (the only ones rules may see). */
function visibleAnswers(
  answers: EligibilityAnswers,
  eligibility: EligibilityChecklist,
  today: IsoDate,
): { known: EligibilityAnswers; ask: Question[] } {
  const known: EligibilityAnswers = {};
  const ask: Question[] = [];
  for (const question of eligibility.questions) {
    if (question.askIf && !holds(question.askIf, known, today)) continue;
    ask.push(question);
    const answer = answers[question.id];
    if (answer !== undefined) (known as Record<QuestionId, unknown>)[question.id] = answer;
  }
  return { known, ask };
}

/** Whether all conditions hold; a condition on an unknown answer does not. */
function holds(conditions: Conditions, known: EligibilityAnswers, today: IsoDate): boolean {
  for (const [key, expected] of Object.entries(conditions) as Array<[QuestionId, unknown]>) {
    const actual = known[key];
    if (actual === undefined) return false;
    if (key === 'status') {
      if (!(expected as string[]).includes(actual as string)) return false;
    } else if (key === 'stayEnd') {
      if (!stayEndHolds(expected as StayEndCondition, actual as StayEnd, today)) return false;
    } else if (actual !== expected) return false;
  }
  return true;
}

function stayEndHolds(condition: StayEndCondition, stayEnd: StayEnd, today: IsoDate): boolean {
  if (condition === 'permanent') return stayEnd === 'permanent';
  if (stayEnd === 'permanent') return false;
  if (condition === 'date') return true;
  if (condition === 'passed') return stayEnd < today;
  return stayEnd >= today && stayEnd <= addDays(today, condition.withinDays);
}
