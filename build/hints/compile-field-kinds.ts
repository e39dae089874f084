/**
 * Loads and validates dictionaries/hints/field-kinds.yaml into {@link FieldKindRules}.
 *
 * Runs at build time and in tests (it needs the YAML parser, which the content script should not bundle); the
 * output is plain JSON, so the build can serialise it into a virtual module. Like the glossary compiler, it
 * reports every problem in one pass, each naming the file, the entry (index and kind) and the reason, and
 * keeps the entries that passed so that one typo does not hide the rest.
 */

import { isSeq, type Node } from 'yaml';
import type { DictionaryIssue } from '../../src/dictionary/schema.ts';
import {
  CONTROL_GROUPS,
  FIELD_KINDS,
  isFieldKind,
  isSecretKind,
  type AttributeSignals,
  type ControlGroup,
  type FieldKindRules,
  type KindRules,
  type LabelRule,
  type PortalLimit,
} from '../../src/hints/types.ts';
import {
  checkRegex,
  checkSource,
  isObj,
  isWeight,
  readRulesFile,
  regexProblem,
  validateHint,
  validatePin,
  validatePortals,
  type Obj,
  type Report,
} from './validate-values.ts';
import { factProblem, FACT_KEYS, type FieldFacts } from '../../src/hints/facts.ts';

/** Where the rules live, relative to the project root (the path to pass to {@link compileFieldKinds}). */
export const FIELD_KINDS_PATH = 'dictionaries/hints/field-kinds.yaml';

/** A problem in the rules file: same shape as the glossary's, so `formatIssue` prints both alike. */
export type FieldKindIssue = DictionaryIssue;

/** Result of {@link compileFieldKinds}: the valid kinds, and every error found (empty when the file is good). */
export interface CompiledFieldKinds {
  rules: FieldKindRules;
  errors: FieldKindIssue[];
}

const TOP_KEYS = new Set(['version', 'exclude', 'secret_words', 'kinds']);
const KIND_KEYS = new Set([
  'kind',
  'controls',
  'label_required',
  'labels',
  'exclude',
  'attributes',
  'evidence',
  'facts',
  'limits',
  'hint',
  'pin',
]);
const RULE_KEYS = new Set(['match', 'priority', 'portals', 'context', 'not_context', 'not']);
const ATTRIBUTE_MAPS = ['type', 'inputmode', 'autocomplete', 'maxlength', 'names'] as const;
const LIMIT_KEYS = new Set(['portals', 'match', 'max', 'source']);
const CONTROL_SET: ReadonlySet<string> = new Set(CONTROL_GROUPS);

/**
 * Parses and validates the field-kind rules.
 * @param path the file's path as writers know it (dictionaries/hints/field-kinds.yaml), used in messages
 * @example
 * const { rules, errors } = compileFieldKinds(readFileSync(file, 'utf8'), 'dictionaries/hints/field-kinds.yaml');
 * if (errors.length) throw new Error(errors.map(formatIssue).join('\n'));
 */
export function compileFieldKinds(yamlText: string, path: string): CompiledFieldKinds {
  const errors: FieldKindIssue[] = [];
  const rules: FieldKindRules = { version: 1, kinds: [] };
  const fail = (reason: string, line?: number) =>
    errors.push({ severity: 'error', file: path, reason, ...(line === undefined ? {} : { line }) });
  const parsed = readRulesFile(
    path,
    yamlText,
    errors,
    TOP_KEYS,
    'the file must be a mapping with `version` and `kinds`',
  );
  if (!parsed) return { rules, errors };
  const { doc, lines, data: top } = parsed;
  if (top.exclude !== undefined) {
    const reason = regexProblem(top.exclude);
    if (reason) fail(`\`exclude\`: ${reason}`);
    else rules.exclude = top.exclude as string;
  }
  const secretReason = regexProblem(top.secret_words);
  if (secretReason)
    fail(`\`secret_words\` is required (labels about secrets never get a checked kind): ${secretReason}`);
  else rules.secretWords = top.secret_words as string;
  if (!Array.isArray(top.kinds)) {
    fail('`kinds` must be a list');
    return { rules, errors };
  }

  const kindNodes = doc.get('kinds', true);
  const lineOf = (i: number): number | undefined => {
    const node = isSeq(kindNodes) ? (kindNodes.items[i] as Node | undefined) : undefined;
    return node?.range ? lines.linePos(node.range[0]).line : undefined;
  };
  const seen = new Set<string>();
  top.kinds.forEach((raw: unknown, index) => {
    const term = isObj(raw) && typeof raw.kind === 'string' ? raw.kind : undefined;
    const line = lineOf(index);
    const before = errors.length;
    const report = (reason: string) =>
      errors.push({
        severity: 'error',
        file: path,
        index,
        reason,
        ...(term ? { term } : {}),
        ...(line ? { line } : {}),
      });
    const kind = validateKind(raw, report);
    if (kind && seen.has(kind.kind)) report(`kind \`${kind.kind}\` is defined twice`);
    if (term) seen.add(term);
    if (kind && errors.length === before) rules.kinds.push(kind);
  });
  for (const kind of FIELD_KINDS)
    if (!seen.has(kind)) fail(`kind \`${kind}\` has no entry (every kind in types.ts needs one)`);
  return { rules, errors };
}

/** Validates one entry of `kinds`; returns it compiled, or undefined when its shape is unusable. */
function validateKind(raw: unknown, report: Report): KindRules | undefined {
  if (!isObj(raw)) {
    report('an entry must be a mapping');
    return undefined;
  }
  for (const key of Object.keys(raw)) if (!KIND_KEYS.has(key)) report(`unknown key \`${key}\``);
  const name = raw.kind;
  if (typeof name !== 'string' || !isFieldKind(name)) {
    report(`\`kind\` must be one of the kinds in src/hints/types.ts (got ${JSON.stringify(name)})`);
    return undefined;
  }
  const secret = isSecretKind(name);

  const controls = validateControls(raw.controls, secret, report);
  const labels = validateLabels(raw.labels, report);
  const attributes = validateAttributes(raw.attributes, report);
  const evidence = validateEvidenceWeights(raw.evidence, report);
  const facts = validateTemplateFacts(raw.facts, report);
  const limits = validateLimits(raw.limits, report);
  const hint = validateHint(raw.hint, secret, report);
  if (raw.exclude !== undefined) checkRegex(raw.exclude, '`exclude`', report);
  if (raw.label_required !== undefined && typeof raw.label_required !== 'boolean') {
    report('`label_required` must be true or false');
  }
  if (secret && raw.label_required !== true)
    report('a PIN kind needs `label_required: true` (a bare password box is not a card PIN)');
  if (secret && raw.pin === undefined)
    report('a PIN kind needs a `pin` block (which PIN, format, tries, reset, source)');
  if (!secret && raw.pin !== undefined) report('only the four PIN kinds may have a `pin` block');
  const pin = secret ? validatePin(raw.pin, report) : undefined;

  const kind: KindRules = {
    kind: name,
    controls,
    labels,
    labelRequired: raw.label_required === true,
    attributes,
    evidence,
    facts,
    limits,
    hint,
  };
  if (typeof raw.exclude === 'string') kind.exclude = raw.exclude;
  if (pin) kind.pin = pin;
  return kind;
}

function validateControls(raw: unknown, secret: boolean, report: Report): ControlGroup[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    report(`\`controls\` must be a non-empty list of ${CONTROL_GROUPS.join(', ')}`);
    return [];
  }
  const bad = raw.filter((c) => typeof c !== 'string' || !CONTROL_SET.has(c));
  if (bad.length > 0) report(`\`controls\` has unknown groups: ${bad.map((c) => JSON.stringify(c)).join(', ')}`);
  // The invariant that keeps secrets unread: only a PIN kind can be given to a password box, and PIN kinds
  // have no checks (types.ts), so no check ever sees a password field's value.
  if (!secret && raw.includes('password')) report('only PIN kinds may apply to `password` controls');
  if (secret && !raw.includes('password')) report('a PIN kind must apply to `password` controls');
  return raw.filter((c): c is ControlGroup => CONTROL_SET.has(c as string));
}

function validateLabels(raw: unknown, report: Report): LabelRule[] {
  const spec = { keys: RULE_KEYS, shape: '{ match, priority }', required: true };
  return readRuleList(raw, 'labels', spec, report, (r, where) => {
    let ok = checkRegex(r.match, `${where}.match`, report);
    if (!Number.isInteger(r.priority) || (r.priority as number) < 0 || (r.priority as number) > 100) {
      report(`${where}.priority must be an integer 0–100`);
      ok = false;
    }
    for (const key of ['context', 'not_context', 'not'] as const) {
      if (r[key] !== undefined) ok = checkRegex(r[key], `${where}.${key}`, report) && ok;
    }
    const portals = r.portals === undefined ? undefined : validatePortals(r.portals, `${where}.portals`, report);
    if (portals === null) ok = false;
    if (!ok) return undefined;
    const rule: LabelRule = { match: r.match as string, priority: r.priority as number };
    if (portals) rule.portals = portals;
    if (r.context !== undefined) rule.context = r.context as string;
    if (r.not_context !== undefined) rule.notContext = r.not_context as string;
    if (r.not !== undefined) rule.not = r.not as string;
    return rule;
  });
}

function validateAttributes(raw: unknown, report: Report): AttributeSignals {
  const out: AttributeSignals = {};
  if (raw === undefined) return out;
  if (!isObj(raw)) {
    report('`attributes` must be a mapping');
    return out;
  }
  for (const key of Object.keys(raw)) {
    if (key === 'pattern') continue;
    if (!(ATTRIBUTE_MAPS as readonly string[]).includes(key)) report(`attributes: unknown signal \`${key}\``);
  }
  for (const key of ATTRIBUTE_MAPS) {
    const map = raw[key];
    if (map === undefined) continue;
    if (!isObj(map)) {
      report(`attributes.${key} must map values to weights`);
      continue;
    }
    const weights: Record<string, number> = {};
    for (const [value, weight] of Object.entries(map)) {
      const where = `attributes.${key}.${value}`;
      // The matcher lower-cases attribute values, so an upper-case key could never match.
      if (value !== value.toLowerCase()) report(`${where}: write the value in lower case`);
      else if (key === 'maxlength' && !/^[1-9]\d*$/.test(value)) report(`${where}: a maxlength is a positive integer`);
      else if (!isWeight(weight)) report(`${where}: the weight must be an integer from -100 to 100`);
      else weights[value] = weight;
    }
    out[key] = weights;
  }
  if (raw.pattern !== undefined) {
    if (!Array.isArray(raw.pattern)) report('attributes.pattern must be a list of { match, weight }');
    else {
      out.pattern = [];
      raw.pattern.forEach((p: unknown, i) => {
        const where = `attributes.pattern[${i}]`;
        if (!isObj(p)) return report(`${where} must be a mapping`);
        const ok = checkRegex(p.match, `${where}.match`, report, false);
        if (!isWeight(p.weight)) report(`${where}.weight must be an integer from -100 to 100`);
        else if (ok) out.pattern!.push({ match: p.match as string, weight: p.weight });
      });
    }
  }
  return out;
}

/** `evidence`: weights keyed `fact=value` (a valid value of that fact) or `fact` alone (any value). */
function validateEvidenceWeights(raw: unknown, report: Report): Record<string, number> {
  const out: Record<string, number> = {};
  if (raw === undefined) return out;
  if (!isObj(raw)) {
    report('`evidence` must map `fact=value` (or `fact`) to weights');
    return out;
  }
  for (const [name, weight] of Object.entries(raw)) {
    const [key, value] = name.split('=') as [string, string | undefined];
    const problem = !FACT_KEYS.includes(key as (typeof FACT_KEYS)[number])
      ? `unknown fact \`${key}\``
      : value === undefined
        ? undefined
        : factProblem(key, /^\d+$/.test(value) ? Number(value) : value === 'true' ? true : value);
    if (problem && !(key === 'mustContain' && value !== undefined)) report(`evidence.${name}: ${problem}`);
    else if (!isWeight(weight)) report(`evidence.${name}: the weight must be an integer from -100 to 100`);
    else out[name] = weight;
  }
  return out;
}

/** `facts`: what the kind accepts everywhere, in the vocabulary of facts.ts. */
function validateTemplateFacts(raw: unknown, report: Report): FieldFacts {
  if (raw === undefined) return {};
  if (!isObj(raw)) {
    report('`facts` must be a mapping of facts (src/hints/facts.ts)');
    return {};
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const problem = factProblem(key, value);
    if (problem) report(`facts: ${problem}`);
    else out[key] = value;
  }
  return out;
}

function validateLimits(raw: unknown, report: Report): PortalLimit[] {
  const spec = { keys: LIMIT_KEYS, shape: '{ portals, match, max, source }', required: false };
  return readRuleList(raw, 'limits', spec, report, (l, where) => {
    const portals = validatePortals(l.portals, `${where}.portals`, report);
    let ok = checkRegex(l.match, `${where}.match`, report) && portals !== null;
    if (!Number.isInteger(l.max) || (l.max as number) < 1) {
      report(`${where}.max must be a positive integer`);
      ok = false;
    }
    if (!checkSource(l.source, `${where}.source`, report, true)) ok = false;
    return ok
      ? { portals: portals!, match: l.match as string, max: l.max as number, source: l.source as string }
      : undefined;
  });
}

/**
 * A list section of rules (`labels`, `limits`): reports a missing or wrong list (an optional one may be absent, a
 * required one must have items), items that are not mappings and unknown keys; `read` turns each item into a rule,
 * or undefined when it has reported why not.
 */
function readRuleList<T>(
  raw: unknown,
  section: string,
  spec: { keys: ReadonlySet<string>; shape: string; required: boolean },
  report: Report,
  read: (item: Obj, where: string) => T | undefined,
): T[] {
  if (raw === undefined && !spec.required) return [];
  if (!Array.isArray(raw) || (spec.required && raw.length === 0)) {
    report(`\`${section}\` must be a ${spec.required ? 'non-empty ' : ''}list of ${spec.shape}`);
    return [];
  }
  const out: T[] = [];
  raw.forEach((item: unknown, i) => {
    const where = `${section}[${i}]`;
    if (!isObj(item)) return report(`${where} must be a mapping`);
    for (const key of Object.keys(item)) if (!spec.keys.has(key)) report(`${where}: unknown key \`${key}\``);
    const rule = read(item, where);
    if (rule) out.push(rule);
  });
  return out;
}
