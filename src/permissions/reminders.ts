/**
 * The permissions reminders need, asked for only when the user turns reminders on (issue 16.5): `notifications` in
 * both browsers, and in Chrome also `alarms` (Firefox cannot make `alarms` optional, so there it is required). The
 * request must come from the click that turns reminders on: browsers grant optional permissions only in a user
 * gesture. Turning reminders off gives them back.
 */
import { browser } from 'wxt/browser';

/** The optional permissions of reminders in this build's browser (the manifest lists the same: wxt.config.ts). */
export const REMINDER_PERMISSIONS: string[] = import.meta.env.FIREFOX ? ['notifications'] : ['alarms', 'notifications'];

type PermissionsApi = {
  request(p: { permissions: string[] }): Promise<boolean>;
  contains(p: { permissions: string[] }): Promise<boolean>;
  remove(p: { permissions: string[] }): Promise<boolean>;
};
const api = () => browser.permissions as unknown as PermissionsApi;

/** Asks the browser for the reminders' permissions (call it in the click's handler); true when granted. */
export async function requestReminderPermissions(): Promise<boolean> {
  try {
    return await api().request({ permissions: REMINDER_PERMISSIONS });
  } catch {
    return false;
  }
}

/** Whether reminders may schedule alarms and show notifications now. */
export async function hasReminderPermissions(): Promise<boolean> {
  try {
    return await api().contains({ permissions: REMINDER_PERMISSIONS });
  } catch {
    return false;
  }
}

/** Gives the reminders' permissions back (reminders turned off, or everything deleted). */
export async function releaseReminderPermissions(): Promise<void> {
  await api()
    .remove({ permissions: REMINDER_PERMISSIONS })
    .catch(() => false);
}
