import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultChecklistState, type ChecklistState } from '@/src/checklist/state';
import { fakePermissions } from '@/src/permissions/fake-permissions';
import { REMINDER_PERMISSIONS } from '@/src/permissions/reminders';
import { checklistSaved, updateChecklistState } from '@/src/storage/items';
import { syncBadge } from './badge';
import { alarmTime, plannedAlarms, REMINDER_PREFIX, showReminder, syncReminders } from './reminders';

/** A resident whose card ends with the period of stay on 2027-03-31 (certificates too). */
const WITH_STAY: ChecklistState = {
  ...defaultChecklistState(),
  dates: { birthDate: '1990-05-10', cardIssueDate: '2024-06-01', stayEnd: '2027-03-31' },
};
const NOW = new Date(2025, 3, 1, 12); // 2025-04-01 12:00 local

async function store(state: ChecklistState): Promise<void> {
  await updateChecklistState(() => state);
}

async function alarmNames(): Promise<string[]> {
  return (await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort();
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
  fakeBrowser.i18n.getMessage = () => 'Tebiki';
  // The user granted the reminders' optional permissions when turning them on.
  fakePermissions('grant', new Set(REMINDER_PERMISSIONS));
});
afterEach(() => checklistSaved());

describe('reminders', () => {
  it('fire at 9:00 local time on their day', () => {
    const when = new Date(alarmTime('2027-01-01'));
    expect([when.getFullYear(), when.getMonth(), when.getDate(), when.getHours()]).toEqual([2027, 0, 1, 9]);
  });

  it('schedule nothing without the opt-in', async () => {
    await store(WITH_STAY);
    expect(plannedAlarms(WITH_STAY, NOW)).toEqual([]);
    expect(await syncReminders(NOW)).toBe(0);
    expect(await alarmNames()).toEqual([]);
  });

  it('schedule nothing, and remove what was scheduled, when the permissions are not (or no longer) granted', async () => {
    await store({ ...WITH_STAY, reminders: true });
    expect(await syncReminders(NOW)).toBe(3);
    fakePermissions('grant', new Set());
    expect(await syncReminders(NOW)).toBe(0);
    expect(await alarmNames()).toEqual([]);
  });

  it('schedule renewal opening and 30 and 7 days before expiry once opted in', async () => {
    await store({ ...WITH_STAY, reminders: true });
    expect(await syncReminders(NOW)).toBe(3);
    expect(await alarmNames()).toEqual([
      `${REMINDER_PREFIX}before-expiry-30@2027-03-01`,
      `${REMINDER_PREFIX}before-expiry-7@2027-03-24`,
      `${REMINDER_PREFIX}window-opens@2027-01-01`,
    ]);
    const opens = await fakeBrowser.alarms.get(`${REMINDER_PREFIX}window-opens@2027-01-01`);
    expect(opens?.scheduledTime).toBe(alarmTime('2027-01-01'));
  });

  it('leave an unchanged plan alone and follow a changed one', async () => {
    await store({ ...WITH_STAY, reminders: true });
    await syncReminders(NOW);
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await syncReminders(NOW);
    expect(create).not.toHaveBeenCalled();

    await store({ ...WITH_STAY, reminders: true, dates: { ...WITH_STAY.dates, stayEnd: '2028-03-31' } });
    await syncReminders(NOW);
    expect(await alarmNames()).toContain(`${REMINDER_PREFIX}before-expiry-7@2028-03-24`);
    expect(await alarmNames()).not.toContain(`${REMINDER_PREFIX}before-expiry-7@2027-03-24`);
  });

  it('remove every alarm when the user turns reminders off', async () => {
    await store({ ...WITH_STAY, reminders: true });
    await syncReminders(NOW);
    await store({ ...WITH_STAY, reminders: false });
    expect(await syncReminders(NOW)).toBe(0);
  });

  it('do not schedule a reminder whose time has passed', async () => {
    await store({ ...WITH_STAY, reminders: true });
    expect(await syncReminders(new Date(2027, 2, 1, 10))).toBe(1); // after 9:00 on 2027-03-01
    expect(await alarmNames()).toEqual([`${REMINDER_PREFIX}before-expiry-7@2027-03-24`]);
  });

  it('show one notification per card or certificate, the card one about the validity change', async () => {
    await store({ ...WITH_STAY, reminders: true });
    const shown = await showReminder(`${REMINDER_PREFIX}before-expiry-30@2027-03-01`);
    expect(shown).toHaveLength(3);
    const all = fakeBrowser.notifications.getAllCreateOptions() as Record<string, { title: string; message: string }>;
    const card = all[`${REMINDER_PREFIX}before-expiry-30@2027-03-01/card`]!;
    expect(card.title).toBe('Your My Number Card ends with your stay on March 31, 2027');
    expect(card.message).toContain('March 31, 2027');
    expect(card.message).toContain('有効期間変更');
    const certificate = all[`${REMINDER_PREFIX}before-expiry-30@2027-03-01/userAuthCertificate`]!;
    // It ends with the stay too: the right verb is not "renew".
    expect(certificate.title).toBe('Your User authentication certificate ends with your stay on March 31, 2027');
  });

  it('show nothing once the user has turned reminders off', async () => {
    await store(WITH_STAY);
    expect(await showReminder(`${REMINDER_PREFIX}before-expiry-30@2027-03-01`)).toEqual([]);
    expect(await showReminder('someone-else')).toEqual([]);
  });

  it('speak the UI language the user chose', async () => {
    await store({ ...WITH_STAY, reminders: true });
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'ja' } });
    await showReminder(`${REMINDER_PREFIX}window-opens@2027-01-01`);
    const all = fakeBrowser.notifications.getAllCreateOptions() as Record<string, { title: string }>;
    expect(all[`${REMINDER_PREFIX}window-opens@2027-01-01/userAuthCertificate`]!.title).toMatch(
      /利用者証明用電子証明書/,
    );
  });
});

describe('the toolbar badge', () => {
  it('shows "!" for every tab when something about the card is due, and nothing otherwise', async () => {
    const due: ChecklistState = {
      ...defaultChecklistState(),
      answers: { status: 'mid-long', registered: true, card: 'have' },
      dates: { stayEnd: '2027-03-31' },
    };
    await store(due);
    expect(await syncBadge(new Date(2027, 1, 1, 10))).toBe('!');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await syncBadge(new Date(2026, 1, 1, 10))).toBe('');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('says nothing about someone without a card', async () => {
    await store(defaultChecklistState());
    expect(await syncBadge(NOW)).toBe('');
  });
});
