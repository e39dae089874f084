/**
 * Validators of the values in dictionaries/hints/field-kinds.yaml (regexes, sources, portals, hint and PIN texts),
 * used by compile-field-kinds.ts (and the shared reading of a versioned rules file, also compile-evidence.ts's). Each reports through `report(reason)` and returns the value when it is usable,
 * so that the compiler can list every problem of a file in one pass.
 */

import type { DictionaryIssue } from '../../src/dictionary/schema.ts';
import { PORTALS, type PortalId } from '../../src/portals/portals.ts';
import type { HintText, KindRules, PinText } from '../../src/hints/types.ts';
import { readYamlMapping, type ParsedYaml } from '../lib/yaml-source.ts';

export type Obj = Record<string, unknown>;
export type Report = (reason: string) => void;
/** True for a plain mapping (not an array, not null). */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

const HINT_FIELDS = ['what', 'format', 'example'] as const;
const PIN_FIELDS = ['which', 'use', 'format', 'reset'] as const;
const PORTAL_IDS: ReadonlySet<string> = new Set(PORTALS.map((p) => p.id));
/** Language keys of hint texts: a BCP 47 primary tag with an optional region (en, ja, zh-CN, pt-BR). */
const LANGUAGE = /^[a-z]{2,3}(-[A-Z]{2}|-Han[st])?$/;
/** FACTS.md marks every source as official ([G]) or third party ([3P]). */
const SOURCE = /^\[(G|3P)\] \S/;

/**
 * Validates a kind's `hint` (texts by language, `en` required; no example on PIN kinds) and its source.
 * @example validateHint({ en: { what: 'w', format: 'f', example: 'e' } }, false, report).text.en?.what === 'w'
 */
export function validateHint(raw: unknown, secret: boolean, report: Report): KindRules['hint'] {
  const hint: KindRules['hint'] = { text: {} };
  if (!isObj(raw)) {
    report('`hint` must be a mapping with `en` and an optional `source`');
    return hint;
  }
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'source') continue;
    if (!LANGUAGE.test(key)) {
      report(`hint: \`${key}\` is neither a language code nor \`source\``);
      continue;
    }
    // No example PIN: a sample value invites people to choose it.
    if (secret && isObj(value) && value.example !== undefined) report(`hint.${key}.example: PIN kinds take no example`);
    const required = secret ? HINT_FIELDS.filter((f) => f !== 'example') : HINT_FIELDS;
    const text = validateTexts<HintText>(value, required, ['limit'], `hint.${key}`, report);
    if (text) hint.text[key] = text;
  }
  if (!('en' in raw)) report('hint: `en` is required (English is the fallback language)');
  if (checkSource(raw.source, 'hint.source', report, secret)) hint.source = raw.source as string;
  return hint;
}

/**
 * Validates a PIN kind's `pin` block (tries, texts by language, source); undefined when unusable.
 * @example validatePin({ tries: 3, en: { which: 'a', use: 'b', format: 'c', reset: 'd' }, source: '[G] x' }, report)?.tries === 3
 */
export function validatePin(raw: unknown, report: Report): KindRules['pin'] {
  if (!isObj(raw)) return undefined;
  if (!Number.isInteger(raw.tries) || (raw.tries as number) < 1) report('pin.tries must be a positive integer');
  const text: Record<string, PinText> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'tries' || key === 'source') continue;
    if (!LANGUAGE.test(key)) report(`pin: \`${key}\` is neither a language code nor tries/source`);
    else {
      const t = validateTexts<PinText>(value, PIN_FIELDS, [], `pin.${key}`, report);
      if (t) text[key] = t;
    }
  }
  if (!('en' in raw)) report('pin: `en` is required');
  const sourced = checkSource(raw.source, 'pin.source', report, true);
  if (!sourced || !Number.isInteger(raw.tries) || !text.en) return undefined;
  return { tries: raw.tries as number, text, source: raw.source as string };
}

/**
 * Checks a mapping of required and optional non-empty strings; returns it when it is complete.
 * @example validateTexts({ what: 'w' }, ['what'], [], 'hint.en', report) → { what: 'w' }
 */
export function validateTexts<T>(
  raw: unknown,
  required: readonly string[],
  optional: readonly string[],
  where: string,
  report: Report,
): T | undefined {
  if (!isObj(raw)) {
    report(`${where} must be a mapping of ${required.join(', ')}`);
    return undefined;
  }
  let ok = true;
  for (const key of Object.keys(raw)) {
    if (!required.includes(key) && !optional.includes(key)) report(`${where}: unknown key \`${key}\``);
  }
  for (const key of [...required, ...optional]) {
    if (raw[key] === undefined && optional.includes(key)) continue;
    if (!isText(raw[key])) {
      report(`${where}.${key} is missing or empty`);
      ok = false;
    }
  }
  return ok ? (raw as T) : undefined;
}

/**
 * Validates a list of portal ids against src/portals/portals.ts; null when unusable.
 * @example validatePortals(['keisan'], 'limits[0].portals', report) → ['keisan']
 */
export function validatePortals(raw: unknown, where: string, report: Report): PortalId[] | null {
  if (!Array.isArray(raw) || raw.length === 0) {
    report(`${where} must be a non-empty list of portal ids`);
    return null;
  }
  const bad = raw.filter((p) => typeof p !== 'string' || !PORTAL_IDS.has(p));
  if (bad.length > 0) {
    report(`${where}: unknown portal ${bad.map((p) => JSON.stringify(p)).join(', ')} (see src/portals/portals.ts)`);
    return null;
  }
  return raw as PortalId[];
}

/**
 * Checks a `source` (required or not): it must be marked [G] or [3P] as in FACTS.md.
 * @example checkSource('[G] jpki.go.jp', 'pin.source', report, true) === true
 */
export function checkSource(raw: unknown, where: string, report: Report, required: boolean): boolean {
  if (raw === undefined) {
    if (required) report(`${where} is required: facts shown to users name where they come from (FACTS.md)`);
    return false;
  }
  if (typeof raw !== 'string' || !SOURCE.test(raw)) {
    report(`${where} must start with [G] (official) or [3P] (third party), as in FACTS.md`);
    return false;
  }
  return true;
}

/** True for an attribute weight: an integer from −100 to 100. */
export const isWeight = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= -100 && (v as number) <= 100;

/**
 * Why a regex source is unusable (empty, invalid, or not NFKC for label text), or undefined when it is fine.
 * @example regexProblem('（円）') → '"（円）" is not in NFKC form …: write "(円)"'
 */
export function regexProblem(raw: unknown, labelText = true): string | undefined {
  if (typeof raw !== 'string' || raw.length === 0) return 'must be a non-empty regex string';
  try {
    new RegExp(raw, 'iu');
  } catch (e) {
    return `invalid regex: ${(e as Error).message}`;
  }
  // Labels are NFKC-normalised before matching, so （円） in a pattern could never match (円) in a label.
  if (labelText && raw.normalize('NFKC') !== raw) {
    return `${JSON.stringify(raw)} is not in NFKC form (labels are normalised before matching): write ${JSON.stringify(raw.normalize('NFKC'))}`;
  }
  return undefined;
}

/**
 * Reports a regex's problem at `where`; true when the regex is usable.
 * @example checkRegex('郵便番号', 'labels[0].match', report) === true
 */
export function checkRegex(raw: unknown, where: string, report: Report, labelText = true): boolean {
  const reason = regexProblem(raw, labelText);
  if (reason) report(`${where} ${reason}`);
  return reason === undefined;
}

/**
 * Reads a versioned rules file (field kinds, evidence): a mapping with `version: 1` and only `keys` at its top.
 * Every problem goes to `errors`; returns the parsed file, or undefined when it is no mapping at all.
 */
export function readRulesFile(
  path: string,
  yamlText: string,
  errors: DictionaryIssue[],
  keys: ReadonlySet<string>,
  notMapping: string,
): (ParsedYaml & { data: Obj }) | undefined {
  const parsed = readYamlMapping(path, yamlText, (issue) => errors.push({ severity: 'error', ...issue }), notMapping);
  if (!parsed) return undefined;
  const fail = (reason: string) => errors.push({ severity: 'error', file: path, reason });
  for (const key of Object.keys(parsed.data)) if (!keys.has(key)) fail(`unknown top-level key \`${key}\``);
  if (parsed.data['version'] !== 1) fail('`version` must be 1');
  return parsed;
}
