/**
 * What every data compiler shares (dictionaries, checklists, field kinds, evidence, documents): parsing one YAML
 * source with its line numbers, finding the line of a value, and printing a problem as one compiler-style line.
 *
 * Build-time only (Vite plugins, scripts, tests): the extension never parses YAML.
 */

import { LineCounter, parseDocument, type Document } from 'yaml';

/** A problem in a source file; errors fail the build, warnings are printed. */
export interface SourceIssue {
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The entry, e.g. 'pins #2 (userAuth)'; absent for problems with the file itself. */
  entry?: string;
  severity?: 'error' | 'warning';
  reason: string;
}

/**
 * Formats an issue as one line, the way compilers do so that editors can jump to it.
 * @example formatSourceIssue({ file: 'a.yaml', line: 12, entry: 'pins #2 (userAuth)', reason: 'no `format`' })
 *   === 'a.yaml:12: pins #2 (userAuth): no `format`'
 */
export function formatSourceIssue(issue: SourceIssue): string {
  const line = issue.line === undefined ? '' : `:${issue.line}`;
  const entry = issue.entry ? ` ${issue.entry}:` : '';
  const tag = issue.severity === 'warning' ? 'warning: ' : '';
  return `${issue.file}${line}:${entry} ${tag}${issue.reason}`;
}

/** A parsed YAML file: its document, its plain data and the line of any value in it. */
export interface ParsedYaml {
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
  /** The line of the deepest node that exists on `path` (a missing key is reported on its entry's line). */
  lineAt: (path: ReadonlyArray<string | number>) => number | undefined;
}

/**
 * Parses one YAML source (duplicate keys are errors). Syntax errors go to `report` as `YAML: <reason>` with their
 * line, and nothing is returned.
 */
export function parseYamlSource(
  file: string,
  text: string,
  report: (issue: SourceIssue) => void,
): ParsedYaml | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line;
      // prettyErrors appends the position and a code frame; the line goes in the issue, the frame is dropped.
      const reason = `YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
      report({ file, reason, ...(line === undefined ? {} : { line }) });
    }
    return undefined;
  }
  const lineAt = (path: ReadonlyArray<string | number>): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return lines.linePos(range[0]).line;
    }
    return undefined;
  };
  return { doc, lines, data: doc.toJS(), lineAt };
}

/**
 * {@link parseYamlSource} for a file whose top level must be a mapping; reports `notMapping` when it is not.
 * @example readYamlMapping(path, text, report, 'the file must be a mapping with `version` and `kinds`')
 */
export function readYamlMapping(
  file: string,
  text: string,
  report: (issue: SourceIssue) => void,
  notMapping: string,
): (ParsedYaml & { data: Record<string, unknown> }) | undefined {
  const parsed = parseYamlSource(file, text, report);
  if (!parsed) return undefined;
  if (!isRecord(parsed.data)) {
    report({ file, reason: notMapping });
    return undefined;
  }
  return parsed as ParsedYaml & { data: Record<string, unknown> };
}

/** Whether a parsed value is a mapping (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
