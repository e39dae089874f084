// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checklistSaved } from '@/src/storage/items';
import { cleanUp, renderChecklist, resetBrowser, storedChecklist } from '@/src/ui/test/setup';

beforeEach(() => resetBrowser());
afterEach(cleanUp);

const setDate = (testid: string, value: string) => fireEvent.change(screen.getByTestId(testid), { target: { value } });
const expiryOf = (id: string) => screen.getByTestId(`expiry-${id}`);

/** The dates a person enters, in the form's order; `stay: 'permanent'` ticks the permanent-resident box. */
interface Dates {
  birth: string;
  issue: string;
  expiryOnCard?: string;
  stay?: string;
}

/** Renders the life cycle and enters `dates`. */
async function enter(dates: Dates) {
  await renderChecklist(['lifecycle']);
  setDate('lc-birth-date', dates.birth);
  setDate('lc-issue-date', dates.issue);
  if (dates.expiryOnCard) setDate('lc-expiry-on-card', dates.expiryOnCard);
  if (dates.stay === 'permanent') fireEvent.click(screen.getByTestId('lc-stay-permanent'));
  else if (dates.stay) setDate('lc-stay-end-date', dates.stay);
}

describe('the life cycle', () => {
  it('asks for the dates before it shows any', async () => {
    await renderChecklist(['lifecycle']);
    expect(screen.queryByTestId('lifecycle-results')).toBeNull();
    expect(screen.getByTestId('lifecycle').textContent).toContain('Enter your date of birth');
  });

  it("shows a permanent resident's card expiry at the 10th birthday and the certificates' at the 5th", async () => {
    await enter({ birth: '1990-05-10', issue: '2024-06-01', stay: 'permanent' });
    await waitFor(() => screen.getByTestId('lifecycle-results'));
    expect(expiryOf('card').dataset['expiry']).toBe('2034-05-10');
    expect(expiryOf('card').textContent).toContain('May 10, 2034');
    expect(expiryOf('card').textContent).toContain('10th birthday');
    expect(expiryOf('userAuthCertificate').dataset['expiry']).toBe('2029-05-10');
    expect(expiryOf('signatureCertificate').dataset['expiry']).toBe('2029-05-10');
    expect(screen.getByTestId('renewal-card').textContent).toBe('February 11, 2034');
    expect(screen.queryByTestId('stay-cap-note')).toBeNull();
    await checklistSaved();
    expect(await storedChecklist()).toMatchObject({
      dates: { birthDate: '1990-05-10', cardIssueDate: '2024-06-01', stayEnd: 'permanent' },
    });
  });

  it('caps the card at the end of the period of stay and explains the validity change', async () => {
    await enter({ birth: '1990-05-10', issue: '2024-06-01', stay: '2027-03-31' });
    await waitFor(() => screen.getByTestId('lifecycle-results'));
    expect(expiryOf('card').dataset['expiry']).toBe('2027-03-31');
    expect(expiryOf('card').textContent).toContain('period of stay');
    const note = screen.getByTestId('stay-cap-note').textContent ?? '';
    expect(note).toContain('有効期間変更');
    expect(note).toContain('No expiry notice is mailed');
  });

  it('says when the validity change is needed after the stay was extended', async () => {
    await enter({ birth: '1990-05-10', issue: '2024-06-01', expiryOnCard: '2025-06-30', stay: '2028-03-31' });
    await waitFor(() => screen.getByTestId('validity-change'));
    expect(screen.getByTestId('validity-change').textContent).toBe(
      'Do the validity change (有効期間変更) at your municipal office before June 30, 2025. Your card can then be valid until March 31, 2028.',
    );
    expect(expiryOf('card').dataset['expiry']).toBe('2025-06-30');
  });

  it('says to ask the office when the card expired before the validity change', async () => {
    await enter({ birth: '1990-05-10', issue: '2024-06-01', expiryOnCard: '2025-03-31', stay: '2028-03-31' });
    await waitFor(() => screen.getByTestId('validity-change'));
    expect(screen.getByTestId('validity-change').textContent).toContain('Ask your municipal office');
    expect(expiryOf('card').textContent).toContain('Expired');
  });

  it('leaves out the signature certificate for a child under 15 and says why', async () => {
    await enter({ birth: '2015-05-10', issue: '2024-06-01', stay: 'permanent' });
    await waitFor(() => screen.getByTestId('lifecycle-results'));
    expect(expiryOf('card').dataset['expiry']).toBe('2029-05-10');
    expect(screen.queryByTestId('expiry-signatureCertificate')).toBeNull();
    expect(screen.getByTestId('lifecycle-results').textContent).toContain('Children under 15');
  });

  it('says when the dates do not fit together', async () => {
    await enter({ birth: '2000-01-01', issue: '1999-01-01', stay: 'permanent' });
    await waitFor(() => screen.getByTestId('lifecycle-invalid'));
    expect(screen.queryByTestId('lifecycle-results')).toBeNull();
  });

  it('shows the leap-day note to someone born on 29 February', async () => {
    await renderChecklist(['lifecycle']);
    setDate('lc-birth-date', '2000-02-29');
    await waitFor(() => expect(screen.getByTestId('lifecycle').textContent).toContain('Born on 29 February?'));
  });

  it('shares the end of the period of stay with the eligibility questions', async () => {
    await renderChecklist(['eligibility', 'lifecycle']);
    fireEvent.click(screen.getByTestId('q-status-mid-long'));
    fireEvent.click(screen.getByTestId('q-registered-true'));
    await waitFor(() => screen.getByTestId('q-stay-end-date'));
    setDate('q-stay-end-date', '2027-03-31');
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('lc-stay-end-date').value).toBe('2027-03-31'));
  });
});
