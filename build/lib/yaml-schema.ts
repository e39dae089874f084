/**
 * The data files' schemas are valibot schemas (as src/messaging/protocol.ts's messages are). This module holds what
 * they share: a mapping whose keys are all known, and running a schema over a parsed YAML file so that every valibot
 * issue becomes a {@link SourceIssue} at the line of the value it is about (printed by formatSourceIssue).
 *
 * Messages are the schemas' own (`v.string('`id` is kebab-case')`). Where the issue is, which valibot does not give
 * a message function, goes in with placeholders: `{key}` is the key the issue is at (the language of a text, the
 * phrase of a weight), `{path}` the whole path (`screens[0].id`), `{parent}` the path of the mapping or list
 * holding it (`screens[0]`) and `{field}` the keys below the last list index, the field of a list's entry
 * (`when.status` in `rules[1].when.status`).
 *
 * Checks across values (ids unique in a list, references to ids defined elsewhere) are `v.rawCheck`s, which valibot
 * runs even when a part of the value is invalid, so that one pass still reports them; {@link issuePathTo} places
 * their issues below the value checked.
 */

import * as v from 'valibot';
import { isRecord, type ParsedYaml, type SourceIssue } from './yaml-source.ts';

/** A message: text with placeholders, or made from the issue (`({ input }) => …`). */
type Message = string | ((issue: v.CustomIssue) => string);

/** A value that is a YAML mapping (valibot's objects and records also take lists). */
export const yamlMapping = (message: Message) => v.custom<Record<string, unknown>>(isRecord, message);

/**
 * The message of an object schema's issue about a missing key: its entry's own message (what it must be), else
 * `otherwise`.
 * @example v.objectWithRest(entries, rest, missingKeyMessage(entries, 'an entry is a mapping'))
 */
export function missingKeyMessage(entries: v.ObjectEntries, otherwise: string) {
  return (issue: v.BaseIssue<unknown>): string => {
    const key = issue.path?.[0]?.key;
    const entry = typeof key === 'string' ? entries[key] : undefined;
    return (entry && v.safeParse(entry, undefined).issues?.[0]?.message) || otherwise;
  };
}

/**
 * A mapping with these keys and no others: a missing key is reported with its entry's own message (what it must
 * be), an unknown key as `unknown key \`k\``, and anything but a mapping with `notMapping`.
 * @example mapping({ id: v.string('`id` is text') }, 'an entry is a mapping with `id`')
 */
export function mapping<const E extends v.ObjectEntries>(
  entries: E,
  notMapping: Message,
  unknownKey = 'unknown key `{key}`',
) {
  const otherwise = typeof notMapping === 'string' ? notMapping : '`{key}` is missing';
  return v.pipe(
    yamlMapping(notMapping),
    v.objectWithRest(entries, v.never(unknownKey), missingKeyMessage(entries, otherwise)),
  );
}

/**
 * A mapping whose keys each have their own schema, output in the file's order (an object schema's output follows
 * its entries): a key without a schema is reported with `unknownKey`, anything but a mapping with `notMapping`.
 * @example keyedMapping({ registered: YesNo, status: Statuses }, 'conditions are a mapping', 'unknown question "{key}"')
 */
export function keyedMapping<S extends v.GenericSchema>(
  schemas: Readonly<Record<string, S>>,
  notMapping: Message,
  unknownKey: string,
) {
  return v.pipe(
    yamlMapping(notMapping),
    v.rawTransform(({ dataset, addIssue }) => {
      const output: Record<string, v.InferOutput<S>> = {};
      for (const [key, value] of Object.entries(dataset.value)) {
        const schema = Object.hasOwn(schemas, key) ? schemas[key] : undefined;
        if (!schema) {
          addIssue({ message: unknownKey, path: issuePathTo(dataset.value, [key]) });
          continue;
        }
        const result = v.safeParse(schema, value);
        for (const issue of result.issues ?? []) {
          addIssue({ message: issue.message, path: [...issuePathTo(dataset.value, [key]), ...(issue.path ?? [])] });
        }
        if (result.success) output[key] = result.output;
      }
      return output;
    }),
  );
}

/**
 * The valibot path of the value at `keys` below `value`, for an issue that a check over a whole list or mapping
 * adds about one of its parts.
 * @example v.rawCheck(({ dataset, addIssue }) => addIssue({ message: 'used twice', path: issuePathTo(dataset.value, [2, 'id']) }))
 */
export function issuePathTo(
  value: unknown,
  keys: ReadonlyArray<string | number>,
): [v.IssuePathItem, ...v.IssuePathItem[]] {
  let input = value;
  const path = keys.map((key): v.IssuePathItem => {
    const parent = input as Record<string | number, unknown> | undefined;
    input = parent?.[key];
    return { type: 'unknown', origin: 'value', input: parent, key, value: input };
  });
  return path as [v.IssuePathItem, ...v.IssuePathItem[]];
}

/** Where a valibot issue is: the keys and indexes from the file's top. */
function issuePath(issue: v.BaseIssue<unknown>): Array<string | number> {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

/** A path as written in messages: `screens[0].credentials[1]`. */
function pathText(path: ReadonlyArray<string | number>): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** The keys of a path below its last list index: `when.status` of `rules[1].when.status`. */
function fieldText(path: ReadonlyArray<string | number>): string {
  return path.slice(path.findLastIndex((key) => typeof key === 'number') + 1).join('.');
}

/**
 * Runs `schema` over a value and reports each issue's message (placeholders filled) with its path; returns the
 * output, or `undefined` when there was any issue. For data whose lines are not known (the grammar tables).
 * @example checkValue(Languages, data, (reason) => issues.error(reason))
 */
export function checkValue<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  report: (reason: string, path: Array<string | number>, message: string) => void,
): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, value);
  for (const issue of result.issues ?? []) {
    const path = issuePath(issue);
    const reason = issue.message
      .replaceAll('{key}', String(path.at(-1) ?? ''))
      .replaceAll('{path}', pathText(path))
      .replaceAll('{parent}', pathText(path.slice(0, -1)))
      .replaceAll('{field}', fieldText(path));
    report(reason, path, issue.message);
  }
  return result.success ? result.output : undefined;
}

/** Options of {@link checkYaml}. */
export interface CheckYamlOptions {
  /** Check only the value at this path (e.g. one rule of a list whose valid rules are kept). */
  at?: ReadonlyArray<string | number>;
  /** Names the entry an issue is in, from its path in the file (the issue's `entry`). */
  entry?: (path: ReadonlyArray<string | number>) => string | undefined;
}

/**
 * Runs `schema` over a parsed file (or the value at `options.at` in it) and reports each issue with the file, line
 * and, with `options.entry`, the entry; returns the output, or `undefined` when there was any issue. Placeholders are
 * filled from the path below `at`.
 * @example const document = checkYaml(DocumentFile, parsed, file.path, (issue) => issues.push(issue))
 */
export function checkYaml<S extends v.GenericSchema>(
  schema: S,
  parsed: Pick<ParsedYaml, 'data' | 'lineAt'>,
  file: string,
  report: (issue: SourceIssue) => void,
  { at = [], entry: nameEntry }: CheckYamlOptions = {},
): v.InferOutput<S> | undefined {
  const value = at.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], parsed.data);
  const seen = new Set<string>();
  return checkValue(schema, value, (reason, path, message) => {
    const line = parsed.lineAt([...at, ...path]);
    const entry = nameEntry?.([...at, ...path]);
    // A message that names its place, said of several fields (`secrets[0] needs an id, name, …`), is said once.
    const said = /\{(path|parent)\}/.test(message) ? reason : `${line}:${entry}:${reason}`;
    if (seen.has(said)) return;
    seen.add(said);
    report({ file, ...(line === undefined ? {} : { line }), ...(entry ? { entry } : {}), reason });
  });
}
