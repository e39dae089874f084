import checklists from 'virtual:tebiki-checklists';
import type { ChecklistState } from '@/src/checklist/state';
import { PIN_IDS, type Pin, type PinId } from '@/src/checklist/types';
import { FactList, Named, Sources, tx, type TFunction } from '@/src/ui/shared/content';
import type { SectionProps } from './Checklist';
import { NamedList } from './choices';

/**
 * The state with a PIN marked as decided or not. Only the fact of deciding is stored, never a PIN.
 * @example withPinDecided(state, 'userAuth', true).pinsDecided.userAuth === true
 */
export function withPinDecided(state: ChecklistState, id: PinId, decided: boolean): ChecklistState {
  return { ...state, pinsDecided: { ...state.pinsDecided, [id]: decided } };
}

/**
 * The four PINs and passwords: what each is for, its format, how many wrong tries lock it, which services use it
 * and how to reset it. The user ticks each once decided. There is deliberately no field to type a PIN into.
 */
export function PinPlan({ t, state, update }: SectionProps) {
  const decided = PIN_IDS.filter((id) => state.pinsDecided[id]).length;
  return (
    <div data-testid="pin-plan">
      <p class="intro">{t('checklist.pins.intro')}</p>
      <p class="notice" data-testid="pin-never">
        {t('checklist.pins.never')}
      </p>
      <p class="progress" data-testid="pins-progress">
        {t('checklist.pins.progress', { decided, total: PIN_IDS.length })}
      </p>
      {checklists.pins.pins.map((pin) => (
        <PinCard
          key={pin.id}
          t={t}
          pin={pin}
          decided={state.pinsDecided[pin.id]}
          onDecided={(value) => update((s) => withPinDecided(s, pin.id, value))}
        />
      ))}
      <h3>{t('checklist.pins.factsTitle')}</h3>
      <FactList t={t} facts={checklists.pins.facts} />
    </div>
  );
}

function PinCard({
  t,
  pin,
  decided,
  onDecided,
}: {
  t: TFunction;
  pin: Pin;
  decided: boolean;
  onDecided: (decided: boolean) => void;
}) {
  const headingId = `pin-${pin.id}-heading`;
  return (
    <article class={decided ? 'pin decided' : 'pin'} data-testid={`pin-${pin.id}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Named t={t} text={pin.label} ja={pin.ja} />
      </h3>
      <p>{tx(t, pin.purpose)}</p>
      <dl class="facts">
        <dt>{t('checklist.pins.format')}</dt>
        <dd>{tx(t, pin.format)}</dd>
        <dt>{t('checklist.pins.locks')}</dt>
        <dd data-testid={`pin-${pin.id}-locks`}>{t('checklist.pins.locksAfter', { tries: pin.locksAfter })}</dd>
        <dt>{t('checklist.pins.usedFor')}</dt>
        <dd>
          <NamedList t={t} items={pin.services} class="compact" />
        </dd>
        <dt>{t('checklist.pins.reset')}</dt>
        <dd>
          <ul class="compact">
            {pin.resets.map((reset) => (
              <li key={reset.id}>
                <strong>
                  <Named t={t} text={reset.label} ja={reset.ja} />
                </strong>
                : {tx(t, reset.detail)}
              </li>
            ))}
          </ul>
          {pin.resetNote && <p class="detail">{tx(t, pin.resetNote)}</p>}
        </dd>
      </dl>
      <Sources t={t} sources={pin.sources} />
      <label class="toggle decide">
        <input
          type="checkbox"
          data-testid={`pin-decided-${pin.id}`}
          checked={decided}
          onChange={(e) => onDecided(e.currentTarget.checked)}
        />
        {t('checklist.pins.decided', { name: tx(t, pin.label) })}
      </label>
    </article>
  );
}
