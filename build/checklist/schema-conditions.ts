/**
 * The conditions of the checklists as valibot schemas: an eligibility rule's `when` and a question's `askIf` (on
 * the answers), and a guide step's or item's `when` (on the situation). Each key is checked with its own values,
 * and the output keeps the file's order of keys.
 */

import * as v from 'valibot';
import { keyedMapping } from '../lib/yaml-schema.ts';
import { isRecord } from '../lib/yaml-source.ts';
import { MISSING, describe } from './schema-fields.ts';
import {
  QUESTION_IDS,
  QUESTION_TYPES,
  RESIDENCE_STATUSES,
  type Conditions,
  type QuestionId,
  type ResidenceStatus,
  type StayEndCondition,
} from '../../src/checklist/types.ts';
import { SITUATION_VALUES, type SituationConditions } from '../../src/checklist/guide-types.ts';

/** Longest look-ahead a stay-end condition may use; beyond it a typo (6000 for 60) is likelier than intent. */
const MAX_WITHIN_DAYS = 3660;

const isStatus = (value: unknown) => (RESIDENCE_STATUSES as readonly unknown[]).includes(value);

const YesNo = (question: QuestionId) =>
  v.custom<boolean>(
    (answer) => typeof answer === 'boolean',
    ({ input }) => `question ${question} is yes-no: use true or false (got ${describe(input)})`,
  );

/** `status: short-term` or `status: [mid-long, other]`. */
const Statuses = v.pipe(
  v.custom<ResidenceStatus | ResidenceStatus[]>(
    (value) => {
      const values = typeof value === 'string' ? [value] : value;
      return Array.isArray(values) && values.length > 0 && values.every(isStatus);
    },
    ({ input }) => `use one or a list of ${RESIDENCE_STATUSES.join(', ')} (got ${describe(input)})`,
  ),
  v.transform((value) => (typeof value === 'string' ? [value] : value)),
);

const isStayEndCondition = (value: unknown): value is StayEndCondition => {
  if (value === 'permanent' || value === 'date' || value === 'passed') return true;
  if (!isRecord(value) || Object.keys(value).length !== 1) return false;
  const days = value['withinDays'];
  return typeof days === 'number' && Number.isInteger(days) && days >= 0 && days <= MAX_WITHIN_DAYS;
};

const StayEnd = v.custom<StayEndCondition>(
  isStayEndCondition,
  ({ input }) => `use permanent, date, passed or { withinDays: N } (got ${describe(input)})`,
);

const CONDITION_MESSAGE = 'conditions must be a mapping from question ids to values';

/**
 * `when` / `askIf`: question ids to the values they must have (askIf's to earlier questions: see the questions).
 * @example { status: [mid-long], stayEnd: { withinDays: 60 } }
 */
export const ConditionsSchema = v.pipe(
  keyedMapping(
    Object.fromEntries(
      QUESTION_IDS.map((id): [string, v.GenericSchema] => {
        const type = QUESTION_TYPES[id];
        return [id, type === 'yes-no' ? YesNo(id) : type === 'choice' ? Statuses : StayEnd];
      }),
    ),
    ({ input }) => (input === undefined ? MISSING : `${CONDITION_MESSAGE} (got ${describe(input)})`),
    'unknown question "{key}" in a condition',
  ),
  v.check((conditions) => Object.keys(conditions).length > 0, `${CONDITION_MESSAGE} (got a mapping)`),
  v.transform((conditions) => conditions as Conditions),
);

/** One situation key's condition: a value or a list of values it may take; output as a list. */
const situationValues = (key: string, allowed: readonly unknown[]) => {
  const valuesOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
  return v.pipe(
    v.custom<unknown>(
      (value) => valuesOf(value).length > 0 && valuesOf(value).every((item) => allowed.includes(item)),
      ({ input }) => {
        const bad = valuesOf(input).filter((item) => !allowed.includes(item));
        return `${key} may be ${allowed.join(', ')} (got ${bad.map(describe).join(', ') || 'nothing'})`;
      },
    ),
    v.transform(valuesOf),
  );
};

/**
 * A guide step's or item's `when`: situation keys (guide-types.ts SITUATION_VALUES) to a value or a list of them.
 * @example { card: have, due: [card-renewal] }
 */
export const SituationConditionsSchema = v.pipe(
  keyedMapping(
    Object.fromEntries(Object.entries(SITUATION_VALUES).map(([key, values]) => [key, situationValues(key, values)])),
    ({ input }) =>
      input === undefined
        ? MISSING
        : `conditions must be a mapping from situation keys to values (got ${describe(input)})`,
    `unknown situation key "{key}"; use ${Object.keys(SITUATION_VALUES).join(', ')}`,
  ),
  v.transform((conditions) => conditions as SituationConditions),
);
