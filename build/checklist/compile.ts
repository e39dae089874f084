/**
 * Compiles dictionaries/checklists/*.yaml into the {@link Checklists} object the popup, options page and content
 * script use, validating everything on the way.
 *
 * Runs at build time (a Vite plugin turns the result into a bundled module), in tests and in Node scripts; never
 * in the extension, so it may use the YAML parser. Each file declares its `kind`; there is exactly one file of each
 * kind. sources.yaml is read first because every other file refers to its ids.
 */

import { readYamlMapping } from '../lib/yaml-source.ts';
import { readEligibility } from './schema-eligibility.ts';
import { readDocuments, readLifecycle, readPins, readSources } from './schema-content.ts';
import { readGuide } from './schema-guide.ts';
import { Reader, type ChecklistError, type Path, type ReaderContext } from './schema-reader.ts';
import { CHECKLISTS_FORMAT, type Checklists } from '../../src/checklist/types.ts';

export { formatChecklistError, type ChecklistError } from './schema-reader.ts';

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
  data: Record<string, unknown>;
  lineOf: (path: Path) => number | undefined;
}

/**
 * Validates and compiles the checklist sources.
 * @example
 * const { checklists, errors } = compileChecklists([{ path: 'dictionaries/checklists/pins.yaml', text }, …]);
 * if (errors.length) throw new Error(errors.map(formatChecklistError).join('\n'));
 */
export function compileChecklists(files: ChecklistSourceFile[]): CompileChecklistsResult {
  const context: ReaderContext = { errors: [], strings: new Map(), sources: new Map() };
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const byKind = new Map<ChecklistKind, ParsedFile>();
  for (const file of sorted) {
    const parsed = parseFile(file, context.errors);
    if (!parsed) continue;
    const other = byKind.get(parsed.kind);
    if (other) {
      context.errors.push({ file: file.path, reason: `\`kind: ${parsed.kind}\` is also ${other.path}'s; merge them` });
      continue;
    }
    byKind.set(parsed.kind, parsed);
  }
  const dir = sorted[0]?.path.replace(/[^/\\]*$/, '') ?? 'dictionaries/checklists/';
  for (const kind of CHECKLIST_KINDS) {
    if (!byKind.has(kind)) context.errors.push({ file: `${dir}${kind}.yaml`, reason: `no file has \`kind: ${kind}\`` });
  }

  const reader = (kind: ChecklistKind) => {
    const f = byKind.get(kind);
    return f ? { r: new Reader(f.path, f.data, context, f.lineOf), data: f.data } : undefined;
  };
  const s = reader('sources');
  const sources = s ? readSources(s.r, s.data) : {};
  const e = reader('eligibility');
  const eligibility = e ? readEligibility(e.r, e.data) : undefined;
  const d = reader('documents');
  const documents = d ? readDocuments(d.r, d.data) : undefined;
  const p = reader('pins');
  const pins = p ? readPins(p.r, p.data) : undefined;
  const l = reader('lifecycle');
  const lifecycle = l ? readLifecycle(l.r, l.data) : undefined;
  const g = reader('guide');
  const guide = g ? readGuide(g.r, g.data) : undefined;

  if (context.errors.length > 0 || !eligibility || !documents || !pins || !lifecycle || !guide) {
    return { errors: context.errors };
  }
  const strings = Object.fromEntries([...context.strings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    checklists: { format: CHECKLISTS_FORMAT, sources, eligibility, documents, pins, lifecycle, guide, strings },
    errors: [],
  };
}

/** Parses one file and reads its kind; reports YAML errors with their line. */
function parseFile({ path, text }: ChecklistSourceFile, errors: ChecklistError[]): ParsedFile | undefined {
  const parsed = readYamlMapping(path, text, (issue) => errors.push(issue), 'the file must be a mapping with a `kind`');
  if (!parsed) return undefined;
  const { data, lineAt } = parsed;
  const kind = data['kind'];
  if (typeof kind !== 'string' || !(CHECKLIST_KINDS as readonly string[]).includes(kind)) {
    errors.push({
      file: path,
      line: 1,
      reason: `\`kind\` must be one of ${CHECKLIST_KINDS.join(', ')} (got ${JSON.stringify(kind)})`,
    });
    return undefined;
  }
  return { path, kind: kind as ChecklistKind, data, lineOf: lineAt };
}
