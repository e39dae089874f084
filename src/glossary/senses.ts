/**
 * Senses by context (dictionaries/grammar/senses.yaml): what comes before a word (a number, a time word, の, a
 * bracket), whether it is in brackets or the whole label, the item's role, the portal, screen and field kind, and
 * the words near it choose its sense. Counters and ordinals act as grammar only after a number (円 after 5 is yen; 円
 * alone keeps its dictionary gloss).
 */

import type { CompiledIndex } from '../dictionary/compiled-index.ts';
import type { Sense, Templates } from '../dictionary/schema-grammar.ts';
import { normalize } from './normalize.ts';
import type { GlossContext, Segment } from './types.ts';
import { labelCore } from './whole-label.ts';

const OPEN = '([{「『【〔〈《<（［｛';
const CLOSE = ')]}」』】〕〉》>）］｝';
/** Kinds that are grammar only right after a number. */
const AFTER_NUMBER = new Set(['counter', 'number']);

/** Segments with senses chosen, and the per-language glosses of the senses that gave one. */
export interface SensedSegments {
  segments: Segment[];
  glosses: Map<Segment, Templates>;
}

/**
 * Chooses senses for a label's segments; returns new segment objects where something changed.
 * @example applySenses('本年中', segments, index, {}).segments[1].grammar === 'time'
 */
export function applySenses(
  label: string,
  segments: readonly Segment[],
  index: CompiledIndex,
  context: GlossContext = {},
): SensedSegments {
  const { rules, wordClasses } = index.grammar;
  const byTerm = sensesByTerm(index);
  const time = wordClasses['time'] ?? [];
  let core: string | undefined;
  const glosses = new Map<Segment, Templates>();
  const out: Segment[] = [];
  let depth = 0;
  for (let i = 0; i < segments.length; i++) {
    const original = segments[i]!;
    let seg = original;
    const key = normalize(seg.text);
    const entryTerm = seg.entry !== undefined ? index.term[seg.entry]! : key;
    // A word that starts with its own number (１月 in 留学（１月）) is the rest after that number.
    const numbered = /^(\d+)(\D.*)$/.exec(key);
    const candidates =
      byTerm.get(key) ?? byTerm.get(normalize(entryTerm)) ?? (numbered ? byTerm.get(numbered[2]!) : undefined);
    // What comes before matters only for a word with senses or a counter (most words have neither).
    let after: Set<string> | undefined;
    const afterOf = () => {
      if (!after) {
        after = afterClasses(previous(out), time, index);
        if (numbered) after.add('number');
      }
      return after;
    };
    const sense = candidates?.find((s) =>
      holds(s, {
        after: s.after ? afterOf() : new Set(),
        inside: depth > 0,
        alone: s.alone ? (core ??= labelCore(normalize(label))) === key : false,
        context,
        label,
        text: key,
      }),
    );
    if (sense) {
      seg = { ...seg, sense: true };
      if (sense.reading) seg.reading = sense.reading;
      if (sense.rule !== undefined) seg.rule = sense.rule;
      if (sense.gloss) {
        seg.gloss = sense.gloss.en;
        delete seg.rule;
        glosses.set(seg, sense.gloss);
      }
    }
    if (seg.rule !== undefined) {
      const rule = rules[seg.rule];
      const needsNumber = rule && (AFTER_NUMBER.has(rule.kind) || (rule.kind === 'ordinal' && rule.takes !== 'after'));
      const applies =
        rule &&
        (!needsNumber ||
          afterOf().has('number') ||
          (rule.kind === 'ordinal' && rule.takes !== 'after' && afterOf().has('counter')));
      if (applies) seg = seg === original ? { ...seg, grammar: rule.kind } : Object.assign(seg, { grammar: rule.kind });
      else {
        seg = { ...seg };
        delete seg.rule;
      }
    }
    out.push(seg);
    for (const c of seg.text) {
      if (OPEN.includes(c)) depth++;
      else if (CLOSE.includes(c) && depth > 0) depth--;
    }
  }
  return { segments: out, glosses };
}

const byIndex = new WeakMap<object, Map<string, Sense[]>>();

/** The senses of each term, made once per index. */
function sensesByTerm(index: CompiledIndex): Map<string, Sense[]> {
  let map = byIndex.get(index.grammar);
  if (!map) {
    map = new Map();
    for (const sense of index.grammar.senses) map.set(sense.term, [...(map.get(sense.term) ?? []), sense]);
    byIndex.set(index.grammar, map);
  }
  return map;
}

/** The last segment that is not only spaces. */
function previous(segments: readonly Segment[]): Segment | undefined {
  for (let i = segments.length - 1; i >= 0; i--) if (segments[i]!.text.trim()) return segments[i];
  return undefined;
}

/** What the piece before a word is, for a sense's `after`. */
function afterClasses(prev: Segment | undefined, time: readonly string[], index: CompiledIndex): Set<string> {
  const { rules } = index.grammar;
  const out = new Set<string>();
  if (!prev) return out;
  const text = normalize(prev.text).trim();
  const rule = prev.grammar ? rules[prev.rule ?? -1] : undefined;
  if (/[0-9〇一二三四五六七八九十百千]$/.test(text) || rule?.kind === 'number') out.add('number');
  if (rule?.kind === 'counter') out.add('counter');
  if (time.some((w) => text.endsWith(w)) || rule?.kind === 'era') out.add('time');
  if (text.endsWith('の') && prev.source === 'function') out.add('no');
  if (OPEN.includes(text.slice(-1))) out.add('bracket');
  if (prev.source !== 'function' && prev.source !== 'unknown') out.add('word');
  const word = prev.source !== 'function' && prev.source !== 'unknown';
  const conj = prev.entry !== undefined ? index.conj[prev.entry] : prev.conj;
  if (conj === 'i') out.add('adjective');
  else if (prev.inflection || prev.base || (word && /[うくぐすつぬぶむるただ]$/.test(text))) out.add('verb');
  return out;
}

interface Situation {
  after: Set<string>;
  inside: boolean;
  alone: boolean;
  context: GlossContext;
  label: string;
  text: string;
}

/** Whether every condition of a sense holds. */
function holds(sense: Sense, s: Situation): boolean {
  const { context } = s;
  if (sense.after && !sense.after.some((a) => s.after.has(a))) return false;
  if (sense.inside && !s.inside) return false;
  if (sense.alone && !s.alone) return false;
  if (sense.role && !(context.role && sense.role.includes(context.role))) return false;
  if (sense.portal && !(context.portal && sense.portal.includes(context.portal))) return false;
  if (sense.screen && !(context.screen && sense.screen.some((x) => context.screen!.includes(x)))) return false;
  if (sense.fieldKind && !(context.fieldKind && sense.fieldKind.some((x) => context.fieldKind!.includes(x))))
    return false;
  if (sense.near) {
    const around = [normalize(s.label).replace(s.text, ''), ...(context.near ?? []).map(normalize)];
    if (!sense.near.some((w) => around.some((t) => t.includes(w)))) return false;
  }
  return true;
}
