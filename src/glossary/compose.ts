/**
 * From a label's segments to a phrase tree that keeps what each grammar word does: 65歳未満の扶養親族 becomes
 * "dependents" modified by "under (65 years old)"; 課税されないもの becomes "things" described by "not taxed". The tree
 * is the same for every language; render.ts writes it in one.
 *
 * Japanese puts modifiers before their head and particles after their phrase, so the parser reads left to right with
 * a current phrase, the phrases waiting for their head (ended by a particle), and an open coordination (A 及び …).
 * Long official sentences come out approximate, but nothing a grammar word says is dropped: every negation,
 * restriction, comparison and condition becomes a node. The tokens it reads come from compose-tokens.ts.
 */

import type { CompiledIndex } from '../dictionary/compiled-index.ts';
import type { GrammarRule } from '../dictionary/schema-grammar.ts';
import { conjOf, endsInKana, isSuru, tokensOf, type Token } from './compose-tokens.ts';
import { normalize } from './normalize.ts';
import type { Segment } from './types.ts';

/** A node of the phrase tree. */
export type PhraseNode =
  | { k: 'word'; seg: Segment }
  | { k: 'text'; text: string }
  | { k: 'num'; value: number; text: string }
  | { k: 'range'; a: PhraseNode; b: PhraseNode }
  | { k: 'join'; join: string; a: PhraseNode; b: PhraseNode }
  | {
      k: 'rule';
      rule: GrammarRule;
      x?: PhraseNode;
      a?: PhraseNode;
      b?: PhraseNode;
      n?: PhraseNode;
      nth?: boolean;
      tags?: string[];
    }
  | { k: 'verb'; seg: Segment; tags: string[]; args: Array<{ join: string; node: PhraseNode }>; fixed?: boolean }
  | { k: 'rel'; clause: PhraseNode; noun: PhraseNode }
  | { k: 'paren'; head?: PhraseNode; inner: PhraseNode; tail?: PhraseNode }
  | { k: 'clauses'; parts: PhraseNode[]; seps: string[] };

/** Particles' joins that wait for a verb. */
const VERB_JOINS = new Set(['object', 'to', 'at', 'dir']);

/**
 * The phrase tree of a label's segments, or undefined when no piece has a meaning (all unknown or punctuation).
 * @example composeTree(glosser.gloss('65歳未満').segments, index)
 */
export function composeTree(segments: readonly Segment[], index: CompiledIndex): PhraseNode | undefined {
  const tokens = tokensOf(segments, index);
  if (!tokens.some((t) => t.t === 'word' || t.t === 'rule')) return undefined;
  // An item number in front, (9) or （１１）, stays in front: "(9) …".
  const [a, b, c] = tokens;
  if (a?.t === 'open' && b?.t === 'num' && c?.t === 'close' && tokens.length > 3) {
    return {
      k: 'paren',
      inner: { k: 'num', value: b.value, text: b.text },
      tail: parse(tokens, 3, tokens.length, index),
    };
  }
  return parse(tokens, 0, tokens.length, index);
}

/** Whether a rule node is a finished modifier phrase (以上, 以内…), after which a number starts a new item. */
function isPhrase(node: Extract<PhraseNode, { k: 'rule' }>): boolean {
  return node.rule.joinsAfter === true && node.x !== undefined;
}

/** "not …", when the grammar data has no ない (small test indexes). */
const NOT: GrammarRule = { term: 'ない', kind: 'negation', takes: 'before', templates: { en: 'not {x}' } };

/** A phrase waiting for its head: what it is and the particle's join. */
interface Pending {
  join: string;
  node: PhraseNode;
}

/** Parses tokens [from, to) into one node (several clauses when 、 or ： separate them). */
function parse(tokens: readonly Token[], from: number, to: number, index: CompiledIndex): PhraseNode {
  const negation = index.grammar.rules.find((r) => r.term === 'ない') ?? NOT;
  const clauses: PhraseNode[] = [];
  const seps: string[] = [];
  let cur: PhraseNode | undefined;
  let pending: Pending[] = [];
  let coord: { join?: string; rule?: GrammarRule; left: PhraseNode } | undefined;
  const prefixes: GrammarRule[] = [];
  let range = false;
  let slash = false;

  /** Closes an open coordination with the current phrase as its right side. */
  const closeCoord = () => {
    if (!coord) return;
    if (cur) {
      cur = coord.rule
        ? { k: 'rule', rule: coord.rule, a: coord.left, b: cur }
        : { k: 'join', join: coord.join!, a: coord.left, b: cur };
    } else cur = coord.left;
    coord = undefined;
  };
  /** Attaches phrases waiting with の to the current phrase (the head they were waiting for). */
  const closeModifiers = () => {
    while (cur && pending.length > 0 && pending[pending.length - 1]!.join === 'of') {
      cur = { k: 'join', join: 'of', a: pending.pop()!.node, b: cur };
    }
  };
  /** Adds a noun-like node to the current phrase. */
  const addNominal = (node: PhraseNode) => {
    while (prefixes.length > 0) node = applyPrefix(prefixes.pop()!, node);
    if (range && cur) {
      cur = { k: 'range', a: cur, b: node };
      range = false;
    } else if (slash && cur) {
      cur = { k: 'join', join: 'slash', a: cur, b: node };
      slash = false;
    } else if (!cur) cur = node;
    else if ((node.k === 'num' || isEra(node)) && cur.k === 'rule' && isPhrase(cur)) {
      // 6文字以上16文字以下, …日から14日以内: a new item after a finished "… or more" phrase; both modify what follows.
      pending.push({ join: 'to', node: cur });
      cur = node;
    } else if (cur.k === 'rel') cur = { ...cur, noun: { k: 'join', join: 'compound', a: cur.noun, b: node } };
    else if (
      cur.k === 'word' &&
      node.k === 'word' &&
      /[たるいず]$/.test(cur.seg.text) &&
      index.conj[cur.seg.entry ?? -1] !== 'i'
    ) {
      // 暗証番号を忘れた方: a phrase that ends like a verb describes the noun after it.
      cur = { k: 'rel', clause: { k: 'verb', seg: cur.seg, tags: [], args: [], fixed: true }, noun: node };
    } else if (cur.k === 'verb' || (cur.k === 'rule' && cur.tags)) cur = { k: 'rel', clause: cur, noun: node };
    // 世帯主から見た続柄, 所得に係る税額: the relation phrase describes the noun after it, as with の.
    else if (cur.k === 'rule' && cur.rule.joinsAfter) cur = { k: 'join', join: 'of', a: cur, b: node };
    else cur = { k: 'join', join: 'compound', a: cur, b: node };
  };
  /** A verb node for a word, taking the phrases waiting for a verb (and a bare noun before it) as its arguments. */
  const addVerb = (seg: Segment, tags: string[], fixed = false) => {
    const args: Pending[] = [];
    closeCoord();
    if (cur) args.push({ join: 'object', node: cur });
    cur = undefined;
    while (pending.length > 0 && pending[pending.length - 1]!.join !== 'of') args.unshift(pending.pop()!);
    cur = { k: 'verb', seg, tags, args, ...(fixed ? { fixed } : {}) };
  };
  /** Whether a phrase waits for a verb (を, に, で, へ): a predicate phrase after it acts as one. */
  const awaitsVerb = () => !cur && VERB_JOINS.has(pending[pending.length - 1]?.join ?? '');
  /** The phrase a grammar word applies to: the current one, else the last phrase waiting with a fitting particle. */
  const operand = (rule: GrammarRule): PhraseNode | undefined => {
    closeCoord();
    if (cur) {
      const x = cur;
      cur = undefined;
      return x;
    }
    const last = pending[pending.length - 1];
    if (last && (last.join === 'of' || (rule.particle ?? []).length > 0)) return pending.pop()!.node;
    return undefined;
  };
  const endWith = (sep: string) => {
    const clause = endClause();
    if (clause) {
      clauses.push(clause);
      seps.push(sep);
    }
  };
  const endClause = () => {
    closeCoord();
    // 氏名を入力: a する-noun ending the clause after を, に, で or へ is its verb (not before が: 誤りがある).
    if (
      cur?.k === 'word' &&
      index.conj[cur.seg.entry ?? -1] === 'n' &&
      VERB_JOINS.has(pending[pending.length - 1]?.join ?? '')
    ) {
      const seg = cur.seg;
      cur = undefined;
      addVerb(seg, []);
    }
    while (pending.length > 0) {
      const p = pending.pop()!;
      // A phrase that waited for a verb but got a noun phrase (パスワードを入力できません): "password: cannot be entered".
      const join =
        cur && cur.k !== 'verb' && !['of', 'and', 'also', 'subject', 'list'].includes(p.join) ? 'topic' : p.join;
      cur = cur ? { k: 'join', join, a: p.node, b: cur } : p.node;
    }
    const clause = cur;
    cur = undefined;
    pending = [];
    return clause;
  };

  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    switch (token.t) {
      case 'word':
        if (token.suruTags && awaitsVerb() && pending[pending.length - 1]!.join === 'object') {
          // 予約をしてください: the object noun is the verb, して… says how (please reserve).
          const object = pending[pending.length - 1]!.node;
          if (object.k === 'word' && conjOf(object.seg, index) === 'n') {
            pending.pop();
            addVerb(object.seg, token.suruTags);
            break;
          }
        }
        if (token.verb && isSuru(token.seg) && cur?.k === 'word') {
          // 修了 + した: the noun before a bare する is the verb.
          const noun = cur.seg;
          cur = undefined;
          addVerb(noun, token.seg.inflection ?? []);
        } else if (token.verb) addVerb(token.seg, token.seg.inflection ?? []);
        else if (awaitsVerb() && endsInKana(token.seg)) addVerb(token.seg, [], true);
        else addNominal({ k: 'word', seg: token.seg });
        // 続けて…, 電子署名を付与して申請します: a verb in the て form ends a clause ("…, and …").
        if (token.seg.inflection?.[0] === 'te' && cur?.k === 'verb') endWith(', ');
        break;
      case 'text':
        addNominal({ k: 'text', text: token.text });
        break;
      case 'num': {
        const node: PhraseNode = { k: 'num', value: token.value, text: token.text };
        addNominal(node);
        break;
      }
      case 'rule':
        applyRule(token);
        break;
      case 'particle':
        closeCoord();
        if (!cur) break;
        if (token.join === 'and') {
          coord = { join: 'and', left: cur };
          cur = undefined;
          break;
        }
        if (token.join !== 'of') closeModifiers();
        pending.push({ join: token.join, node: cur });
        cur = undefined;
        break;
      case 'sep':
        if (token.text === '・') {
          closeCoord();
          if (cur) coord = { join: 'list', left: cur };
          cur = undefined;
        } else endWith(token.text);
        break;
      case 'open': {
        const close = matchingClose(tokens, i, to);
        const inner = close > i + 1 ? parse(tokens, i + 1, close, index) : undefined;
        if (inner) {
          closeCoord();
          cur = cur ? { k: 'paren', head: cur, inner } : { k: 'paren', inner };
        }
        i = close;
        break;
      }
      case 'neg':
        if (cur?.k === 'verb') cur = cur.tags.includes('negative') ? cur : { ...cur, tags: ['negative', ...cur.tags] };
        else if (cur) cur = { k: 'rule', rule: negation, x: cur };
        break;
      case 'range':
        range = cur !== undefined;
        break;
      case 'slash':
        slash = cur !== undefined;
        break;
      case 'close':
        break;
    }
  }
  const last = endClause();
  if (last) clauses.push(last);
  else seps.pop();
  if (clauses.length === 0) return { k: 'text', text: '' };
  return clauses.length === 1 ? clauses[0]! : { k: 'clauses', parts: clauses, seps };

  /** Replaces the last item of the current phrase (半角数字16 → its 16) by what `change` makes of it. */
  function onLast(change: (last: PhraseNode) => PhraseNode | undefined): boolean {
    if (!cur) return false;
    if (cur.k === 'join' && cur.join === 'compound') {
      const b = change(cur.b);
      if (b) cur = { ...cur, b };
      return b !== undefined;
    }
    const next = change(cur);
    if (next) cur = next;
    return next !== undefined;
  }

  function applyRule(token: Extract<Token, { t: 'rule' }>): void {
    const { rule, seg } = token;
    const tags = seg.inflection;
    switch (rule.kind) {
      case 'number': {
        // 150万, and the end of a range (100万～200万: 2,000,000, not 200 ten thousand).
        const times = (n: PhraseNode): PhraseNode | undefined => {
          if (n.k === 'num') return { ...n, value: n.value * (rule.value ?? 1), text: n.text + seg.text };
          const b = n.k === 'range' ? times(n.b) : undefined;
          return n.k === 'range' && b ? { ...n, b } : undefined;
        };
        if (!onLast(times)) addNominal({ k: 'word', seg });
        return;
      }
      case 'counter':
        // 令和7年: the era says it (also at the end of a range or a compound: …〜令和7年).
        if (
          rule.term === '年' &&
          isEra(cur?.k === 'range' || (cur?.k === 'join' && cur.join === 'compound') ? cur.b : cur)
        )
          return;
        // 3月15日: the day of a month (March 15), not a number of days.
        if (
          rule.term === '日' &&
          cur?.k === 'join' &&
          cur.join === 'compound' &&
          cur.b.k === 'num' &&
          endsInMonth(cur.a)
        ) {
          cur = { k: 'join', join: 'date', a: cur.a, b: { k: 'text', text: cur.b.text } };
          return;
        }
        if (
          !onLast((n) =>
            n.k === 'num' || n.k === 'range'
              ? { k: 'rule', rule, n }
              : // 第16条, 第2回: the prefix asks for the counter's ordinal form (Article 16, 2nd time).
                n.k === 'rule' && n.rule.kind === 'ordinal' && n.rule.takes === 'after' && n.n?.k === 'num'
                ? { k: 'rule', rule, n: n.n, nth: true }
                : undefined,
          )
        ) {
          addNominal({ k: 'word', seg });
        }
        return;
      case 'ordinal': {
        if (rule.takes === 'after') return void prefixes.push(rule);
        const done = onLast((n) =>
          n.k === 'rule' && n.rule.kind === 'counter'
            ? { ...n, nth: true }
            : n.k === 'num'
              ? { k: 'rule', rule, n }
              : undefined,
        );
        if (!done) addNominal({ k: 'word', seg });
        return;
      }
      case 'era':
        prefixes.push(rule);
        return;
      default:
        break;
    }
    if (rule.takes === 'after') return void prefixes.push(rule);
    if (rule.takes === 'both') {
      closeCoord();
      const left = cur ?? pending.pop()?.node;
      cur = undefined;
      if (left) coord = { rule, left };
      return;
    }
    if (rule.takes === 'before') {
      const x = operand(rule);
      // Nothing for it to apply to (場合 alone): the word's own gloss says more than the bare template.
      if (!x && seg.entry !== undefined && seg.source !== 'grammar') return addNominal({ k: 'word', seg });
      cur = { k: 'rule', rule, ...(x ? { x } : {}), ...(tags ? { tags } : {}) };
      return;
    }
    addNominal({ k: 'rule', rule });
  }

  function applyPrefix(rule: GrammarRule, node: PhraseNode): PhraseNode {
    if (rule.kind === 'era' || rule.kind === 'ordinal') return node.k === 'num' ? { k: 'rule', rule, n: node } : node;
    return { k: 'rule', rule, x: node };
  }
}

/** Whether a node is an era with its year (令和7). */
function isEra(node: PhraseNode | undefined): boolean {
  return node?.k === 'rule' && node.rule.kind === 'era';
}

/** Whether a phrase ends in a month of the year (3月, as the dictionaries give it: March). */
function endsInMonth(node: PhraseNode): boolean {
  if (node.k === 'word') return /^\d{1,2}月$/.test(normalize(node.seg.text));
  return node.k === 'join' && node.join === 'compound' && endsInMonth(node.b);
}

/** The index of the bracket that closes the one at `open` (or `to` when none does). */
function matchingClose(tokens: readonly Token[], open: number, to: number): number {
  let depth = 0;
  for (let i = open; i < to; i++) {
    const t = tokens[i]!.t;
    if (t === 'open') depth++;
    else if (t === 'close' && --depth === 0) return i;
  }
  return to;
}
