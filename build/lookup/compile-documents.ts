/**
 * Validates and compiles dictionaries/documents/*.yaml (dictionaries/documents/SCHEMA.md) into the known documents
 * the lookup recognises. Runs at build time (scripts/vite-plugin-documents.ts), in tests and in Node; never in the
 * extension, so it may use the YAML parser. Every problem is reported with file, line and reason, and any problem
 * fails the build.
 *
 * Checked here (the valibot schema below): the shape, ids (= file names), languages, that a document can be
 * recognised at all (its positive weights reach the threshold) and that every fact names a source. Checked by tests,
 * because they depend on other owners' data: that every language has every text (documents.test.ts) and that source
 * ids and guide steps exist.
 */
import * as v from 'valibot';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { formatSourceIssue, parseYamlSource, type SourceIssue } from '../lib/yaml-source.ts';
import { checkYaml, mapping, yamlMapping } from '../lib/yaml-schema.ts';
import { documentKey, type DocumentItem, type KnownDocument, type Texts } from '../../src/lookup/documents.ts';

/** Languages a document text may be written in (Tebiki's UI languages). */
const DOCUMENT_LANGUAGES: readonly string[] = LANGUAGES;

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

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** Plain text in one language (`{key}` is the language). */
const TextIn = v.pipe(
  v.string('the {key} text is empty'),
  v.check((text) => text.trim() !== '', 'the {key} text is empty'),
  v.check((text) => !/\{\{|<[a-z]/i.test(text), 'the {key} text has a placeholder or markup; documents are plain text'),
);

const TextsSchema = v.pipe(
  yamlMapping('a text is a mapping of language → text, with `en`'),
  v.record(v.picklist(DOCUMENT_LANGUAGES, `unknown language \`{key}\` (${DOCUMENT_LANGUAGES.join(', ')})`), TextIn),
  v.check((texts) => texts['en'] !== undefined, 'every text has `en`'),
  v.transform((texts) => texts as Texts),
);

const SOURCES = '`sources` is a list of source ids (dictionaries/checklists/sources.yaml)';
/** An item: `{ text, sources, reported? }`; what a document is (`needsSource`) names a source. */
const item = (needsSource: boolean) =>
  v.pipe(
    mapping(
      {
        text: TextsSchema,
        sources: v.optional(v.array(v.pipe(v.string(SOURCES), v.regex(ID, SOURCES)), SOURCES), []),
        reported: v.optional(v.boolean('`reported` is true or false')),
      },
      'an item is { text, sources, reported? }',
    ),
    v.forward(
      v.check(({ sources }) => !needsSource || sources.length > 0, 'what a document is needs a source'),
      ['sources'],
    ),
    v.transform(({ text, sources, reported }): DocumentItem => ({ text, sources, ...(reported ? { reported } : {}) })),
  );

const Weight = v.pipe(
  v.number('the weight of {key} is a whole number other than 0'),
  v.integer('the weight of {key} is a whole number other than 0'),
  v.notValue(0, 'the weight of {key} is a whole number other than 0'),
);
const Phrase = v.pipe(
  v.string(),
  v.check(
    (phrase) => JAPANESE.test(documentKey(phrase)) && documentKey(phrase) === phrase,
    (issue) =>
      `${String(issue.input)} is matched as ${documentKey(String(issue.input))}: write it so (Japanese, no spaces)`,
  ),
);
/** The most the phrases can add up to (negative weights only speak against). */
const reachable = (phrases: Record<string, number>) =>
  Object.values(phrases).reduce((sum, weight) => sum + Math.max(0, weight), 0);

const MATCH = '`match` is { threshold, phrases: { phrase: weight } }';
const Match = v.pipe(
  mapping(
    {
      threshold: v.pipe(
        v.number('`match.threshold` is a positive number'),
        v.gtValue(0, '`match.threshold` is a positive number'),
      ),
      phrases: v.pipe(yamlMapping(MATCH), v.record(Phrase, Weight)),
    },
    MATCH,
  ),
  v.check(
    ({ threshold, phrases }) => reachable(phrases) >= threshold,
    ({ input }) =>
      `the phrases add up to ${reachable(input.phrases)} at most: the threshold ${input.threshold} is never reached`,
  ),
  // Longest phrases first: the ones that say most are listed first in "found".
  v.transform(({ threshold, phrases }): KnownDocument['match'] => ({
    threshold,
    phrases: Object.entries(phrases).sort((a, b) => b[0].length - a[0].length || b[1] - a[1]),
  })),
);

/** A document file; its `id` is the file's name (`stem`). */
export const documentFile = (stem: string) =>
  v.pipe(
    mapping(
      {
        id: v.pipe(v.string('`id` is kebab-case (pickup-notice)'), v.regex(ID, '`id` is kebab-case (pickup-notice)')),
        ja: v.pipe(
          v.string("`ja` is the document's name as printed, in Japanese"),
          v.regex(JAPANESE, "`ja` is the document's name as printed, in Japanese"),
        ),
        step: v.optional(v.pipe(v.string('`step` is a guide step id'), v.regex(ID, '`step` is a guide step id'))),
        title: TextsSchema,
        what: item(true),
        next: v.pipe(
          v.array(item(false), '`next` is a list of { text, sources }'),
          v.minLength(1, '`next` says what to do next: at least one item'),
        ),
        match: Match,
      },
      'a document file is a mapping (id, ja, title, what, next, match)',
    ),
    v.forward(
      // A malformed id is reported once, as malformed.
      v.check(({ id }) => id === stem || !ID.test(id), `\`id\` must be the file's name (${stem})`),
      ['id'],
    ),
    v.transform(({ id, ja, title, what, next, match, step }): KnownDocument => ({
      id,
      ja,
      title,
      what,
      next,
      match,
      ...(step === undefined ? {} : { step }),
    })),
  );

/**
 * Compiles the document files (sorted by path); documents with problems are left out and reported.
 * @example const { documents, issues } = compileDocuments([{ path: 'dictionaries/documents/pickup-notice.yaml', text }])
 */
export function compileDocuments(files: readonly DocumentSourceFile[]): CompileDocumentsResult {
  const issues: DocumentIssue[] = [];
  const documents: KnownDocument[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const report = (issue: DocumentIssue) => issues.push(issue);
    const parsed = parseYamlSource(file.path, file.text, report);
    if (!parsed) continue;
    const stem = file.path.replace(/^.*[/\\]/, '').replace(/\.ya?ml$/i, '');
    const document = checkYaml(documentFile(stem), parsed, file.path, report);
    if (document) documents.push(document);
  }
  return { documents, issues };
}
