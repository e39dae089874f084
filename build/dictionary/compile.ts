/**
 * Compiles dictionary source files (YAML text) into the {@link CompiledIndex} the content script bundles.
 *
 * Runs at build time (Vite plugin), in the CLI and in tests; never in the extension, so it may use the
 * YAML parser. Bad entries are reported and left out, so one writer's typo does not stop the others
 * from checking their coverage; the build and the compile script still fail on any error.
 */

import { isSeq } from 'yaml';
import { parseYamlSource } from '../lib/yaml-source.ts';
import { hasKanji } from '../../src/glossary/char-class.ts';
import { buildKeyTrieData } from '../../src/glossary/key-trie.ts';
import { normalize } from '../../src/glossary/normalize.ts';
import { emptyIndex, type CompiledIndex } from '../../src/dictionary/compiled-index.ts';
import { conjClass, isGrammarPath, linkGrammar, readGrammar, type GrammarSources } from './compile-grammar.ts';
import { type Category, type DictionaryIssue, type Layer, type SourceEntry } from '../../src/dictionary/schema.ts';
import { fileStem, layerOf, validateSourceFile } from './validate-source.ts';

/** A source file: its path (relative to the project root, for messages) and its text. */
export interface SourceText {
  path: string;
  text: string;
}

/** Result of {@link compile}. */
export interface CompileResult {
  index: CompiledIndex;
  errors: DictionaryIssue[];
  warnings: DictionaryIssue[];
}

/** A validated entry with where it came from. */
interface PlacedEntry {
  entry: SourceEntry;
  layer: Layer;
  path: string;
  stem: string;
  index: number;
  line?: number;
  category: Category;
  source?: string;
}

/**
 * Validates and compiles dictionary sources.
 * @example compile([{ path: 'dictionaries/glossary/tax.yaml', text }]).index.term[0] === '給与所得'
 */
export function compile(files: SourceText[]): CompileResult {
  const issues: DictionaryIssue[] = [];
  const placed: PlacedEntry[] = [];
  const sorted = [...files].sort((a, b) => compareCodeUnits(a.path, b.path));
  const grammar = readGrammar(
    sorted.filter((f) => isGrammarPath(f.path)),
    issues,
  );
  for (const { path, text } of sorted) if (!isGrammarPath(path)) placed.push(...parseFile(path, text, issues));

  const kept = dropDuplicates(placed, issues);
  const index = buildIndex(kept, grammar, issues);
  return {
    index,
    errors: issues.filter((i) => i.severity === 'error'),
    warnings: issues.filter((i) => i.severity === 'warning'),
  };
}

/** Parses and validates one file; returns its valid entries. */
function parseFile(path: string, text: string, issues: DictionaryIssue[]): PlacedEntry[] {
  const layer = layerOf(path);
  if (!layer) {
    issues.push({
      severity: 'error',
      file: path,
      reason: 'a dictionary file must be under glossary/, vocabulary/ or grammar/',
    });
    return [];
  }
  const parsed = parseYamlSource(path, text, (issue) => issues.push({ severity: 'error', ...issue }));
  if (!parsed) return [];
  const { doc, lines } = parsed;
  const result = validateSourceFile(path, parsed.data);
  // Name the line of each entry in messages: writers work in files of a thousand lines.
  const entryNodes = doc.get('entries', true);
  const lineOf = (index: number): number | undefined => {
    const node = isSeq(entryNodes) ? entryNodes.items[index] : undefined;
    const start = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
    return start === undefined ? undefined : lines.linePos(start).line;
  };
  for (const issue of result.issues) {
    const line = issue.index === undefined ? undefined : lineOf(issue.index);
    issues.push(line === undefined ? issue : { ...issue, line });
  }
  const file = result.file;
  if (!file) return [];
  const stem = fileStem(path);
  return file.entries.map((entry, i) => {
    const placedEntry: PlacedEntry = {
      entry,
      layer,
      path,
      stem,
      index: result.positions[i]!,
      category: entry.category ?? file.category,
    };
    const source = entry.source ?? file.source;
    if (source) placedEntry.source = source;
    const line = lineOf(placedEntry.index);
    if (line !== undefined) placedEntry.line = line;
    return placedEntry;
  });
}

/**
 * Reports and drops entries whose term or a variant, after normalisation, is already used in the
 * same layer (the first one wins). Also reports colliding ids across layers.
 */
function dropDuplicates(placed: PlacedEntry[], issues: DictionaryIssue[]): PlacedEntry[] {
  const seen: Record<Layer, Map<string, PlacedEntry>> = {
    glossary: new Map(),
    names: new Map(),
    vocabulary: new Map(),
    grammar: new Map(),
  };
  const ids = new Map<string, PlacedEntry>();
  const kept: PlacedEntry[] = [];
  for (const p of placed) {
    const keys = keysOf(p.entry);
    const at = { file: p.path, index: p.index, term: p.entry.term, ...(p.line ? { line: p.line } : {}) };
    const error = (reason: string) => issues.push({ severity: 'error', ...at, reason });
    let duplicate = false;
    const own = new Set<string>();
    for (const [key, written] of keys) {
      if (own.has(key)) {
        const reason = `variant ${written} is the same as the term or another variant after normalisation`;
        issues.push({ severity: 'warning', ...at, reason });
        continue;
      }
      own.add(key);
      const other = seen[p.layer].get(key);
      if (other) {
        duplicate = true;
        error(`${written} duplicates ${describePlace(other)} in the ${p.layer} layer (after normalisation)`);
      }
    }
    const id = `${p.stem}:${p.entry.term}`;
    const sameId = ids.get(id);
    if (!duplicate && sameId) {
      duplicate = true;
      error(`id ${id} is already used by ${describePlace(sameId)}; rename one of the files`);
    }
    if (duplicate) continue;
    for (const key of own) seen[p.layer].set(key, p);
    ids.set(id, p);
    kept.push(p);
  }
  return kept;
}

/** Normalised match keys of an entry with the spelling they came from: the term first, then variants. */
function keysOf(entry: SourceEntry): Array<[key: string, written: string]> {
  const keys: Array<[string, string]> = [[normalize(entry.term), entry.term]];
  for (const v of entry.variants ?? []) keys.push([normalize(v), v]);
  return keys;
}

function describePlace(p: PlacedEntry): string {
  return `${p.path}${p.line ? `:${p.line}` : ''} entry #${p.index + 1} (${p.entry.term})`;
}

/** The layers of dictionary files, in the order the matcher prefers them. */
const FILE_LAYERS = ['glossary', 'names', 'vocabulary'] as const;

/**
 * Lays kept entries out as parallel arrays (glossary, names, vocabulary, then grammar words no dictionary has), with
 * the match-key trie and the grammar tables.
 */
function buildIndex(kept: PlacedEntry[], grammarSources: GrammarSources, issues: DictionaryIssue[]): CompiledIndex {
  const byTerm = (a: PlacedEntry, b: PlacedEntry) => compareCodeUnits(a.entry.term, b.entry.term);
  const ordered = FILE_LAYERS.flatMap((layer) => kept.filter((p) => p.layer === layer).sort(byTerm));
  const ends = FILE_LAYERS.map(
    (layer) => ordered.filter((p) => FILE_LAYERS.indexOf(p.layer as never) <= FILE_LAYERS.indexOf(layer)).length,
  );
  const files = new Table<string>();
  const categories = new Table<Category>();
  const sources = new Table<string>();
  // emptyIndex() gives the key order (the JSON the build writes follows it); the tables are filled below.
  const index: CompiledIndex = {
    ...emptyIndex(),
    glossaryCount: ends[1]!,
    layerEnds: [ends[0]!, ends[1]!, ends[2]!],
    files: files.values,
    categories: categories.values,
    sources: sources.values,
    trie: { counts: [], chars: '', entries: [] },
  };
  // Earlier layers come first, so a key several layers have goes to the earliest (the glossary says more for these
  // forms); the later entries stay reachable through the shadowed list.
  const keys = new Map<string, number>();
  const layerAt = (i: number) => (i < ends[0]! ? 0 : i < ends[1]! ? 1 : i < ends[2]! ? 2 : 3);
  const addKey = (key: string, i: number) => {
    const existing = keys.get(key);
    if (existing === undefined) keys.set(key, i);
    else if (layerAt(existing) < layerAt(i)) {
      index.shadowedKeys.push(key);
      index.shadowedEntries.push(i);
    }
  };
  const godanRu = new Set(grammarSources.deinflect.godanRu);
  const conj: string[] = [];
  ordered.forEach((p, i) => {
    const { entry } = p;
    index.term.push(entry.term);
    index.reading.push(entry.reading ?? '');
    index.en.push(entry.en);
    index.hint.push(entry.hint ?? '');
    index.file.push(files.id(p.stem));
    index.category.push(categories.id(p.category));
    index.source.push(p.source ? sources.id(p.source) : -1);
    conj.push(conjClass(entry.term, entry.pos, godanRu));
    for (const [key] of keysOf(entry)) addKey(key, i);
  });

  const facts = ordered.map((p) => ({ term: p.entry.term, vocabulary: p.layer === 'vocabulary' }));
  const { grammar, newEntries } = linkGrammar(grammarSources, keys, facts, issues);
  for (const added of newEntries) {
    const i = index.term.length;
    index.term.push(added.term);
    index.reading.push(hasKanji(added.term) ? added.reading : '');
    index.en.push(added.en);
    index.hint.push('');
    index.file.push(files.id('grammar'));
    index.category.push(categories.id('general'));
    index.source.push(-1);
    conj.push(conjClass(added.term, undefined, godanRu));
    for (const key of added.keys) addKey(key, i);
  }
  index.conj = conj.join('');
  index.grammar = grammar;
  index.trie = buildKeyTrieData(keys);
  return index;
}

/** Orders strings by UTF-16 code units, as Array.prototype.sort does by default (not by locale). */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A string table: each distinct value stored once, referred to by position. */
class Table<T extends string> {
  readonly values: T[] = [];
  private readonly ids = new Map<T, number>();

  id(value: T): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}
