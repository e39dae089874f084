/**
 * The compiled guide (dictionaries/checklists/guide.yaml → {@link GuideChecklist}): where the user is in the card's
 * life and what to do next. The steps are data: the first step whose conditions hold on the user's situation is
 * "you are here" (journey.ts derives the situation from the answers and dates).
 *
 * Why a situation rather than raw answers: a step depends on answers (has a card, wants the 特定在留カード) and on
 * dates (renewal open, stay ending) alike; the engine reduces both to a few named values that the YAML can test.
 */

import type { Fact, Source, Text } from './types.ts';

/** Stages of getting the card, as the user answers "Where are you with the card?". */
export const CARD_STAGES = ['none', 'applied', 'pickup', 'have'] as const;
export type CardStage = (typeof CARD_STAGES)[number];

/** Whether the user wants (or has) the 特定在留カード, the residence card that is also the My Number Card. */
export const TOKUTEI_CHOICES = ['no', 'want', 'have'] as const;
export type TokuteiChoice = (typeof TOKUTEI_CHOICES)[number];

/** The guide's own questions (after the eligibility ones); their answers are stored beside the eligibility answers. */
export const GUIDE_QUESTION_IDS = ['card', 'tokutei', 'tested'] as const;
export type GuideQuestionId = (typeof GUIDE_QUESTION_IDS)[number];

/** What is due now, from the dates; 'none' when nothing is. Most urgent first. */
export const DUE_VALUES = [
  'card-expired',
  'validity-change',
  'pending-expiry',
  'stay-soon',
  'card-renewal',
  'certificate-expired',
  'certificate-renewal',
  'none',
] as const;
export type Due = (typeof DUE_VALUES)[number];

/**
 * The situation the steps test, with the values each key may take (booleans are `true` / `false`). The schema checks
 * step conditions against this table, so a typo in the YAML fails the build.
 */
export const SITUATION_VALUES = {
  outcome: ['incomplete', 'apply-now', 'after-renewal', 'not-eligible'],
  card: ['unknown', ...CARD_STAGES],
  tokutei: ['unknown', ...TOKUTEI_CHOICES],
  stay: ['unknown', 'date', 'permanent', 'none'],
  due: DUE_VALUES,
  asking: [true, false],
  notice: [true, false],
  tested: [true, false],
  dates: [true, false],
  pending: [true, false],
  endsWithStay: [true, false],
} as const;
export type SituationKey = keyof typeof SITUATION_VALUES;
export type Situation = { [K in SituationKey]: (typeof SITUATION_VALUES)[K][number] };
/** Conditions on the situation: a value or a list of values per key; all must hold. */
export type SituationConditions = { [K in SituationKey]?: ReadonlyArray<Situation[K]> };

/** Dates a step's texts may name; the UI writes them in the user's language. */
export const GUIDE_PLACEHOLDERS = [
  'cardExpiry',
  'stayEnd',
  'deadline',
  'newExpiry',
  'renewFrom',
  'certExpiry',
] as const;
export type GuidePlaceholder = (typeof GUIDE_PLACEHOLDERS)[number];

/** Where a step is done: an office, a portal page or an app. */
export interface Place {
  id: string;
  ja?: string;
  label: Text;
  /** A page the user may open (never fetched by the extension). */
  url?: string;
}

/** One thing to do next. */
export interface GuideItem {
  id: string;
  text: Text;
  place?: Place;
  when?: SituationConditions;
  sources: Source[];
  /** Reported by a third party only: shown hedged. */
  unverified: boolean;
}

/** The phases shown as "Step N of M". */
export interface Phase {
  id: string;
  label: Text;
}

export interface GuideStep {
  id: string;
  phase: string;
  when: SituationConditions;
  title: Text;
  summary: Text;
  /** Also show the eligibility result's reasons and next steps (the not-eligible and wait-for-renewal steps). */
  eligibility: boolean;
  items: GuideItem[];
  /** Reference sections that matter at this step, opened first. */
  reference: string[];
}

/** A question of the guide: its label, help and choices (yes-no questions have none). */
export interface GuideQuestion {
  id: GuideQuestionId;
  ja?: string;
  label: Text;
  help?: Text;
  choices: Array<{ value: string; ja?: string; label: Text }>;
}

/** A folded section of the full reference. */
export interface ReferenceSection {
  id: string;
  title: Text;
  facts: Fact[];
}

export interface GuideChecklist {
  phases: Phase[];
  places: Record<string, Place>;
  questions: Record<GuideQuestionId, GuideQuestion>;
  steps: GuideStep[];
  reference: ReferenceSection[];
  /** The guide's UI words ("You are here", timeline labels), by id. */
  labels: Record<string, Text>;
}
