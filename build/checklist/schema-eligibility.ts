/**
 * The schema of the eligibility file (`kind: eligibility`): next steps, questions, outcomes and rules.
 *
 * Beyond shapes it checks what the engine relies on: the questions are exactly the stored answer fields with
 * their types (types.ts), `askIf` refers only to earlier questions (so one pass in order decides what to ask),
 * conditions use values the question can have, and every outcome has a distinct rank.
 */

import * as v from 'valibot';
import { issuePathTo } from '../lib/yaml-schema.ts';
import { isRecord } from '../lib/yaml-source.ts';
import { ConditionsSchema } from './schema-conditions.ts';
import { complete, uniqueIds, withTexts, type ChecklistContext } from './schema-entries.ts';
import {
  describe,
  MISSING,
  entry,
  FixedId,
  Id,
  idsIn,
  Ja,
  list,
  Refs,
  SourceRefs,
  TextField,
  WholeNumber,
} from './schema-fields.ts';
import {
  OUTCOME_IDS,
  QUESTION_IDS,
  QUESTION_TYPES,
  RESIDENCE_STATUSES,
  type EligibilityChecklist,
  type NextStep,
  type Outcome,
  type Question,
  type QuestionId,
  type Rule,
  type RuleOutcomeId,
} from '../../src/checklist/types.ts';

const isQuestionId = (id: unknown): id is QuestionId => (QUESTION_IDS as readonly unknown[]).includes(id);

const NextStepEntry = (context: ChecklistContext) =>
  v.pipe(
    // A step may be plain guidance ("prepare the documents below"); one that states a fact names its source.
    entry({ id: Id, text: TextField, source: v.optional(SourceRefs(context.sources)) }),
    withTexts(context.strings, ({ id, text: en, source }, text): NextStep => ({
      id,
      text: text(`eligibility.step.${id}.text`, en, 'text'),
      sources: source ?? [],
    })),
  );

const OptionEntry = (context: ChecklistContext) =>
  entry({
    value: FixedId(RESIDENCE_STATUSES, (id) => `unknown status "${String(id)}"; use ${RESIDENCE_STATUSES.join(', ')}`),
    ja: v.optional(Ja),
    label: TextField,
    source: v.optional(SourceRefs(context.sources)),
  });

/** What a question has by its type: `options` (choice), `permanentLabel` (date-or-permanent), the `type` itself. */
const byType = <T>() =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    const question: unknown = dataset.value;
    if (!isRecord(question) || !isQuestionId(question['id'])) return;
    const id = question['id'];
    const type = QUESTION_TYPES[id];
    const at = (key: string) => issuePathTo(question, [key]);
    if (question['type'] !== undefined && question['type'] !== type)
      addIssue({ message: `question ${id} must have \`type: ${type}\``, path: at('type') });
    const { options, permanentLabel } = question;
    if (type === 'choice' && options === undefined) addIssue({ message: MISSING, path: at('options') });
    if (type === 'choice' && Array.isArray(options)) {
      const found = new Set(options.map((option) => (isRecord(option) ? option['value'] : undefined)));
      const missing = RESIDENCE_STATUSES.filter((status) => !found.has(status));
      if (missing.length > 0) addIssue({ message: `options ${missing.join(', ')} are missing`, path: at('options') });
    }
    if (type !== 'choice' && options !== undefined)
      addIssue({ message: 'only choice questions have `options`', path: at('options') });
    if (type === 'date-or-permanent' && permanentLabel === undefined)
      addIssue({ message: MISSING, path: at('permanentLabel') });
    if (type !== 'date-or-permanent' && permanentLabel !== undefined)
      addIssue({ message: 'only date-or-permanent questions have `permanentLabel`', path: at('permanentLabel') });
  });

const QuestionEntry = (context: ChecklistContext) =>
  v.pipe(
    entry({
      id: FixedId(
        QUESTION_IDS,
        (id) => `unknown question "${String(id)}"; the questions are ${QUESTION_IDS.join(', ')}`,
      ),
      type: v.custom<unknown>((type) => type !== undefined, MISSING),
      ja: v.optional(Ja),
      label: TextField,
      help: v.optional(TextField),
      options: v.optional(v.pipe(list(OptionEntry(context)), uniqueIds({ key: 'value' }))),
      permanentLabel: v.optional(TextField),
      askIf: v.optional(ConditionsSchema),
    }),
    byType(),
    withTexts(context.strings, (question, text): Question => {
      const prefix = `eligibility.q.${question.id}`;
      const { ja, help, permanentLabel, askIf } = question;
      return {
        id: question.id,
        type: QUESTION_TYPES[question.id],
        ...(ja ? { ja } : {}),
        label: text(`${prefix}.label`, question.label, 'label'),
        ...(help === undefined ? {} : { help: text(`${prefix}.help`, help, 'help') }),
        options: (question.options ?? []).map((option, i) => ({
          value: option.value,
          ...(option.ja ? { ja: option.ja } : {}),
          label: text(`${prefix}.option.${option.value}.label`, option.label, 'options', i, 'label'),
          sources: option.source ?? [],
        })),
        ...(permanentLabel === undefined
          ? {}
          : { permanentLabel: text(`${prefix}.permanentLabel`, permanentLabel, 'permanentLabel') }),
        ...(askIf ? { askIf } : {}),
      };
    }),
  );

/** On the questions: `askIf` names only earlier questions (so one pass in order decides what to ask). */
const askIfEarlier = <T>() =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    const questions: unknown[] = Array.isArray(dataset.value) ? dataset.value : [];
    const earlier = new Set<unknown>();
    questions.forEach((question, i) => {
      const askIf = isRecord(question) ? question['askIf'] : undefined;
      for (const key of isRecord(askIf) ? Object.keys(askIf) : []) {
        if (isQuestionId(key) && !earlier.has(key))
          addIssue({
            message: 'a condition may refer only to earlier questions',
            path: issuePathTo(questions, [i, 'askIf', key]),
          });
      }
      if (isRecord(question)) earlier.add(question['id']);
    });
  });

/** An outcome's rank: every one but `incomplete` has one. */
const rankByOutcome = <T>() =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    const outcome: unknown = dataset.value;
    if (!isRecord(outcome) || !(OUTCOME_IDS as readonly unknown[]).includes(outcome['id'])) return;
    const path = issuePathTo(outcome, ['rank']);
    if (outcome['id'] === 'incomplete' && outcome['rank'] !== undefined)
      addIssue({ message: 'the incomplete outcome has no rank', path });
    if (outcome['id'] !== 'incomplete' && outcome['rank'] === undefined)
      addIssue({ message: '`rank` must be a whole number from 0 to 100 (got nothing)', path });
  });

/** On the outcomes: no two share a rank. */
const distinctRanks = <T>() =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    const outcomes: unknown[] = Array.isArray(dataset.value) ? dataset.value : [];
    const ranks = new Map<unknown, string>();
    outcomes.forEach((outcome, i) => {
      if (!isRecord(outcome) || outcome['id'] === 'incomplete' || !Number.isInteger(outcome['rank'])) return;
      const rank = outcome['rank'] as number;
      const other = ranks.get(rank);
      if (other !== undefined)
        addIssue({ message: `rank ${rank} is also ${other}'s`, path: issuePathTo(outcomes, [i, 'rank']) });
      else ranks.set(rank, String(outcome['id']));
    });
  });

const OutcomeEntry = (context: ChecklistContext, steps: ReadonlySet<string>) =>
  v.pipe(
    entry({
      id: FixedId(OUTCOME_IDS, (id) => `unknown outcome "${String(id)}"; the outcomes are ${OUTCOME_IDS.join(', ')}`),
      rank: v.optional(WholeNumber(0, 100)),
      label: TextField,
      summary: TextField,
      nextSteps: v.optional(Refs(steps, 'next step'), []),
    }),
    rankByOutcome(),
    withTexts(context.strings, ({ id, rank, label, summary, nextSteps }, text) => ({
      id,
      ...(rank === undefined ? {} : { rank }),
      label: text(`eligibility.outcome.${id}.label`, label, 'label'),
      summary: text(`eligibility.outcome.${id}.summary`, summary, 'summary'),
      nextSteps,
    })),
  );

const RuleOutcome = v.custom<RuleOutcomeId>(
  (id) => id !== 'incomplete' && (OUTCOME_IDS as readonly unknown[]).includes(id),
  ({ input }) =>
    input === undefined
      ? MISSING
      : `\`outcome\` must be apply-now, after-renewal or not-eligible (got ${describe(input)})`,
);

const RuleEntry = (context: ChecklistContext, steps: ReadonlySet<string>) =>
  v.pipe(
    entry({
      id: Id,
      when: ConditionsSchema,
      outcome: RuleOutcome,
      reason: TextField,
      nextSteps: v.optional(Refs(steps, 'next step'), []),
      source: SourceRefs(context.sources),
    }),
    withTexts(context.strings, ({ id, when, outcome, reason, nextSteps, source }, text) => ({
      id,
      when,
      outcome,
      reason: text(`eligibility.rule.${id}.reason`, reason, 'reason'),
      nextSteps,
      sources: source,
    })),
  );

/**
 * The eligibility file, whose next steps are `data`'s (outcomes and rules name them).
 * @example checkYaml(EligibilityFile(context, parsed.data), parsed, path, report)?.questions[0]?.id === 'status'
 */
export const EligibilityFile = (context: ChecklistContext, data: unknown) => {
  const steps = idsIn(data, 'nextSteps');
  return v.pipe(
    entry({
      kind: v.unknown(),
      questions: v.pipe(list(QuestionEntry(context)), uniqueIds(), askIfEarlier()),
      outcomes: v.pipe(list(OutcomeEntry(context, steps)), uniqueIds(), distinctRanks()),
      rules: v.pipe(list(RuleEntry(context, steps)), uniqueIds()),
      nextSteps: v.optional(v.pipe(list(NextStepEntry(context)), uniqueIds()), []),
    }),
    complete('questions', QUESTION_IDS),
    complete('outcomes', OUTCOME_IDS),
    v.transform(({ questions, outcomes, rules, nextSteps }): EligibilityChecklist => {
      const step = new Map(nextSteps.map((s) => [s.id, s]));
      const resolve = <T extends { nextSteps: string[] }>(item: T) => ({
        ...item,
        nextSteps: item.nextSteps.map((id) => step.get(id)!),
      });
      return {
        questions,
        outcomes: Object.fromEntries(
          outcomes.map((o) => [o.id, resolve(o) as Outcome]),
        ) as EligibilityChecklist['outcomes'],
        rules: rules.map((rule): Rule => resolve(rule)),
      };
    }),
  );
};
