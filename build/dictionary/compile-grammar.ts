/**
 * Compiles the grammar files (dictionaries/grammar/*.yaml) and ties them to the index's entries: each grammar word's
 * spellings lead to the entry the matcher finds for them (a dictionary entry of the same term, else a new entry of the
 * grammar layer), vocabulary expressions made only of grammar words (ない場合, 以外の) become sequences of them, and
 * every entry gets its conjugation class for deinflection.
 *
 * Build-time only (it parses YAML).
 */

import { parseDocument } from 'yaml';
import { hasKanji, isHiraganaCode, isKatakana } from '../../src/glossary/char-class.ts';
import { normalize } from '../../src/glossary/normalize.ts';
import type { DictionaryIssue, EntryPos } from '../../src/dictionary/schema.ts';
import type { CompiledGrammar, GrammarRule } from '../../src/dictionary/schema-grammar.ts';
import { validateDeinflect, validateEnglish, validateLanguages } from './schema-grammar-tables.ts';
import { validateGrammarWords, validateSenses, type SenseSource } from './schema-grammar-words.ts';

/** The grammar files by name (the file's base name without extension). */
export const GRAMMAR_FILES = ['words', 'deinflect', 'senses', 'languages', 'english'] as const;

/** True for a path under dictionaries/grammar/. */
export function isGrammarPath(path: string): boolean {
  return /(^|\/)grammar\/[^/]+\.ya?ml$/i.test(path.replace(/\\/g, '/'));
}

/** The grammar sources, validated but not yet tied to entries. */
export interface GrammarSources {
  words: Array<{ rule: GrammarRule; forms: string[]; reading?: string }>;
  senses: SenseSource[];
  wordClasses: Record<string, string[]>;
  deinflect: ReturnType<typeof validateDeinflect>;
  languages: ReturnType<typeof validateLanguages>;
  english: CompiledGrammar['english'];
}

/** Parses and validates the grammar files (missing files give empty tables, for small test indexes). */
export function readGrammar(files: Array<{ path: string; text: string }>, issues: DictionaryIssue[]): GrammarSources {
  const parsed = new Map<string, { path: string; data: unknown }>();
  for (const { path, text } of files) {
    const name = path
      .replace(/\\/g, '/')
      .split('/')
      .pop()!
      .replace(/\.ya?ml$/i, '');
    if (!(GRAMMAR_FILES as readonly string[]).includes(name)) {
      issues.push({
        severity: 'error',
        file: path,
        reason: `unknown grammar file; expected one of ${GRAMMAR_FILES.join(', ')}`,
      });
      continue;
    }
    const doc = parseDocument(text, { uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors)
        issues.push({ severity: 'error', file: path, reason: `YAML: ${e.message.split('\n')[0]}` });
      continue;
    }
    parsed.set(name, { path, data: doc.toJS() });
  }
  const run = <T extends { issues: DictionaryIssue[] }>(
    name: string,
    fn: (path: string, data: unknown) => T,
    empty: T,
  ): T => {
    const file = parsed.get(name);
    if (!file) return empty;
    const result = fn(file.path, file.data);
    issues.push(...result.issues);
    return result;
  };
  const words = run('words', validateGrammarWords, { rules: [], issues: [] });
  const senses = run('senses', validateSenses, { senses: [], wordClasses: {}, issues: [] });
  const deinflect = run('deinflect', validateDeinflect, { classes: [], transforms: [], godanRu: [], issues: [] });
  const languages = run('languages', validateLanguages, { particles: {}, languages: {}, issues: [] });
  const english = run('english', validateEnglish, { english: { verbs: {}, irregular: {} }, issues: [] });
  return {
    words: words.rules,
    senses: senses.senses,
    wordClasses: senses.wordClasses,
    deinflect,
    languages,
    english: english.english,
  };
}

/** An entry as the grammar compiler needs it. */
export interface EntryFacts {
  term: string;
  pos?: EntryPos;
  /** Whether the entry is in the vocabulary layer (sequences are found only there). */
  vocabulary: boolean;
}

/** What tying the grammar to the entries adds to the index. */
export interface GrammarOutput {
  grammar: CompiledGrammar;
  /** New grammar-layer entries (terms the dictionaries lack), with all their match keys. */
  newEntries: Array<{ term: string; reading: string; en: string; keys: string[] }>;
}

/**
 * Ties grammar rules to entries. `keys` maps each match key to its entry (the matcher's choice); new entries are
 * numbered from `firstNew`.
 */
export function linkGrammar(
  sources: GrammarSources,
  keys: ReadonlyMap<string, number>,
  entries: readonly EntryFacts[],
  issues: DictionaryIssue[],
): GrammarOutput {
  const firstNew = entries.length;
  const rules: GrammarRule[] = [];
  const ruleOf = new Map<number, number>();
  const newEntries: GrammarOutput['newEntries'] = [];
  const ruleByForm = new Map<string, number>();
  for (const { rule, forms, reading } of sources.words) {
    const r = rules.push(rule) - 1;
    const formKeys = forms.map(normalize);
    for (const key of formKeys) ruleByForm.set(key, r);
    const existing = formKeys.map((k) => keys.get(k)).filter((e): e is number => e !== undefined);
    const own = formKeys.filter((k) => !keys.has(k));
    for (const entry of existing) {
      const other = ruleOf.get(entry);
      if (other !== undefined && other !== r) {
        const reason = `shares its dictionary entry with the grammar word ${rules[other]!.term}; make one a variant of the other`;
        issues.push({ severity: 'error', file: 'dictionaries/grammar/words.yaml', term: rule.term, reason });
      }
      ruleOf.set(entry, r);
    }
    if (own.length > 0) {
      const entry = firstNew + newEntries.length;
      newEntries.push({ term: forms[0]!, reading: reading ?? '', en: wordGloss(rule), keys: own });
      ruleOf.set(entry, r);
    }
  }
  // Vocabulary expressions made only of grammar words and particles act as their sequence.
  const particles = Object.keys(sources.languages.particles).sort((a, b) => b.length - a.length);
  // Counters and numbers are grammar only after a number: 年分 is a word, not 年 + 分.
  const splittable = new Map(
    [...ruleByForm].filter(([, r]) => !['counter', 'number', 'ordinal', 'era'].includes(rules[r]!.kind)),
  );
  for (const [key, entry] of keys) {
    if (ruleOf.has(entry) || !entries[entry]?.vocabulary) continue;
    const parts = splitGrammar(key, splittable, particles);
    if (parts && parts.length > 1 && parts.some((p) => splittable.has(p))) {
      ruleOf.set(entry, rules.push({ term: key, kind: 'sequence', templates: { en: key }, parts }) - 1);
    }
  }

  const senses = sources.senses.map(({ sense, ruleTerm, ownRule }) => {
    const out: CompiledGrammar['senses'][number] = { ...sense, term: normalize(sense.term) };
    if (ownRule) out.rule = rules.push(ownRule) - 1;
    else if (ruleTerm) {
      const r = ruleByForm.get(normalize(ruleTerm));
      if (r === undefined) {
        issues.push({
          severity: 'error',
          file: 'dictionaries/grammar/senses.yaml',
          term: sense.term,
          reason: `rule ${ruleTerm} is not a term of words.yaml`,
        });
      } else out.rule = r;
    }
    return out;
  });

  const sorted = [...ruleOf].sort((a, b) => a[0] - b[0]);
  return {
    grammar: {
      rules,
      ruleEntries: sorted.map(([e]) => e),
      ruleOf: sorted.map(([, r]) => r),
      classes: sources.deinflect.classes,
      transforms: sources.deinflect.transforms,
      senses,
      wordClasses: sources.wordClasses,
      particles: sources.languages.particles,
      languages: sources.languages.languages,
      english: sources.english,
    },
    newEntries,
  };
}

/** Splits a key into grammar words and particles, longest first; undefined when some part is neither. */
function splitGrammar(
  key: string,
  rules: ReadonlyMap<string, number>,
  particles: readonly string[],
): string[] | undefined {
  const parts: string[] = [];
  let at = 0;
  outer: while (at < key.length) {
    for (let end = key.length; end > at; end--) {
      const piece = key.slice(at, end);
      if (rules.has(piece) || particles.includes(piece)) {
        parts.push(piece);
        at = end;
        continue outer;
      }
    }
    return undefined;
  }
  return parts;
}

/** The word a template stands for, without its placeholders ('other than {x}' → 'other than'). */
export function wordGloss(rule: GrammarRule): string {
  const text = rule.templates.en
    .replace(/\{(x|a|b|n|nth|year)\}/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+|[\s,]+$/g, '');
  return text || rule.term;
}

/** Conjugation class codes stored per entry (CompiledIndex.conj): one character each. */
export const CONJ = { none: '-', noun: 'n', v1: '1', v5: '5', vs: 's', vk: 'k', adjI: 'i' } as const;

const VERB_ENDINGS = 'うくぐすつぬぶむる';
/** Kana of the い and え rows: an ichidan verb ends in one of these + る. */
const IE_ROW = 'いきぎしじちぢにひびぴみりえけげせぜてでねへべぺめれ';

/**
 * The conjugation class of an entry, from its part of speech and spelling.
 * @example conjClass('受ける', 'verb', godan) === '1'
 */
export function conjClass(term: string, pos: EntryPos | undefined, godanRu: ReadonlySet<string>): string {
  const last = term.slice(-1);
  const before = term.slice(-2, -1);
  const looksVerb =
    pos === 'verb' ||
    (pos === undefined &&
      term.length >= 2 &&
      VERB_ENDINGS.includes(last) &&
      hasKanji(before) &&
      !isHiraganaCode(before.charCodeAt(0)));
  if (looksVerb) {
    if (term.endsWith('する')) return CONJ.vs;
    if (term.endsWith('来る') || term === 'くる') return CONJ.vk;
    if (last === 'る' && IE_ROW.includes(before) && ![...godanRu].some((g) => term.endsWith(g))) return CONJ.v1;
    return VERB_ENDINGS.includes(last) ? CONJ.v5 : CONJ.none;
  }
  if (pos === 'adjective' && last === 'い') return CONJ.adjI;
  if (term === 'ない' || term === '無い') return CONJ.adjI;
  // A phrase that ends in a noun takes する too (良好に修了した).
  const nominal = pos === undefined || pos === 'noun' || ((pos === 'phrase' || pos === 'expression') && hasKanji(last));
  if (nominal && (hasKanji(term) || isKatakana(term))) return CONJ.noun;
  return CONJ.none;
}
