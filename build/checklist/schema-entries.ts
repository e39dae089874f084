/**
 * What the checklist entries share: the context of one compile (the string table, sources.yaml's sources), the
 * string ids of texts, the checks across a list (ids used twice, fixed ids missing), facts, and the name of the
 * entry an issue is in ("questions #1 (status) › options #3 (short-term)"), which checkYaml puts in each issue.
 *
 * Checks across entries are `v.rawCheck`s: valibot runs them even when an entry is invalid, so one pass reports
 * them with everything else. They read the entries' outputs, which keep the `id` (or `value`) they were given.
 */

import * as v from 'valibot';
import { issuePathTo } from '../lib/yaml-schema.ts';
import { isRecord } from '../lib/yaml-source.ts';
import { entry, Flag, Id, Ja, list, SourceRefs, TextField } from './schema-fields.ts';
import type { Fact, Source, Text } from '../../src/checklist/types.ts';

/** Shared by the schemas of all files of one compile. */
export interface ChecklistContext {
  /** String id → English text, across all files (ids must be unique). */
  strings: Map<string, string>;
  /** Sources by id, once sources.yaml has been checked. */
  sources: ReadonlyMap<string, Source>;
}

/** Makes the {@link Text} of the English at `path` in an entry, with its string id. */
export type MakeText = (id: string, en: string, ...path: Array<string | number>) => Text;

/**
 * Builds an entry's output, giving its texts their string ids (SCHEMA.md § String ids) and adding them to the
 * string table; an id defined twice is reported at the text.
 * @example v.pipe(entry({ id: Id, label: TextField }), withTexts(strings, ({ id, label }, text) => ({ id, label: text(`x.${id}.label`, label, 'label') })))
 */
export function withTexts<I, O>(strings: Map<string, string>, build: (value: I, text: MakeText) => O) {
  return v.rawTransform<I, O>(({ dataset, addIssue }) =>
    build(dataset.value, (id, en, ...path) => {
      if (strings.has(id))
        addIssue({ message: `string id ${id} is defined twice`, path: issuePathTo(dataset.value, path) });
      strings.set(id, en);
      return { id, en };
    }),
  );
}

/** The entries of a list value (an output list, or whatever was there instead). */
const entriesOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const keyOf = (item: unknown, key: string): unknown => (isRecord(item) ? item[key] : undefined);

/**
 * On a list: each entry's `key` (or, `within` each entry, each of its `within` list's) differs from the earlier
 * ones' — `` `id` "photo" is used twice ``.
 */
export const uniqueIds = <T>({ key = 'id', within }: { key?: string; within?: string } = {}) =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    const seen = new Set<unknown>();
    entriesOf(dataset.value).forEach((outer, i) => {
      const items = within === undefined ? [outer] : entriesOf(keyOf(outer, within));
      items.forEach((item, j) => {
        const id = keyOf(item, key);
        if (typeof id !== 'string') return;
        const at = within === undefined ? [i, key] : [i, within, j, key];
        if (seen.has(id))
          addIssue({ message: `\`${key}\` "${id}" is used twice`, path: issuePathTo(dataset.value, at) });
        seen.add(id);
      });
    });
  });

/**
 * On a mapping: its `list` names each of `ids` (by `key`), else "<list> a, b are missing" (`what` names the list).
 * Said only of a list: a missing or broken one is reported as such.
 */
export const complete = <T>(list: string, ids: readonly string[], what = list, key = 'id') =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    const value = keyOf(dataset.value, list);
    if (!Array.isArray(value)) return;
    const found = new Set(value.map((item) => keyOf(item, key)));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) addIssue({ message: `${what} ${missing.join(', ')} are missing` });
  });

/** What a fact's id must be (default: any {@link Id}), and its texts (e.g. with placeholders). */
interface FactShape {
  id?: v.GenericSchema<unknown, string>;
  text?: v.GenericSchema<unknown, string>;
}

/**
 * A fact: `id`, `label`, `text`, optional `ja`, `source` (required), `unverified`.
 * String ids: `${prefix}.${id}.label` and `.text`.
 */
export const fact = (context: ChecklistContext, prefix: string, shape: FactShape = {}) =>
  v.pipe(
    entry({
      id: shape.id ?? Id,
      label: shape.text ?? TextField,
      text: shape.text ?? TextField,
      ja: v.optional(Ja),
      source: SourceRefs(context.sources),
      unverified: v.optional(Flag, false),
    }),
    withTexts(context.strings, ({ id, label, text: body, ja, source, unverified }, text): Fact => ({
      id,
      label: text(`${prefix}.${id}.label`, label, 'label'),
      text: text(`${prefix}.${id}.text`, body, 'text'),
      ...(ja ? { ja } : {}),
      sources: source,
      unverified,
    })),
  );

/** A list of facts whose ids are unique in it. */
export const facts = (context: ChecklistContext, prefix: string, shape?: FactShape) =>
  v.pipe(list(fact(context, prefix, shape)), uniqueIds());

/**
 * Names the entry a path is in, as writers know it: 'questions #1 (status) › options #3 (short-term)'.
 * @example entryName(data, ['pins', 1, 'format']) === 'pins #2 (userAuth)'
 */
export function entryName(root: unknown, path: ReadonlyArray<string | number>): string | undefined {
  const parts: string[] = [];
  let node: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[key] : undefined;
    // Only mappings are entries; an index into a list of ids (`nextSteps: [a, b]`) names a value, not an entry.
    if (typeof key !== 'number' || !isRecord(node)) continue;
    const name = node['id'] ?? node['value'];
    const list = String(path[i - 1] ?? 'entry');
    parts.push(`${list} #${key + 1}${typeof name === 'string' ? ` (${name})` : ''}`);
  }
  return parts.length > 0 ? parts.join(' › ') : undefined;
}
