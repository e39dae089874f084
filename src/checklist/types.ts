/**
 * The compiled checklist content (dictionaries/checklists/*.yaml → {@link Checklists}) and the ids that code and
 * data share.
 *
 * Why some ids are fixed here rather than free in the YAML: the answers, the PIN ticks and the life-cycle targets
 * are stored (state.ts) and computed on (eligibility.ts, lifecycle.ts), so their ids are part of the stored shape.
 * The compiler checks that the YAML defines exactly these; everything else (texts, rules, documents) is data.
 */

import type { GuideChecklist } from './guide-types.ts';
import type { IsoDate } from './iso-date.ts';

/** Version of the compiled shape; bump when a consumer would misread an older compiled file. */
export const CHECKLISTS_FORMAT = 2;

/**
 * A user-visible string: a stable id for translation and the English text from the YAML.
 * The UI shows `t(text.id, { defaultValue: text.en })`.
 */
export interface Text {
  id: string;
  en: string;
}

/** Where a fact comes from (FACTS.md, or a newer official page). */
export interface Source {
  id: string;
  /** Short name shown as "Source: J-LIS". */
  name: Text;
  /** Absent only where FACTS.md names no page. The extension never fetches it: it is a link for the user. */
  url?: string;
  /** FACTS.md's [G] (national government, J-LIS, a municipality, a law) vs [3P] (third party). */
  official: boolean;
}

/** A statement shown to the user, with its sources. */
export interface Fact {
  id: string;
  label: Text;
  text: Text;
  /** The Japanese name of the thing, shown beside the English. */
  ja?: string;
  sources: Source[];
  /** FACTS.md marks it UNVERIFIED (or we could not source it): show it hedged. */
  unverified: boolean;
}

// ---- Eligibility ----

export const RESIDENCE_STATUSES = ['mid-long', 'special-permanent', 'short-term', 'other'] as const;
/** mid-long: 中長期在留者; other: 一時庇護 / 仮滞在 permits and 経過滞在者 (FACTS.md). */
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];

export const QUESTION_IDS = ['status', 'registered', 'noticeReceived', 'stayEnd', 'renewalPending'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export type QuestionType = 'choice' | 'yes-no' | 'date-or-permanent';
/** The answer type each question must have, so that stored answers and the YAML agree. */
export const QUESTION_TYPES: Readonly<Record<QuestionId, QuestionType>> = {
  status: 'choice',
  registered: 'yes-no',
  noticeReceived: 'yes-no',
  stayEnd: 'date-or-permanent',
  renewalPending: 'yes-no',
};

/**
 * The end of the period of stay (在留期間満了日), or 'permanent' for those without one that caps the card:
 * 永住者, 高度専門職2号, 特別永住者.
 */
// IsoDate is a plain string alias, so the linter sees 'permanent' as redundant; it is kept to document the sentinel.
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
export type StayEnd = IsoDate | 'permanent';

/** The user's answers; a missing key is unanswered. */
export interface EligibilityAnswers {
  status?: ResidenceStatus;
  registered?: boolean;
  noticeReceived?: boolean;
  stayEnd?: StayEnd;
  renewalPending?: boolean;
}

/**
 * A condition on the stay end: 'permanent'; 'date' (any date); 'passed' (before today); or a date from today to
 * `withinDays` days after it.
 */
export type StayEndCondition = 'permanent' | 'date' | 'passed' | { withinDays: number };

/** Conditions on answers; all must hold. A condition on an unanswered or hidden question does not hold. */
export interface Conditions {
  status?: ResidenceStatus[];
  registered?: boolean;
  noticeReceived?: boolean;
  stayEnd?: StayEndCondition;
  renewalPending?: boolean;
}

export interface QuestionOption {
  value: ResidenceStatus;
  ja?: string;
  label: Text;
  sources: Source[];
}

export interface Question {
  id: QuestionId;
  type: QuestionType;
  ja?: string;
  label: Text;
  help?: Text;
  /** For 'choice' questions. */
  options: QuestionOption[];
  /** For 'date-or-permanent' questions: the label of the "no end date" choice. */
  permanentLabel?: Text;
  /** Ask only when these hold (they refer to earlier questions only). */
  askIf?: Conditions;
}

export const OUTCOME_IDS = ['apply-now', 'after-renewal', 'not-eligible', 'incomplete'] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];
/** Outcomes a rule can lead to ('incomplete' is the engine's, when answers are missing). */
export type RuleOutcomeId = Exclude<OutcomeId, 'incomplete'>;

export interface NextStep {
  id: string;
  text: Text;
  sources: Source[];
}

export interface Outcome {
  id: OutcomeId;
  /** Higher wins when rules of several outcomes hold; undefined for 'incomplete'. */
  rank?: number;
  label: Text;
  summary: Text;
  /** Shown after the matching rules' own next steps. */
  nextSteps: NextStep[];
}

export interface Rule {
  id: string;
  when: Conditions;
  outcome: RuleOutcomeId;
  reason: Text;
  nextSteps: NextStep[];
  sources: Source[];
}

export interface EligibilityChecklist {
  questions: Question[];
  outcomes: Record<OutcomeId, Outcome>;
  rules: Rule[];
}

// ---- Documents ----

export interface ItemChoice {
  id: string;
  ja?: string;
  label: Text;
}

export interface ChecklistItem {
  id: string;
  ja?: string;
  label: Text;
  detail?: Text;
  /** "Bring one of these" alternatives, e.g. the kinds of photo ID. */
  oneOf: ItemChoice[];
  sources: Source[];
  unverified: boolean;
}

export interface DocumentGroup {
  id: string;
  title: Text;
  intro?: Text;
  /** Whether the user ticks its items (stored by item id in the state). */
  tickable: boolean;
  items: ChecklistItem[];
  notes: Fact[];
}

export interface DocumentsChecklist {
  groups: DocumentGroup[];
}

// ---- PINs ----

export const PIN_IDS = ['signature', 'userAuth', 'residentRegistry', 'cardInfo'] as const;
export type PinId = (typeof PIN_IDS)[number];

export interface PinService {
  id: string;
  ja?: string;
  label: Text;
}

export interface PinReset {
  id: string;
  ja?: string;
  label: Text;
  detail: Text;
  sources: Source[];
}

export interface Pin {
  id: PinId;
  ja: string;
  label: Text;
  purpose: Text;
  format: Text;
  /** Wrong tries in a row that lock it. */
  locksAfter: number;
  services: PinService[];
  resets: PinReset[];
  resetNote?: Text;
  sources: Source[];
}

export interface PinsChecklist {
  pins: Pin[];
  facts: Fact[];
}

// ---- Life cycle ----

export const LIFECYCLE_TARGET_IDS = ['card', 'userAuthCertificate', 'signatureCertificate'] as const;
export type LifecycleTargetId = (typeof LIFECYCLE_TARGET_IDS)[number];

export const REMINDER_MESSAGE_IDS = ['window-opens', 'before-expiry', 'stay-ends', 'certificate-stay-ends'] as const;
export type ReminderMessageId = (typeof REMINDER_MESSAGE_IDS)[number];
/** Placeholders (i18next `{{name}}`) that reminder messages may use. */
export const REMINDER_PLACEHOLDERS = ['what', 'expiry', 'days'] as const;

export interface LifecycleTarget {
  id: LifecycleTargetId;
  ja: string;
  label: Text;
}

export interface LifecycleChecklist {
  targets: Record<LifecycleTargetId, LifecycleTarget>;
  facts: Fact[];
  /** Notification texts: label = title, text = body, with {{what}}, {{expiry}}, {{days}}. */
  reminders: Record<ReminderMessageId, Fact>;
}

/** Everything compiled from dictionaries/checklists/. */
export interface Checklists {
  format: typeof CHECKLISTS_FORMAT;
  sources: Record<string, Source>;
  eligibility: EligibilityChecklist;
  documents: DocumentsChecklist;
  pins: PinsChecklist;
  lifecycle: LifecycleChecklist;
  /** Where the user is and what to do next (guide.yaml). */
  guide: GuideChecklist;
  /** Every string id with its English text, for the locale files. */
  strings: Record<string, string>;
}
