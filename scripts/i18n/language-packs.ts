/**
 * Builds the language packs (src/dictionary/language-pack.ts): for each language but English, the glosses and hints
 * aligned to the compiled index's entries, the catalogue's message table and the other texts by id; and counts what
 * each language covers. The packs ship as extension assets (lang/<lang>.json), one per language, so that a content
 * script loads only its user's language.
 *
 * Alignment goes through the stable entry ids (`<file-stem>:<term>`, compiled-index.ts entryId): a translation file
 * names its source file by its stem and each entry by its term, and the pack puts the gloss at that entry's position.
 *
 * Build-time only.
 */
import { parse as parseYaml } from 'yaml';
import { entryCount, type CompiledIndex } from '../../src/dictionary/compiled-index.ts';
import { LANGUAGE_PACK_FORMAT, type LanguagePack } from '../../src/dictionary/language-pack.ts';
import type { DictionaryIssue } from '../../src/dictionary/schema.ts';
import type { CoverageTable, LanguageCoverage } from '../../src/i18n/coverage.ts';
import { LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { checkMessageTable, MESSAGE_CODES } from '../../src/i18n/message-table.ts';
import {
  parseTranslationFile,
  TEXT_STEMS,
  TRANSLATION_LANGUAGES,
  type TextStem,
  type TranslationFile,
  type TranslationTargets,
} from '../../build/i18n/translations.ts';
import type { TranslationYaml } from '../../build/i18n/translation-yaml.ts';

/** A file as read from disk: its path relative to the project root, and its text. */
export interface InputFile {
  path: string;
  text: string;
}

/** Everything the packs are built from. */
export interface PackInput {
  index: CompiledIndex;
  /** Dictionary stem → its source file, for messages (e.g. 'card' → 'dictionaries/glossary/card.yaml'). */
  sourcePaths: ReadonlyMap<string, string>;
  /** dictionaries/translations/<lang>/*.yaml */
  translations: readonly InputFile[];
  /** dictionaries/translations/fallbacks.yaml, when there is one. */
  fallbacks?: InputFile;
  /** src/i18n/messages/<lang>.json, by language (English is the reference in messages/en.ts). */
  messages: Partial<Record<Language, InputFile>>;
  /** Text id → English (text-sources.ts). */
  texts: ReadonlyMap<string, string>;
  /** Reads a translation file's YAML (default: parse it; load.ts passes one with a cache). */
  readYaml?: (text: string) => TranslationYaml;
}

/** Result of {@link buildLanguagePacks}. */
export interface PackBuild {
  packs: Partial<Record<Exclude<Language, 'en'>, LanguagePack>>;
  coverage: CoverageTable;
  /** Glossary entries (ids) with neither a translation nor a declared fallback, by translation language. */
  untranslated: Partial<Record<Language, string[]>>;
  errors: DictionaryIssue[];
  warnings: DictionaryIssue[];
}

export const FALLBACKS_PATH = 'dictionaries/translations/fallbacks.yaml';

/** The translation targets of an index: each entry by stem and term. */
export function targetsOf(
  index: CompiledIndex,
  sourcePaths: ReadonlyMap<string, string>,
  texts: ReadonlyMap<string, string>,
): TranslationTargets {
  type Target = { index: number; en: string; hint?: string };
  const entries = new Map<string, Map<string, Target>>();
  for (let i = 0; i < entryCount(index); i++) {
    const stem = index.files[index.file[i]!]!;
    let terms = entries.get(stem);
    if (!terms) entries.set(stem, (terms = new Map<string, Target>()));
    const hint = index.hint[i];
    terms.set(index.term[i]!, { index: i, en: index.en[i]!, ...(hint ? { hint } : {}) });
  }
  return { entries, sourcePaths, texts };
}

/**
 * Validates every translation, message table and the fallback list, and lays the packs out.
 * @example buildLanguagePacks(input).packs.vi?.gloss.length === entryCount(input.index)
 */
export function buildLanguagePacks(input: PackInput): PackBuild {
  const { index } = input;
  const issues: DictionaryIssue[] = [];
  const targets = targetsOf(index, input.sourcePaths, input.texts);
  const files: TranslationFile[] = [];
  for (const { path, text } of input.translations) {
    const result = parseTranslationFile(path, text, targets, input.readYaml);
    issues.push(...result.issues);
    if (result.file) files.push(result.file);
  }
  const fallbacks = input.fallbacks ? parseFallbacks(input.fallbacks, targets, issues) : new Map<string, Set<string>>();

  const n = entryCount(index);
  const glossaryCount = index.glossaryCount;
  const hintTotal = index.hint.filter(Boolean).length;
  const glossaryIds = Array.from(
    { length: glossaryCount },
    (_, i) => `${index.files[index.file[i]!]}:${index.term[i]}`,
  );
  const full = (total: number) => ({ translated: total, total });
  const coverage = {
    en: {
      glossary: full(glossaryCount),
      vocabulary: full(n - glossaryCount),
      hints: full(hintTotal),
      texts: full(input.texts.size),
      messages: full(MESSAGE_CODES.length),
      declaredEnglish: 0,
    },
  } as CoverageTable;
  const packs: PackBuild['packs'] = {};
  const untranslated: PackBuild['untranslated'] = {};

  for (const lang of LANGUAGES) {
    if (lang === 'en') continue;
    const gloss = new Array<string>(n).fill('');
    const hint = new Array<string>(n).fill('');
    const texts: Record<string, string> = {};
    for (const file of files.filter((f) => f.lang === lang)) {
      const prefix = Object.hasOwn(TEXT_STEMS, file.stem) ? TEXT_STEMS[file.stem as TextStem] : undefined;
      for (const [key, translated] of file.entries) {
        if (prefix) {
          texts[`${prefix}:${key}`] = translated.gloss;
          continue;
        }
        const at = targets.entries.get(file.stem)!.get(key)!.index;
        gloss[at] = translated.gloss;
        if (translated.hint) hint[at] = translated.hint;
      }
    }
    const messageFile = input.messages[lang];
    let messages = {};
    if (messageFile) {
      let raw: unknown;
      try {
        raw = JSON.parse(messageFile.text);
      } catch (error) {
        issues.push({ severity: 'error', file: messageFile.path, reason: `JSON: ${(error as Error).message}` });
      }
      const checked = checkMessageTable(lang, raw ?? {});
      for (const issue of checked.issues) {
        const reason = issue.code ? `\`${issue.code}\`: ${issue.reason}` : issue.reason;
        issues.push({ severity: 'error', file: messageFile.path, reason });
      }
      messages = checked.table;
    }
    packs[lang] = { format: LANGUAGE_PACK_FORMAT, lang, gloss, hint, messages, texts };

    const declared = new Set([...(fallbacks.get('all') ?? []), ...(fallbacks.get(lang) ?? [])]);
    const isDeclared = (id: string) => declared.has(id) || declared.has(`${id.slice(0, id.indexOf(':'))}:*`);
    const missing = glossaryIds.filter((id, i) => gloss[i] === '' && !isDeclared(id));
    untranslated[lang] = missing;
    const translatedGlossary = gloss.slice(0, glossaryCount).filter(Boolean).length;
    coverage[lang] = {
      glossary: { translated: translatedGlossary, total: glossaryCount },
      vocabulary: { translated: gloss.slice(glossaryCount).filter(Boolean).length, total: n - glossaryCount },
      hints: { translated: hint.filter(Boolean).length, total: hintTotal },
      texts: { translated: Object.keys(texts).length, total: input.texts.size },
      messages: { translated: Object.keys(messages).length, total: MESSAGE_CODES.length },
      declaredEnglish: glossaryCount - translatedGlossary - missing.length,
    } satisfies LanguageCoverage;
  }
  return {
    packs,
    coverage,
    untranslated,
    errors: issues.filter((i) => i.severity === 'error'),
    warnings: issues.filter((i) => i.severity === 'warning'),
  };
}

/**
 * The glossary entries that stay in English on purpose: `all` or a language → ids (`<stem>:<term>`, or `<stem>:*`
 * for a whole file). Unknown languages and ids are errors.
 */
function parseFallbacks(
  file: InputFile,
  targets: TranslationTargets,
  issues: DictionaryIssue[],
): Map<string, Set<string>> {
  const error = (reason: string) => issues.push({ severity: 'error', file: file.path, reason });
  const result = new Map<string, Set<string>>();
  let data: unknown;
  try {
    data = parseYaml(file.text, { uniqueKeys: true });
  } catch (e) {
    error(`YAML: ${(e as Error).message.split('\n')[0]}`);
    return result;
  }
  if (data === null || data === undefined) return result;
  if (typeof data !== 'object' || Array.isArray(data)) {
    error('the file must map `all` or a language to a list of entry ids');
    return result;
  }
  for (const [lang, ids] of Object.entries(data as Record<string, unknown>)) {
    if (lang !== 'all' && !(TRANSLATION_LANGUAGES as readonly string[]).includes(lang)) {
      error(`unknown language \`${lang}\`; use all or one of ${TRANSLATION_LANGUAGES.join(', ')}`);
      continue;
    }
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
      error(`\`${lang}\` must be a list of entry ids (<file-stem>:<term>)`);
      continue;
    }
    const set = new Set<string>();
    for (const id of ids) {
      const colon = id.indexOf(':');
      const stem = id.slice(0, colon);
      const term = id.slice(colon + 1);
      const terms = colon > 0 ? targets.entries.get(stem) : undefined;
      if (!terms || (term !== '*' && !terms.has(term))) {
        error(`\`${id}\` (${lang}) is not an entry id (<file-stem>:<term>) or a file (<file-stem>:*)`);
        continue;
      }
      set.add(id);
    }
    result.set(lang, set);
  }
  return result;
}
