/**
 * What a field expects (its kind, from the label, attributes and portal), the hint the tooltip shows for it, the
 * local checks when the user leaves it, and the one-click conversions. The value of a field is read only at the
 * moment of a check or a conversion the user clicked, never kept, and never for a password or PIN field.
 */
import rules from 'virtual:tebiki-field-kinds';
import { checkValue, type Problem } from '@/src/hints/checks';
import { conversionsFor, convert, CONVERSION_LABELS, type ConversionId } from '@/src/hints/convert';
import { formatEraYear, westernYearToEras } from '@/src/hints/era';
import { inferFieldKind, kindRules } from '@/src/hints/infer';
import { isSecretKind, type CheckableKind, type FieldKind } from '@/src/hints/types';
import type { PortalId } from '@/src/portals/portals';
import { isSecretField, type FormControl } from './controls';
import type { LabelInfo } from './labels';

export interface FieldHelp {
  kind: FieldKind;
  /** True for the four PINs and any password field: no check, no conversion, the value is never read. */
  secret: boolean;
  limit?: number;
  /** Hint lines in English: what to enter, format, example, limit; for PINs which one, tries, reset. */
  lines: string[];
  source?: string;
  conversions: readonly ConversionId[];
}

/** Kinds whose tooltip also shows this year in both calendars. */
const ERA_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(['era-date', 'year']);

function eraLine(today: Date): string {
  const year = today.getFullYear();
  const eras = westernYearToEras(year).map(formatEraYear).join(' / ');
  return `This year: ${year} = ${eras}.`;
}

/**
 * The help for a field, or null when its kind is not recognised (the label's gloss still shows).
 * @example fieldHelp(input, { text: 'フリガナ（姓）', context: [] }, 'keisan')?.kind // 'katakana'
 */
export function fieldHelp(control: FormControl, label: LabelInfo, portal?: PortalId): FieldHelp | null {
  const input = control as HTMLInputElement;
  const signals = {
    type: control.type,
    inputmode: control.getAttribute('inputmode') ?? undefined,
    maxlength: control.getAttribute('maxlength'),
    pattern: control.getAttribute('pattern') ?? undefined,
    autocomplete: control.getAttribute('autocomplete') ?? undefined,
    name: control.getAttribute('name') ?? undefined,
    id: control.id || undefined,
    ...(portal ? { portal } : {}),
  };
  const context = label.context.join(' ');
  // The label alone (姓) and the label read with its headings (氏名 フリガナ 姓, 金額（円） 外注工賃): what a field
  // wants is often said only in the row or column header. The more confident reading wins; ties go to the label.
  const alone = inferFieldKind({ label: label.text, context, ...signals }, rules);
  const read = context ? inferFieldKind({ label: `${context} ${label.text}`, context, ...signals }, rules) : null;
  // 姓 under フリガナ is first of all a katakana field: the name-order kind yields to what the headings say.
  const headingsSayMore = read && alone?.kind === 'name-order' && read.kind !== 'name-order';
  const match = read && (!alone || headingsSayMore || read.confidence > alone.confidence) ? read : alone;
  if (!match) return null;
  const kind = kindRules(rules, match.kind);
  if (!kind) return null;
  const secret = isSecretKind(match.kind) || isSecretField(control);
  const lines: string[] = [];
  const pin = kind.pin?.text.en;
  if (pin && kind.pin) {
    lines.push(pin.which, pin.use, `Format: ${pin.format}`, `Locks after ${kind.pin.tries} wrong tries in a row.`);
    lines.push(`If locked or forgotten: ${pin.reset}`);
    lines.push('Tebiki never reads what you type here.');
  } else {
    const text = kind.hint.text.en;
    if (text) {
      lines.push(text.what, `Format: ${text.format}`);
      if (text.example) lines.push(`Example: ${text.example}`);
    }
    if (match.limit !== undefined) lines.push(`At most ${match.limit} characters here.`);
    if (ERA_KINDS.has(match.kind)) lines.push(eraLine(new Date()));
  }
  const source = kind.pin?.source ?? kind.hint.source;
  return {
    kind: match.kind,
    secret,
    ...(match.limit !== undefined ? { limit: match.limit } : {}),
    lines,
    ...(source ? { source } : {}),
    conversions: secret || input.type === 'password' ? [] : conversionsFor(match.kind as CheckableKind),
  };
}

/** Digits of a whole number split over several boxes (マイナンバー 4-4-4 on the 作成コーナー). */
const SPLIT_LENGTHS: Partial<Record<FieldKind, number>> = {
  'my-number': 12,
  'etax-user-id': 16,
  'card-application-id': 23,
};

/**
 * Checks the field's current value (at blur). Never reads a secret field: it returns no problems for one. `group` is
 * the boxes of a number split over several fields (this one included, in order): the whole number is checked once
 * every box is filled; a box alone is checked only for its own length and digits.
 */
export function checkField(control: FormControl, help: FieldHelp, group: FormControl[] = [control]): Problem[] {
  if (help.secret || isSecretField(control) || isSecretKind(help.kind)) return [];
  if (control.localName === 'select') return [];
  const whole = SPLIT_LENGTHS[help.kind];
  if (whole && help.limit !== undefined && help.limit < whole && group.length > 1) {
    const values = group.map((box) => box.value);
    if (values.every((v) => v.trim() !== '')) return checkValue(help.kind, values.join(''));
    const own = control.value.trim();
    if (own && !new RegExp(`^[0-9０-９]{1,${help.limit}}$`).test(own)) {
      return [{ code: 'digit-count', severity: 'error', message: `This box takes up to ${help.limit} digits.` }];
    }
    return [];
  }
  return checkValue(help.kind, control.value, help.limit);
}

/** The English label of a conversion button. */
export function conversionLabel(id: ConversionId): string {
  return CONVERSION_LABELS[id];
}

/**
 * Applies a conversion the user clicked: sets the converted value with the native setter (so frameworks that track
 * the value see it) and fires input and change, so the page's own validation runs. Returns the candidates (more than
 * one when ambiguous, e.g. 2019 = 平成31年 / 令和元年; the first is applied), or [] when nothing changed.
 */
export function applyConversion(control: FormControl, help: FieldHelp, id: ConversionId): string[] {
  if (help.secret || isSecretField(control) || !help.conversions.includes(id)) return [];
  const candidates = convert(id, control.value);
  const next = candidates[0];
  if (next === undefined || next === control.value) return [];
  const proto = Object.getPrototypeOf(control) as object;
  // The prototype's setter, not the instance property: frameworks (React) track values through it.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with `control` as `this` just below
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(control, next);
  else control.value = next;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  return candidates;
}
