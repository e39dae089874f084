/**
 * Validates and compiles the eligibility file (`kind: eligibility`): next steps, questions, outcomes and rules.
 *
 * Beyond shapes it checks what the engine relies on: the questions are exactly the stored answer fields with
 * their types (types.ts), `askIf` refers only to earlier questions (so one pass in order decides what to ask),
 * conditions use values the question can have, and every outcome has a distinct rank.
 */

import type { Path, Reader } from './schema-reader.ts';
import { isRecord } from '../lib/yaml-source.ts';
import { describe } from './schema-reader.ts';
import {
  OUTCOME_IDS,
  QUESTION_IDS,
  QUESTION_TYPES,
  RESIDENCE_STATUSES,
  type Conditions,
  type EligibilityChecklist,
  type NextStep,
  type Outcome,
  type OutcomeId,
  type Question,
  type QuestionId,
  type QuestionOption,
  type ResidenceStatus,
  type Rule,
  type StayEndCondition,
} from '../../src/checklist/types.ts';

const FILE_KEYS = ['kind', 'questions', 'outcomes', 'rules', 'nextSteps'];
/** Longest look-ahead a stay-end condition may use; beyond it a typo (6000 for 60) is likelier than intent. */
const MAX_WITHIN_DAYS = 3660;

/**
 * Reads the eligibility file.
 * @example readEligibility(reader, YAML.parse(text))?.questions[0]?.id === 'status'
 */
export function readEligibility(r: Reader, data: Record<string, unknown>): EligibilityChecklist | undefined {
  r.mapping([], data, FILE_KEYS, ['questions', 'outcomes', 'rules']);
  const steps = readNextSteps(r, data['nextSteps']);
  const questions = readQuestions(r, data['questions']);
  const outcomes = readOutcomes(r, data['outcomes'], steps);
  const rules = readRules(r, data['rules'], steps, questions);
  if (!outcomes || questions.length !== QUESTION_IDS.length) return undefined;
  return { questions, outcomes, rules };
}

function readNextSteps(r: Reader, raw: unknown): Map<string, NextStep> {
  const steps = new Map<string, NextStep>();
  const seen = new Set<string>();
  const shape = { keys: ['id', 'text', 'source'], required: ['id', 'text'], seen, optional: true };
  r.entries(['nextSteps'], raw, shape, (value, path, id) => {
    const text = r.text([...path, 'text'], value['text'], `eligibility.step.${id}.text`);
    // A step may be plain guidance ("prepare the documents below"); one that states a fact names its source.
    const sources = r.sources([...path, 'source'], value['source'], false);
    if (text) steps.set(id, { id, text, sources });
  });
  return steps;
}

function readQuestions(r: Reader, raw: unknown): Question[] {
  const questions: Question[] = [];
  const seen = new Set<string>();
  const shape = {
    keys: ['id', 'type', 'ja', 'label', 'help', 'options', 'permanentLabel', 'askIf'],
    required: ['id', 'type', 'label'],
    seen,
    known: { ids: QUESTION_IDS, what: 'question' },
  };
  r.entries(['questions'], raw, shape, (value, path, id) => {
    const qid = id as QuestionId;
    const type = QUESTION_TYPES[qid];
    if (value['type'] !== type) r.fail([...path, 'type'], `question ${qid} must have \`type: ${type}\``);
    const prefix = `eligibility.q.${qid}`;
    const label = r.requiredText([...path, 'label'], value['label'], `${prefix}.label`);
    const help = r.text([...path, 'help'], value['help'], `${prefix}.help`);
    const ja = r.ja([...path, 'ja'], value['ja']);
    const options = type === 'choice' ? readOptions(r, [...path, 'options'], value['options'], prefix) : [];
    if (type !== 'choice' && value['options'] !== undefined)
      r.fail([...path, 'options'], 'only choice questions have `options`');
    let permanentLabel;
    if (type === 'date-or-permanent') {
      permanentLabel = r.requiredText([...path, 'permanentLabel'], value['permanentLabel'], `${prefix}.permanentLabel`);
    } else if (value['permanentLabel'] !== undefined) {
      r.fail([...path, 'permanentLabel'], 'only date-or-permanent questions have `permanentLabel`');
    }
    const earlier = new Set(questions.map((q) => q.id));
    const askIf =
      value['askIf'] === undefined ? undefined : readConditions(r, [...path, 'askIf'], value['askIf'], earlier);
    if (!label) return;
    questions.push({
      id: qid,
      type,
      ...(ja ? { ja } : {}),
      label,
      ...(help ? { help } : {}),
      options,
      ...(permanentLabel ? { permanentLabel } : {}),
      ...(askIf ? { askIf } : {}),
    });
  });
  const missing = QUESTION_IDS.filter((id) => !seen.has(id));
  if (missing.length > 0) r.fail([], `questions ${missing.join(', ')} are missing`);
  return questions;
}

function readOptions(r: Reader, path: Path, raw: unknown, prefix: string): QuestionOption[] {
  const options: QuestionOption[] = [];
  const seen = new Set<string>();
  r.list(path, raw, true).forEach((item, i) => {
    const at = [...path, i];
    const value = r.mapping(at, item, ['value', 'ja', 'label', 'source'], ['value', 'label']);
    if (!value) return;
    const id = r.id([...at, 'value'], value['value'], seen);
    if (!id) return;
    if (!(RESIDENCE_STATUSES as readonly string[]).includes(id)) {
      r.fail([...at, 'value'], `unknown status "${id}"; use ${RESIDENCE_STATUSES.join(', ')}`);
      return;
    }
    const label = r.requiredText([...at, 'label'], value['label'], `${prefix}.option.${id}.label`);
    const ja = r.ja([...at, 'ja'], value['ja']);
    const sources = r.sources([...at, 'source'], value['source'], false);
    if (label) options.push({ value: id as ResidenceStatus, ...(ja ? { ja } : {}), label, sources });
  });
  const missing = RESIDENCE_STATUSES.filter((s) => !seen.has(s));
  if (missing.length > 0) r.fail(path, `options ${missing.join(', ')} are missing`);
  return options;
}

/**
 * Reads `when` / `askIf`. `allowed` limits which questions may be named (earlier ones for askIf).
 * @example { status: [mid-long], stayEnd: { withinDays: 60 } }
 */
function readConditions(r: Reader, path: Path, raw: unknown, allowed: Set<QuestionId>): Conditions | undefined {
  if (!isRecord(raw) || Object.keys(raw).length === 0) {
    r.fail(path, `conditions must be a mapping from question ids to values (got ${describe(raw)})`);
    return undefined;
  }
  const conditions: Conditions = {};
  for (const [key, value] of Object.entries(raw)) {
    const at = [...path, key];
    if (!(QUESTION_IDS as readonly string[]).includes(key)) {
      r.fail(at, `unknown question "${key}" in a condition`);
      continue;
    }
    const qid = key as QuestionId;
    if (!allowed.has(qid)) {
      r.fail(at, `a condition may refer only to ${path.includes('askIf') ? 'earlier questions' : 'questions'}`);
      continue;
    }
    const type = QUESTION_TYPES[qid];
    if (type === 'yes-no') {
      if (typeof value === 'boolean') (conditions as Record<string, boolean>)[qid] = value;
      else r.fail(at, `question ${qid} is yes-no: use true or false (got ${describe(value)})`);
    } else if (type === 'choice') {
      const values = typeof value === 'string' ? [value] : value;
      const valid = Array.isArray(values) && values.length > 0;
      const known = valid && values.every((v) => (RESIDENCE_STATUSES as readonly unknown[]).includes(v));
      if (known) conditions.status = values as ResidenceStatus[];
      else r.fail(at, `use one or a list of ${RESIDENCE_STATUSES.join(', ')} (got ${describe(value)})`);
    } else {
      const condition = readStayEndCondition(value);
      if (condition) conditions.stayEnd = condition;
      else r.fail(at, `use permanent, date, passed or { withinDays: N } (got ${describe(value)})`);
    }
  }
  return conditions;
}

function readStayEndCondition(value: unknown): StayEndCondition | undefined {
  if (value === 'permanent' || value === 'date' || value === 'passed') return value;
  if (!isRecord(value) || Object.keys(value).length !== 1) return undefined;
  const days = value['withinDays'];
  return typeof days === 'number' && Number.isInteger(days) && days >= 0 && days <= MAX_WITHIN_DAYS
    ? { withinDays: days }
    : undefined;
}

function readOutcomes(r: Reader, raw: unknown, steps: Map<string, NextStep>): Record<OutcomeId, Outcome> | undefined {
  const outcomes = new Map<OutcomeId, Outcome>();
  const seen = new Set<string>();
  const ranks = new Map<number, string>();
  const shape = {
    keys: ['id', 'rank', 'label', 'summary', 'nextSteps'],
    required: ['id', 'label', 'summary'],
    seen,
    known: { ids: OUTCOME_IDS, what: 'outcome' },
  };
  r.entries(['outcomes'], raw, shape, (value, path, id) => {
    let rank: number | undefined;
    if (id === 'incomplete') {
      if (value['rank'] !== undefined) r.fail([...path, 'rank'], 'the incomplete outcome has no rank');
    } else {
      rank = r.integer([...path, 'rank'], value['rank'], 0, 100);
      if (rank !== undefined && ranks.has(rank)) r.fail([...path, 'rank'], `rank ${rank} is also ${ranks.get(rank)}'s`);
      if (rank !== undefined) ranks.set(rank, id);
    }
    const label = r.requiredText([...path, 'label'], value['label'], `eligibility.outcome.${id}.label`);
    const summary = r.requiredText([...path, 'summary'], value['summary'], `eligibility.outcome.${id}.summary`);
    const nextSteps = r.references([...path, 'nextSteps'], value['nextSteps'], steps, 'next step');
    if (label && summary) {
      outcomes.set(id as OutcomeId, {
        id: id as OutcomeId,
        ...(rank === undefined ? {} : { rank }),
        label,
        summary,
        nextSteps,
      });
    }
  });
  const missing = OUTCOME_IDS.filter((id) => !seen.has(id));
  if (missing.length > 0) r.fail([], `outcomes ${missing.join(', ')} are missing`);
  if (outcomes.size !== OUTCOME_IDS.length) return undefined;
  return Object.fromEntries(outcomes) as Record<OutcomeId, Outcome>;
}

function readRules(r: Reader, raw: unknown, steps: Map<string, NextStep>, questions: Question[]): Rule[] {
  const rules: Rule[] = [];
  const seen = new Set<string>();
  const all = new Set<QuestionId>(questions.map((q) => q.id));
  const shape = {
    keys: ['id', 'when', 'outcome', 'reason', 'nextSteps', 'source'],
    required: ['id', 'when', 'outcome', 'reason'],
    seen,
  };
  r.entries(['rules'], raw, shape, (value, path, id) => {
    const when = value['when'] === undefined ? undefined : readConditions(r, [...path, 'when'], value['when'], all);
    const outcome = value['outcome'];
    const outcomeOk =
      typeof outcome === 'string' && outcome !== 'incomplete' && (OUTCOME_IDS as readonly string[]).includes(outcome);
    if (!outcomeOk)
      r.fail(
        [...path, 'outcome'],
        `\`outcome\` must be apply-now, after-renewal or not-eligible (got ${describe(outcome)})`,
      );
    const reason = r.requiredText([...path, 'reason'], value['reason'], `eligibility.rule.${id}.reason`);
    const nextSteps = r.references([...path, 'nextSteps'], value['nextSteps'], steps, 'next step');
    const sources = r.sources([...path, 'source'], value['source'], true);
    if (when && outcomeOk && reason)
      rules.push({ id, when, outcome: outcome as Rule['outcome'], reason, nextSteps, sources });
  });
  return rules;
}
