/**
 * The valibot schemas of the values the hint data shares (dictionaries/hints/field-kinds.yaml, evidence.yaml and
 * the portal profiles): regexes, sources, portal ids, weights, facts, and hint and PIN texts by language. Messages
 * name their place with build/lib/yaml-schema.ts's placeholders (`{path}`: `labels[0].match`).
 */

import * as v from 'valibot';
import { PORTALS, type PortalId } from '../../src/portals/portals.ts';
import type { HintText, KindRules, PinText } from '../../src/hints/types.ts';
import { factProblem } from '../../src/hints/facts.ts';
import { isRecord } from '../lib/yaml-source.ts';
import { mapping, missingKeyMessage, yamlMapping } from '../lib/yaml-schema.ts';

const PORTAL_IDS: ReadonlySet<string> = new Set(PORTALS.map((p) => p.id));
/** Language keys of hint texts: a BCP 47 primary tag with an optional region (en, ja, zh-CN, pt-BR). */
const LANGUAGE = /^[a-z]{2,3}(-[A-Z]{2}|-Han[st])?$/;
/** FACTS.md marks every source as official ([G]) or third party ([3P]). */
const SOURCE = /^\[(G|3P)\] \S/;

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
 * A regex source; its problem is reported after `where` (`{path}` unless said).
 * @example regexSchema(false) // a `pattern` attribute's regex, matched as written
 */
export const regexSchema = (labelText = true, where = '{path}') =>
  v.custom<string>(
    (raw) => regexProblem(raw, labelText) === undefined,
    ({ input }) => `${where} ${regexProblem(input, labelText)}`,
  );

/** A `source`, marked [G] or [3P] as in FACTS.md (a missing one is reported as required: facts name sources). */
export const sourceSchema = v.custom<string>(
  (raw) => typeof raw === 'string' && SOURCE.test(raw),
  ({ input }) =>
    input === undefined
      ? '{path} is required: facts shown to users name where they come from (FACTS.md)'
      : '{path} must start with [G] (official) or [3P] (third party), as in FACTS.md',
);

/** A non-empty list of portal ids of src/portals/portals.ts. */
export const portalsSchema = v.pipe(
  v.array(v.unknown(), '{path} must be a non-empty list of portal ids'),
  v.minLength(1, '{path} must be a non-empty list of portal ids'),
  v.check(
    (list) => list.every((p) => typeof p === 'string' && PORTAL_IDS.has(p)),
    ({ input }) =>
      `{path}: unknown portal ${input
        .filter((p) => typeof p !== 'string' || !PORTAL_IDS.has(p))
        .map((p) => JSON.stringify(p))
        .join(', ')} (see src/portals/portals.ts)`,
  ),
  v.transform((list) => list as PortalId[]),
);

/** An attribute weight: an integer from −100 to 100 (`message` names it). */
export const weightSchema = (message: string) =>
  v.pipe(v.number(message), v.integer(message), v.minValue(-100, message), v.maxValue(100, message));

/** Facts of src/hints/facts.ts's vocabulary, kept as written; in a rule, `$name` stands for a group of its match. */
export const factsSchema = (inRule: boolean) =>
  v.pipe(
    yamlMapping('`facts` must be a mapping of facts (src/hints/facts.ts)'),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      for (const [key, value] of Object.entries(dataset.value)) {
        if (inRule && typeof value === 'string' && value.startsWith('$')) {
          if (factProblem(key, 'x') !== undefined && factProblem(key, 1) !== undefined)
            addIssue({ message: `facts.${key}: only number and text facts take a $group` });
          continue;
        }
        const problem = factProblem(key, value);
        if (problem) addIssue({ message: `facts: ${problem}` });
      }
    }),
  );

/** A mapping of required and optional non-empty texts (`{path}` is e.g. `hint.en`). */
function texts<T>(required: readonly string[], optional: readonly string[], banned: Record<string, string> = {}) {
  const text = v.pipe(
    v.string('{path} is missing or empty'),
    v.check((t) => t.trim() !== '', '{path} is missing or empty'),
  );
  const entries: v.ObjectEntries = {};
  for (const key of required) entries[key] = text;
  for (const key of optional) entries[key] = v.optional(text);
  for (const [key, message] of Object.entries(banned)) entries[key] = v.optional(v.never(message));
  return v.pipe(
    mapping(entries, `{path} must be a mapping of ${required.join(', ')}`, '{parent}: unknown key `{key}`'),
    v.transform((value) => value as T),
  );
}

/**
 * Texts by language beside other keys (`source`, `tries`): every other key must be a language code; `en` is
 * required.
 */
function byLanguage<E extends v.ObjectEntries, T>(
  entries: E,
  text: v.GenericSchema<unknown, T>,
  messages: { notMapping: string; notLanguage: string; noEnglish: string },
) {
  return v.pipe(
    yamlMapping(messages.notMapping),
    v.objectWithRest(entries, v.unknown(), missingKeyMessage(entries, messages.notMapping)),
    // The texts are checked here, not as the rest of the object: a key that is no language is reported once, as that.
    v.rawCheck(({ dataset, addIssue }) => {
      if (!isRecord(dataset.value)) return;
      for (const [key, value] of Object.entries(dataset.value)) {
        if (key in entries) continue;
        if (!LANGUAGE.test(key)) {
          addIssue({ message: messages.notLanguage.replace('{lang}', key) });
          continue;
        }
        const input = dataset.value;
        for (const issue of v.safeParse(text, value).issues ?? [])
          addIssue({
            message: issue.message,
            path: [{ type: 'object', origin: 'value', input, key, value }, ...(issue.path ?? [])],
          });
      }
    }),
    v.check((value) => 'en' in value, messages.noEnglish),
    v.transform((value) => {
      const byLang: Record<string, T> = {};
      for (const [key, t] of Object.entries(value)) if (!(key in entries)) byLang[key] = v.parse(text, t);
      return { value, text: byLang };
    }),
  );
}

/** A kind's `hint`: texts by language (`en` required; no example on PIN kinds) and its source (required on them). */
export const hintSchema = (secret: boolean) =>
  v.pipe(
    byLanguage(
      { source: secret ? sourceSchema : v.optional(sourceSchema) },
      // No example PIN: a sample value invites people to choose it.
      secret
        ? texts<HintText>(['what', 'format'], ['limit'], { example: '{path}: PIN kinds take no example' })
        : texts<HintText>(['what', 'format', 'example'], ['limit']),
      {
        notMapping: '`hint` must be a mapping with `en` and an optional `source`',
        notLanguage: 'hint: `{lang}` is neither a language code nor `source`',
        noEnglish: 'hint: `en` is required (English is the fallback language)',
      },
    ),
    v.transform(({ value, text }): KindRules['hint'] => ({
      text,
      ...(value.source === undefined ? {} : { source: value.source }),
    })),
  );

/** A PIN kind's `pin` block: tries, texts by language, source. */
export const pinSchema = v.pipe(
  byLanguage(
    {
      tries: v.pipe(
        v.number('{path} must be a positive integer'),
        v.integer('{path} must be a positive integer'),
        v.minValue(1, '{path} must be a positive integer'),
      ),
      source: sourceSchema,
    },
    texts<PinText>(['which', 'use', 'format', 'reset'], []),
    {
      notMapping: 'a PIN kind needs a `pin` block (which PIN, format, tries, reset, source)',
      notLanguage: 'pin: `{lang}` is neither a language code nor tries/source',
      noEnglish: 'pin: `en` is required',
    },
  ),
  v.transform(({ value, text }): NonNullable<KindRules['pin']> => ({ tries: value.tries, text, source: value.source })),
);
