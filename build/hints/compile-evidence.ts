/**
 * Loads and validates dictionaries/hints/evidence.yaml into {@link EvidenceRules}: every rule has an id, a regex that
 * compiles, facts of the vocabulary in facts.ts (or `$name` of one of its named groups), and examples. Like the
 * field-kind compiler it reports every problem in one pass (file, rule, reason) and keeps the rules that passed.
 */
import type { DictionaryIssue } from '../../src/dictionary/schema.ts';
import type { AttributeRule, EvidenceRules, TextRule } from '../../src/hints/evidence.ts';
import { TEXT_SOURCES, type TextSource } from '../../src/hints/evidence.ts';
import { factProblem, FACT_KEYS, type FactKey, type FieldFacts } from '../../src/hints/facts.ts';
import { isObj, readRulesFile, regexProblem, type Report } from './validate-values.ts';

export const EVIDENCE_PATH = 'dictionaries/hints/evidence.yaml';

export interface CompiledEvidence {
  rules: EvidenceRules;
  errors: DictionaryIssue[];
}

const TOP_KEYS = new Set(['version', 'text', 'patterns', 'attributes']);
const RULE_KEYS = new Set(['id', 'match', 'facts', 'settles', 'in', 'examples', 'not']);
const ATTRIBUTES = new Set(['type', 'inputmode']);

/**
 * Parses and validates the evidence rules.
 * @example compileEvidence(readFileSync(file, 'utf8'), EVIDENCE_PATH).errors // []
 */
export function compileEvidence(yamlText: string, path: string): CompiledEvidence {
  const errors: DictionaryIssue[] = [];
  const rules: EvidenceRules = { version: 1, text: [], patterns: [], attributes: [] };
  const fail = (reason: string, term?: string) =>
    errors.push({ severity: 'error', file: path, reason, ...(term ? { term } : {}) });
  const parsed = readRulesFile(
    path,
    yamlText,
    errors,
    TOP_KEYS,
    'the file must be a mapping with `version`, `text`, `patterns` and `attributes`',
  );
  if (!parsed) return { rules, errors };
  const top = parsed.data;
  for (const [section, labelText] of [
    ['text', true],
    ['patterns', false],
  ] as const) {
    const list = top[section];
    if (!Array.isArray(list)) {
      fail(`\`${section}\` must be a list of rules`);
      continue;
    }
    const ids = new Set<string>();
    list.forEach((raw: unknown, index) => {
      const id = isObj(raw) && typeof raw.id === 'string' ? raw.id : `${section}[${index}]`;
      const report: Report = (reason) => fail(`${section} rule \`${id}\`: ${reason}`, id);
      if (ids.has(id)) report('the id is used twice');
      ids.add(id);
      const rule = validateRule(raw, section === 'text', labelText, report);
      if (rule && section === 'text') rules.text.push(rule);
      else if (rule) rules.patterns.push(rule);
    });
  }
  if (!Array.isArray(top.attributes)) fail('`attributes` must be a list of { attribute, value, facts }');
  else
    top.attributes.forEach((raw: unknown, index) => {
      const report: Report = (reason) => fail(`attributes[${index}]: ${reason}`);
      const rule = validateAttributeRule(raw, report);
      if (rule) rules.attributes.push(rule);
    });
  return { rules, errors };
}

function validateRule(raw: unknown, isText: boolean, labelText: boolean, report: Report): TextRule | undefined {
  if (!isObj(raw)) return void report('a rule must be a mapping');
  for (const key of Object.keys(raw)) if (!RULE_KEYS.has(key)) report(`unknown key \`${key}\``);
  if (!isText && (raw.in !== undefined || raw.settles !== undefined)) report('`in` and `settles` are for text rules');
  let ok = typeof raw.id === 'string' && /^[a-z0-9-]+$/.test(raw.id);
  if (!ok) report('`id` must be lower-case words joined by hyphens');
  const reason = regexProblem(raw.match, labelText);
  if (reason) {
    report(`match ${reason}`);
    ok = false;
  }
  const groups = reason ? [] : namedGroups(raw.match as string);
  ok = validateFacts(raw.facts, groups, report, true) && ok;
  const settles = raw.settles === undefined ? undefined : validateKeys(raw.settles, 'settles', report);
  const sources = raw.in === undefined ? undefined : validateSources(raw.in, report);
  if (!Array.isArray(raw.examples) || raw.examples.length === 0) {
    report('`examples` must list [text, facts] pairs (a rule is its own table test)');
    ok = false;
  } else {
    for (const example of raw.examples as unknown[]) {
      const pair = Array.isArray(example) && example.length === 2 && typeof example[0] === 'string';
      if (!pair || !validateFacts(example[1], [], report, false)) {
        report(`example ${JSON.stringify(example)} must be [text, facts]`);
        ok = false;
      }
    }
  }
  const not = raw.not;
  if (not !== undefined && (!Array.isArray(not) || !not.every((t) => typeof t === 'string'))) {
    report('`not` must be a list of texts');
    ok = false;
  }
  if (!ok || settles === null || sources === null) return undefined;
  const rule: TextRule = {
    id: raw.id as string,
    match: raw.match as string,
    facts: raw.facts as Record<string, unknown>,
    examples: raw.examples as [string, FieldFacts][],
  };
  if (settles) rule.settles = settles;
  if (sources) rule.in = sources;
  if (not) rule.not = not as string[];
  return rule;
}

function namedGroups(source: string): string[] {
  return [...source.matchAll(/\(\?<([A-Za-z][A-Za-z0-9]*)>/g)].map((m) => m[1]!);
}

/** Facts of a rule (`$name` allowed when `groups` has it) or of an example. */
function validateFacts(raw: unknown, groups: string[], report: Report, inRule: boolean): boolean {
  if (!isObj(raw)) {
    report('`facts` must be a mapping of facts (src/hints/facts.ts)');
    return false;
  }
  let ok = true;
  for (const [key, value] of Object.entries(raw)) {
    if (inRule && typeof value === 'string' && value.startsWith('$')) {
      if (!groups.includes(value.slice(1))) {
        report(`facts.${key}: ${value} is not a named group of the match`);
        ok = false;
      }
      if (factProblem(key, 'x') !== undefined && factProblem(key, 1) !== undefined) {
        report(`facts.${key}: only number and text facts take a $group`);
        ok = false;
      }
      continue;
    }
    const problem = factProblem(key, value);
    if (problem) {
      report(`facts: ${problem}`);
      ok = false;
    }
  }
  return ok;
}

function validateKeys(raw: unknown, where: string, report: Report): FactKey[] | null {
  const ok = Array.isArray(raw) && raw.every((k) => FACT_KEYS.includes(k as FactKey));
  if (!ok) report(`\`${where}\` must be a list of fact names`);
  return ok ? (raw as FactKey[]) : null;
}

function validateSources(raw: unknown, report: Report): TextSource[] | null {
  const ok = Array.isArray(raw) && raw.length > 0 && raw.every((s) => TEXT_SOURCES.includes(s as TextSource));
  if (!ok) report(`\`in\` must be a list of ${TEXT_SOURCES.join(', ')}`);
  return ok ? (raw as TextSource[]) : null;
}

function validateAttributeRule(raw: unknown, report: Report): AttributeRule | undefined {
  if (!isObj(raw)) return void report('must be a mapping');
  const attribute = raw.attribute;
  if (typeof attribute !== 'string' || !ATTRIBUTES.has(attribute)) {
    return void report(`\`attribute\` must be one of ${[...ATTRIBUTES].join(', ')}`);
  }
  if (typeof raw.value !== 'string' || raw.value !== raw.value.toLowerCase() || raw.value === '') {
    return void report('`value` must be the attribute value in lower case');
  }
  if (!validateFacts(raw.facts, [], report, false)) return undefined;
  return { attribute: attribute as AttributeRule['attribute'], value: raw.value, facts: raw.facts as FieldFacts };
}
