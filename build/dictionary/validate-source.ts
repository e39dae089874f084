/**
 * The dictionary source validator (dictionaries/SCHEMA.md; the types are src/dictionary/schema.ts).
 *
 * The validator checks one parsed file at a time and reports every problem it finds, each naming the
 * file, the entry (index and term) and the reason, so that a writer can fix a whole file in one pass.
 * Checks that need more than one file (duplicates within a layer) live in compile.ts.
 */

import * as v from 'valibot';
import { formatSourceIssue, isRecord } from '../lib/yaml-source.ts';
import { checkValue, mapping } from '../lib/yaml-schema.ts';
import { hasKanji, isHiragana } from '../../src/glossary/char-class.ts';
import {
  CATEGORIES,
  POS_VALUES,
  type DictionaryIssue,
  type Layer,
  type SourceEntry,
  type SourceFile,
} from '../../src/dictionary/schema.ts';

/** A non-empty string (`message` when it is not). */
const text = (message: string) =>
  v.pipe(
    v.string(message),
    v.check((value) => value.trim().length > 0, message),
  );

/** The file: its category, an optional source for all its entries, and the entries (each checked on its own). */
export const SourceFileSchema = mapping(
  {
    category: v.picklist(
      CATEGORIES,
      ({ input }) => `\`category\` must be one of ${CATEGORIES.join(', ')} (got ${describe(input)})`,
    ),
    source: v.optional(text('`source` must be a non-empty string')),
    entries: v.array(v.unknown(), '`entries` must be a list'),
  },
  'the file must be a mapping with `category` and `entries`',
  'unknown key `{key}` at the top level',
);

export const Entry = v.pipe(
  mapping(
    {
      term: v.pipe(
        text('`term` is missing or empty'),
        v.check((term) => !/\s/.test(term.trim()), '`term` must not contain spaces'),
      ),
      en: text('`en` is missing or empty'),
      // Absent, null and '' are no reading (required only for a term with kanji, below).
      reading: v.optional(
        v.custom<string | null>(
          (reading) => reading === null || reading === '' || (typeof reading === 'string' && isHiragana(reading)),
          ({ input }) => `\`reading\` must be hiragana (got ${describe(input)})`,
        ),
      ),
      variants: v.optional(
        v.array(
          text('`variants` must be a list of non-empty strings'),
          '`variants` must be a list of non-empty strings',
        ),
      ),
      hint: v.optional(text('`hint` must be a non-empty string')),
      pos: v.optional(
        v.picklist(
          POS_VALUES,
          ({ input }) => `unknown \`pos\` ${describe(input)}; use one of ${POS_VALUES.join(', ')}`,
        ),
      ),
      source: v.optional(text('`source` must be a non-empty string')),
      category: v.optional(
        v.picklist(
          CATEGORIES,
          ({ input }) => `unknown \`category\` ${describe(input)}; use one of ${CATEGORIES.join(', ')}`,
        ),
      ),
    },
    'an entry must be a mapping with at least `term` and `en`',
  ),
  // Checked on the entry as read so far, so that it is reported beside the entry's other problems.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!isRecord(dataset.value)) return;
    const { term, reading } = dataset.value;
    const noReading = reading === undefined || reading === null || reading === '';
    if (typeof term === 'string' && hasKanji(term.trim()) && noReading)
      addIssue({ message: '`reading` is required because the term has kanji' });
  }),
  v.transform((raw): SourceEntry => {
    const entry: SourceEntry = { term: raw.term.trim(), en: raw.en.trim() };
    if (raw.reading) entry.reading = raw.reading;
    if (raw.variants && raw.variants.length > 0) entry.variants = raw.variants.map((variant) => variant.trim());
    if (raw.hint) entry.hint = raw.hint.trim();
    if (raw.pos !== undefined) entry.pos = raw.pos;
    if (raw.source) entry.source = raw.source.trim();
    if (raw.category !== undefined) entry.category = raw.category;
    return entry;
  }),
);

/**
 * Formats an issue as one line, the way compilers do so that editors can jump to it.
 * Entry numbers are 1-based for people; `index` stays 0-based for code.
 * @example formatIssue(issue) === 'dictionaries/glossary/tax.yaml:12: entry #3 (給与所得): `en` is missing or empty'
 */
export function formatIssue(issue: DictionaryIssue): string {
  const entry =
    issue.index === undefined ? undefined : `entry #${issue.index + 1}${issue.term ? ` (${issue.term})` : ''}`;
  return formatSourceIssue({ ...issue, entry });
}

/** Result of validating one parsed file: the entries that passed, and every issue found. */
export interface ValidatedFile {
  /** Present when the file's own shape is valid; holds only the entries that passed. */
  file?: SourceFile;
  /** Index of each kept entry in the source `entries` array (for messages naming the entry). */
  positions: number[];
  issues: DictionaryIssue[];
}

/**
 * Validates one parsed source file. Invalid entries are dropped (and reported); valid ones are kept,
 * so that the CLI can still gloss with the rest while a writer fixes one entry.
 * @example validateSourceFile('dictionaries/glossary/tax.yaml', YAML.parse(text))
 */
export function validateSourceFile(path: string, data: unknown): ValidatedFile {
  const issues: DictionaryIssue[] = [];
  const error = (reason: string, index?: number, term?: string) =>
    issues.push({ severity: 'error', file: path, reason, ...(index === undefined ? {} : { index, term }) });
  const top = checkValue(SourceFileSchema, data, (reason) => error(reason));
  const rawEntries = isRecord(data) ? data['entries'] : undefined;
  if (!Array.isArray(rawEntries)) return { positions: [], issues };
  const fileSource = isRecord(data) ? data['source'] : undefined;
  const hasFileSource = typeof fileSource === 'string' && fileSource.trim().length > 0;
  const entries: SourceEntry[] = [];
  const positions: number[] = [];
  rawEntries.forEach((raw: unknown, index) => {
    const term = isRecord(raw) && typeof raw['term'] === 'string' ? raw['term'].trim() : undefined;
    const entry = checkValue(Entry, raw, (reason) => error(reason, index, term));
    if (!entry) return;
    // A hint may state a fact; SCHEMA.md asks for a source then. Whether it does is a judgement, so warn only.
    if (entry.hint && !entry.source && !hasFileSource) {
      const reason = '`hint` has no `source` (needed when it states a fact)';
      issues.push({ severity: 'warning', file: path, index, term, reason });
    }
    entries.push(entry);
    positions.push(index);
  });
  if (!top) return { positions: [], issues };
  const file: SourceFile = { category: top.category, entries };
  if (top.source) file.source = top.source;
  return { file, positions, issues };
}

/**
 * The layer a dictionary source path belongs to, from its folder (`…/glossary/…` or `…/vocabulary/…`); glossary
 * files named `names-*` are the names layer.
 * @example layerOf('dictionaries/glossary/tax.yaml') === 'glossary'
 * @example layerOf('dictionaries/glossary/names-countries.yaml') === 'names'
 */
export function layerOf(path: string): Exclude<Layer, 'grammar'> | undefined {
  const parts = path.replace(/\\/g, '/').split('/');
  const at = Math.max(parts.lastIndexOf('glossary'), parts.lastIndexOf('vocabulary'));
  if (at < 0 || at >= parts.length - 1) return undefined;
  if (parts[at] === 'vocabulary') return 'vocabulary';
  return parts[parts.length - 1]!.startsWith('names-') ? 'names' : 'glossary';
}

/**
 * The stem that prefixes entry ids: the path below the layer folder, without extension.
 * @example fileStem('dictionaries/glossary/tax.yaml') === 'tax'
 */
export function fileStem(path: string): string {
  const parts = path.replace(/\\/g, '/').split('/');
  const at = Math.max(parts.lastIndexOf('glossary'), parts.lastIndexOf('vocabulary'));
  return parts
    .slice(at + 1)
    .join('/')
    .replace(/\.(ya?ml|json)$/i, '');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  return JSON.stringify(value) ?? typeof value;
}
