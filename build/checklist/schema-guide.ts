/**
 * The schema of guide.yaml (`kind: guide`): phases, places, the guide's questions, the steps with their conditions
 * and next items, the folded reference and the guide's UI labels.
 *
 * Beyond shapes it checks what the engine relies on: conditions name situation keys and values that exist
 * (guide-types.ts SITUATION_VALUES), placeholders are known dates, each step names a phase and known places and
 * reference sections, and the last step holds always (so the user is always somewhere).
 */

import * as v from 'valibot';
import { issuePathTo } from '../lib/yaml-schema.ts';
import { isRecord } from '../lib/yaml-source.ts';
import { SituationConditionsSchema } from './schema-conditions.ts';
import { complete, fact, uniqueIds, withTexts, type ChecklistContext } from './schema-entries.ts';
import {
  describe,
  MISSING,
  entry,
  FixedId,
  Flag,
  Id,
  idsIn,
  Ja,
  list,
  Ref,
  Refs,
  SourceRefs,
  TextField,
  TextWithPlaceholders,
  Url,
} from './schema-fields.ts';
import {
  CARD_STAGES,
  GUIDE_PLACEHOLDERS,
  GUIDE_QUESTION_IDS,
  TOKUTEI_CHOICES,
  type GuideChecklist,
  type GuideQuestion,
  type GuideQuestionId,
  type GuideStep,
  type Phase,
  type Place,
  type ReferenceSection,
} from '../../src/checklist/guide-types.ts';
import type { Text } from '../../src/checklist/types.ts';

const CHOICES: Record<GuideQuestionId, readonly string[]> = { card: CARD_STAGES, tokutei: TOKUTEI_CHOICES, tested: [] };
const GuideText = TextWithPlaceholders(GUIDE_PLACEHOLDERS);
const jaOf = (ja: string | undefined) => (ja ? { ja } : {});

/** `labels: { id: text }`: the guide's UI labels. */
const Labels = (strings: Map<string, string>) =>
  v.pipe(
    v.custom<Record<string, unknown>>(isRecord, ({ input }) =>
      input === undefined ? MISSING : `\`labels\` must be a mapping of id: text (got ${describe(input)})`,
    ),
    v.record(v.string(), TextField),
    withTexts(strings, (labels, text) =>
      Object.fromEntries(
        Object.entries(labels).map(([id, en]): [string, Text] => [id, text(`guide.label.${id}`, en, id)]),
      ),
    ),
  );

const PhaseEntry = (strings: Map<string, string>) =>
  v.pipe(
    entry({ id: Id, label: TextField }),
    withTexts(strings, ({ id, label }, text): Phase => ({
      id,
      label: text(`guide.phase.${id}.label`, label, 'label'),
    })),
  );

const PlaceEntry = (strings: Map<string, string>) =>
  v.pipe(
    entry({ id: Id, ja: v.optional(Ja), label: TextField, url: v.optional(Url) }),
    withTexts(strings, ({ id, ja, label, url }, text): Place => ({
      id,
      ...jaOf(ja),
      label: text(`guide.place.${id}.label`, label, 'label'),
      ...(url ? { url } : {}),
    })),
  );

/** A guide question's choices are exactly those of its answer (guide-types.ts). */
const choicesByQuestion = <T>() =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    const question: unknown = dataset.value;
    if (!isRecord(question) || !(GUIDE_QUESTION_IDS as readonly unknown[]).includes(question['id'])) return;
    const id = question['id'] as GuideQuestionId;
    const choices: unknown[] = Array.isArray(question['choices']) ? question['choices'] : [];
    const values = choices.map((choice) => (isRecord(choice) ? choice['value'] : undefined));
    values.forEach((value, k) => {
      if (typeof value === 'string' && !CHOICES[id].includes(value))
        addIssue({
          message: `question ${id} has no choice "${value}"`,
          path: issuePathTo(question, ['choices', k, 'value']),
        });
    });
    const missing = CHOICES[id].filter((value) => !values.includes(value));
    if (missing.length > 0)
      addIssue({ message: `choices ${missing.join(', ')} are missing`, path: issuePathTo(question, ['choices']) });
  });

const QuestionEntry = (strings: Map<string, string>) =>
  v.pipe(
    entry({
      id: FixedId(
        GUIDE_QUESTION_IDS,
        (id) => `unknown question "${String(id)}"; the guide's questions are ${GUIDE_QUESTION_IDS.join(', ')}`,
      ),
      ja: v.optional(Ja),
      label: TextField,
      help: v.optional(TextField),
      choices: v.optional(
        v.pipe(list(entry({ value: Id, ja: v.optional(Ja), label: TextField })), uniqueIds({ key: 'value' })),
        [],
      ),
    }),
    choicesByQuestion(),
    withTexts(strings, ({ id, ja, label, help, choices }, text): GuideQuestion => {
      const prefix = `guide.q.${id}`;
      return {
        id,
        ...jaOf(ja),
        label: text(`${prefix}.label`, label, 'label'),
        ...(help === undefined ? {} : { help: text(`${prefix}.help`, help, 'help') }),
        choices: choices.map((choice, k) => ({
          value: choice.value,
          ...jaOf(choice.ja),
          label: text(`${prefix}.choice.${choice.value}.label`, choice.label, 'choices', k, 'label'),
        })),
      };
    }),
  );

const SectionEntry = (context: ChecklistContext) =>
  v.pipe(
    entry({ id: Id, title: TextField, facts: list(fact(context, 'guide.fact')) }),
    withTexts(context.strings, ({ id, title, facts }, text): ReferenceSection => ({
      id,
      title: text(`guide.ref.${id}.title`, title, 'title'),
      facts,
    })),
  );

/** One thing to do next; its text's id is its step's (the step makes it), its place is resolved by the file. */
const ItemEntry = (context: ChecklistContext, places: ReadonlySet<string>) =>
  entry({
    id: Id,
    text: GuideText,
    place: v.optional(Ref(places, 'place')),
    when: v.optional(SituationConditionsSchema),
    // An item is advice; one that states a fact names its source (like the eligibility next steps).
    source: v.optional(SourceRefs(context.sources)),
    unverified: v.optional(Flag, false),
  });

interface Known {
  phases: ReadonlySet<string>;
  places: ReadonlySet<string>;
  sections: ReadonlySet<string>;
}

const StepEntry = (context: ChecklistContext, known: Known) =>
  v.pipe(
    entry({
      id: Id,
      phase: Ref(known.phases, 'phase', `; use ${[...known.phases].join(', ')}`),
      when: v.optional(SituationConditionsSchema),
      title: GuideText,
      summary: GuideText,
      eligibility: v.optional(Flag, false),
      items: v.optional(v.pipe(list(ItemEntry(context, known.places)), uniqueIds()), []),
      reference: v.optional(Refs(known.sections, 'reference section'), []),
    }),
    withTexts(context.strings, (step, text) => {
      const prefix = `guide.step.${step.id}`;
      return {
        id: step.id,
        phase: step.phase,
        when: step.when ?? {},
        title: text(`${prefix}.title`, step.title, 'title'),
        summary: text(`${prefix}.summary`, step.summary, 'summary'),
        eligibility: step.eligibility,
        items: step.items.map(({ id, text: en, place, when, source, unverified }, j) => ({
          id,
          text: text(`${prefix}.item.${id}.text`, en, 'items', j, 'text'),
          ...(place === undefined ? {} : { place }),
          ...(when ? { when } : {}),
          sources: source ?? [],
          unverified,
        })),
        reference: step.reference,
      };
    }),
  );

/** On the steps: the last one holds always, so that the user is always somewhere. */
const lastStepAlways = <T>() =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    const steps: unknown[] = Array.isArray(dataset.value) ? dataset.value : [];
    const when = isRecord(steps.at(-1)) ? (steps.at(-1) as Record<string, unknown>)['when'] : undefined;
    if (isRecord(when) && Object.keys(when).length > 0)
      addIssue({
        message: 'the last step must have no conditions: it is where everyone else is',
        path: issuePathTo(steps, [steps.length - 1]),
      });
  });

const NotEmpty = '`{field}` must not be empty';

/**
 * guide.yaml, whose phases, places and reference sections are `data`'s (the steps name them).
 * @example checkYaml(GuideFile(context, parsed.data), parsed, path, report)?.steps.at(-1)?.when // {}
 */
export const GuideFile = (context: ChecklistContext, data: unknown) => {
  const known = { phases: idsIn(data, 'phases'), places: idsIn(data, 'places'), sections: idsIn(data, 'reference') };
  return v.pipe(
    entry({
      kind: v.unknown(),
      labels: Labels(context.strings),
      phases: v.pipe(list(PhaseEntry(context.strings)), uniqueIds(), v.minLength(1, NotEmpty)),
      places: v.pipe(list(PlaceEntry(context.strings)), uniqueIds()),
      questions: v.pipe(list(QuestionEntry(context.strings)), uniqueIds()),
      steps: v.pipe(list(StepEntry(context, known)), uniqueIds(), lastStepAlways(), v.minLength(1, NotEmpty)),
      reference: v.pipe(list(SectionEntry(context)), uniqueIds(), uniqueIds({ within: 'facts' })),
    }),
    complete('questions', GUIDE_QUESTION_IDS),
    v.transform(({ labels, phases, places, questions, steps, reference }): GuideChecklist => {
      const place = new Map(places.map((p) => [p.id, p]));
      return {
        phases,
        places: Object.fromEntries(place),
        questions: Object.fromEntries(questions.map((q) => [q.id, q])) as GuideChecklist['questions'],
        steps: steps.map((step): GuideStep => ({
          ...step,
          items: step.items.map((item) => {
            const { place: id, ...rest } = item;
            // `{ ...item, place }` keeps the key where it was: the compiled output keeps its order.
            return id === undefined ? rest : { ...item, place: place.get(id)! };
          }),
        })),
        reference,
        labels,
      };
    }),
  );
};
