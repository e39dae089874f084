/**
 * The building blocks of the checklist validator: a {@link Reader} walks one parsed YAML file, checks each value
 * it reads and records every problem with the file, the entry and the reason, so that a writer can fix a whole
 * file in one pass. It also derives the string id of every user-visible text and collects them.
 *
 * Why a reader instead of a schema library: the messages must name entries the way writers know them
 * ("questions #1 (status) › options #3 (short-term)") and the line, and the checks include cross references
 * (sources, next steps) that a plain JSON schema cannot express. It stays small and has no dependencies.
 */

import { formatSourceIssue, isRecord, type SourceIssue } from '../lib/yaml-source.ts';
import type { Fact, Source, Text } from '../../src/checklist/types.ts';

/** A problem in a checklist file; any error fails the build. `entry` is e.g. 'pins #2 (userAuth)'. */
export type ChecklistError = SourceIssue;

/**
 * Formats an error as one line, compiler style, so that editors can jump to it.
 * @example formatChecklistError(e) === 'dictionaries/checklists/pins.yaml:12: pins #2 (userAuth): `format` is missing'
 */
export const formatChecklistError: (error: ChecklistError) => string = formatSourceIssue;

/** A position in the parsed data: keys and list indexes. */
export type Path = ReadonlyArray<string | number>;

/** Ids are kebab-case or camelCase (camelCase where they name a field in code: question and PIN ids). */
const ID_PATTERN = /^[a-z][a-zA-Z0-9]*(?:-[a-z0-9]+)*$/;
/** Japanese names must contain kana or kanji (catches English typed into `ja`). */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

/** Shared by the readers of all files of one compile. */
export interface ReaderContext {
  errors: ChecklistError[];
  /** String id → English text, across all files (ids must be unique). */
  strings: Map<string, string>;
  /** Sources by id, once sources.yaml has been read. */
  sources: Map<string, Source>;
}

/** What {@link Reader.entries} expects of each entry of a list. */
export interface EntryShape {
  keys: readonly string[];
  required: readonly string[];
  /** The ids read so far (the caller may check afterwards which are missing). */
  seen: Set<string>;
  /** The list may be absent. */
  optional?: boolean;
  /** The only ids allowed, and what an entry is called in the message ("question"). */
  known?: { ids: readonly string[]; what: string };
}

/** Reads one file's data. */
export class Reader {
  constructor(
    readonly file: string,
    private readonly root: unknown,
    readonly context: ReaderContext,
    private readonly lineOf: (path: Path) => number | undefined,
  ) {}

  /** Records a problem at a path. */
  fail(path: Path, reason: string): void {
    const entry = this.entryName(path);
    const line = this.lineOf(path);
    // Two checks may find the same problem (a required key, then its required text): report it once.
    const same = (e: ChecklistError) =>
      e.file === this.file && e.entry === entry && e.line === line && e.reason === reason;
    if (this.context.errors.some(same)) return;
    this.context.errors.push({
      file: this.file,
      ...(entry ? { entry } : {}),
      ...(line === undefined ? {} : { line }),
      reason,
    });
  }

  /**
   * Checks a mapping: unknown keys and missing required keys are errors.
   * @returns the mapping, or undefined (reported) when the value is not one.
   */
  mapping(path: Path, value: unknown, keys: readonly string[], required: readonly string[] = []) {
    if (!isRecord(value)) {
      this.fail(path, `${this.field(path, 'the value')} must be a mapping (got ${describe(value)})`);
      return undefined;
    }
    const allowed = new Set(keys);
    for (const key of Object.keys(value)) {
      if (!allowed.has(key)) this.fail([...path, key], `unknown key \`${key}\`; use ${keys.join(', ')}`);
    }
    for (const key of required) if (value[key] === undefined) this.fail(path, `\`${key}\` is missing`);
    return value;
  }

  /** A list; undefined counts as empty unless `required`. */
  list(path: Path, value: unknown, required = false): unknown[] {
    if (value === undefined) {
      if (required) this.fail(path.slice(0, -1), `\`${String(path.at(-1))}\` is missing`);
      return [];
    }
    if (!Array.isArray(value)) {
      this.fail(path, `${this.field(path)} must be a list (got ${describe(value)})`);
      return [];
    }
    return value;
  }

  /** An entry id: present, well-formed and unique within `seen`. */
  id(path: Path, value: unknown, seen: Set<string>): string | undefined {
    if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
      this.fail(
        path,
        `${this.field(path)} must be kebab-case or camelCase letters and digits (got ${describe(value)})`,
      );
      return undefined;
    }
    if (seen.has(value)) {
      this.fail(path, `${this.field(path)} "${value}" is used twice`);
      return undefined;
    }
    seen.add(value);
    return value;
  }

  /**
   * Walks a list of entries with ids: each item must be a mapping with `shape.keys` (the `required` ones present) and
   * a well-formed `id` not yet in `shape.seen`; the others are reported and skipped. `visit` gets each good entry
   * with its path. The list must be there unless `shape.optional`; with `shape.known`, only those ids are allowed.
   */
  entries(
    path: Path,
    raw: unknown,
    shape: EntryShape,
    visit: (value: Record<string, unknown>, path: Path, id: string) => void,
  ): void {
    this.list(path, raw, !shape.optional).forEach((item, i) => {
      const at = [...path, i];
      const value = this.mapping(at, item, shape.keys, shape.required);
      if (!value) return;
      const id = this.id([...at, 'id'], value['id'], shape.seen);
      if (!id) return;
      const { known } = shape;
      if (known && !known.ids.includes(id)) {
        this.fail([...at, 'id'], `unknown ${known.what} "${id}"; the ${known.what}s are ${known.ids.join(', ')}`);
        return;
      }
      visit(value, at, id);
    });
  }

  /** A user-visible English text; registers its string id. */
  text(path: Path, value: unknown, id: string): Text | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(path, `${this.field(path)} must be a non-empty string (got ${describe(value)})`);
      return undefined;
    }
    const en = value.trim().replace(/\s*\n\s*/g, ' ');
    const { strings } = this.context;
    if (strings.has(id)) this.fail(path, `string id ${id} is defined twice`);
    strings.set(id, en);
    return { id, en };
  }

  /** A text that must be present. */
  requiredText(path: Path, value: unknown, id: string): Text | undefined {
    if (value === undefined) {
      this.fail(path.slice(0, -1), `\`${String(path.at(-1))}\` is missing`);
      return undefined;
    }
    return this.text(path, value, id);
  }

  /** An optional Japanese name. */
  ja(path: Path, value: unknown): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !JAPANESE.test(value)) {
      this.fail(path, `${this.field(path)} must be the Japanese name, in kana or kanji (got ${describe(value)})`);
      return undefined;
    }
    return value.trim();
  }

  boolean(path: Path, value: unknown, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean')
      this.fail(path, `${this.field(path)} must be true or false (got ${describe(value)})`);
    return value === true;
  }

  integer(path: Path, value: unknown, min: number, max: number): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(path, `${this.field(path)} must be a whole number from ${min} to ${max} (got ${describe(value)})`);
      return undefined;
    }
    return value;
  }

  /** `source: id` or `source: [id, …]`, resolved; an empty result is an error when `required`. */
  sources(path: Path, value: unknown, required: boolean): Source[] {
    if (value === undefined) {
      if (required) this.fail(path.slice(0, -1), '`source` is missing: every fact needs one (ids from sources.yaml)');
      return [];
    }
    const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
    if (!ids || ids.length === 0) {
      this.fail(path, `\`source\` must be a source id or a list of them (got ${describe(value)})`);
      return [];
    }
    const found: Source[] = [];
    for (const id of ids) {
      const source = typeof id === 'string' ? this.context.sources.get(id) : undefined;
      if (source) found.push(source);
      else this.fail(path, `unknown source ${describe(id)}; define it in sources.yaml`);
    }
    return found;
  }

  /** A list of references to ids defined elsewhere in the file. */
  references<T>(path: Path, value: unknown, table: Map<string, T>, what: string): T[] {
    const found: T[] = [];
    for (const [i, id] of this.list(path, value).entries()) {
      const item = typeof id === 'string' ? table.get(id) : undefined;
      if (item) found.push(item);
      else this.fail([...path, i], `unknown ${what} ${describe(id)}`);
    }
    return found;
  }

  /**
   * A fact: `id`, `label`, `text`, optional `ja`, `source` (required), `unverified`.
   * String ids: `${prefix}.${id}.label` and `.text`.
   */
  fact(path: Path, raw: unknown, prefix: string, seen: Set<string>): Fact | undefined {
    const keys = ['id', 'label', 'text', 'ja', 'source', 'unverified'];
    const value = this.mapping(path, raw, keys, ['id']);
    if (!value) return undefined;
    const id = this.id([...path, 'id'], value['id'], seen);
    if (!id) return undefined;
    const label = this.requiredText([...path, 'label'], value['label'], `${prefix}.${id}.label`);
    const text = this.requiredText([...path, 'text'], value['text'], `${prefix}.${id}.text`);
    const ja = this.ja([...path, 'ja'], value['ja']);
    const sources = this.sources([...path, 'source'], value['source'], true);
    const unverified = this.boolean([...path, 'unverified'], value['unverified'], false);
    if (!label || !text) return undefined;
    return { id, label, text, ...(ja ? { ja } : {}), sources, unverified };
  }

  /** Names the entry a path is in: 'questions #1 (status) › options #3 (short-term)'. */
  entryName(path: Path): string | undefined {
    const parts: string[] = [];
    let node: unknown = this.root;
    for (let i = 0; i < path.length; i++) {
      const key = path[i]!;
      node = isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[key] : undefined;
      // Only mappings are entries; an index into a list of ids (`nextSteps: [a, b]`) names a value, not an entry.
      if (typeof key !== 'number' || !isRecord(node)) continue;
      const name = node['id'] ?? node['value'];
      const list = String(path[i - 1] ?? 'entry');
      parts.push(`${list} #${key + 1}${typeof name === 'string' ? ` (${name})` : ''}`);
    }
    return parts.length > 0 ? parts.join(' › ') : undefined;
  }

  /** The field a path names, relative to its entry: '`when.status`'. */
  private field(path: Path, fallback = 'the value'): string {
    const lastIndex = path.findLastIndex((p) => typeof p === 'number');
    const keys = path.slice(lastIndex + 1);
    return keys.length > 0 ? `\`${keys.join('.')}\`` : fallback;
  }
}

/** Short description of a bad value for messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a mapping';
  return JSON.stringify(value);
}
