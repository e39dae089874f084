/**
 * "You are here": the phase strip, the current step, and two to four things to do next, each with where it is done
 * (an office, or a portal page the user may open) and its sources, folded. Steps that depend on the eligibility
 * result also say why.
 */
import checklists from 'virtual:tebiki-checklists';
import type { GuideItem, GuidePlaceholder } from '@/src/checklist/guide-types';
import type { IsoDate } from '@/src/checklist/iso-date';
import type { Journey } from '@/src/checklist/journey';
import { ExternalLink, JaBeside, Named, Sources, formatDate, tx, type TFunction } from '@/src/ui/shared/content';
import { SourcedItem } from './choices';
import { guideLabel } from './Timeline';

/** The dates a step's texts name, written in the language. */
export function dateValues(values: Journey['values'], language: string): Record<string, string> {
  return Object.fromEntries(
    (Object.entries(values) as Array<[GuidePlaceholder, IsoDate]>).map(([name, date]) => [
      name,
      formatDate(date, language),
    ]),
  );
}

export function Here({ t, journey, language }: { t: TFunction; journey: Journey; language: string }) {
  const { step, items, phase, phases, eligibility } = journey;
  const values = dateValues(journey.values, language);
  const phaseList = checklists.guide.phases;
  return (
    <section class="here" aria-labelledby="here-title" data-testid="here" data-step={step.id} data-phase={phase}>
      <p class="here-kicker">
        {guideLabel(t, 'here')} · {guideLabel(t, 'stepOf', { n: phase, total: phases })}
      </p>
      <ol class="phases" aria-label={guideLabel(t, 'stepOf', { n: phase, total: phases })}>
        {phaseList.map((p, i) => (
          <li
            key={p.id}
            class={i + 1 < phase ? 'done' : i + 1 === phase ? 'current' : ''}
            aria-current={i + 1 === phase ? 'step' : undefined}
          >
            {tx(t, p.label)}
          </li>
        ))}
      </ol>
      <h2 id="here-title" data-testid="here-title">
        {tx(t, step.title, values)}
      </h2>
      <p class="here-summary">{tx(t, step.summary, values)}</p>
      {step.eligibility && eligibility.reasons.length > 0 && (
        <ul class="here-why" data-testid="here-why">
          {eligibility.reasons.map((reason) => (
            <SourcedItem key={reason.id} t={t} text={reason.text} sources={reason.sources} />
          ))}
        </ul>
      )}
      {/* The eligibility result's own next steps only where the step has none: otherwise they would say it twice. */}
      {(items.length > 0 || (step.eligibility && eligibility.nextSteps.length > 0)) && (
        <>
          <h3 class="here-next">{guideLabel(t, 'next')}</h3>
          <ol class="next-items" data-testid="next-items">
            {items.map((item) => (
              <Item key={item.id} t={t} item={item} values={values} />
            ))}
            {step.eligibility &&
              items.length === 0 &&
              eligibility.nextSteps.map((next) => (
                <SourcedItem
                  key={next.id}
                  t={t}
                  text={next.text}
                  sources={next.sources}
                  item={`eligibility-${next.id}`}
                />
              ))}
          </ol>
        </>
      )}
    </section>
  );
}

function Item({ t, item, values }: { t: TFunction; item: GuideItem; values: Record<string, string> }) {
  const { place } = item;
  return (
    <li data-item={item.id}>
      {item.unverified && <span class="badge reported">{guideLabel(t, 'reported')}</span>} {tx(t, item.text, values)}
      {place && (
        <span class="where" data-place={place.id}>
          {' '}
          {guideLabel(t, 'where')}:{' '}
          {place.url ? (
            <ExternalLink href={place.url}>
              <JaBeside name={tx(t, place.label)} ja={place.ja} />
            </ExternalLink>
          ) : (
            <Named t={t} text={place.label} ja={place.ja} />
          )}
        </span>
      )}
      <Sources t={t} sources={item.sources} />
    </li>
  );
}
