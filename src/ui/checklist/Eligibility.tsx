import checklists from 'virtual:tebiki-checklists';
import { evaluateEligibility, type EligibilityResult } from '@/src/checklist/eligibility';
import { eligibilityAnswers, type ChecklistState, type StoredAnswers } from '@/src/checklist/state';
import type { Question, Source, Text } from '@/src/checklist/types';
import { tx, type TFunction } from '@/src/ui/shared/content';
import { ChoiceFieldset, SourcedItem, choicesFrom } from './choices';
import { StayEndField } from './fields';
import type { SectionProps } from './Checklist';

type StoredQuestionId = keyof StoredAnswers;

/** The state with one answer set. */
function withAnswer<K extends StoredQuestionId>(state: ChecklistState, id: K, value: StoredAnswers[K]): ChecklistState {
  return { ...state, answers: { ...state.answers, [id]: value } };
}

/**
 * "Can I get the card?": the questions that apply to the answers so far, then the outcome (can apply now / apply
 * after the renewal / not eligible) with its reasons and next steps. Questions appear as earlier answers call for
 * them; the outcome shows as soon as it is certain.
 */
export function Eligibility({ t, state, update, today }: SectionProps) {
  const result = evaluateEligibility(eligibilityAnswers(state), checklists.eligibility, today);
  return (
    <div data-testid="eligibility">
      <p class="intro">{t('checklist.eligibility.intro')}</p>
      {result.ask.map((question) =>
        question.type === 'date-or-permanent' ? (
          <StayEndField key={question.id} t={t} state={state} update={update} idPrefix="q" />
        ) : (
          <ChoiceQuestion key={question.id} t={t} question={question} state={state} update={update} />
        ),
      )}
      <Outcome t={t} result={result} />
    </div>
  );
}

/** A question answered with radio buttons: the status options, or yes / no. */
function ChoiceQuestion({
  t,
  question,
  state,
  update,
}: {
  t: TFunction;
  question: Question;
  state: ChecklistState;
  update: SectionProps['update'];
}) {
  const id = question.id as StoredQuestionId;
  return (
    <ChoiceFieldset
      t={t}
      id={id}
      question={question}
      class="question"
      inline={question.type === 'yes-no'}
      choices={choicesFrom(t, question.options)}
      current={state.answers[id]}
      sources={question.options.flatMap((o) => o.sources)}
      onAnswer={(value) => update((s) => withAnswer(s, id, value as never))}
    />
  );
}

/** The outcome box: the label is announced when it changes; reasons and next steps follow. */
function Outcome({ t, result }: { t: TFunction; result: EligibilityResult }) {
  return (
    <div class={`outcome outcome-${result.outcome}`} data-testid="eligibility-outcome" data-outcome={result.outcome}>
      <p role="status" class="outcome-label">
        <strong>{tx(t, result.label)}</strong>
      </p>
      <p>{tx(t, result.summary)}</p>
      <Explained t={t} heading="why" items={result.reasons} list="ul" testid="eligibility-reasons" />
      <Explained t={t} heading="next" items={result.nextSteps} list="ol" testid="eligibility-next-steps" />
    </div>
  );
}

/** The outcome's reasons or next steps under their heading (`checklist.eligibility.<heading>`); nothing when none. */
function Explained({
  t,
  heading,
  items,
  list: List,
  testid,
}: {
  t: TFunction;
  heading: 'why' | 'next';
  items: ReadonlyArray<{ id: string; text: Text; sources: Source[] }>;
  list: 'ul' | 'ol';
  testid: string;
}) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{t(`checklist.eligibility.${heading}`)}</h3>
      <List data-testid={testid}>
        {items.map((item) => (
          <SourcedItem key={item.id} t={t} text={item.text} sources={item.sources} />
        ))}
      </List>
    </>
  );
}
