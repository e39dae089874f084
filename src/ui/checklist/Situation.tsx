/**
 * The user's situation, one question at a time: the first unanswered question (or the one being changed) in full,
 * and the answers so far as short lines with "Change", folded once everything is answered. The answers drive the
 * "you are here" box above, which changes as soon as an answer does.
 */
import { useState } from 'preact/hooks';
import type { Journey, ShownQuestion } from '@/src/checklist/journey';
import type { ChecklistState } from '@/src/checklist/state';
import { Named, formatDate, tx, type TFunction } from '@/src/ui/shared/content';
import type { UpdateChecklist } from '@/src/ui/shared/hooks';
import { ChoiceFieldset, choicesFrom, type Choice } from './choices';
import { StayEndField } from './fields';
import { guideLabel } from './Timeline';

/** The choices of a question: its options, or yes / no. */
function choicesOf(t: TFunction, shown: ShownQuestion): Choice[] {
  return choicesFrom(t, shown.kind === 'eligibility' ? shown.question.options : shown.question.choices);
}

/** The answer to a question as a short text, or undefined when unanswered. */
function answerText(t: TFunction, shown: ShownQuestion, state: ChecklistState, language: string): string | undefined {
  if (shown.question.id === 'stayEnd') {
    const end = state.dates.stayEnd;
    if (end === undefined) return undefined;
    const q = shown.kind === 'eligibility' ? shown.question : undefined;
    return end === 'permanent' ? (q?.permanentLabel ? tx(t, q.permanentLabel) : '—') : formatDate(end, language);
  }
  const value = (state.answers as Record<string, unknown>)[shown.question.id];
  if (value === undefined) return undefined;
  return choicesOf(t, shown).find((c) => c.value === value)?.label;
}

export function Situation({
  t,
  journey,
  state,
  update,
  language,
}: {
  t: TFunction;
  journey: Journey;
  state: ChecklistState;
  update: UpdateChecklist;
  language: string;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const current =
    journey.questions.find((q) => q.question.id === editing) ??
    journey.questions.find((q) => q.question.id === journey.missing[0]);
  const answered = journey.questions.filter((q) => q !== current && answerText(t, q, state, language) !== undefined);
  const set = (id: string, value: string | boolean) => {
    setEditing(null);
    update((s) => ({ ...s, answers: { ...s.answers, [id]: value } }));
  };
  const rows = (
    <dl class="answers" data-testid="answers">
      {answered.map((q) => (
        <div key={q.question.id} class="answer">
          <dt>
            <Named t={t} text={q.question.label} ja={q.question.ja} />
          </dt>
          <dd>
            {answerText(t, q, state, language)}{' '}
            <button
              type="button"
              class="link"
              data-testid={`change-${q.question.id}`}
              onClick={() => setEditing(q.question.id)}
            >
              {guideLabel(t, 'change')}
            </button>
          </dd>
        </div>
      ))}
    </dl>
  );
  return (
    <div class="situation" data-testid="situation">
      {current && (
        <QuestionView
          t={t}
          shown={current}
          state={state}
          update={update}
          onAnswer={(value) => set(current.question.id, value)}
          onDate={() => setEditing(null)}
        />
      )}
      {answered.length > 0 &&
        (current ? (
          rows
        ) : (
          <details class="more" data-testid="situation-answers">
            <summary>{guideLabel(t, 'situation')}</summary>
            {rows}
          </details>
        ))}
    </div>
  );
}

function QuestionView({
  t,
  shown,
  state,
  update,
  onAnswer,
  onDate,
}: {
  t: TFunction;
  shown: ShownQuestion;
  state: ChecklistState;
  update: UpdateChecklist;
  onAnswer: (value: string | boolean) => void;
  onDate: () => void;
}) {
  const { question } = shown;
  if (question.id === 'stayEnd') {
    return (
      <div class="current-question">
        <StayEndField t={t} state={state} update={(change) => (onDate(), update(change))} idPrefix="q" />
      </div>
    );
  }
  const choices = choicesOf(t, shown);
  return (
    <ChoiceFieldset
      t={t}
      id={question.id}
      question={question}
      class="question current-question"
      inline={choices.length === 2 && typeof choices[0]!.value === 'boolean'}
      choices={choices}
      current={(state.answers as Record<string, unknown>)[question.id]}
      sources={shown.kind === 'eligibility' ? shown.question.options.flatMap((o) => o.sources) : []}
      onAnswer={onAnswer}
    />
  );
}
