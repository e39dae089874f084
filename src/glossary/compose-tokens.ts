/**
 * A label's segments as the tokens the phrase parser (compose.ts) reads: grammar words, words (with whether they are
 * predicates or forms of する), numbers, particles and punctuation.
 */

import type { CompiledIndex } from '../dictionary/compiled-index.ts';
import type { GrammarRule } from '../dictionary/schema-grammar.ts';
import { isHiraganaCode, isJapaneseCode } from './char-class.ts';
import { createDeinflector, type Deinflector } from './deinflect.ts';
import { normalize } from './normalize.ts';
import type { Segment } from './types.ts';

/** One token of the label, from its segments. */
export type Token =
  | { t: 'word'; seg: Segment; verb: boolean; suru: boolean; suruTags?: string[] }
  | { t: 'rule'; seg: Segment; rule: GrammarRule }
  | { t: 'num'; value: number; text: string }
  | { t: 'particle'; join: string }
  | { t: 'sep'; text: string }
  | { t: 'open' }
  | { t: 'close' }
  | { t: 'range' }
  | { t: 'slash' }
  | { t: 'text'; text: string }
  | { t: 'neg' };

const OPEN = '([{「『【〔〈《<';
const CLOSE = ')]}」』】〕〉》>';
const VERB_CONJ = new Set(['1', '5', 's', 'k']);

/** The tokens of a label's segments, with fractions (2分の1) already read as one. */
export function tokensOf(segments: readonly Segment[], index: CompiledIndex): Token[] {
  return openRanges(fractions(tokenize(segments, index)), index.grammar.rules);
}

/**
 * Whether a token is part of an amount or a date: a number, a multiplier or counter after it (万, 円), a percentage,
 * an era, a month (3月 is a word of the dictionaries). Inside brackets 円 is the unit word (its sense for 金額（円）),
 * still part of the amount.
 */
const inAmount = (t: Token | undefined): boolean =>
  t?.t === 'num' ||
  (t?.t === 'text' && /^\d/.test(t.text)) ||
  (t?.t === 'rule' && (t.rule.kind === 'number' || t.rule.kind === 'counter' || t.rule.kind === 'era')) ||
  (t?.t === 'word' && /^(円|\d{1,2}月)$/.test(normalize(t.seg.text)));

/** Whether an amount ends in a date's unit (令和7年1月1日〜: from the date, not "or more"). */
const isDate = (t: Token | undefined): boolean =>
  (t?.t === 'rule' && ['年', '月', '日'].includes(t.rule.term)) ||
  (t?.t === 'word' && /^\d{1,2}月$/.test(normalize(t.seg.text)));

/** Whether nothing of the item stands on this side of a token (the label's edge, a separator or a bracket). */
const edge = (t: Token | undefined): boolean => t === undefined || t.t === 'sep' || t.t === 'open' || t.t === 'close';

/**
 * A range with one end (〜150万円, 1万円〜: the brackets of a tax table) keeps what it says: "1,500,000 yen or less",
 * "10,000 yen or more" (以下 and 以上 after the amount; まで and から after a date), never the bare amount.
 */
function openRanges(tokens: Token[], rules: readonly GrammarRule[]): Token[] {
  const rule = (term: string): Extract<Token, { t: 'rule' }> | undefined => {
    const found = rules.find((r) => r.term === term);
    return found && { t: 'rule', seg: { text: term, source: 'grammar' }, rule: found };
  };
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.t !== 'range') {
      out.push(token);
      continue;
    }
    const [before, after] = [out[out.length - 1], tokens[i + 1]];
    if (edge(before) && inAmount(after)) {
      let end = i + 1;
      while (inAmount(tokens[end])) out.push(tokens[end++]!);
      out.push(rule(isDate(tokens[end - 1]) ? 'まで' : '以下') ?? token);
      i = end - 1;
    } else if (inAmount(before) && edge(after)) out.push(rule(isDate(before) ? 'から' : '以上') ?? token);
    else out.push(token);
  }
  return out;
}

/** 2分の1 is one half: the tokens number, 分, の, number become "1/2". */
function fractions(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [a, bun, no, b] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    const isBun = (bun?.t === 'rule' || bun?.t === 'word') && normalize(bun.seg.text) === '分';
    if (a?.t === 'num' && isBun && no?.t === 'particle' && no.join === 'of' && b?.t === 'num') {
      out.push({ t: 'text', text: `${b.text}/${a.text}` });
      i += 3;
    } else out.push(tokens[i]!);
  }
  return out;
}

/** Turns segments into tokens: grammar words, words, numbers, particles and punctuation. */
function tokenize(segments: readonly Segment[], index: CompiledIndex): Token[] {
  const { rules, particles } = index.grammar;
  const out: Token[] = [];
  const pushRule = (seg: Segment, rule: GrammarRule) => {
    if (rule.kind !== 'sequence') return void out.push({ t: 'rule', seg, rule });
    for (const part of rule.parts ?? []) {
      const entry = rules.findIndex((r) => r.term === part || normalize(r.term) === part);
      if (particles[part]) out.push({ t: 'particle', join: particles[part] });
      else if (entry >= 0) out.push({ t: 'rule', seg: { ...seg, text: part }, rule: rules[entry]! });
    }
  };
  for (const seg of segments) {
    const rule = seg.rule !== undefined ? rules[seg.rule] : undefined;
    const numbered = rule?.kind === 'counter' ? /^\d+/.exec(normalize(seg.text)) : null;
    if (rule && numbered) {
      // 留学（１月）: the word １月 is the number 1 and the counter a sense chose.
      out.push({ t: 'num', value: Number(numbered[0]), text: numbered[0] });
      out.push({ t: 'rule', seg: { ...seg, text: seg.text.slice(numbered[0].length) }, rule });
    } else if (rule) pushRule(seg, rule);
    else if (seg.source === 'function') out.push(...functionTokens(normalize(seg.text), particles));
    else if (seg.source === 'unknown') out.push({ t: 'text', text: seg.text });
    else {
      const suru = conjOf(seg, index) === 'n';
      const suruTags = !seg.inflection && !suru ? suruForm(normalize(seg.text), index) : undefined;
      out.push({ t: 'word', seg, verb: isVerb(seg, index), suru, ...(suruTags ? { suruTags } : {}) });
    }
  }
  return out;
}

const deinflectors = new WeakMap<object, Deinflector>();

/** The tags of a phrase entry that is a form of する (してください: request), else undefined. */
function suruForm(text: string, index: CompiledIndex): string[] | undefined {
  if (!/^(し|す|さ|せ)/.test(text)) return undefined;
  let deinflector = deinflectors.get(index.grammar);
  if (!deinflector) deinflectors.set(index.grammar, (deinflector = createDeinflector(index.grammar)));
  return deinflector.candidates(text).find((c) => c.term === 'する')?.tags;
}

/** Whether a word ends in kana, as a predicate phrase does (入力できません). */
export function endsInKana(seg: Segment): boolean {
  return isHiraganaCode(seg.text.charCodeAt(seg.text.length - 1));
}

/** Whether a segment is a form of する itself (した, して, します). */
export function isSuru(seg: Segment): boolean {
  return seg.base === 'する' || normalize(seg.text) === 'する';
}

/** A word is a predicate when it was found conjugated, or is a verb in its dictionary form. */
function isVerb(seg: Segment, index: CompiledIndex): boolean {
  if (seg.inflection || seg.base) return true;
  return VERB_CONJ.has(conjOf(seg, index)) && isHiraganaCode(seg.text.charCodeAt(seg.text.length - 1));
}

/** The conjugation class of a word: its index entry's, or the general layer's. */
export function conjOf(seg: Segment, index: CompiledIndex): string {
  return seg.entry !== undefined ? (index.conj[seg.entry] ?? '-') : (seg.conj ?? '-');
}

/** Splits a function segment (kana, digits, punctuation, Latin) into tokens. */
function functionTokens(text: string, particles: Readonly<Record<string, string>>): Token[] {
  const out: Token[] = [];
  const keys = Object.keys(particles).sort((a, b) => b.length - a.length);
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (isHiraganaCode(c.charCodeAt(0))) {
      // A negation the dictionaries did not take as part of a word (…ませんでした from the tokenizer): never dropped.
      const negation = /^(?:ません|ない|なかっ|なけれ|ず|ぬ)/.exec(text.slice(i));
      if (negation) {
        out.push({ t: 'neg' });
        i += negation[0].length;
        continue;
      }
      const particle = keys.find((p) => text.startsWith(p, i));
      if (particle) {
        out.push({ t: 'particle', join: particles[particle]! });
        i += particle.length;
      } else i++; // honorific お/ご and other kana that carry no meaning of their own
      continue;
    }
    const digits = /^\d+(?:[.,]\d+)*%?/.exec(text.slice(i));
    if (digits) {
      const percent = digits[0].endsWith('%');
      const value = Number(digits[0].replace(/[,%]/g, ''));
      out.push(percent ? { t: 'text', text: digits[0] } : { t: 'num', value, text: digits[0] });
      i += digits[0].length;
      continue;
    }
    const latin = /^[A-Za-z][A-Za-z0-9.\-']*/.exec(text.slice(i));
    if (latin) {
      out.push({ t: 'text', text: latin[0] });
      i += latin[0].length;
      continue;
    }
    if (OPEN.includes(c)) out.push({ t: 'open' });
    else if (CLOSE.includes(c)) out.push({ t: 'close' });
    else if (c === '~') out.push({ t: 'range' });
    else if (c === '/') out.push({ t: 'slash' });
    else if ('、,;；'.includes(c)) out.push({ t: 'sep', text: ', ' });
    else if (':：'.includes(c)) out.push({ t: 'sep', text: ': ' });
    else if (c === '。') out.push({ t: 'sep', text: '. ' });
    else if (c === '+') out.push({ t: 'sep', text: ' + ' });
    else if ('・'.includes(c)) out.push({ t: 'sep', text: '・' });
    else if (isJapaneseCode(c.charCodeAt(0))) out.push({ t: 'text', text: c });
    i++;
  }
  return out;
}
