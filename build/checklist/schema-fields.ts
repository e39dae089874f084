/**
 * The values of the checklist files (dictionaries/checklists/SCHEMA.md) as valibot schemas: ids, texts, Japanese
 * names, flags, numbers, addresses, lists, entries, and references to ids defined elsewhere (sources.yaml's, or
 * another list of the same file). The entries built from them are in schema-entries.ts.
 *
 * A message names the field it is about relative to its entry (`{field}`: `id`, `when.status`), as writers read
 * it after the entry's name ("questions #1 (status) › options #3 (short-term): `value` …"); the entry and the
 * line are added by checkYaml (build/lib/yaml-schema.ts).
 */

import * as v from 'valibot';
import { mapping } from '../lib/yaml-schema.ts';
import { isRecord } from '../lib/yaml-source.ts';
import type { Source } from '../../src/checklist/types.ts';

/** Ids are kebab-case or camelCase (camelCase where they name a field in code: question and PIN ids). */
const ID_PATTERN = /^[a-z][a-zA-Z0-9]*(?:-[a-z0-9]+)*$/;
/** Japanese names must contain kana or kanji (catches English typed into `ja`). */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
/** https only: the UI renders it as a link, and a link to a government page should not be downgradable. */
const HTTPS_URL = /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i;
/** An i18next placeholder in a text: `{{expiry}}`. */
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * Short description of a bad value for messages.
 * @example describe([1]) === 'a list'; describe('x') === '"x"'; describe(undefined) === 'nothing'
 */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a mapping';
  return JSON.stringify(value);
}

/** What is said of a required field that is absent (the entry's key, or a list's). */
export const MISSING = '`{field}` is missing';

/**
 * The message of a field that must be `what`: "`{field}` is missing" when it is absent (also said of a missing key),
 * else "`{field}` must be <what> (got <the value>)".
 */
const mustBe =
  (what: string) =>
  ({ input }: { input: unknown }): string =>
    input === undefined ? MISSING : `\`{field}\` must be ${what} (got ${describe(input)})`;

/** An entry id: kebab-case or camelCase. */
export const Id = v.custom<string>(
  (id) => typeof id === 'string' && ID_PATTERN.test(id),
  mustBe('kebab-case or camelCase letters and digits'),
);

/** An id of a fixed list (types.ts), reported with `unknown(id)` when it is well-formed but not in it. */
export const FixedId = <const T extends string>(ids: readonly T[], unknown: (id: unknown) => string) =>
  v.pipe(
    Id,
    v.picklist(ids, ({ input }) => unknown(input)),
  );

/** A user-visible English text, on one line (the lines of a YAML block are joined). Its entry gives it an id. */
export const TextField = v.pipe(
  v.custom<string>((text) => typeof text === 'string' && text.trim() !== '', mustBe('a non-empty string')),
  v.transform((text) => text.trim().replace(/\s*\n\s*/g, ' ')),
);

/** A text whose `{{placeholders}}` must be among `known` (the UI fills those in). */
export const TextWithPlaceholders = (known: readonly string[]) =>
  v.pipe(
    TextField,
    v.rawCheck<string>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      for (const [, name] of dataset.value.matchAll(PLACEHOLDER)) {
        if (!known.includes(name!)) addIssue({ message: `unknown placeholder {{${name}}}; use ${known.join(', ')}` });
      }
    }),
  );

/** A Japanese name, in kana or kanji. */
export const Ja = v.pipe(
  v.custom<string>((ja) => typeof ja === 'string' && JAPANESE.test(ja), mustBe('the Japanese name, in kana or kanji')),
  v.transform((ja) => ja.trim()),
);

/** true or false; optional ones are `v.optional(Flag, false)`. */
export const Flag = v.custom<boolean>((flag) => typeof flag === 'boolean', mustBe('true or false'));

/** A whole number from `min` to `max`. */
export const WholeNumber = (min: number, max: number) =>
  v.custom<number>(
    (n) => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max,
    mustBe(`a whole number from ${min} to ${max}`),
  );

/** A link for the user (never fetched by the extension). */
export const Url = v.custom<string>(
  (url) => typeof url === 'string' && HTTPS_URL.test(url),
  ({ input }) => `\`url\` must be an https:// address (got ${describe(input)})`,
);

/** A list of `item`s; an absent one is "missing" unless the list is `v.optional(…, [])`. */
export const list = <S extends v.GenericSchema>(item: S) => v.array(item, mustBe('a list'));

/** An entry: a mapping of these keys (in the order the "use …" of an unknown key names them). */
export const entry = <const E extends v.ObjectEntries>(entries: E) =>
  mapping(
    entries,
    ({ input }) => `the value must be a mapping (got ${describe(input)})`,
    `unknown key \`{key}\`; use ${Object.keys(entries).join(', ')}`,
  );

/**
 * `source: id` or `source: [id, …]`: sources.yaml's ids, resolved to their sources. Required on facts; optional
 * (`v.optional`) where a text may be plain guidance.
 */
export const SourceRefs = (sources: ReadonlyMap<string, Source>) =>
  v.pipe(
    v.custom<string | unknown[]>(
      (ids) => typeof ids === 'string' || (Array.isArray(ids) && ids.length > 0),
      ({ input }) =>
        input === undefined
          ? '`source` is missing: every fact needs one (ids from sources.yaml)'
          : `\`source\` must be a source id or a list of them (got ${describe(input)})`,
    ),
    v.transform((ids) => (typeof ids === 'string' ? [ids] : ids)),
    v.rawCheck<unknown[]>(({ dataset, addIssue }) => {
      for (const id of dataset.typed ? dataset.value : []) {
        if (typeof id !== 'string' || !sources.has(id))
          addIssue({ message: `unknown source ${describe(id)}; define it in sources.yaml` });
      }
    }),
    v.transform((ids) => ids.map((id) => sources.get(id as string)!)),
  );

/** The id of something defined elsewhere in the file (`known`), e.g. `place: office`. */
export const Ref = (known: ReadonlySet<string>, what: string, use = '') =>
  v.custom<string>(
    (id) => typeof id === 'string' && known.has(id),
    ({ input }) => (input === undefined ? MISSING : `unknown ${what} ${describe(input)}${use}`),
  );

/** A list of ids defined elsewhere in the file, e.g. `nextSteps: [prepare]`; optional ones are `v.optional(…, [])`. */
export const Refs = (known: ReadonlySet<string>, what: string) => list(Ref(known, what));

/**
 * The ids the entries of `data[key]` give themselves, before they are checked: what references may name. (An entry
 * that is wrong for another reason is reported for that, not at every reference to it.)
 * @example idsIn(data, 'nextSteps') // Set { 'prepare', … }
 */
export function idsIn(data: unknown, key: string): Set<string> {
  const items = isRecord(data) && Array.isArray(data[key]) ? (data[key] as unknown[]) : [];
  return new Set(items.flatMap((item) => (isRecord(item) && typeof item['id'] === 'string' ? [item['id']] : [])));
}
