/** The reminders' opt-in and plan, and deleting everything Tebiki stored: what Tebiki keeps and schedules. */
import { useEffect, useRef, useState } from 'preact/hooks';
import checklists from 'virtual:tebiki-checklists';
import { reminderTexts } from '@/src/checklist/reminder-texts';
import { lifecycleOf, plannedReminders } from '@/src/checklist/reminder-plan';
import { releaseReminderPermissions, requestReminderPermissions } from '@/src/permissions/reminders';
import { deleteEverything } from '@/src/storage/items';
import { DateText, tx, type TFunction } from '@/src/ui/shared/content';
import type { SectionProps } from './Checklist';

/**
 * The opt-in for reminders and the days they come. The background schedules the alarms from the stored state
 * (src/background/reminders.ts); this view only changes the opt-in and shows the plan.
 */
export function Reminders({ t, state, update, today, language }: SectionProps) {
  const view = lifecycleOf(state);
  const planned = plannedReminders(state, today);
  const [denied, setDenied] = useState(false);
  return (
    <div data-testid="reminders">
      <label class="toggle">
        <input
          type="checkbox"
          data-testid="reminders-optin"
          checked={state.reminders}
          aria-describedby="reminders-how"
          onChange={(e) => {
            const on = e.currentTarget.checked;
            // Notifications (and, in Chrome, alarms) are optional permissions: asked for in this click, given back
            // when reminders go off. Nothing is scheduled without them.
            if (!on) {
              update((s) => ({ ...s, reminders: false }));
              void releaseReminderPermissions();
              return;
            }
            e.currentTarget.checked = false;
            void requestReminderPermissions().then((granted) => {
              setDenied(!granted);
              if (granted) update((s) => ({ ...s, reminders: true }));
            });
          }}
        />
        {t('checklist.reminders.optIn')}
      </label>
      {denied && (
        <p role="alert" class="problem" data-testid="reminders-denied">
          {t('checklist.reminders.denied')}
        </p>
      )}
      <p id="reminders-how" class="help">
        {t('checklist.reminders.how')}
      </p>
      {view.kind !== 'ok' ? (
        <p class="muted" data-testid="reminders-need-dates">
          {t('checklist.reminders.needDates')}
        </p>
      ) : planned.length === 0 ? (
        <p class="muted">{t('checklist.reminders.none')}</p>
      ) : (
        <>
          <p role="status" data-testid="reminders-status">
            {state.reminders ? t('checklist.reminders.on') : t('checklist.reminders.off')}
          </p>
          {/* One line per reminder and card or certificate: each says one thing, with its own verb. */}
          <ul class="reminder-list" data-testid="reminder-list">
            {planned.flatMap((reminder) =>
              reminderTexts(reminder, (text, values) => tx(t, text, values), language, checklists.lifecycle).map(
                (text) => (
                  <li key={text.id} data-reminder={reminder.id} data-message={text.message}>
                    <DateText date={reminder.date} language={language} /> — {text.title}
                  </li>
                ),
              ),
            )}
          </ul>
        </>
      )}
    </div>
  );
}

type Step = 'idle' | 'confirm' | 'deleting' | 'done' | 'failed';

/**
 * "Delete everything Tebiki stored": every storage area and every alarm, after a confirmation in the page (no
 * window.confirm: popups can't always show one). Focus moves to "Cancel" when asked, and back to the button after.
 */
export function DeleteEverything({ t }: { t: TFunction }) {
  const [step, setStep] = useState<Step>('idle');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (step === 'confirm') cancelRef.current?.focus();
    if (step === 'idle' && returnFocus.current) openRef.current?.focus();
  }, [step]);

  const confirm = async () => {
    setStep('deleting');
    try {
      await deleteEverything();
      setStep('done');
    } catch (error) {
      console.error('Tebiki: delete everything failed', error);
      setStep('failed');
    }
  };

  return (
    <div class="danger-zone" data-testid="delete-zone">
      {step === 'confirm' || step === 'deleting' ? (
        <div role="alertdialog" aria-labelledby="delete-question" aria-describedby="delete-what" class="confirm">
          <p id="delete-question">
            <strong>{t('checklist.delete.question')}</strong>
          </p>
          <p id="delete-what">{t('checklist.delete.what')}</p>
          <div class="buttons">
            <button
              type="button"
              class="danger"
              data-testid="delete-confirm"
              disabled={step === 'deleting'}
              onClick={() => void confirm()}
            >
              {t('checklist.delete.confirm')}
            </button>
            <button
              type="button"
              ref={cancelRef}
              data-testid="delete-cancel"
              onClick={() => {
                returnFocus.current = true;
                setStep('idle');
              }}
            >
              {t('checklist.delete.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          ref={openRef}
          class="danger"
          data-testid="delete-everything"
          onClick={() => setStep('confirm')}
        >
          {t('checklist.delete.button')}
        </button>
      )}
      {step === 'done' && (
        <p role="status" data-testid="delete-done">
          {t('checklist.delete.done')}
        </p>
      )}
      {step === 'failed' && (
        <p role="alert" class="error">
          {t('checklist.delete.failed')}
        </p>
      )}
    </div>
  );
}
