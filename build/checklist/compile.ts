/**
 * Compiles dictionaries/checklists/*.yaml into the {@link Checklists} object the popup, options page and content
 * script use, validating everything on the way.
 *
 * Runs at build time (a Vite plugin turns the result into a bundled module), in tests and in Node scripts; never
 * in the extension, so it may use the YAML parser. Each file declares its `kind`; there is exactly one file of each
 * kind. sources.yaml is read first because every other file refers to its ids.
 *
 * Each file is checked by its valibot schema (schema-*.ts, through build/lib/yaml-schema.ts like every data file),
 * which reports every problem in one pass with the file, the line and the entry as writers know it
 * ("questions #1 (status) › options #3 (short-term)"). A schema is made per compile: it needs sources.yaml's
 * sources, the string table it adds the texts' ids to, and the ids its own file defines (the next steps outcomes
 * name, the places steps name), so that cross references are checked like shapes.
 */

import type * as v from 'valibot';
import { checkYaml } from '../lib/yaml-schema.ts';
import { formatSourceIssue, isRecord, readYamlMapping, type ParsedYaml, type SourceIssue } from '../lib/yaml-source.ts';
import { DocumentsFile, LifecycleFile, PinsFile, SourcesFile } from './schema-content.ts';
import { EligibilityFile } from './schema-eligibility.ts';
import { entryName, type ChecklistContext } from './schema-entries.ts';
import { GuideFile } from './schema-guide.ts';
import { CHECKLISTS_FORMAT, type Checklists, type Source } from '../../src/checklist/types.ts';

/** A problem in a checklist file; any error fails the build. `entry` is e.g. 'pins #2 (userAuth)'. */
export type ChecklistError = SourceIssue;

/**
 * Formats an error as one line, compiler style, so that editors can jump to it.
 * @example formatChecklistError(e) === 'dictionaries/checklists/pins.yaml:12: pins #2 (userAuth): `format` is missing'
 */
export const formatChecklistError: (error: ChecklistError) => string = formatSourceIssue;

/** A checklist source file: its path (for messages) and its text. */
export interface ChecklistSourceFile {
  path: string;
  text: string;
}

/** Result of {@link compileChecklists}: the checklists when there is no error, and every error found. */
export interface CompileChecklistsResult {
  checklists?: Checklists;
  errors: ChecklistError[];
}

/** The kinds of file, in the order they are read. */
export const CHECKLIST_KINDS = ['sources', 'eligibility', 'documents', 'pins', 'lifecycle', 'guide'] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

interface ParsedFile {
  path: string;
  kind: ChecklistKind;
  parsed: ParsedYaml & { data: Record<string, unknown> };
}

/**
 * Validates and compiles the checklist sources.
 * @example
 * const { checklists, errors } = compileChecklists([{ path: 'dictionaries/checklists/pins.yaml', text }, …]);
 * if (errors.length) throw new Error(errors.map(formatChecklistError).join('\n'));
 */
export function compileChecklists(files: ChecklistSourceFile[]): CompileChecklistsResult {
  const errors: ChecklistError[] = [];
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const byKind = new Map<ChecklistKind, ParsedFile>();
  for (const file of sorted) {
    const parsed = parseFile(file, errors);
    if (!parsed) continue;
    const other = byKind.get(parsed.kind);
    if (other) {
      errors.push({ file: file.path, reason: `\`kind: ${parsed.kind}\` is also ${other.path}'s; merge them` });
      continue;
    }
    byKind.set(parsed.kind, parsed);
  }
  const dir = sorted[0]?.path.replace(/[^/\\]*$/, '') ?? 'dictionaries/checklists/';
  for (const kind of CHECKLIST_KINDS) {
    if (!byKind.has(kind)) errors.push({ file: `${dir}${kind}.yaml`, reason: `no file has \`kind: ${kind}\`` });
  }

  /** Checks the file of `kind` with its schema (made from its data); its output, or undefined when it has errors. */
  const check = <S extends v.GenericSchema>(kind: ChecklistKind, schema: (data: unknown) => S) => {
    const file = byKind.get(kind);
    if (!file) return undefined;
    const { path, parsed } = file;
    const entry = (at: ReadonlyArray<string | number>) => entryName(parsed.data, at);
    const issues: ChecklistError[] = [];
    const output = checkYaml(schema(parsed.data), parsed, path, (issue) => issues.push(issue), { entry });
    errors.push(...withoutEchoes(issues));
    return output;
  };
  const strings = new Map<string, string>();
  const sources = check('sources', () => SourcesFile(strings));
  const context: ChecklistContext = { strings, sources: sourceTable(sources, byKind.get('sources')) };
  const eligibility = check('eligibility', (data) => EligibilityFile(context, data));
  const documents = check('documents', () => DocumentsFile(context));
  const pins = check('pins', (data) => PinsFile(context, data));
  const lifecycle = check('lifecycle', () => LifecycleFile(context));
  const guide = check('guide', (data) => GuideFile(context, data));

  if (errors.length > 0 || !sources || !eligibility || !documents || !pins || !lifecycle || !guide) return { errors };
  const table = Object.fromEntries([...strings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    checklists: {
      format: CHECKLISTS_FORMAT,
      sources,
      eligibility,
      documents,
      pins,
      lifecycle,
      guide,
      strings: table,
    },
    errors: [],
  };
}

/**
 * The issues without those an entry's id used twice implies: its texts' string ids (derived from the id) are then
 * defined twice too, which says nothing more.
 */
function withoutEchoes(issues: ChecklistError[]): ChecklistError[] {
  const twice = new Set(issues.filter((i) => / is used twice$/.test(i.reason)).map((i) => i.entry));
  return issues.filter((i) => !(/^string id \S+ is defined twice$/.test(i.reason) && twice.has(i.entry)));
}

/**
 * The sources other files may name: sources.yaml's; when it has errors, the ids its entries give themselves (so
 * that an error there is reported once, not at every fact that names the source).
 */
function sourceTable(sources: Record<string, Source> | undefined, file: ParsedFile | undefined): Map<string, Source> {
  if (sources) return new Map(Object.entries(sources));
  const entries = file && Array.isArray(file.parsed.data['sources']) ? (file.parsed.data['sources'] as unknown[]) : [];
  return new Map(
    entries.flatMap((item) => {
      const id = isRecord(item) ? item['id'] : undefined;
      return typeof id === 'string' ? [[id, { id, name: { id: '', en: '' }, official: false }] as const] : [];
    }),
  );
}

/** Parses one file and reads its kind; reports YAML errors with their line. */
function parseFile({ path, text }: ChecklistSourceFile, errors: ChecklistError[]): ParsedFile | undefined {
  const parsed = readYamlMapping(path, text, (issue) => errors.push(issue), 'the file must be a mapping with a `kind`');
  if (!parsed) return undefined;
  const kind = parsed.data['kind'];
  if (typeof kind !== 'string' || !(CHECKLIST_KINDS as readonly string[]).includes(kind)) {
    errors.push({
      file: path,
      line: 1,
      reason: `\`kind\` must be one of ${CHECKLIST_KINDS.join(', ')} (got ${JSON.stringify(kind)})`,
    });
    return undefined;
  }
  return { path, kind: kind as ChecklistKind, parsed };
}
