// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakePermissions } from '@/src/permissions/fake-permissions';
import { REMINDER_PERMISSIONS } from '@/src/permissions/reminders';
import { checklistSaved, updateChecklistState } from '@/src/storage/items';
import { cleanUp, renderChecklist, resetBrowser, storedChecklist } from '@/src/ui/test/setup';

beforeEach(() => {
  resetBrowser();
  fakePermissions('grant');
});
afterEach(cleanUp);

const DATES = { birthDate: '1990-05-10', cardIssueDate: '2024-06-01', stayEnd: '2027-03-31' };

describe('the reminders opt-in', () => {
  it('is off at first and asks for the dates', async () => {
    await renderChecklist(['reminders']);
    expect(screen.getByTestId<HTMLInputElement>('reminders-optin').checked).toBe(false);
    expect(screen.getByTestId('reminders-need-dates')).toBeTruthy();
  });

  it('shows the reminder days one per line, with the verb for a card that ends with the stay, and stores the opt-in', async () => {
    await updateChecklistState((s) => ({ ...s, dates: DATES }));
    await renderChecklist(['reminders']);
    await waitFor(() => screen.getByTestId('reminder-list'));
    const lines = [...screen.getByTestId('reminder-list').querySelectorAll('li')];
    // Three days, each about the card and both certificates: one line for each, never joined with " / ".
    expect(lines.map((li) => li.dataset['reminder'])).toEqual([
      ...Array<string>(3).fill('window-opens@2027-01-01'),
      ...Array<string>(3).fill('before-expiry-30@2027-03-01'),
      ...Array<string>(3).fill('before-expiry-7@2027-03-24'),
    ]);
    expect(lines.every((li) => !li.textContent.includes(' / '))).toBe(true);
    expect(lines[0]!.textContent).toContain('Your My Number Card ends with your stay on');
    expect(lines[0]!.dataset['message']).toBe('stay-ends');
    expect(screen.getByTestId('reminders-status').textContent).toContain('Reminders are off');

    const granted = fakePermissions('grant');
    fireEvent.click(screen.getByTestId('reminders-optin'));
    await waitFor(() => expect(screen.getByTestId('reminders-status').textContent).toContain('Reminders are on'));
    await checklistSaved();
    expect((await storedChecklist())['reminders']).toBe(true);
    expect([...granted].sort()).toEqual([...REMINDER_PERMISSIONS].sort());

    // Turning them off gives the permissions back.
    fireEvent.click(screen.getByTestId('reminders-optin'));
    await waitFor(() => expect(screen.getByTestId('reminders-status').textContent).toContain('Reminders are off'));
    await waitFor(() => expect(granted.size).toBe(0));
  });

  it('stays off and says why when the browser does not allow notifications', async () => {
    await updateChecklistState((s) => ({ ...s, dates: DATES }));
    await renderChecklist(['reminders']);
    await waitFor(() => screen.getByTestId('reminder-list'));
    fakePermissions('deny');
    fireEvent.click(screen.getByTestId('reminders-optin'));
    expect((await screen.findByTestId('reminders-denied')).textContent).toContain('did not allow');
    expect(screen.getByTestId<HTMLInputElement>('reminders-optin').checked).toBe(false);
    await checklistSaved();
    expect((await storedChecklist())['reminders']).not.toBe(true);
  });
});

describe('"Delete everything Tebiki stored"', () => {
  const fill = async () => {
    await updateChecklistState((s) => ({ ...s, dates: DATES, documents: ['photo'], reminders: true }));
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'ja' } });
    await fakeBrowser.alarms.create('tebiki-reminder:window-opens@2027-01-01', { when: Date.now() + 86_400_000 });
  };

  it('asks first, with the focus on "Cancel", and cancelling keeps everything', async () => {
    await fill();
    await renderChecklist(['delete']);
    fireEvent.click(screen.getByTestId('delete-everything'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('delete-cancel')));
    expect(screen.getByRole('alertdialog').textContent).toContain('It cannot be undone');
    fireEvent.click(screen.getByTestId('delete-cancel'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('delete-everything')));
    expect((await storedChecklist())['documents']).toEqual(['photo']);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('clears all storage and alarms once confirmed, and the checklist starts afresh', async () => {
    await fill();
    await renderChecklist(['documents', 'delete']);
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('doc-photo').checked).toBe(true));
    fireEvent.click(screen.getByTestId('delete-everything'));
    fireEvent.click(await screen.findByTestId('delete-confirm'));
    await screen.findByTestId('delete-done');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('doc-photo').checked).toBe(false));
  });
});
