/**
 * Reads what the language packs are built from (dictionaries, translations, message tables, field kinds, portal
 * profiles) and builds them: the one entry point of the build hook, the coverage plugin, the summary CLI and the
 * tests on the real data.
 *
 * Build-time only.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '../../build/dictionary/compile.ts';
import { FIELD_KINDS_PATH } from '../../build/hints/compile-field-kinds.ts';
import { fileStem } from '../../build/dictionary/validate-source.ts';
import { LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { loadDictionaryFiles, PROJECT_ROOT } from '../lib/load-dictionaries.ts';
import { buildLanguagePacks, FALLBACKS_PATH, type InputFile, type PackBuild } from './language-packs.ts';
import { loadTexts } from './text-sources.ts';
import { readTranslationYaml, type TranslationYaml } from '../../build/i18n/translation-yaml.ts';

export const TRANSLATIONS_DIR = 'dictionaries/translations';
export const MESSAGES_DIR = 'src/i18n/messages';

/** A file relative to `root`, read, or undefined when it does not exist. */
function readRelative(root: string, relative: string): InputFile | undefined {
  const file = path.join(root, relative);
  return existsSync(file) ? { path: relative, text: readFileSync(file, 'utf8') } : undefined;
}

/** The translation files under dictionaries/translations/<lang>/ (recursively), sorted. */
export function listTranslationFiles(root: string = PROJECT_ROOT): InputFile[] {
  const dir = path.join(root, TRANSLATIONS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => /\.ya?ml$/i.test(name) && name.includes('/'))
    .sort()
    .map((name) => readRelative(root, `${TRANSLATIONS_DIR}/${name}`)!);
}

/** Builds of this process by the hash of their input: the build hook and the coverage plugin share one. */
const builds = new Map<string, PackBuild>();

/** Bump when readTranslationYaml's output changes, so that no stale cache is read. */
const YAML_CACHE_VERSION = 2;

/**
 * A reader of translation YAML that keeps what it read on disk by each file's text (node_modules/.cache): parsing 3 MB
 * of YAML is most of a pack build, and the build, the e2e build and the tests each build the packs. Only the YAML is
 * cached; every check against the dictionaries runs each time.
 */
function cachedYamlReader(root: string): { read: (text: string) => TranslationYaml; save: () => void } {
  // The version is in the name too: checkouts that share node_modules (git worktrees) keep one cache each version.
  const file = path.join(root, `node_modules/.cache/tebiki-translations-v${YAML_CACHE_VERSION}.json`);
  let stored: Record<string, TranslationYaml> = {};
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as {
      version?: number;
      files?: Record<string, TranslationYaml>;
    };
    if (data.version === YAML_CACHE_VERSION && data.files) stored = data.files;
  } catch {
    // no cache yet, or a damaged one: parse everything
  }
  const used: Record<string, TranslationYaml> = {};
  let misses = 0;
  return {
    read(text) {
      const key = createHash('sha256').update(text).digest('base64url');
      const hit = Object.hasOwn(stored, key) ? stored[key] : undefined;
      if (!hit) misses++;
      return (used[key] = hit ?? readTranslationYaml(text));
    },
    save() {
      if (misses === 0 && Object.keys(used).length === Object.keys(stored).length) return;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        // Written aside and renamed: test workers build at the same time, and none may read half a file.
        const partial = `${file}.${process.pid}`;
        writeFileSync(partial, JSON.stringify({ version: YAML_CACHE_VERSION, files: used }));
        renameSync(partial, file);
      } catch {
        // a read-only checkout builds without the cache
      }
    },
  };
}

/**
 * Builds the packs from the files under `root` (once per distinct input in a process). Errors of the dictionaries
 * and field kinds come first: entries missing from the index would otherwise show up as translations of unknown
 * terms.
 * @example const { packs, errors } = buildPacksFromDisk(); packs.vi?.gloss
 */
export function buildPacksFromDisk(root: string = PROJECT_ROOT): PackBuild {
  const dictionaries = loadDictionaryFiles(path.join(root, 'dictionaries'), root);
  const translations = listTranslationFiles(root);
  const messages: Partial<Record<Language, InputFile>> = {};
  for (const lang of LANGUAGES) {
    const file = readRelative(root, `${MESSAGES_DIR}/${lang}.json`);
    if (file) messages[lang] = file;
  }
  const fallbacks = readRelative(root, FALLBACKS_PATH);
  const inputs = [
    ...dictionaries,
    ...translations,
    ...Object.values(messages),
    fallbacks,
    readRelative(root, FIELD_KINDS_PATH),
  ];
  const hash = createHash('sha256');
  for (const file of inputs) hash.update(`${file?.path}\0${file?.text}\0`);
  const key = `${root}\0${hash.digest('hex')}`;
  const cached = builds.get(key);
  if (cached) return cached;

  const compiled = compile(dictionaries);
  const { texts, errors: textErrors } = loadTexts(root);
  const yaml = cachedYamlReader(root);
  const build = buildLanguagePacks({
    readYaml: yaml.read,
    index: compiled.index,
    sourcePaths: new Map(dictionaries.map((file) => [fileStem(file.path), file.path])),
    translations,
    ...(fallbacks ? { fallbacks } : {}),
    messages,
    texts,
  });
  yaml.save();
  build.errors.unshift(...compiled.errors, ...textErrors);
  builds.set(key, build);
  return build;
}
