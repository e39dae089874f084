/**
 * Validates translation files, dictionaries/translations/<lang>/<stem>.yaml (format: dictionaries/translations/
 * README.md): one per source file, mapping the source's entries (by their `term`) or text ids to glosses in one
 * language. Every problem names the file, the line, the entry and the reason, so that a translator can fix a file
 * in one pass; entries with a problem are left out and the rest still count, as in the dictionary compiler.
 *
 * Build-time only (it uses the YAML parser).
 */
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import type { DictionaryIssue } from '../../src/dictionary/schema.ts';
import { japaneseNames } from '../../src/i18n/message-table.ts';
import { GLOSS_LANGUAGES, type GlossLanguage } from '../../src/i18n/languages.ts';

/** Languages a translation folder may be named after: the gloss languages but English (the source's own). */
export const TRANSLATION_LANGUAGES = GLOSS_LANGUAGES.filter(
  (lang): lang is Exclude<GlossLanguage, 'en'> => lang !== 'en',
);
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/**
 * Stems that translate texts other than dictionary entries, and the prefix of their ids in a language pack's
 * `texts`. In the file the key is the id without its prefix (`katakana.what` in field-kinds.yaml is
 * `kind:katakana.what`).
 */
export const TEXT_STEMS = { 'field-kinds': 'kind', screens: 'screen', portals: 'portal', secrets: 'secret' } as const;
export type TextStem = keyof typeof TEXT_STEMS;

/** What the translations may translate, from the compiled index and the other data. */
export interface TranslationTargets {
  /** Dictionary stem → its entries by term: the entry's position in the compiled index, its English and hint. */
  entries: ReadonlyMap<string, ReadonlyMap<string, { index: number; en: string; hint?: string }>>;
  /** Dictionary stem → its source file (for messages). */
  sourcePaths: ReadonlyMap<string, string>;
  /** Text id (`kind:katakana.what`) → its English. */
  texts: ReadonlyMap<string, string>;
}

/** One translated entry. */
export interface Translated {
  gloss: string;
  hint?: string;
  line?: number;
}

/** A valid translation file (its valid entries). */
export interface TranslationFile {
  path: string;
  lang: TranslationLanguage;
  stem: string;
  /** Key (term, or text id without prefix) → translation. */
  entries: Map<string, Translated>;
}

const TOP_KEYS = new Set(['language', 'sources', 'entries']);
const ENTRY_KEYS = new Set(['gloss', 'hint']);

/**
 * The language folder and stem of a translation path.
 * @example translationPlace('dictionaries/translations/vi/tax-income.yaml') // { lang: 'vi', stem: 'tax-income' }
 */
export function translationPlace(path: string): { lang: string; stem: string } | undefined {
  const parts = path.replace(/\\/g, '/').split('/');
  const at = parts.lastIndexOf('translations');
  if (at < 0 || parts.length - at < 3) return undefined;
  return {
    lang: parts[at + 1]!,
    stem: parts
      .slice(at + 2)
      .join('/')
      .replace(/\.ya?ml$/i, ''),
  };
}

/**
 * Parses and validates one translation file.
 * @example parseTranslationFile('dictionaries/translations/vi/card.yaml', text, targets).issues // []
 */
export function parseTranslationFile(
  path: string,
  text: string,
  targets: TranslationTargets,
  readYaml: (text: string) => TranslationYaml = readTranslationYaml,
): { file?: TranslationFile; issues: DictionaryIssue[] } {
  const issues: DictionaryIssue[] = [];
  const fileError = (reason: string, line?: number) =>
    issues.push({ severity: 'error', file: path, reason, ...(line === undefined ? {} : { line }) });
  const place = translationPlace(path);
  if (!place) {
    fileError('a translation file must be dictionaries/translations/<language>/<stem>.yaml');
    return { issues };
  }
  const { lang, stem } = place;
  if (!(TRANSLATION_LANGUAGES as readonly string[]).includes(lang)) {
    fileError(`unknown language folder \`${lang}\`; use one of ${TRANSLATION_LANGUAGES.join(', ')}`);
    return { issues };
  }
  const textPrefix = Object.hasOwn(TEXT_STEMS, stem) ? TEXT_STEMS[stem as TextStem] : undefined;
  const terms = targets.entries.get(stem);
  if (!terms && !textPrefix) {
    fileError(
      `\`${stem}\` is not the stem of a file in dictionaries/glossary or dictionaries/vocabulary, nor one of ${Object.keys(TEXT_STEMS).join(', ')}`,
    );
    return { issues };
  }

  const read = readYaml(text);
  for (const { reason, line } of read.errors) fileError(reason, line);
  if (read.errors.length > 0 && !read.top) return { issues };
  const top = read.top ?? {};
  const language = top['language'];
  if (language !== lang) {
    fileError(`\`language\` must be ${lang}, the folder's language (got ${JSON.stringify(language) ?? 'nothing'})`);
  }
  const sources = top['sources'];
  if (sources !== undefined && !(Array.isArray(sources) && sources.every((s) => typeof s === 'string' && s.trim()))) {
    fileError('`sources` must be a list of non-empty strings');
  }
  if (issues.length > 0) return { issues };

  const sourceName = textPrefix ? `${stem} texts` : (targets.sourcePaths.get(stem) ?? stem);
  const entries = new Map<string, Translated>();
  read.entries.forEach(({ key, value, line }, index) => {
    const at = { file: path, index, term: key, ...(line === undefined ? {} : { line }) };
    const error = (reason: string) => issues.push({ severity: 'error', ...at, reason });
    const warn = (reason: string) => issues.push({ severity: 'warning', ...at, reason });

    let english: { en: string; hint?: string };
    if (textPrefix) {
      const en = targets.texts.get(`${textPrefix}:${key}`);
      if (en === undefined) {
        error(`\`${key}\` is not an id of the ${stem} texts (ids are written without \`${textPrefix}:\`)`);
        return;
      }
      english = { en };
    } else {
      const target = terms!.get(key);
      if (!target) {
        error(`\`${key}\` is not a term of ${sourceName} (write the entry's \`term\` exactly)`);
        return;
      }
      english = target;
    }

    let translated: Translated;
    if (typeof value === 'string') {
      translated = { gloss: value.trim() };
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      const unknown = Object.keys(record).filter((k) => !ENTRY_KEYS.has(k));
      if (unknown.length > 0) {
        error(`unknown key ${unknown.map((k) => `\`${k}\``).join(', ')}; an entry has \`gloss\` and \`hint\``);
        return;
      }
      if (textPrefix && record['hint'] !== undefined) {
        error('a text has no hint: write the translation as a plain string');
        return;
      }
      if (typeof record['gloss'] !== 'string') {
        error('`gloss` is missing or not a string');
        return;
      }
      translated = { gloss: record['gloss'].trim() };
      if (record['hint'] !== undefined) {
        if (typeof record['hint'] !== 'string') {
          error('`hint` must be a string');
          return;
        }
        translated.hint = record['hint'].trim();
      }
    } else {
      error('the translation is missing: write a string, or `gloss:` and `hint:`');
      return;
    }
    if (translated.gloss === '' || translated.hint === '') {
      error(`empty ${translated.gloss === '' ? 'gloss' : 'hint'}`);
      return;
    }
    if (translated.hint !== undefined && english.hint === undefined) {
      error(`has a hint, but the English entry in ${sourceName} has none (a hint must translate the English one)`);
      return;
    }
    // Official names in the English (住民票, 有効期間変更) let the reader match the word on the page: keep them.
    for (const [part, en, text] of [
      ['gloss', english.en, translated.gloss],
      ['hint', english.hint, translated.hint],
    ] as const) {
      if (en === undefined || text === undefined) continue;
      const lost = japaneseNames(en).filter((name) => !text.includes(name));
      if (lost.length > 0) warn(`the English ${part} has ${lost.join(', ')}; keep it in the translation too`);
    }
    if (line !== undefined) translated.line = line;
    entries.set(key, translated);
  });
  return { file: { path, lang: lang as TranslationLanguage, stem, entries }, issues };
}

/** A translation file as YAML gives it, before any check against the dictionaries: what can be cached by its text. */
export interface TranslationYaml {
  /** The top level as plain data (without `entries`), or undefined when the file is not a mapping. */
  top?: Record<string, unknown>;
  /** The entries in file order: key, value as plain data, line of the key. */
  entries: Array<{ key: string; value: unknown; line?: number }>;
  /** YAML errors and shape errors of the file, with their lines. */
  errors: Array<{ reason: string; line?: number }>;
}

/**
 * Reads a translation file's YAML (the slow part of the build: 3 MB of YAML; scripts/i18n/load.ts caches it by the
 * file's text).
 * @example readTranslationYaml('language: vi\nentries:\n  住所: địa chỉ\n').entries[0] // { key: '住所', value: 'địa chỉ', line: 3 }
 */
export function readTranslationYaml(text: string): TranslationYaml {
  const errors: TranslationYaml['errors'] = [];
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const reason = `YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
      errors.push({ reason, ...(e.linePos?.[0]?.line === undefined ? {} : { line: e.linePos[0].line }) });
    }
    return { entries: [], errors };
  }
  const lineAt = (node: unknown): number | undefined => {
    const start = (node as { range?: [number, number, number] } | null)?.range?.[0];
    return start === undefined ? undefined : lines.linePos(start).line;
  };
  const at = (line: number | undefined) => (line === undefined ? {} : { line });
  const root = doc.contents;
  if (!isMap(root)) {
    errors.push({ reason: 'the file must be a mapping with `language` and `entries`' });
    return { entries: [], errors };
  }
  const top: Record<string, unknown> = {};
  let entriesNode: unknown;
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!TOP_KEYS.has(key)) errors.push({ reason: `unknown key \`${key}\` at the top level`, ...at(lineAt(pair.key)) });
    if (key === 'entries') entriesNode = pair.value;
    else top[key] = isNode(pair.value) ? pair.value.toJSON() : pair.value;
  }
  const entries: TranslationYaml['entries'] = [];
  if (entriesNode !== undefined && entriesNode !== null && !isMap(entriesNode)) {
    errors.push({
      reason: '`entries` must be a mapping from the source entry to its translation',
      ...at(lineAt(entriesNode)),
    });
    return { top, entries, errors };
  }
  for (const pair of isMap(entriesNode) ? entriesNode.items : []) {
    const key = isScalar(pair.key) ? String(pair.key.value).trim() : '';
    const value: unknown = isScalar(pair.value) ? pair.value.value : isNode(pair.value) ? pair.value.toJSON() : null;
    entries.push({ key, value, ...at(lineAt(pair.key)) });
  }
  return { top, entries, errors };
}
