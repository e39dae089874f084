import checklists from 'virtual:tebiki-checklists';
import type { IsoDate } from '@/src/checklist/iso-date';
import type { CardExpiry, CertificateExpiry, Lifecycle as LifecycleDates } from '@/src/checklist/lifecycle';
import { validityChange, type LifecycleInput } from '@/src/checklist/lifecycle';
import { LIFECYCLE_TARGET_IDS, type Fact, type LifecycleTargetId } from '@/src/checklist/types';
import { lifecycleOf } from '@/src/checklist/reminder-plan';
import { timelineOf } from '@/src/checklist/timeline';
import { Timeline } from './Timeline';
import { DateText, FactList, formatDate, Named, type TFunction } from '@/src/ui/shared/content';
import { DateField, StayEndField, withDate } from './fields';
import type { SectionProps } from './Checklist';

const facts = new Map(checklists.lifecycle.facts.map((fact) => [fact.id, fact]));
const pick = (...ids: string[]): Fact[] => ids.flatMap((id) => facts.get(id) ?? []);

/** The dates this section asks (the period of stay is asked between the issue date and the expiry on the card). */
const DATE_FIELDS = {
  birthDate: { id: 'lc-birth-date', label: 'birthDate' },
  cardIssueDate: { id: 'lc-issue-date', label: 'issueDate', help: 'issueDateHelp' },
  cardExpiryOnCard: { id: 'lc-expiry-on-card', label: 'expiryOnCard', help: 'expiryOnCardHelp' },
} as const;

/**
 * The card's life cycle: from the birth date, the issue date and the period of stay (or none), the card's and the
 * certificates' expiry, the day renewal opens, and what to do when the card ends with the stay.
 */
export function Lifecycle({ t, state, update, today, language }: SectionProps) {
  const { birthDate } = state.dates;
  const view = lifecycleOf(state);
  const dateField = (key: keyof typeof DATE_FIELDS) => {
    const field: { id: string; label: string; help?: string } = DATE_FIELDS[key];
    return (
      <DateField
        id={field.id}
        label={t(`checklist.lifecycle.${field.label}`)}
        help={field.help && t(`checklist.lifecycle.${field.help}`)}
        value={state.dates[key]}
        onChange={(value) => update((s) => withDate(s, key, value))}
      />
    );
  };
  return (
    <div data-testid="lifecycle">
      <p class="intro">{t('checklist.lifecycle.intro')}</p>
      {dateField('birthDate')}
      {dateField('cardIssueDate')}
      {state.answers.status === 'special-permanent' ? (
        <p class="help">{t('checklist.lifecycle.specialPermanent')}</p>
      ) : (
        <StayEndField t={t} state={state} update={update} idPrefix="lc" />
      )}
      {dateField('cardExpiryOnCard')}
      {birthDate?.endsWith('-02-29') && <FactList t={t} facts={pick('leap-day-birthdays')} />}
      {view.kind === 'missing' && <p class="muted">{t('checklist.lifecycle.needDates')}</p>}
      {view.kind === 'invalid' && (
        <p role="alert" class="error" data-testid="lifecycle-invalid">
          {t('checklist.lifecycle.badDates')}
        </p>
      )}
      {view.kind === 'ok' && (
        <>
          <Timeline t={t} data={timelineOf(state, today)!} language={language} idPrefix="lc-tl" />
          <Results t={t} dates={view.lifecycle} input={view.input} today={today} language={language} />
        </>
      )}
      <details class="more">
        <summary>{t('checklist.lifecycle.howTitle')}</summary>
        <FactList t={t} facts={checklists.lifecycle.facts} testid="lifecycle-facts" />
      </details>
    </div>
  );
}

function capText(t: TFunction, expiry: CardExpiry | CertificateExpiry): string {
  switch (expiry.cappedBy) {
    case 'age-rule':
      return t(expiry.birthdays === 10 ? 'checklist.cap.tenthBirthday' : 'checklist.cap.fifthBirthday');
    case 'fifth-birthday':
      return t('checklist.cap.fifthBirthday');
    case 'period-of-stay':
      return t('checklist.cap.periodOfStay');
    case 'card':
      return t('checklist.cap.card');
    case 'user-auth-certificate':
      return t('checklist.cap.userAuth');
  }
}

function Results({
  t,
  dates,
  input,
  today,
  language,
}: {
  t: TFunction;
  dates: LifecycleDates;
  input: LifecycleInput;
  today: IsoDate;
  language: string;
}) {
  const targets = LIFECYCLE_TARGET_IDS.filter((id) => id !== 'signatureCertificate' || dates.signatureNormallyIssued);
  const change =
    input.cardExpiryOnCard === undefined
      ? undefined
      : safeValidityChange(input.birthDate, input.issueDate, input.cardExpiryOnCard, input.stayEnd);
  return (
    <div class="results" data-testid="lifecycle-results">
      <h3>{t('checklist.lifecycle.resultsTitle')}</h3>
      <ul class="dates">
        {targets.map((id) => (
          <TargetDates key={id} t={t} id={id} dates={dates} today={today} language={language} />
        ))}
      </ul>
      {!dates.signatureNormallyIssued && (
        <FactList t={t} facts={checklists.pins.facts.filter((f) => f.id === 'under-15')} />
      )}
      {change?.needed && (
        <p class="notice" data-testid="validity-change">
          {change.deadline < today
            ? t('checklist.lifecycle.validityChangeMissed', { deadline: formatDate(change.deadline, language) })
            : t('checklist.lifecycle.validityChangeNeeded', {
                deadline: formatDate(change.deadline, language),
                newExpiry: formatDate(change.newExpiry, language),
              })}
        </p>
      )}
      {dates.card.cappedBy === 'period-of-stay' && (
        <div class="notice" data-testid="stay-cap-note">
          <p>{t('checklist.lifecycle.endsWithStay')}</p>
          <FactList
            t={t}
            facts={pick('validity-change', 'expiry-notice', 'special-period', 'certificates-at-validity-change')}
          />
        </div>
      )}
    </div>
  );
}

function safeValidityChange(
  birthDate: IsoDate,
  cardIssueDate: IsoDate,
  cardExpiryOnCard: IsoDate,
  stayEnd: LifecycleInput['stayEnd'],
) {
  try {
    return validityChange({ birthDate, cardIssueDate, cardExpiryOnCard, stayEnd });
  } catch {
    return undefined;
  }
}

function TargetDates({
  t,
  id,
  dates,
  today,
  language,
}: {
  t: TFunction;
  id: LifecycleTargetId;
  dates: LifecycleDates;
  today: IsoDate;
  language: string;
}) {
  const target = checklists.lifecycle.targets[id];
  const expiry = dates[id];
  const opens = dates.renewalOpens[id];
  const status = expiry.expiry < today ? 'expired' : opens <= today ? 'renew-now' : undefined;
  return (
    <li data-testid={`expiry-${id}`} data-expiry={expiry.expiry}>
      <strong>
        <Named t={t} text={target.label} ja={target.ja} />
      </strong>
      {status && <span class={`badge ${status}`}> {t(`checklist.lifecycle.status.${status}`)}</span>}
      <dl class="facts">
        <dt>{t('checklist.lifecycle.validUntil')}</dt>
        <dd>
          <DateText date={expiry.expiry} language={language} /> <span class="muted">({capText(t, expiry)})</span>
        </dd>
        <dt>{t('checklist.lifecycle.renewFrom')}</dt>
        <dd data-testid={`renewal-${id}`}>
          <DateText date={opens} language={language} />
        </dd>
      </dl>
    </li>
  );
}
