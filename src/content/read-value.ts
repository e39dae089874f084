/**
 * The one door through which the content script reads what a user typed, for a check when they leave a field or a
 * conversion they clicked. Whether a field is secret is decided at that moment, never taken from a cache: a
 * show/hide-PIN toggle switches `type` from password to text and back, so a field seen as a password once stays
 * secret for the life of the page, and one that becomes a password is secret from then on.
 */
import type { FormControl } from './controls';

/** autocomplete tokens of secrets (a password box shown as text keeps them). */
const SECRET_AUTOCOMPLETE = /(^|\s)(current-password|new-password|one-time-code)(\s|$)/i;

/** Fields seen as secret once: they stay secret whatever their type becomes (show/hide toggles). */
const onceSecret = new WeakSet<Element>();

/**
 * True when the field looks secret right now: a password box, or a secret autocomplete token. Remembers it.
 * @example looksSecret(Object.assign(document.createElement('input'), { type: 'password' })) === true
 */
export function looksSecret(control: FormControl): boolean {
  if (onceSecret.has(control)) return true;
  const secret =
    (control.localName === 'input' && (control as HTMLInputElement).type === 'password') ||
    SECRET_AUTOCOMPLETE.test(control.getAttribute('autocomplete') ?? '');
  if (secret) onceSecret.add(control);
  return secret;
}

/** Marks a field secret for the life of the page (its understanding says so: a PIN, a password). */
export function markSecret(control: FormControl): void {
  onceSecret.add(control);
}

/**
 * The field's value, or null when it must not be read: it is secret now, was ever seen as secret, or is a select
 * (whose options are explained, not checked). `understoodSecret` is what the field's understanding says.
 */
export function readValue(control: FormControl, understoodSecret: boolean): string | null {
  if (understoodSecret) markSecret(control);
  if (looksSecret(control) || control.localName === 'select') return null;
  return control.value;
}
