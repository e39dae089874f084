/**
 * Validates and compiles dictionaries/documents/*.yaml (dictionaries/documents/SCHEMA.md) into the known documents
 * the lookup recognises. Runs at build time (scripts/vite-plugin-documents.ts), in tests and in Node; never in the
 * extension, so it may use the YAML parser. Every problem is reported with file, line and reason, and any problem
 * fails the build.
 *
 * Checked here: the shape, ids (= file names), languages, that a document can be recognised at all (its positive
 * weights reach the threshold) and that every fact names a source. Checked by tests, because they depend on other
 * owners' data: that every language has every text (documents.test.ts) and that source ids and guide steps exist.
 */
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { formatSourceIssue, isRecord, parseYamlSource, type SourceIssue } from '../lib/yaml-source.ts';
import { documentKey, type DocumentItem, type KnownDocument, type Texts } from '../../src/lookup/documents.ts';

/** Languages a document text may be written in (Tebiki's UI languages). */
const DOCUMENT_LANGUAGES = LANGUAGES;

export interface DocumentSourceFile {
  path: string;
  text: string;
}

export type DocumentIssue = SourceIssue;

/** `file:line: reason`, as the build prints it. */
export const formatDocumentIssue: (issue: DocumentIssue) => string = formatSourceIssue;

export interface CompileDocumentsResult {
  documents: KnownDocument[];
  issues: DocumentIssue[];
}

const TOP_KEYS = new Set(['id', 'ja', 'title', 'what', 'next', 'step', 'match']);
const ITEM_KEYS = new Set(['text', 'sources', 'reported']);
const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

type Issue = (reason: string, path?: ReadonlyArray<string | number>) => void;

/**
 * Compiles the document files (sorted by path); documents with problems are left out and reported.
 * @example const { documents, issues } = compileDocuments([{ path: 'dictionaries/documents/pickup-notice.yaml', text }])
 */
export function compileDocuments(files: readonly DocumentSourceFile[]): CompileDocumentsResult {
  const issues: DocumentIssue[] = [];
  const documents: KnownDocument[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const document = compileFile(file, issues);
    if (document) documents.push(document);
  }
  return { documents, issues };
}

function compileFile(file: DocumentSourceFile, issues: DocumentIssue[]): KnownDocument | null {
  const before = issues.length;
  const parsed = parseYamlSource(file.path, file.text, (issue) => issues.push(issue));
  if (!parsed) return null;
  const issue: Issue = (reason, path = []) => {
    const line = parsed.lineAt(path);
    issues.push({ file: file.path, reason, ...(line === undefined ? {} : { line }) });
  };
  const data = parsed.data;
  if (!isRecord(data)) {
    issue('a document file is a mapping (id, ja, title, what, next, match)');
    return null;
  }
  for (const key of Object.keys(data)) if (!TOP_KEYS.has(key)) issue(`unknown key \`${key}\``, [key]);

  const stem = file.path.replace(/^.*[/\\]/, '').replace(/\.ya?ml$/i, '');
  const id = typeof data['id'] === 'string' ? data['id'] : '';
  if (!ID.test(id)) issue('`id` is kebab-case (pickup-notice)', ['id']);
  else if (id !== stem) issue(`\`id\` must be the file's name (${stem})`, ['id']);
  const ja = typeof data['ja'] === 'string' ? data['ja'] : '';
  if (!JAPANESE.test(ja)) issue("`ja` is the document's name as printed, in Japanese", ['ja']);
  const title = readTexts(data['title'], ['title'], issue);
  const what = readItem(data['what'], ['what'], issue, true);
  const next = Array.isArray(data['next'])
    ? data['next'].map((item, i) => readItem(item, ['next', i], issue, false))
    : (issue('`next` is a list of { text, sources }', ['next']), []);
  if (next.length === 0) issue('`next` says what to do next: at least one item', ['next']);
  const step = data['step'];
  if (step !== undefined && (typeof step !== 'string' || !ID.test(step))) issue('`step` is a guide step id', ['step']);
  const match = readMatch(data['match'], issue);

  if (issues.length > before || !title || !what || !match || next.some((item) => !item)) return null;
  const document: KnownDocument = { id, ja, title, what, next: next as DocumentItem[], match };
  if (typeof step === 'string') document.step = step;
  return document;
}

function readTexts(value: unknown, path: Array<string | number>, issue: Issue): Texts | null {
  if (!isRecord(value)) {
    issue('a text is a mapping of language → text, with `en`', path);
    return null;
  }
  let ok = true;
  for (const [lang, text] of Object.entries(value)) {
    if (!(DOCUMENT_LANGUAGES as readonly string[]).includes(lang)) {
      issue(`unknown language \`${lang}\` (${DOCUMENT_LANGUAGES.join(', ')})`, [...path, lang]);
      ok = false;
    } else if (typeof text !== 'string' || !text.trim()) {
      issue(`the ${lang} text is empty`, [...path, lang]);
      ok = false;
    } else if (/\{\{|<[a-z]/i.test(text)) {
      issue(`the ${lang} text has a placeholder or markup; documents are plain text`, [...path, lang]);
      ok = false;
    }
  }
  if (typeof value['en'] !== 'string') {
    issue('every text has `en`', path);
    ok = false;
  }
  return ok ? (value as Texts) : null;
}

function readItem(value: unknown, path: Array<string | number>, issue: Issue, needsSource: boolean) {
  if (!isRecord(value)) {
    issue('an item is { text, sources, reported? }', path);
    return null;
  }
  for (const key of Object.keys(value)) if (!ITEM_KEYS.has(key)) issue(`unknown key \`${key}\``, [...path, key]);
  const text = readTexts(value['text'], [...path, 'text'], issue);
  const sources = value['sources'] ?? [];
  const valid = Array.isArray(sources) && sources.every((s) => typeof s === 'string' && ID.test(s));
  if (!valid) issue('`sources` is a list of source ids (dictionaries/checklists/sources.yaml)', [...path, 'sources']);
  if (valid && needsSource && sources.length === 0) issue('what a document is needs a source', [...path, 'sources']);
  const reported = value['reported'];
  if (reported !== undefined && typeof reported !== 'boolean') issue('`reported` is true or false', [...path]);
  if (!text || !valid) return null;
  const item: DocumentItem = { text, sources: sources as string[] };
  if (reported === true) item.reported = true;
  return item;
}

function readMatch(value: unknown, issue: Issue): KnownDocument['match'] | null {
  if (!isRecord(value) || !isRecord(value['phrases'])) {
    issue('`match` is { threshold, phrases: { phrase: weight } }', ['match']);
    return null;
  }
  const threshold = value['threshold'];
  if (typeof threshold !== 'number' || !(threshold > 0)) {
    issue('`match.threshold` is a positive number', ['match', 'threshold']);
    return null;
  }
  const phrases: Array<[string, number]> = [];
  for (const [phrase, weight] of Object.entries(value['phrases'])) {
    const key = documentKey(phrase);
    if (typeof weight !== 'number' || !Number.isInteger(weight) || weight === 0) {
      issue(`the weight of ${phrase} is a whole number other than 0`, ['match', 'phrases', phrase]);
    } else if (!JAPANESE.test(key) || key !== phrase) {
      issue(`${phrase} is matched as ${key}: write it so (Japanese, no spaces)`, ['match', 'phrases', phrase]);
    } else phrases.push([key, weight]);
  }
  const reachable = phrases.reduce((sum, [, w]) => sum + Math.max(0, w), 0);
  if (reachable < threshold) {
    issue(`the phrases add up to ${reachable} at most: the threshold ${threshold} is never reached`, ['match']);
    return null;
  }
  // Longest phrases first: the ones that say most are listed first in "found".
  phrases.sort((a, b) => b[0].length - a[0].length || b[1] - a[1]);
  return { threshold, phrases };
}
