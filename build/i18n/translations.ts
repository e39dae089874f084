/**
 * Validates translation files, dictionaries/translations/<lang>/<stem>.yaml (format: dictionaries/translations/
 * README.md): one per source file, mapping the source's entries (by their `term`) or text ids to glosses in one
 * language. Every problem names the file, the line, the entry and the reason, so that a translator can fix a file
 * in one pass; entries with a problem are left out and the rest still count, as in the dictionary compiler.
 *
 * The shape of a file and of an entry is valibot's (translation-yaml.ts, through build/lib/yaml-schema.ts); what the
 * entries must match in the dictionaries and texts is checked here, entry by entry, after the schema.
 *
 * Build-time only (it uses the YAML parser).
 */
import type { DictionaryIssue } from '../../src/dictionary/schema.ts';
import { checkValue, checkYaml } from '../lib/yaml-schema.ts';
import {
  readTranslationYaml,
  translationEntry,
  translationFile,
  translationLineAt,
  type TranslationText,
  type TranslationYaml,
} from './translation-yaml.ts';
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

/** One translated entry, with the line of its key. */
export interface Translated extends TranslationText {
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
 * Parses and validates one translation file: its place (folder and stem), its shape (the schemas) and, entry by
 * entry, what it translates (a term of its source file or a text id; a hint only where the English has one; the
 * Japanese names the English keeps, else a warning).
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
  if (read.data === undefined) return { issues };
  const top = checkYaml(translationFile(lang), { data: read.data, lineAt: translationLineAt(read) }, path, (issue) =>
    issues.push({ severity: 'error', ...issue }),
  );
  if (!top) return { issues };

  const sourceName = textPrefix ? `${stem} texts` : (targets.sourcePaths.get(stem) ?? stem);
  const schema = translationEntry(textPrefix !== undefined);
  const values = top.entries ?? {};
  const entries = new Map<string, Translated>();
  read.entries.forEach(([rawKey, line], index) => {
    const key = rawKey.trim();
    const at = { file: path, index, term: key, ...(line === undefined ? {} : { line }) };
    const error = (reason: string) => issues.push({ severity: 'error', ...at, reason });
    const warn = (reason: string) => issues.push({ severity: 'warning', ...at, reason });

    const translated: Translated | undefined = checkValue(
      schema,
      Object.hasOwn(values, rawKey) ? values[rawKey] : undefined,
      error,
    );
    const english = textPrefix ? textEnglish(targets, textPrefix, key) : terms!.get(key);
    if (!english) {
      error(
        textPrefix
          ? `\`${key}\` is not an id of the ${stem} texts (ids are written without \`${textPrefix}:\`)`
          : `\`${key}\` is not a term of ${sourceName} (write the entry's \`term\` exactly)`,
      );
    }
    if (!translated || !english) return;
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

/** The English of a text id (written without its prefix), if there is such a text. */
function textEnglish(
  targets: TranslationTargets,
  prefix: string,
  key: string,
): { en: string; hint?: string } | undefined {
  const en = targets.texts.get(`${prefix}:${key}`);
  return en === undefined ? undefined : { en };
}
