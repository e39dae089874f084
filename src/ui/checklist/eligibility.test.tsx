// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanUp, renderChecklist, resetBrowser, storedChecklist } from '@/src/ui/test/setup';

beforeEach(() => resetBrowser());
afterEach(cleanUp);

const outcome = () => screen.getByTestId('eligibility-outcome');
const choose = (testid: string) => fireEvent.click(screen.getByTestId(testid));
const setDate = (testid: string, value: string) => fireEvent.change(screen.getByTestId(testid), { target: { value } });

/** The eligibility flow, rendered and answered with the choices of these test ids, in order. */
async function answered(...choices: string[]) {
  const rendered = await renderChecklist(['eligibility']);
  choices.forEach(choose);
  return rendered;
}

/** The first answers of a mid-to-long-term resident with a resident record who has received the notice. */
const NOTIFIED_RESIDENT = ['q-status-mid-long', 'q-registered-true', 'q-noticeReceived-true'];

describe('the eligibility flow', () => {
  it('starts with the status question only and an incomplete outcome', async () => {
    await renderChecklist(['eligibility']);
    expect(screen.getByTestId('question-status')).toBeTruthy();
    expect(screen.queryByTestId('question-registered')).toBeNull();
    expect(outcome().dataset['outcome']).toBe('incomplete');
    expect(outcome().textContent).toContain('A few more questions');
  });

  it('tells a short-term visitor at once that they cannot get the card, and why', async () => {
    await answered('q-status-short-term');
    await waitFor(() => expect(outcome().dataset['outcome']).toBe('not-eligible'));
    expect(outcome().textContent).toContain('You cannot get the card now');
    expect(screen.getByTestId('eligibility-reasons').textContent).toContain('no resident record');
    expect(screen.getByTestId('eligibility-next-steps').textContent).toContain('register your address');
  });

  it('says "not eligible" to a resident without a resident record, with the step to register', async () => {
    await answered('q-status-mid-long', 'q-registered-false');
    await waitFor(() => expect(outcome().dataset['outcome']).toBe('not-eligible'));
    expect(screen.getByTestId('eligibility-next-steps').textContent).toContain('Register your address');
  });

  it('leads a mid-to-long-term resident through every question to "you can apply now"', async () => {
    await answered(...NOTIFIED_RESIDENT);
    setDate('q-stay-end-date', '2027-03-31');
    await waitFor(() => expect(screen.getByTestId('question-renewalPending')).toBeTruthy());
    expect(outcome().dataset['outcome']).toBe('incomplete');
    choose('q-renewalPending-false');
    await waitFor(() => expect(outcome().dataset['outcome']).toBe('apply-now'));
    expect(outcome().textContent).toContain('You can apply now');
    const steps = screen.getByTestId('eligibility-next-steps').textContent ?? '';
    expect(steps).toContain('Prepare the documents');
    expect(steps).toContain('Decide your four PINs');
    expect(outcome().querySelector('.sources a')?.getAttribute('target')).toBe('_blank');
  });

  it.each([
    [
      'while a visa renewal is pending',
      '2027-03-31',
      'q-renewalPending-true',
      'eligibility-next-steps',
      'Finish renewing',
    ],
    [
      'when the period of stay ends within two months',
      '2025-05-01',
      'q-renewalPending-false',
      'eligibility-reasons',
      'ends within about two months',
    ],
  ])('says "apply after the renewal" %s', async (_when, stayEnd, renewalPending, why, text) => {
    await answered(...NOTIFIED_RESIDENT);
    setDate('q-stay-end-date', stayEnd);
    await waitFor(() => screen.getByTestId(renewalPending));
    choose(renewalPending);
    await waitFor(() => expect(outcome().dataset['outcome']).toBe('after-renewal'));
    expect(outcome().textContent).toContain('Apply after your visa renewal');
    expect(screen.getByTestId(why).textContent).toContain(text);
  });

  it('asks a permanent resident no renewal question and lets them apply', async () => {
    await answered(...NOTIFIED_RESIDENT, 'q-stay-permanent');
    await waitFor(() => expect(outcome().dataset['outcome']).toBe('apply-now'));
    expect(screen.queryByTestId('question-renewalPending')).toBeNull();
    expect(screen.getByTestId<HTMLInputElement>('q-stay-end-date').disabled).toBe(true);
  });

  it('stores the answers, with the stay end among the dates', async () => {
    await answered('q-status-mid-long', 'q-registered-true');
    setDate('q-stay-end-date', '2027-03-31');
    await waitFor(async () => {
      const stored = await storedChecklist();
      expect(stored['answers']).toEqual({ status: 'mid-long', registered: true });
      expect(stored['dates']).toEqual({ stayEnd: '2027-03-31' });
    });
  });

  it('labels every control', async () => {
    const { container } = await answered('q-status-mid-long', 'q-registered-true');
    await waitFor(() => screen.getByTestId('question-noticeReceived'));
    for (const input of container.querySelectorAll('input')) {
      expect(container.querySelector(`label[for="${input.id}"]`) ?? input.closest('label')).not.toBeNull();
    }
  });
});
