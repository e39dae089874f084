/**
 * The one checklist state that the popup, the options page and the content script share (stored by
 * src/storage/; this module only defines, migrates and repairs it).
 *
 * What is stored, and why only this: the user's answers, ticks and dates, nothing typed into a page. PINs are
 * stored only as "decided" booleans: the extension never asks for, stores or shows a PIN, and migration drops any
 * non-boolean it finds there, so a PIN that got in by mistake (a bug, a hand-edited profile) does not survive.
 *
 * Versioning: `version` is the shape's version. {@link migrateState} upgrades older shapes step by step through
 * {@link STATE_MIGRATIONS} (from N to N+1), then repairs field by field; a value it cannot read at all, or one from
 * a newer Tebiki, is replaced by the default with `reset: true` and a message the UI shows once.
 */

import { cleanAnswers } from './eligibility.ts';
import { CARD_STAGES, TOKUTEI_CHOICES, type CardStage, type TokuteiChoice } from './guide-types.ts';
import { isIsoDate, type IsoDate } from './iso-date.ts';
import type { LifecycleInput, StayEnd } from './lifecycle.ts';
import { PIN_IDS, type Checklists, type EligibilityAnswers, type PinId, type Text } from './types.ts';

/** The current version of {@link ChecklistState}. */
export const CHECKLIST_STATE_VERSION = 1;

/** The guide's answers (guide.yaml questions): where the user is with the card. */
export interface GuideAnswers {
  card?: CardStage;
  tokutei?: TokuteiChoice;
  /** Has logged in once with the card. */
  tested?: boolean;
}

/**
 * Answers as stored: the eligibility answers and the guide's. The stay end lives in `dates`, shared with the life
 * cycle. The guide's answers were added without a version bump: they are optional, and an older Tebiki drops them.
 */
export type StoredAnswers = Omit<EligibilityAnswers, 'stayEnd'> & GuideAnswers;

/** The user's dates, all local calendar dates. */
export interface ChecklistDates {
  birthDate?: IsoDate;
  /** The card's issue date (発行日). */
  cardIssueDate?: IsoDate;
  /** The expiry printed on the card, once the user has it (it stays put when a stay is extended). */
  cardExpiryOnCard?: IsoDate;
  /** End of the period of stay, or 'permanent'. */
  stayEnd?: StayEnd;
}

export interface ChecklistState {
  version: typeof CHECKLIST_STATE_VERSION;
  answers: StoredAnswers;
  /** Ids of ticked document items (documents.yaml). */
  documents: string[];
  /** Which PINs the user has decided on. Booleans only, never a PIN. */
  pinsDecided: Record<PinId, boolean>;
  dates: ChecklistDates;
  /** Opt-in to reminders (alarms and notifications). */
  reminders: boolean;
}

/** Result of {@link migrateState}. */
export interface MigrationResult {
  state: ChecklistState;
  /** True when what was stored was discarded. */
  reset: boolean;
  /** What to tell the user, when anything was lost. */
  message?: Text;
}

/** Upgrades a stored value of version N to version N+1 (the result is then upgraded further or repaired). */
export type StateMigration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they upgrade from. Empty: version 1 is the first stored shape. When the shape changes,
 * bump {@link CHECKLIST_STATE_VERSION} and add the step here, e.g. `1: (old) => ({ ...old, version: 2, … })`.
 */
export const STATE_MIGRATIONS: Readonly<Record<number, StateMigration>> = {};

/** Messages for the UI; ids for translation like every other user-visible string. */
export const STATE_MESSAGES = {
  unreadable: {
    id: 'checklist.state.unreadable',
    en: 'Your saved checklist could not be read, so it has been started again.',
  },
  newer: {
    id: 'checklist.state.newer',
    en: 'Your checklist was saved by a newer version of Tebiki and cannot be read here, so it has been started again.',
  },
  repaired: {
    id: 'checklist.state.repaired',
    en: 'Some saved answers could not be read and have been cleared.',
  },
} as const satisfies Record<string, Text>;

/**
 * A fresh state: nothing answered, nothing ticked, reminders off (they are opt-in).
 * @example defaultChecklistState().pinsDecided.signature === false
 */
export function defaultChecklistState(): ChecklistState {
  return {
    version: CHECKLIST_STATE_VERSION,
    answers: {},
    documents: [],
    pinsDecided: { signature: false, userAuth: false, residentRegistry: false, cardInfo: false },
    dates: {},
    reminders: false,
  };
}

/**
 * Turns whatever was stored into a valid current state.
 * @example migrateState(undefined) → { state: defaultChecklistState(), reset: false }
 * @example migrateState('garbage') → { state: defaultChecklistState(), reset: true, message: STATE_MESSAGES.unreadable }
 */
export function migrateState(
  raw: unknown,
  migrations: Readonly<Record<number, StateMigration>> = STATE_MIGRATIONS,
): MigrationResult {
  // Nothing stored yet is the normal first run, not a loss.
  if (raw === undefined || raw === null) return { state: defaultChecklistState(), reset: false };
  const reset = (message: Text): MigrationResult => ({ state: defaultChecklistState(), reset: true, message });
  if (!isRecord(raw) || !Number.isInteger(raw['version'])) return reset(STATE_MESSAGES.unreadable);

  let value: Record<string, unknown> = raw;
  let version = raw['version'] as number;
  if (version > CHECKLIST_STATE_VERSION) return reset(STATE_MESSAGES.newer);
  while (version < CHECKLIST_STATE_VERSION) {
    const step = migrations[version];
    if (!step) return reset(STATE_MESSAGES.unreadable);
    try {
      value = step(value);
    } catch {
      return reset(STATE_MESSAGES.unreadable);
    }
    if (!isRecord(value) || value['version'] !== version + 1) return reset(STATE_MESSAGES.unreadable);
    version += 1;
  }
  const repaired = repair(value);
  if (!repaired) return reset(STATE_MESSAGES.unreadable);
  return repaired.lost
    ? { state: repaired.state, reset: false, message: STATE_MESSAGES.repaired }
    : { state: repaired.state, reset: false };
}

/**
 * Checks a current-version value field by field. The containers must have the right types (otherwise it is not
 * our shape and undefined is returned); a bad value inside one is dropped and counted as lost.
 */
function repair(value: Record<string, unknown>): { state: ChecklistState; lost: boolean } | undefined {
  const { answers, documents, pinsDecided, dates, reminders } = value;
  if (!isRecord(answers) || !Array.isArray(documents) || !isRecord(pinsDecided) || !isRecord(dates)) return undefined;
  if (typeof reminders !== 'boolean') return undefined;
  let lost = false;

  const cleaned: StoredAnswers = { ...cleanAnswers(answers), ...cleanGuideAnswers(answers) };
  delete (cleaned as EligibilityAnswers).stayEnd;
  if (Object.keys(cleaned).length !== Object.keys(answers).length) lost = true;

  const ticked = [...new Set(documents.filter((id): id is string => typeof id === 'string' && ITEM_ID.test(id)))];
  if (ticked.length !== documents.length) lost = true;

  const pins = defaultChecklistState().pinsDecided;
  for (const [key, decided] of Object.entries(pinsDecided)) {
    if ((PIN_IDS as readonly string[]).includes(key) && typeof decided === 'boolean') pins[key as PinId] = decided;
    else lost = true; // never keep a non-boolean here: it could be a PIN
  }

  const cleanDates: ChecklistDates = {};
  for (const [key, date] of Object.entries(dates)) {
    const known = key === 'birthDate' || key === 'cardIssueDate' || key === 'cardExpiryOnCard' || key === 'stayEnd';
    const valid = isIsoDate(date) || (key === 'stayEnd' && date === 'permanent');
    if (known && valid) cleanDates[key] = date;
    else lost = true;
  }
  return {
    state: {
      version: CHECKLIST_STATE_VERSION,
      answers: cleaned,
      documents: ticked,
      pinsDecided: pins,
      dates: cleanDates,
      reminders,
    },
    lost,
  };
}

/**
 * Keeps only well-formed guide answers.
 * @example cleanGuideAnswers({ card: 'have', tested: 'yes' }) → { card: 'have' }
 */
export function cleanGuideAnswers(answers: Record<string, unknown>): GuideAnswers {
  const clean: GuideAnswers = {};
  const { card, tokutei, tested } = answers;
  if ((CARD_STAGES as readonly unknown[]).includes(card)) clean.card = card as CardStage;
  if ((TOKUTEI_CHOICES as readonly unknown[]).includes(tokutei)) clean.tokutei = tokutei as TokuteiChoice;
  if (typeof tested === 'boolean') clean.tested = tested;
  return clean;
}

const ITEM_ID = /^[a-z][a-zA-Z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * The answers the eligibility engine needs: the stored answers plus the stay end from the dates.
 * @example eligibilityAnswers(state) → { status: 'mid-long', registered: true, stayEnd: '2027-03-31' }
 */
export function eligibilityAnswers(state: ChecklistState): EligibilityAnswers {
  const { stayEnd } = state.dates;
  const answers = cleanAnswers(state.answers);
  return stayEnd === undefined ? answers : { ...answers, stayEnd };
}

/**
 * The life-cycle input, when the state has the dates it needs. Special permanent residents have no period of stay.
 * @example lifecycleInput(state) && computeLifecycle(lifecycleInput(state)!)
 */
export function lifecycleInput(state: ChecklistState): LifecycleInput | undefined {
  const { birthDate, cardIssueDate, cardExpiryOnCard } = state.dates;
  const stayEnd = state.answers.status === 'special-permanent' ? 'permanent' : state.dates.stayEnd;
  if (!birthDate || !cardIssueDate || !stayEnd) return undefined;
  return { birthDate, issueDate: cardIssueDate, stayEnd, ...(cardExpiryOnCard ? { cardExpiryOnCard } : {}) };
}

/**
 * Drops ticks of document items that the checklists no longer have (after a content update).
 * @example pruneDocuments(state, checklists).documents
 */
export function pruneDocuments(state: ChecklistState, checklists: Checklists): ChecklistState {
  const known = new Set(checklists.documents.groups.filter((g) => g.tickable).flatMap((g) => g.items.map((i) => i.id)));
  const documents = state.documents.filter((id) => known.has(id));
  return documents.length === state.documents.length ? state : { ...state, documents };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
