/**
 * Loads and validates dictionaries/hints/field-kinds.yaml into {@link FieldKindRules}.
 *
 * Runs at build time and in tests (it needs the YAML parser, which the content script should not bundle); the
 * output is plain JSON, so the build can serialise it into a virtual module. The schema is valibot's
 * (build/lib/yaml-schema.ts, shared values in validate-values.ts). Like the glossary compiler, it reports every
 * problem in one pass, each naming the file, line, entry (index and kind) and reason, and keeps the entries that
 * passed so that one typo does not hide the rest.
 */

import * as v from 'valibot';
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
import { factProblem, FACT_KEYS } from '../../src/hints/facts.ts';
import { isRecord, readYamlMapping, type SourceIssue } from '../lib/yaml-source.ts';
import { checkYaml, mapping, yamlMapping } from '../lib/yaml-schema.ts';
import {
  factsSchema,
  hintSchema,
  pinSchema,
  portalsSchema,
  regexSchema,
  sourceSchema,
  weightSchema,
} from './validate-values.ts';

/** Where the rules live, relative to the project root (the path to pass to {@link compileFieldKinds}). */
export const FIELD_KINDS_PATH = 'dictionaries/hints/field-kinds.yaml';

/** A problem in the rules file: same shape as the glossary's, so `formatIssue` prints both alike. */
export type FieldKindIssue = DictionaryIssue;

/** Result of {@link compileFieldKinds}: the valid kinds, and every error found (empty when the file is good). */
export interface CompiledFieldKinds {
  rules: FieldKindRules;
  errors: FieldKindIssue[];
}

const CONTROL_SET: ReadonlySet<string> = new Set(CONTROL_GROUPS);
const ITEM = { notMapping: '{path} must be a mapping', unknownKey: '{parent}: unknown key `{key}`' };

const LabelRuleSchema = v.pipe(
  mapping(
    {
      match: regexSchema(),
      priority: v.pipe(
        v.number('{path} must be an integer 0–100'),
        v.integer('{path} must be an integer 0–100'),
        v.minValue(0, '{path} must be an integer 0–100'),
        v.maxValue(100, '{path} must be an integer 0–100'),
      ),
      portals: v.optional(portalsSchema),
      context: v.optional(regexSchema()),
      not_context: v.optional(regexSchema()),
      not: v.optional(regexSchema()),
    },
    ITEM.notMapping,
    ITEM.unknownKey,
  ),
  v.transform(({ match, priority, portals, context, not_context: notContext, not }): LabelRule => {
    const rule: LabelRule = { match, priority };
    if (portals) rule.portals = portals;
    if (context !== undefined) rule.context = context;
    if (notContext !== undefined) rule.notContext = notContext;
    if (not !== undefined) rule.not = not;
    return rule;
  }),
);

const LimitSchema = v.pipe(
  mapping(
    {
      portals: portalsSchema,
      match: regexSchema(),
      max: v.pipe(
        v.number('{path} must be a positive integer'),
        v.integer('{path} must be a positive integer'),
        v.minValue(1, '{path} must be a positive integer'),
      ),
      source: sourceSchema,
    },
    ITEM.notMapping,
    ITEM.unknownKey,
  ),
  v.transform(({ portals, match, max, source }): PortalLimit => ({ portals, match, max, source })),
);

/** Weights by attribute value; the matcher lower-cases attribute values, so an upper-case key could never match. */
const attributeWeights = (positiveInteger: boolean) =>
  v.pipe(
    yamlMapping('{path} must map values to weights'),
    v.record(
      v.pipe(
        v.string(),
        v.check((value) => value === value.toLowerCase(), '{path}: write the value in lower case'),
        v.check((value) => !positiveInteger || /^[1-9]\d*$/.test(value), '{path}: a maxlength is a positive integer'),
      ),
      weightSchema('{path}: the weight must be an integer from -100 to 100'),
    ),
  );
const AttributesSchema = v.pipe(
  mapping(
    {
      type: v.optional(attributeWeights(false)),
      inputmode: v.optional(attributeWeights(false)),
      autocomplete: v.optional(attributeWeights(false)),
      maxlength: v.optional(attributeWeights(true)),
      names: v.optional(attributeWeights(false)),
      pattern: v.optional(
        v.array(
          mapping(
            { match: regexSchema(false), weight: weightSchema('{path} must be an integer from -100 to 100') },
            ITEM.notMapping,
            ITEM.unknownKey,
          ),
          'attributes.pattern must be a list of { match, weight }',
        ),
      ),
    },
    '`attributes` must be a mapping',
    'attributes: unknown signal `{key}`',
  ),
  v.transform((raw): AttributeSignals => {
    const out: AttributeSignals = {};
    for (const key of ['type', 'inputmode', 'autocomplete', 'maxlength', 'names'] as const)
      if (raw[key] !== undefined) out[key] = raw[key];
    if (raw.pattern !== undefined) out.pattern = raw.pattern.map(({ match, weight }) => ({ match, weight }));
    return out;
  }),
);

/** Why an `evidence` key (`fact=value` or `fact`) names no fact value, or undefined. */
function evidenceProblem(name: string): string | undefined {
  const [key, value] = name.split('=') as [string, string | undefined];
  if (!FACT_KEYS.includes(key as (typeof FACT_KEYS)[number])) return `unknown fact \`${key}\``;
  if (value === undefined || key === 'mustContain') return undefined;
  return factProblem(key, /^\d+$/.test(value) ? Number(value) : value === 'true' ? true : value);
}
const EvidenceSchema = v.pipe(
  yamlMapping('`evidence` must map `fact=value` (or `fact`) to weights'),
  v.record(
    v.pipe(
      v.string(),
      v.check(
        (name) => evidenceProblem(name) === undefined,
        ({ input }) => `{path}: ${evidenceProblem(input)}`,
      ),
    ),
    weightSchema('{path}: the weight must be an integer from -100 to 100'),
  ),
);

const controlsMessage = `\`controls\` must be a non-empty list of ${CONTROL_GROUPS.join(', ')}`;
/** One entry of `kinds`; PIN kinds (`secret`) have their own rules. */
const kindEntry = (secret: boolean) =>
  v.pipe(
    mapping(
      {
        kind: v.custom<KindRules['kind']>(
          (name) => typeof name === 'string' && isFieldKind(name),
          ({ input }) => `\`kind\` must be one of the kinds in src/hints/types.ts (got ${JSON.stringify(input)})`,
        ),
        controls: v.pipe(
          v.array(v.unknown(), controlsMessage),
          v.minLength(1, controlsMessage),
          v.check(
            (list) => list.every((c) => typeof c === 'string' && CONTROL_SET.has(c)),
            ({ input }) =>
              `\`controls\` has unknown groups: ${input
                .filter((c) => typeof c !== 'string' || !CONTROL_SET.has(c))
                .map((c) => JSON.stringify(c))
                .join(', ')}`,
          ),
          // The invariant that keeps secrets unread: only a PIN kind can be given to a password box, and PIN kinds
          // have no checks (types.ts), so no check ever sees a password field's value.
          v.check((list) => secret || !list.includes('password'), 'only PIN kinds may apply to `password` controls'),
          v.check((list) => !secret || list.includes('password'), 'a PIN kind must apply to `password` controls'),
          v.transform((list) => list as ControlGroup[]),
        ),
        label_required: secret
          ? v.literal(true, 'a PIN kind needs `label_required: true` (a bare password box is not a card PIN)')
          : v.optional(v.boolean('`label_required` must be true or false')),
        labels: v.pipe(
          v.array(LabelRuleSchema, '`labels` must be a non-empty list of { match, priority }'),
          v.minLength(1, '`labels` must be a non-empty list of { match, priority }'),
        ),
        exclude: v.optional(regexSchema(true, '`exclude`')),
        attributes: v.optional(AttributesSchema, {}),
        evidence: v.optional(EvidenceSchema, {}),
        facts: v.optional(factsSchema(false), {}),
        limits: v.optional(v.array(LimitSchema, '`limits` must be a list of { portals, match, max, source }'), []),
        hint: hintSchema(secret),
        pin: secret ? pinSchema : v.optional(v.never('only the four PIN kinds may have a `pin` block')),
      },
      'an entry must be a mapping',
    ),
    v.transform((raw): KindRules => {
      const kind: KindRules = {
        kind: raw.kind,
        controls: raw.controls,
        labels: raw.labels,
        labelRequired: raw.label_required === true,
        attributes: raw.attributes,
        evidence: raw.evidence,
        facts: raw.facts,
        limits: raw.limits,
        hint: raw.hint,
      };
      if (raw.exclude !== undefined) kind.exclude = raw.exclude;
      if (raw.pin) kind.pin = raw.pin;
      return kind;
    }),
  );
export const KindEntry = kindEntry(false);
export const PinKindEntry = kindEntry(true);

const NOT_MAPPING = 'the file must be a mapping with `version` and `kinds`';
export const RulesFile = mapping(
  {
    version: v.literal(1, '`version` must be 1'),
    exclude: v.optional(regexSchema(true, '`exclude`:')),
    secret_words: regexSchema(true, '`secret_words` is required (labels about secrets never get a checked kind):'),
    kinds: v.array(v.unknown(), '`kinds` must be a list'),
  },
  NOT_MAPPING,
  'unknown top-level key `{key}`',
);

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
  const parsed = readYamlMapping(path, yamlText, (issue) => errors.push({ severity: 'error', ...issue }), NOT_MAPPING);
  if (!parsed) return { rules, errors };
  // Problems with the file as a whole are reported without a line, as before (they are few and named).
  const fail = ({ file, reason }: SourceIssue) => errors.push({ severity: 'error', file, reason });
  checkYaml(RulesFile, parsed, path, fail);
  const top = parsed.data;
  if (top['exclude'] !== undefined && v.is(regexSchema(), top['exclude'])) rules.exclude = top['exclude'];
  if (v.is(regexSchema(), top['secret_words'])) rules.secretWords = top['secret_words'];
  const kinds = top['kinds'];
  if (!Array.isArray(kinds)) return { rules, errors };

  const seen = new Set<string>();
  kinds.forEach((raw: unknown, index) => {
    const term = isRecord(raw) && typeof raw['kind'] === 'string' ? raw['kind'] : undefined;
    const report = (issue: SourceIssue) =>
      errors.push({ severity: 'error', ...issue, index, ...(term ? { term } : {}) });
    // Each entry on its own: a broken one is reported and left out, the others are kept.
    const kind = checkYaml(term && isSecretKind(term) ? PinKindEntry : KindEntry, parsed, path, report, {
      at: ['kinds', index],
    });
    if (term && isFieldKind(term) && seen.has(term)) {
      const line = parsed.lineAt(['kinds', index]);
      report({ file: path, reason: `kind \`${term}\` is defined twice`, ...(line === undefined ? {} : { line }) });
    } else if (kind) rules.kinds.push(kind);
    if (term) seen.add(term);
  });
  for (const kind of FIELD_KINDS)
    if (!seen.has(kind))
      fail({ file: path, reason: `kind \`${kind}\` has no entry (every kind in types.ts needs one)` });
  return { rules, errors };
}
