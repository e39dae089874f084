/**
 * Loads and validates dictionaries/hints/evidence.yaml into {@link EvidenceRules}: every rule has an id, a regex that
 * compiles, facts of the vocabulary in facts.ts (or `$name` of one of its named groups), and examples. The schema is
 * valibot's (build/lib/yaml-schema.ts); each rule is checked on its own, so that every problem is reported in one
 * pass (file, line, rule, reason) and the rules that passed are kept.
 */
import * as v from 'valibot';
import type { DictionaryIssue } from '../../src/dictionary/schema.ts';
import type { AttributeRule, EvidenceRules, TextRule } from '../../src/hints/evidence.ts';
import { TEXT_SOURCES } from '../../src/hints/evidence.ts';
import { FACT_KEYS } from '../../src/hints/facts.ts';
import { isRecord, readYamlMapping, type SourceIssue } from '../lib/yaml-source.ts';
import { checkYaml, mapping } from '../lib/yaml-schema.ts';
import { factsSchema, regexProblem } from './validate-values.ts';

export const EVIDENCE_PATH = 'dictionaries/hints/evidence.yaml';

export interface CompiledEvidence {
  rules: EvidenceRules;
  errors: DictionaryIssue[];
}

const ATTRIBUTES = ['type', 'inputmode'] as const;
const isGroup = (value: unknown): value is string => typeof value === 'string' && value.startsWith('$');

const Example = v.pipe(
  v.custom<[string, unknown]>(
    (example) => Array.isArray(example) && example.length === 2 && typeof example[0] === 'string',
    ({ input }) => `example ${JSON.stringify(input)} must be [text, facts]`,
  ),
  v.tuple([v.string(), factsSchema(false)]),
);

const namedGroups = (source: string) => [...source.matchAll(/\(\?<([A-Za-z][A-Za-z0-9]*)>/g)].map((m) => m[1]!);

const EXAMPLES = '`examples` must list [text, facts] pairs (a rule is its own table test)';
const SETTLES = '`settles` must be a list of fact names';
const IN = `\`in\` must be a list of ${TEXT_SOURCES.join(', ')}`;

/** A rule over text (`text`, label text: NFKC) or over the `pattern` attribute (`patterns`, as written). */
const rule = (isText: boolean) =>
  v.pipe(
    mapping(
      {
        id: v.pipe(
          v.string('`id` must be lower-case words joined by hyphens'),
          v.regex(/^[a-z0-9-]+$/, '`id` must be lower-case words joined by hyphens'),
        ),
        match: v.custom<string>(
          (raw) => regexProblem(raw, isText) === undefined,
          ({ input }) => `match ${regexProblem(input, isText)}`,
        ),
        facts: factsSchema(true),
        settles: v.optional(v.array(v.picklist(FACT_KEYS, SETTLES), SETTLES)),
        in: v.optional(v.pipe(v.array(v.picklist(TEXT_SOURCES, IN), IN), v.minLength(1, IN))),
        examples: v.pipe(v.array(Example, EXAMPLES), v.minLength(1, EXAMPLES)),
        not: v.optional(v.array(v.string('`not` must be a list of texts'), '`not` must be a list of texts')),
      },
      'a rule must be a mapping',
    ),
    v.check(
      (raw) => isText || (raw.in === undefined && raw.settles === undefined),
      '`in` and `settles` are for text rules',
    ),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const groups = namedGroups(dataset.value.match);
      for (const [key, value] of Object.entries(dataset.value.facts)) {
        if (isGroup(value) && !groups.includes(value.slice(1)))
          addIssue({ message: `facts.${key}: ${value} is not a named group of the match` });
      }
    }),
    v.transform(({ id, match, facts, examples, settles, in: sources, not }): TextRule => {
      const compiled: TextRule = { id, match, facts, examples };
      if (settles) compiled.settles = settles;
      if (sources) compiled.in = sources;
      if (not) compiled.not = not;
      return compiled;
    }),
  );
export const TextRuleSchema = rule(true);
export const PatternRule = rule(false);

export const Attribute = v.pipe(
  mapping(
    {
      attribute: v.picklist(ATTRIBUTES, `\`attribute\` must be one of ${ATTRIBUTES.join(', ')}`),
      value: v.pipe(
        v.string('`value` must be the attribute value in lower case'),
        v.check(
          (value) => value !== '' && value === value.toLowerCase(),
          '`value` must be the attribute value in lower case',
        ),
      ),
      facts: factsSchema(false),
    },
    'must be a mapping',
  ),
  v.transform(({ attribute, value, facts }): AttributeRule => ({ attribute, value, facts })),
);

const LIST_OF_RULES = (section: string) => `\`${section}\` must be a list of rules`;
export const EvidenceFile = mapping(
  {
    version: v.literal(1, '`version` must be 1'),
    text: v.array(v.unknown(), LIST_OF_RULES('text')),
    patterns: v.array(v.unknown(), LIST_OF_RULES('patterns')),
    attributes: v.array(v.unknown(), '`attributes` must be a list of { attribute, value, facts }'),
  },
  'the file must be a mapping with `version`, `text`, `patterns` and `attributes`',
  'unknown top-level key `{key}`',
);

/**
 * Parses and validates the evidence rules.
 * @example compileEvidence(readFileSync(file, 'utf8'), EVIDENCE_PATH).errors // []
 */
export function compileEvidence(yamlText: string, path: string): CompiledEvidence {
  const errors: DictionaryIssue[] = [];
  const rules: EvidenceRules = { version: 1, text: [], patterns: [], attributes: [] };
  const report = (issue: SourceIssue, term?: string) =>
    errors.push({ severity: 'error', ...issue, ...(term ? { term } : {}) });
  const parsed = readYamlMapping(
    path,
    yamlText,
    report,
    'the file must be a mapping with `version`, `text`, `patterns` and `attributes`',
  );
  if (!parsed) return { rules, errors };
  checkYaml(EvidenceFile, parsed, path, report);
  // Each rule on its own: a broken rule is reported and left out, the others are kept.
  for (const section of ['text', 'patterns'] as const) {
    const list = parsed.data[section];
    if (!Array.isArray(list)) continue;
    const ids = new Set<string>();
    list.forEach((raw: unknown, index) => {
      const id = isRecord(raw) && typeof raw['id'] === 'string' ? raw['id'] : `${section}[${index}]`;
      const reportRule = (issue: SourceIssue) =>
        report({ ...issue, reason: `${section} rule \`${id}\`: ${issue.reason}` }, id);
      if (ids.has(id)) {
        const line = parsed.lineAt([section, index]);
        reportRule({ file: path, reason: 'the id is used twice', ...(line === undefined ? {} : { line }) });
      }
      ids.add(id);
      const compiled = checkYaml(section === 'text' ? TextRuleSchema : PatternRule, parsed, path, reportRule, {
        at: [section, index],
      });
      if (compiled) rules[section].push(compiled);
    });
  }
  const attributes = parsed.data['attributes'];
  if (Array.isArray(attributes))
    attributes.forEach((_raw: unknown, index) => {
      const reportAttribute = (issue: SourceIssue) =>
        report({ ...issue, reason: `attributes[${index}]: ${issue.reason}` });
      const compiled = checkYaml(Attribute, parsed, path, reportAttribute, {
        at: ['attributes', index],
      });
      if (compiled) rules.attributes.push(compiled);
    });
  return { rules, errors };
}
