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

  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      fileError(`YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, e.linePos?.[0]?.line);
    }
    return { issues };
  }
  const lineAt = (node: unknown): number | undefined => {
    const start = (node as { range?: [number, number, number] } | null)?.range?.[0];
    return start === undefined ? undefined : lines.linePos(start).line;
  };
  const root = doc.contents;
  if (!isMap(root)) {
    fileError('the file must be a mapping with `language` and `entries`');
    return { issues };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!TOP_KEYS.has(key)) fileError(`unknown key \`${key}\` at the top level`, lineAt(pair.key));
  }
  const top = doc.toJS() as Record<string, unknown>;
  const language = top['language'];
  if (language !== lang) {
    fileError(`\`language\` must be ${lang}, the folder's language (got ${JSON.stringify(language) ?? 'nothing'})`);
  }
  const sources = top['sources'];
  if (sources !== undefined && !(Array.isArray(sources) && sources.every((s) => typeof s === 'string' && s.trim()))) {
    fileError('`sources` must be a list of non-empty strings');
  }
  const entriesNode = doc.get('entries', true);
  if (entriesNode !== undefined && entriesNode !== null && !isMap(entriesNode)) {
    fileError('`entries` must be a mapping from the source entry to its translation', lineAt(entriesNode));
    return { issues };
  }
  if (issues.length > 0) return { issues };

  const sourceName = textPrefix ? `${stem} texts` : (targets.sourcePaths.get(stem) ?? stem);
  const entries = new Map<string, Translated>();
  const pairs = isMap(entriesNode) ? entriesNode.items : [];
  pairs.forEach((pair, index) => {
    const key = isScalar(pair.key) ? String(pair.key.value).trim() : '';
    const line = lineAt(pair.key);
    const at = { file: path, index, term: key, ...(line === undefined ? {} : { line }) };
    const error = (reason: string) => issues.push({ severity: 'error', ...at, reason });
    const warn = (reason: string) => issues.push({ severity: 'warning', ...at, reason });

    const value: unknown = isScalar(pair.value) ? pair.value.value : isNode(pair.value) ? pair.value.toJSON() : null;
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
