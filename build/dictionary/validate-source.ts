/**
 * The dictionary source validator (dictionaries/SCHEMA.md; the types are src/dictionary/schema.ts).
 *
 * The validator checks one parsed file at a time and reports every problem it finds, each naming the
 * file, the entry (index and term) and the reason, so that a writer can fix a whole file in one pass.
 * Checks that need more than one file (duplicates within a layer) live in compile.ts.
 */

import { formatSourceIssue } from '../lib/yaml-source.ts';
import { hasKanji, isHiragana } from '../../src/glossary/char-class.ts';
import {
  CATEGORIES,
  POS_VALUES,
  type Category,
  type DictionaryIssue,
  type EntryPos,
  type Layer,
  type SourceEntry,
  type SourceFile,
} from '../../src/dictionary/schema.ts';

const FILE_KEYS = new Set(['category', 'source', 'entries']);
const ENTRY_KEYS = new Set(['term', 'reading', 'en', 'variants', 'hint', 'pos', 'source', 'category']);
const CATEGORY_SET = new Set<string>(CATEGORIES);
const POS_SET = new Set<string>(POS_VALUES);

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
  if (!isRecord(data)) {
    error('the file must be a mapping with `category` and `entries`');
    return { positions: [], issues };
  }
  for (const key of Object.keys(data)) if (!FILE_KEYS.has(key)) error(`unknown key \`${key}\` at the top level`);
  const category = data['category'];
  if (typeof category !== 'string' || !CATEGORY_SET.has(category)) {
    error(`\`category\` must be one of ${CATEGORIES.join(', ')} (got ${describe(category)})`);
  }
  const fileSource = data['source'];
  if (fileSource !== undefined && !isNonEmptyString(fileSource)) error('`source` must be a non-empty string');
  const rawEntries = data['entries'];
  if (!Array.isArray(rawEntries)) {
    error('`entries` must be a list');
    return { positions: [], issues };
  }
  const entries: SourceEntry[] = [];
  const positions: number[] = [];
  const hasFileSource = isNonEmptyString(fileSource);
  rawEntries.forEach((raw: unknown, index) => {
    const entry = validateEntry(raw, index, path, hasFileSource, issues);
    if (entry) {
      entries.push(entry);
      positions.push(index);
    }
  });
  if (issues.some((i) => i.severity === 'error' && i.index === undefined)) return { positions: [], issues };
  const file: SourceFile = { category: category as Category, entries };
  if (hasFileSource) file.source = fileSource;
  return { file, positions, issues };
}

/** Validates one entry, pushing its issues; returns the entry when it has no errors. */
function validateEntry(
  raw: unknown,
  index: number,
  file: string,
  hasFileSource: boolean,
  issues: DictionaryIssue[],
): SourceEntry | undefined {
  const term = isRecord(raw) && typeof raw['term'] === 'string' ? raw['term'].trim() : undefined;
  const before = issues.length;
  const error = (reason: string) => issues.push({ severity: 'error', file, index, term, reason });
  if (!isRecord(raw)) {
    error('an entry must be a mapping with at least `term` and `en`');
    return undefined;
  }
  for (const key of Object.keys(raw)) if (!ENTRY_KEYS.has(key)) error(`unknown key \`${key}\``);

  if (!term) error('`term` is missing or empty');
  else if (/\s/.test(term)) error('`term` must not contain spaces');
  if (!isNonEmptyString(raw['en'])) error('`en` is missing or empty');

  const reading = raw['reading'];
  if (reading === undefined || reading === null || reading === '') {
    if (term && hasKanji(term)) error('`reading` is required because the term has kanji');
  } else if (typeof reading !== 'string' || !isHiragana(reading)) {
    error(`\`reading\` must be hiragana (got ${describe(reading)})`);
  }

  const variants = raw['variants'];
  if (variants !== undefined) {
    if (!Array.isArray(variants) || !variants.every(isNonEmptyString)) {
      error('`variants` must be a list of non-empty strings');
    }
  }
  const pos = raw['pos'];
  if (pos !== undefined && (typeof pos !== 'string' || !POS_SET.has(pos))) {
    error(`unknown \`pos\` ${describe(pos)}; use one of ${POS_VALUES.join(', ')}`);
  }
  const category = raw['category'];
  if (category !== undefined && (typeof category !== 'string' || !CATEGORY_SET.has(category))) {
    error(`unknown \`category\` ${describe(category)}; use one of ${CATEGORIES.join(', ')}`);
  }
  for (const key of ['hint', 'source'] as const) {
    if (raw[key] !== undefined && !isNonEmptyString(raw[key])) error(`\`${key}\` must be a non-empty string`);
  }
  if (issues.length > before || !term) return undefined;

  // A hint may state a fact; SCHEMA.md asks for a source then. Whether it does is a judgement, so warn only.
  if (isNonEmptyString(raw['hint']) && !isNonEmptyString(raw['source']) && !hasFileSource) {
    issues.push({
      severity: 'warning',
      file,
      index,
      term,
      reason: '`hint` has no `source` (needed when it states a fact)',
    });
  }
  const entry: SourceEntry = { term, en: (raw['en'] as string).trim() };
  if (isNonEmptyString(reading)) entry.reading = reading;
  if (Array.isArray(variants) && variants.length > 0) entry.variants = (variants as string[]).map((v) => v.trim());
  if (isNonEmptyString(raw['hint'])) entry.hint = raw['hint'].trim();
  if (pos !== undefined) entry.pos = pos as EntryPos;
  if (isNonEmptyString(raw['source'])) entry.source = raw['source'].trim();
  if (category !== undefined) entry.category = category as Category;
  return entry;
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  return JSON.stringify(value) ?? typeof value;
}
