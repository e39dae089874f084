/**
 * What each language covers, for translators and the lead: counts from the language packs the build makes, and
 * optionally how many real labels would be explained wholly in the language.
 *
 *   npm run lang:summary -- [--lang vi] [--missing] [--warnings] [--labels FILE ...]
 *
 *   (default)   one line per language: glossary, vocabulary, hints, texts and messages translated, pack size
 *   --lang L    only that language (repeatable)
 *   --missing   list the catalogue codes and glossary entries (ids) still to translate, per language
 *   --warnings  list the validator's warnings (Japanese names a translation lost)
 *   --markdown  the README's language table instead (what each of the nine languages covers)
 *   --labels    gloss the labels of the files (one per line, `#` comments; e.g. ../shared/eval/labels-dev/*.txt)
 *               with the extension's matcher and count those whose every dictionary word has a gloss in the
 *               language: what the tooltip's meaning line would show in that language
 *
 * Exits 1 when a translation file has an error (they are printed first), like the build.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { compile } from '../../build/dictionary/compile.ts';
import { formatIssue } from '../../build/dictionary/validate-source.ts';
import { createGlosser } from '../../src/glossary/matcher.ts';
import type { GlossResult } from '../../src/glossary/types.ts';
import type { Count, CoverageTable } from '../../src/i18n/coverage.ts';
import { LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { missingCodes } from '../../src/i18n/message-table.ts';
import type { LanguagePack } from '../../src/dictionary/language-pack.ts';
import { readLabelFiles } from '../lib/labels.ts';
import { loadDictionaryFiles, PROJECT_ROOT } from '../lib/load-dictionaries.ts';
import { buildPacksFromDisk } from './load.ts';

const USAGE = 'usage: npm run lang:summary -- [--lang L] [--missing] [--warnings] [--markdown] [--labels FILE ...]';

interface Options {
  langs: Language[];
  markdown: boolean;
  missing: boolean;
  warnings: boolean;
  labels: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { langs: [], markdown: false, missing: false, warnings: false, labels: [] };
  let labels = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') {
      const lang = argv[++i];
      if (!LANGUAGES.includes(lang as Language)) fail(`unknown language ${lang}; use one of ${LANGUAGES.join(', ')}`);
      options.langs.push(lang as Language);
    } else if (arg === '--missing') options.missing = true;
    else if (arg === '--markdown') options.markdown = true;
    else if (arg === '--warnings') options.warnings = true;
    else if (arg === '--labels') labels = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else if (labels) options.labels.push(arg);
    else fail(`unexpected ${arg}`);
  }
  if (options.langs.length === 0) options.langs = LANGUAGES.filter((lang) => lang !== 'en');
  return options;
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const percent = ({ translated, total }: Count) =>
  total === 0 ? '100%' : `${((100 * translated) / total).toFixed(1)}%`;
const count = (c: Count) => `${c.translated}/${c.total} (${percent(c)})`;

/** Labels whose every dictionary word has a gloss in the pack's language, and dictionary words with one. */
export function labelCoverage(results: readonly GlossResult[], pack: LanguagePack, ids: Map<string, number>) {
  let labels = 0;
  let words = 0;
  let translatedWords = 0;
  for (const result of results) {
    const entries = result.segments.filter((s) => s.id !== undefined).map((s) => ids.get(s.id!)!);
    if (entries.length === 0) continue;
    const done = entries.filter((i) => pack.gloss[i] !== '').length;
    words += entries.length;
    translatedWords += done;
    if (done === entries.length) labels++;
  }
  const glossed = results.filter((r) => r.segments.some((s) => s.id !== undefined)).length;
  return { labels: { translated: labels, total: glossed }, words: { translated: translatedWords, total: words } };
}

/** Dictionary entries the labels use that have no gloss in the pack, most used first: what to translate next. */
function untranslatedByUse(results: readonly GlossResult[], pack: LanguagePack, ids: Map<string, number>) {
  const uses = new Map<string, number>();
  for (const result of results) {
    for (const { id } of result.segments) {
      if (id !== undefined && pack.gloss[ids.get(id)!] === '') uses.set(id, (uses.get(id) ?? 0) + 1);
    }
  }
  return [...uses].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The README's table: per language, what is in it and what falls back to English. */
function markdownTable(coverage: CoverageTable): string {
  const cell = (c: Count) =>
    c.translated === c.total ? 'all' : c.translated === 0 ? '—' : `${c.translated} of ${c.total}`;
  const has = (file: string) => (existsSync(path.join(PROJECT_ROOT, file)) ? 'yes' : '—');
  const rows = LANGUAGES.map((lang) => {
    const c = coverage[lang];
    return [
      lang,
      has(`src/i18n/locales/${lang}.json`),
      has(`src/i18n/locales/checklists/${lang}.json`),
      cell(c.messages),
      lang === 'en' ? 'source' : cell(c.glossary),
      lang === 'en' ? 'source' : cell(c.vocabulary),
      cell(c.hints),
      cell(c.texts),
    ].join(' | ');
  });
  return [
    '| language | popup, options | checklist | tooltip strings | glossary terms | general words | glossary hints | field, screen and portal texts |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const build = buildPacksFromDisk();
  for (const issue of build.errors) console.error(formatIssue(issue));
  if (options.markdown) {
    console.log(markdownTable(build.coverage));
    process.exit(build.errors.length > 0 ? 1 : 0);
  }
  if (options.warnings) for (const issue of build.warnings) console.log(formatIssue(issue));

  let results: GlossResult[] = [];
  const ids = new Map<string, number>();
  if (options.labels.length > 0) {
    const { index } = compile(loadDictionaryFiles());
    index.term.forEach((term, i) => ids.set(`${index.files[index.file[i]!]}:${term}`, i));
    const glosser = createGlosser(index);
    results = readLabelFiles(options.labels).map((label) => glosser.gloss(label));
  }

  for (const lang of options.langs) {
    const c = build.coverage[lang];
    const parts = [
      `glossary ${count(c.glossary)}${c.declaredEnglish ? ` + ${c.declaredEnglish} declared English` : ''}`,
      `vocabulary ${count(c.vocabulary)}`,
      `hints ${count(c.hints)}`,
      `texts ${count(c.texts)}`,
      `messages ${count(c.messages)}`,
    ];
    const pack = lang === 'en' ? undefined : build.packs[lang];
    if (pack) parts.push(`pack ${(Buffer.byteLength(JSON.stringify(pack)) / 1024).toFixed(1)} KB`);
    console.log(`${lang.padEnd(5)} ${parts.join(' · ')}`);
    if (pack && results.length > 0) {
      const { labels, words } = labelCoverage(results, pack, ids);
      console.log(`      labels wholly in ${lang}: ${count(labels)} · dictionary words in ${lang}: ${count(words)}`);
      const next = untranslatedByUse(results, pack, ids).slice(0, 15);
      if (next.length > 0)
        console.log(`      most used without ${lang}: ${next.map(([id, n]) => `${id} ×${n}`).join(', ')}`);
    }
    if (options.missing && pack) {
      for (const code of missingCodes(pack.messages)) console.log(`      missing message ${code}`);
      for (const id of build.untranslated[lang] ?? []) console.log(`      missing ${id}`);
    }
  }
  if (build.errors.length > 0) {
    console.error(`${build.errors.length} translation error(s)`);
    process.exit(1);
  }
}

main();
