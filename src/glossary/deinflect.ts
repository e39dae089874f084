/**
 * Deinflection over the index: conjugated forms (入力してください, 課税されない, 申し込んだ) go back to their dictionary
 * form by the rules of dictionaries/grammar/deinflect.yaml, one suffix at a time, the way Yomitan's transforms do. The
 * glosser then finds them in the bundled index without the tokenizer.
 */

import type { CompiledGrammar } from '../dictionary/schema-grammar.ts';

/** A dictionary form a surface may come from. */
export interface Deinflection {
  /** The candidate dictionary form (入力する, 課税). */
  term: string;
  /** Classes the candidate must have (a mask of CompiledGrammar.classes); 0 for the surface itself. */
  classes: number;
  /** What the conjugation adds, outermost first (negative, passive…), without the bookkeeping tags. */
  tags: string[];
}

/** Tags that only say how a form was reached; they add nothing to the meaning (te stays: it joins clauses). */
const SILENT_TAGS = new Set(['suru', 'stem', 'ta', 'polite', 'adverb', 'while']);
/** Most rules a candidate may go through (the longest chains are about five: しないでください). */
const MAX_DEPTH = 7;

interface Rule {
  suffixIn: string;
  suffixOut: string;
  from: number;
  to: number;
  tag: string;
}

/** Deinflects surfaces with the compiled rules. */
export interface Deinflector {
  /** Every candidate dictionary form of `surface` (not including the surface itself). */
  candidates(surface: string): Deinflection[];
  /** The class mask of a conjugation class code of the index (CompiledIndex.conj). */
  classOf(conj: string): number;
}

/** Class names of the index's conjugation codes. */
const CONJ_CLASS: Record<string, string> = { n: 'n', '1': 'v1', '5': 'v5', s: 'vs', k: 'vk', i: 'adj-i' };

/**
 * Creates a deinflector for the grammar's rules.
 * @example createDeinflector(index.grammar).candidates('入力してください') // includes { term: '入力', tags: ['request'] }
 */
export function createDeinflector(grammar: CompiledGrammar): Deinflector {
  // Rules by the last character of their suffix ('' for rules with an empty suffix), so a step looks at a few.
  const byLast = new Map<string, Rule[]>();
  for (const { tag, rules } of grammar.transforms) {
    for (const [suffixIn, suffixOut, from, to] of rules) {
      const key = suffixIn.slice(-1);
      let list = byLast.get(key);
      if (!list) byLast.set(key, (list = []));
      list.push({ suffixIn, suffixOut, from, to, tag });
    }
  }
  const classMask = new Map(Object.entries(CONJ_CLASS).map(([code, name]) => [code, bit(grammar.classes, name)]));
  // Every ending a first step can take off: a surface that ends in none of them is no conjugated form (most are not).
  const endings = new Set<string>();
  let longest = 0;
  for (const { rules } of grammar.transforms) {
    for (const [suffixIn] of rules) {
      endings.add(suffixIn);
      longest = Math.max(longest, suffixIn.length);
    }
  }
  const conjugated = (surface: string): boolean => {
    if (endings.has('')) return true;
    for (let n = 1; n <= longest && n <= surface.length; n++) if (endings.has(surface.slice(-n))) return true;
    return false;
  };
  // Labels repeat their words: remember the last few thousand surfaces.
  const cache = new Map<string, Deinflection[]>();

  const candidates = (surface: string): Deinflection[] => {
    const known = cache.get(surface);
    if (known) return known;
    const found = conjugated(surface) ? search(surface) : [];
    if (cache.size >= 4000) cache.clear();
    cache.set(surface, found);
    return found;
  };

  const search = (surface: string): Deinflection[] => {
    const out: Deinflection[] = [];
    const seen = new Set<string>();
    const queue: Array<{ term: string; classes: number; tags: string[]; depth: number }> = [
      { term: surface, classes: 0, tags: [], depth: 0 },
    ];
    for (let q = 0; q < queue.length; q++) {
      const { term, classes, tags, depth } = queue[q]!;
      if (depth >= MAX_DEPTH) continue;
      for (const rule of [...(byLast.get(term.slice(-1)) ?? []), ...(byLast.get('') ?? [])]) {
        if (!term.endsWith(rule.suffixIn)) continue;
        // The surface as written takes any rule; a form reached by a rule takes only rules that accept its classes.
        if (classes !== 0 && (classes & rule.from) === 0) continue;
        const next = term.slice(0, term.length - rule.suffixIn.length) + rule.suffixOut;
        if (next.length === 0) continue;
        const key = `${next}\u0000${rule.to}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const nextTags = SILENT_TAGS.has(rule.tag) ? tags : [...tags, rule.tag];
        const candidate = { term: next, classes: rule.to, tags: nextTags, depth: depth + 1 };
        out.push(candidate);
        queue.push(candidate);
      }
    }
    return out.map(({ term, classes, tags }) => ({ term, classes, tags }));
  };

  return { candidates, classOf: (conj) => classMask.get(conj) ?? 0 };
}

function bit(classes: readonly string[], name: string): number {
  const k = classes.indexOf(name);
  return k < 0 ? 0 : 1 << k;
}

/**
 * The reading of a conjugated surface from its entry's reading: the entry's spelling and the surface share a stem;
 * the entry's kana after the stem is replaced by the surface's.
 * @example surfaceReading('申し込む', 'もうしこむ', '申し込む', '申し込んで') === 'もうしこんで'
 * @example surfaceReading('入力', 'にゅうりょく', '入力する', '入力して') === 'にゅうりょくして'
 */
export function surfaceReading(term: string, reading: string, base: string, surface: string): string | undefined {
  // The entry's reading of the base form: a する-noun's base adds する.
  const baseReading = base.startsWith(term) ? reading + base.slice(term.length) : reading;
  let common = 0;
  while (common < base.length && common < surface.length && base[common] === surface[common]) common++;
  const baseTail = base.slice(common);
  if (!baseReading.endsWith(baseTail)) return undefined;
  const stem = baseReading.slice(0, baseReading.length - baseTail.length);
  // The stem of the spelling ends where its kanji end; the reading's stem must still cover them.
  if (stem.length === 0) return undefined;
  return stem + surface.slice(common);
}
