/**
 * The data files' schemas are valibot schemas (as src/messaging/protocol.ts's messages are). This module holds what
 * they share: a mapping whose keys are all known, and running a schema over a parsed YAML file so that every valibot
 * issue becomes a {@link SourceIssue} at the line of the value it is about (printed by formatSourceIssue).
 *
 * Messages are the schemas' own (`v.string('`id` is kebab-case')`). Where the issue is, which valibot does not give
 * a message function, goes in with placeholders: `{key}` is the key the issue is at (the language of a text, the
 * phrase of a weight), `{path}` the whole path (`screens[0].id`) and `{parent}` the path of the mapping or list
 * holding it (`screens[0]`).
 */

import * as v from 'valibot';
import { isRecord, type ParsedYaml, type SourceIssue } from './yaml-source.ts';

/** A value that is a YAML mapping (valibot's objects and records also take lists). */
export const yamlMapping = (message: string) => v.custom<Record<string, unknown>>(isRecord, message);

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
  notMapping: string,
  unknownKey = 'unknown key `{key}`',
) {
  return v.pipe(
    yamlMapping(notMapping),
    v.objectWithRest(entries, v.never(unknownKey), missingKeyMessage(entries, notMapping)),
  );
}

/** Where a valibot issue is: the keys and indexes from the file's top. */
function issuePath(issue: v.BaseIssue<unknown>): Array<string | number> {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

/** A path as written in messages: `screens[0].credentials[1]`. */
function pathText(path: ReadonlyArray<string | number>): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
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
      .replaceAll('{parent}', pathText(path.slice(0, -1)));
    report(reason, path, issue.message);
  }
  return result.success ? result.output : undefined;
}

/**
 * Runs `schema` over a parsed file (or the value at `at` in it, e.g. one rule of a list whose valid rules are kept)
 * and reports each issue with the file and line; returns the output, or `undefined` when there was any issue.
 * Placeholders are filled from the path below `at`.
 * @example const document = checkYaml(DocumentFile, parsed, file.path, (issue) => issues.push(issue))
 */
export function checkYaml<S extends v.GenericSchema>(
  schema: S,
  parsed: Pick<ParsedYaml, 'data' | 'lineAt'>,
  file: string,
  report: (issue: SourceIssue) => void,
  at: ReadonlyArray<string | number> = [],
): v.InferOutput<S> | undefined {
  const value = at.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], parsed.data);
  const seen = new Set<string>();
  return checkValue(schema, value, (reason, path, message) => {
    const line = parsed.lineAt([...at, ...path]);
    // A message that names its place, said of several fields (`secrets[0] needs an id, name, …`), is said once.
    const said = /\{(path|parent)\}/.test(message) ? reason : `${line}:${reason}`;
    if (seen.has(said)) return;
    seen.add(said);
    report({ file, reason, ...(line === undefined ? {} : { line }) });
  });
}
