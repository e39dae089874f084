import checklists from 'virtual:tebiki-checklists';
import { evaluateEligibility, type EligibilityResult } from '@/src/checklist/eligibility';
import { eligibilityAnswers, type ChecklistState, type StoredAnswers } from '@/src/checklist/state';
import type { Question, Source } from '@/src/checklist/types';
import { JaBeside, Named, Sources, tx, type TFunction } from '@/src/ui/shared/content';
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
  const current = state.answers[id];
  const choices: Array<{ value: string | boolean; label: string; ja?: string | undefined }> =
    question.type === 'choice'
      ? question.options.map((o) => ({ value: o.value, label: tx(t, o.label), ja: o.ja }))
      : [
          { value: true, label: t('checklist.yes') },
          { value: false, label: t('checklist.no') },
        ];
  const sources: Source[] = question.options.flatMap((o) => o.sources);
  const helpId = question.help ? `q-${id}-help` : undefined;
  return (
    <fieldset class="question" data-testid={`question-${id}`} aria-describedby={helpId}>
      <legend>
        <Named t={t} text={question.label} ja={question.ja} />
      </legend>
      {question.help && (
        <p id={helpId} class="help">
          {tx(t, question.help)}
        </p>
      )}
      <div class={question.type === 'yes-no' ? 'choices inline' : 'choices'}>
        {choices.map((choice) => {
          const inputId = `q-${id}-${String(choice.value)}`;
          return (
            <div class="choice" key={inputId}>
              <input
                type="radio"
                id={inputId}
                name={`q-${id}`}
                data-testid={inputId}
                checked={current === choice.value}
                onChange={() => update((s) => withAnswer(s, id, choice.value as never))}
              />
              <label for={inputId}>
                <JaBeside name={choice.label} ja={choice.ja} />
              </label>
            </div>
          );
        })}
      </div>
      <Sources t={t} sources={uniqueSources(sources)} />
    </fieldset>
  );
}

function uniqueSources(sources: Source[]): Source[] {
  return [...new Map(sources.map((s) => [s.id, s])).values()];
}

/** The outcome box: the label is announced when it changes; reasons and next steps follow. */
function Outcome({ t, result }: { t: TFunction; result: EligibilityResult }) {
  return (
    <div class={`outcome outcome-${result.outcome}`} data-testid="eligibility-outcome" data-outcome={result.outcome}>
      <p role="status" class="outcome-label">
        <strong>{tx(t, result.label)}</strong>
      </p>
      <p>{tx(t, result.summary)}</p>
      {result.reasons.length > 0 && (
        <>
          <h3>{t('checklist.eligibility.why')}</h3>
          <ul data-testid="eligibility-reasons">
            {result.reasons.map((reason) => (
              <li key={reason.id}>
                {tx(t, reason.text)}
                <Sources t={t} sources={reason.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
      {result.nextSteps.length > 0 && (
        <>
          <h3>{t('checklist.eligibility.next')}</h3>
          <ol data-testid="eligibility-next-steps">
            {result.nextSteps.map((step) => (
              <li key={step.id}>
                {tx(t, step.text)}
                <Sources t={t} sources={step.sources} />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
