/**
 * The field kinds Tebiki recognises and the shape of their compiled rules.
 *
 * The list of kinds lives here, in code, because the types depend on it: `checkValue` must not accept a PIN
 * kind, and that is only impossible if the compiler knows which kinds are PINs. The rules that recognise each
 * kind and the hint text live in dictionaries/hints/field-kinds.yaml; the loader checks that the file and this
 * list agree (every kind has rules, no unknown kinds, PIN blocks exactly on the PIN kinds).
 */

import type { PortalId } from '../portals/portals.ts';
import type { FieldFacts } from './facts.ts';

/** The four PINs / passwords on the My Number Card (../shared/FACTS.md, the PIN table). */
export const SECRET_KINDS = ['pin-signature', 'pin-user-auth', 'pin-resident-registry', 'pin-card-info'] as const;

/** Every field kind whose value Tebiki may check. */
export const CHECKABLE_KINDS = [
  'katakana',
  'fullwidth',
  'halfwidth-alnum',
  'postal-code',
  'phone',
  'email',
  'era-date',
  'western-date',
  'year',
  'yen',
  'my-number',
  'etax-user-id',
  'card-application-id',
  'alphabet-name',
  'alias-name',
  'name-order',
  'address-block',
  'building',
  'relationship',
  'head-of-household',
  'bank-name',
  'bank-branch',
  'account-number',
  'account-holder-kana',
] as const;

/** All field kinds, checkable first, then the PINs. */
export const FIELD_KINDS = [...CHECKABLE_KINDS, ...SECRET_KINDS] as const;

/** One of the card's PINs or passwords: explained, never read, never checked. */
export type SecretKind = (typeof SECRET_KINDS)[number];
/** A kind whose value {@link checkValue} may look at. Excludes every {@link SecretKind} by construction. */
export type CheckableKind = (typeof CHECKABLE_KINDS)[number];
/** Any field kind. */
export type FieldKind = CheckableKind | SecretKind;

const SECRET_SET: ReadonlySet<string> = new Set(SECRET_KINDS);
const KIND_SET: ReadonlySet<string> = new Set(FIELD_KINDS);

/**
 * True for the four card PINs. Use it to branch before anything that could touch a value.
 * @example isSecretKind('pin-user-auth') === true; isSecretKind('katakana') === false
 */
export function isSecretKind(kind: string): kind is SecretKind {
  return SECRET_SET.has(kind);
}

/**
 * True for a known kind name (as written in the YAML).
 * @example isFieldKind('postal-code') === true; isFieldKind('zip') === false
 */
export function isFieldKind(kind: string): kind is FieldKind {
  return KIND_SET.has(kind);
}

/**
 * Groups of controls a kind applies to. The element's `type` property decides the group: `password`;
 * `select-one` / `select-multiple`; `date` / `month` / `datetime-local`; checkbox, radio, file and buttons
 * belong to no group (no kind applies to them); everything else (text, tel, number, email, search, url,
 * textarea, or no type) is `text`.
 */
export const CONTROL_GROUPS = ['text', 'password', 'select', 'date'] as const;
export type ControlGroup = (typeof CONTROL_GROUPS)[number];

/** A label rule: a regex over the normalised label and the priority it gives its kind. */
export interface LabelRule {
  /** Regex source (flag `u`), matched against the normalised label (NFKC, numbering and 必須 marks removed). */
  match: string;
  /** 0–100: how surely this label means the kind. The highest-scoring kind wins. */
  priority: number;
  /** The rule applies only on these portals. */
  portals?: PortalId[];
  /** The rule applies only when the field's context (group heading, legend, row header) matches this regex. */
  context?: string;
  /** The rule does not apply when the context matches this regex (YAML: `not_context`). */
  notContext?: string;
  /** The rule does not apply when the label matches this regex. */
  not?: string;
}

/** Weights added to a kind's score by the control's attributes. */
export interface AttributeSignals {
  /** By the element's `type` property (exact, lower-case). */
  type?: Record<string, number>;
  /** By `inputmode` (exact, lower-case). */
  inputmode?: Record<string, number>;
  /** By `autocomplete` tokens (any token of the attribute, lower-case). */
  autocomplete?: Record<string, number>;
  /** By `maxlength`, keyed by the number. */
  maxlength?: Record<string, number>;
  /** By a regex over the `pattern` attribute. */
  pattern?: { match: string; weight: number }[];
  /**
   * By name/id words: `name` and `id` are split into lower-case words (at non-letters and camelCase), and a
   * listed word matches a word that starts or ends with it (`zip` matches zipCode → zip, `kana` matches seikana).
   */
  names?: Record<string, number>;
}

/** A per-portal limit on the length of a field, with the label that picks it out and where the number comes from. */
export interface PortalLimit {
  portals: PortalId[];
  /** Regex over the normalised label; the first matching limit wins. */
  match: string;
  /** Maximum number of characters. */
  max: number;
  source: string;
}

/** Hint text in one language. */
export interface HintText {
  /** What to enter. */
  what: string;
  /** The format the systems accept. */
  format: string;
  /** A made-up example value (never a real person's number); absent on the PIN kinds. */
  example?: string;
  /** The fixed length or limit, in words, where the kind has one everywhere (e.g. "7 digits"). */
  limit?: string;
}

/** What the tooltip says about a PIN field, in one language. */
export interface PinText {
  /** Which of the four PINs, with its Japanese name. */
  which: string;
  /** What it is used for. */
  use: string;
  format: string;
  /** How to reset or unlock it. */
  reset: string;
}

/** The hint of a kind: texts by language (`en` required) and the source of the facts it states. */
export interface KindHint {
  text: Record<string, HintText>;
  source?: string;
}

/** The PIN block of a secret kind. */
export interface PinHint {
  /** Wrong tries in a row that lock it. */
  tries: number;
  text: Record<string, PinText>;
  source: string;
}

/** The compiled rules of one kind. Plain JSON: regexes stay strings so that the build can serialise them. */
export interface KindRules {
  kind: FieldKind;
  controls: ControlGroup[];
  labels: LabelRule[];
  /** When the label matches this regex, the kind is ruled out whatever else matches. */
  exclude?: string;
  /** Attributes add to a label match but never decide alone (YAML: `label_required`). True for the PINs. */
  labelRequired: boolean;
  attributes: AttributeSignals;
  /**
   * Weights added by what the page says about the field (evidence.yaml facts), keyed `fact=value` or `fact` (any
   * value): `calendar=western: -100` keeps the era template off a field that asks for the western year.
   */
  evidence: Record<string, number>;
  /** What the kind accepts everywhere, in the facts vocabulary; the page's own facts win key by key. */
  facts: FieldFacts;
  limits: PortalLimit[];
  hint: KindHint;
  /** Present exactly on the {@link SecretKind}s. */
  pin?: PinHint;
}

/** The compiled rule set: every kind in file order (ties go to the earlier kind). */
export interface FieldKindRules {
  version: 1;
  /** Labels matching this regex get no kind at all (yes/no choices about a subject, consent boxes). */
  exclude?: string;
  /**
   * Labels matching this regex talk about a secret (暗証番号, パスワード): they may get a PIN kind, never a checkable
   * one, whatever the control's type (YAML: `secret_words`).
   */
  secretWords?: string;
  kinds: KindRules[];
}
