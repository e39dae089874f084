import checklists from 'virtual:tebiki-checklists';
import { isIsoDate, type IsoDate } from '@/src/checklist/iso-date';
import type { ChecklistDates, ChecklistState } from '@/src/checklist/state';
import { Ja, Named, tx, type TFunction } from '@/src/ui/shared/content';
import type { UpdateChecklist } from '@/src/ui/shared/hooks';

/**
 * The state with one date set, or removed when `value` is undefined.
 * @example withDate(state, 'birthDate', '1990-05-10').dates.birthDate === '1990-05-10'
 */
export function withDate<K extends keyof ChecklistDates>(
  state: ChecklistState,
  key: K,
  value: ChecklistDates[K] | undefined,
): ChecklistState {
  const dates = { ...state.dates };
  if (value === undefined) delete dates[key];
  else dates[key] = value;
  return { ...state, dates };
}

interface DateFieldProps {
  id: string;
  label: string;
  ja?: string | undefined;
  help?: string | undefined;
  value: IsoDate | undefined;
  onChange: (value: IsoDate | undefined) => void;
  disabled?: boolean;
}

/** A labelled date input; an emptied or unreadable value clears the date. */
export function DateField({ id, label, ja, help, value, onChange, disabled = false }: DateFieldProps) {
  return (
    <div class="field">
      <label for={id}>
        {label} <Ja text={ja} />
      </label>
      <input
        type="date"
        id={id}
        data-testid={id}
        value={value ?? ''}
        min="1900-01-01"
        max="2199-12-31"
        disabled={disabled}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(e) => {
          const next = e.currentTarget.value;
          onChange(isIsoDate(next) ? next : undefined);
        }}
      />
      {help && (
        <p id={`${id}-help`} class="help">
          {help}
        </p>
      )}
    </div>
  );
}

const stayEndQuestion = checklists.eligibility.questions.find((q) => q.id === 'stayEnd')!;

/**
 * The end of the period of stay (在留期間満了日), or "no end date": one value shared by the eligibility questions
 * and the life cycle. `idPrefix` keeps the ids unique when both show on one page.
 */
export function StayEndField({
  t,
  state,
  update,
  idPrefix,
}: {
  t: TFunction;
  state: ChecklistState;
  update: UpdateChecklist;
  idPrefix: string;
}) {
  const { stayEnd } = state.dates;
  const permanent = stayEnd === 'permanent';
  const q = stayEndQuestion;
  return (
    <fieldset class="question" data-testid={`${idPrefix}-stay-end`}>
      <legend>
        <Named t={t} text={q.label} ja={q.ja} />
      </legend>
      <DateField
        id={`${idPrefix}-stay-end-date`}
        label={t('checklist.stayEndDate')}
        help={q.help ? tx(t, q.help) : undefined}
        value={permanent ? undefined : stayEnd}
        disabled={permanent}
        onChange={(value) => update((s) => withDate(s, 'stayEnd', value))}
      />
      {q.permanentLabel && (
        <label class="toggle">
          <input
            type="checkbox"
            data-testid={`${idPrefix}-stay-permanent`}
            checked={permanent}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              update((s) => withDate(s, 'stayEnd', checked ? 'permanent' : undefined));
            }}
          />
          {tx(t, q.permanentLabel)}
        </label>
      )}
    </fieldset>
  );
}
