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
  const match = inferFieldKind(
    {
      label: label.text,
      context: label.context.join(' '),
      type: control.type,
      inputmode: control.getAttribute('inputmode') ?? undefined,
      maxlength: control.getAttribute('maxlength'),
      pattern: control.getAttribute('pattern') ?? undefined,
      autocomplete: control.getAttribute('autocomplete') ?? undefined,
      name: control.getAttribute('name') ?? undefined,
      id: control.id || undefined,
      ...(portal ? { portal } : {}),
    },
    rules,
  );
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

/** Checks the field's current value (at blur). Never reads a secret field: it returns no problems for one. */
export function checkField(control: FormControl, help: FieldHelp): Problem[] {
  if (help.secret || isSecretField(control) || isSecretKind(help.kind)) return [];
  if (control.localName === 'select') return [];
  return checkValue(help.kind as CheckableKind, control.value, help.limit);
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
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(control, next);
  else control.value = next;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  return candidates;
}
