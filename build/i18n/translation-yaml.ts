/**
 * A translation file's YAML and its shape (dictionaries/translations/README.md): reading it with the shared reader
 * (build/lib/yaml-source.ts) into plain data that scripts/i18n/load.ts caches by the file's text, and the valibot
 * schemas of the file and of one entry (build/lib/yaml-schema.ts). What the entries must match in the dictionaries
 * is checked in translations.ts.
 *
 * Build-time only (it uses the YAML parser).
 */
import * as v from 'valibot';
import { isMap, isScalar } from 'yaml';
import { mapping, yamlMapping } from '../lib/yaml-schema.ts';
import { parseYamlSource, type ParsedYaml } from '../lib/yaml-source.ts';

/** A translation file as YAML gives it, before any check: what can be cached by its text (plain JSON). */
export interface TranslationYaml {
  /** The file as plain data; absent when the YAML has errors. */
  data?: unknown;
  /** The line of each top-level key; `entries` is the line of the value of `entries`. */
  lines: Record<string, number>;
  /** The keys of `entries` as in `data`, in file order, each with the line of the key. */
  entries: Array<[key: string, line: number | undefined]>;
  /** The YAML errors, with their lines. */
  errors: Array<{ reason: string; line?: number }>;
}

/**
 * Reads a translation file's YAML (the slow part of the build: 3 MB of YAML; scripts/i18n/load.ts caches it by the
 * file's text).
 * @example readTranslationYaml('language: vi\nentries:\n  住所: địa chỉ\n').entries // [['住所', 3]]
 */
export function readTranslationYaml(text: string): TranslationYaml {
  const read: TranslationYaml = { lines: {}, entries: [], errors: [] };
  const parsed = parseYamlSource('', text, ({ reason, line }) =>
    read.errors.push({ reason, ...(line === undefined ? {} : { line }) }),
  );
  if (!parsed) return read;
  read.data = parsed.data;
  const root = parsed.doc.contents;
  if (!isMap(root)) return read;
  for (const pair of root.items) {
    const line = keyLine(parsed, pair.key);
    if (line !== undefined) read.lines[keyOf(pair.key)] = line;
  }
  const entries = root.get('entries', true);
  const entriesLine = parsed.lineAt(['entries']);
  if (entries !== undefined && entriesLine !== undefined) read.lines['entries'] = entriesLine;
  if (isMap(entries)) read.entries = entries.items.map((pair) => [keyOf(pair.key), keyLine(parsed, pair.key)]);
  return read;
}

/** A mapping key as the key of the plain data (YAML's toJS: a scalar's string, null ''); '' for a list or mapping. */
function keyOf(key: unknown): string {
  // The core schema's scalars are strings, numbers, booleans and null.
  const value = isScalar(key) ? (key.value as string | number | boolean | null) : null;
  return value === null ? '' : String(value);
}

function keyLine(parsed: ParsedYaml, key: unknown): number | undefined {
  const start = (key as { range?: [number, number, number] } | null)?.range?.[0];
  return start === undefined ? undefined : parsed.lines.linePos(start).line;
}

/**
 * The line of a path of the file, for checkYaml: a top-level key's line (`entries`: its value's), none for the file
 * itself (a problem with the whole file has no line).
 */
export function translationLineAt(read: TranslationYaml) {
  return (path: ReadonlyArray<string | number>): number | undefined => {
    const key = path.length === 0 ? undefined : String(path[0]);
    return key !== undefined && Object.hasOwn(read.lines, key) ? read.lines[key] : undefined;
  };
}

/** The top level of a file in the folder of `lang`: its language, its sources and its entries (checked one by one). */
export const translationFile = (lang: string) => {
  const SOURCES = '`sources` must be a list of non-empty strings';
  return mapping(
    {
      language: v.literal(
        lang,
        ({ input }) =>
          `\`language\` must be ${lang}, the folder's language (got ${JSON.stringify(input) ?? 'nothing'})`,
      ),
      sources: v.optional(
        v.array(
          v.pipe(
            v.string(SOURCES),
            v.check((source) => source.trim() !== '', SOURCES),
          ),
          SOURCES,
        ),
      ),
      entries: v.optional(yamlMapping('`entries` must be a mapping from the source entry to its translation')),
    },
    'the file must be a mapping with `language` and `entries`',
    'unknown key `{key}` at the top level',
  );
};

/** One translation: the gloss and the hint, trimmed. */
export interface TranslationText {
  gloss: string;
  hint?: string;
}

const MISSING = 'the translation is missing: write a string, or `gloss:` and `hint:`';
const Gloss = v.pipe(v.string('`gloss` is missing or not a string'), v.trim(), v.nonEmpty('empty gloss'));
const Hint = v.pipe(v.string('`hint` must be a string'), v.trim(), v.nonEmpty('empty hint'));
const NoHint = v.custom<never>(() => false, 'a text has no hint: write the translation as a plain string');

const Plain = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('empty gloss'),
  v.transform((gloss): TranslationText => ({ gloss })),
);
/** `{ gloss, hint }`; a text (`isText`) has no hint. */
const glossAndHint = (isText: boolean) =>
  v.pipe(
    mapping(
      { gloss: Gloss, hint: v.optional(isText ? NoHint : Hint) },
      MISSING,
      'unknown key `{key}`; an entry has `gloss` and `hint`',
    ),
    v.transform(({ gloss, hint }): TranslationText => (hint === undefined ? { gloss } : { gloss, hint })),
  );
const GlossAndHint = glossAndHint(false);
const GlossOnly = glossAndHint(true);
const Entry = v.lazy((input) => (typeof input === 'string' ? Plain : GlossAndHint));
/** An entry as editors are told of it (build/editor-schemas.ts): a string or `{ gloss, hint }`. */
export const EntryShape = v.union([Plain, GlossAndHint]);
const TextEntry = v.lazy((input) => (typeof input === 'string' ? Plain : GlossOnly));

/**
 * The schema of an entry: a string, or `{ gloss, hint }` (`{ gloss }` only for a text: field kinds, screens…).
 * @example checkValue(translationEntry(false), { gloss: 'x', hint: ' h ' }, report) // { gloss: 'x', hint: 'h' }
 */
export const translationEntry = (isText: boolean) => (isText ? TextEntry : Entry);
