/**
 * Pieces the checklist's sections draw alike: a question answered with radio buttons (the eligibility section and
 * the guide's situation ask the same questions), a text with its sources as a list item, and a list of named things.
 */
import type { Source, Text } from '@/src/checklist/types';
import { JaBeside, Named, Sources, tx, type TFunction } from '@/src/ui/shared/content';

/** One answer a question offers. */
export interface Choice {
  value: string | boolean;
  label: string;
  ja?: string | undefined;
}

/** A question's options as choices, or yes / no when it has none. */
export function choicesFrom(
  t: TFunction,
  options: ReadonlyArray<{ value: string; label: Text; ja?: string }>,
): Choice[] {
  if (options.length > 0) return options.map((o) => ({ value: o.value, label: tx(t, o.label), ja: o.ja }));
  return [
    { value: true, label: t('checklist.yes') },
    { value: false, label: t('checklist.no') },
  ];
}

/** Sources cited by several options, once each. */
function uniqueSources(sources: Source[]): Source[] {
  return [...new Map(sources.map((s) => [s.id, s])).values()];
}

/** A question answered with radio buttons; its help text describes the whole fieldset. */
export function ChoiceFieldset({
  t,
  id,
  question,
  class: className,
  inline,
  choices,
  current,
  sources,
  onAnswer,
}: {
  t: TFunction;
  id: string;
  question: { label: Text; ja?: string | undefined; help?: Text | undefined };
  class: string;
  inline: boolean;
  choices: Choice[];
  current: unknown;
  sources: Source[];
  onAnswer: (value: string | boolean) => void;
}) {
  const helpId = question.help ? `q-${id}-help` : undefined;
  return (
    <fieldset class={className} data-testid={`question-${id}`} aria-describedby={helpId}>
      <legend>
        <Named t={t} text={question.label} ja={question.ja} />
      </legend>
      {question.help && (
        <p id={helpId} class="help">
          {tx(t, question.help)}
        </p>
      )}
      <div class={inline ? 'choices inline' : 'choices'}>
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
                onChange={() => onAnswer(choice.value)}
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

/** A reason or a next step: its text, then its sources. */
export function SourcedItem({
  t,
  text,
  sources,
  item,
}: {
  t: TFunction;
  text: Text;
  sources: Source[];
  /** The list item's data-item, where a test finds it by that. */
  item?: string;
}) {
  return (
    <li data-item={item}>
      {tx(t, text)}
      <Sources t={t} sources={sources} />
    </li>
  );
}

/** Named things (documents that count, services, …) as a list. */
export function NamedList({
  t,
  items,
  class: className,
}: {
  t: TFunction;
  items: ReadonlyArray<{ id: string; label: Text; ja?: string | undefined }>;
  class: string;
}) {
  return (
    <ul class={className}>
      {items.map((named) => (
        <li key={named.id}>
          <Named t={t} text={named.label} ja={named.ja} />
        </li>
      ))}
    </ul>
  );
}
