/**
 * Writes a phrase tree (compose.ts) in one gloss language: words by their gloss in that language, grammar words by
 * their templates, joins and verb forms by the language's templates (dictionaries/grammar/languages.yaml). English
 * verbs are conjugated (english.ts): 課税されないもの → "things not taxed".
 */

import type { CompiledIndex } from '../dictionary/compiled-index.ts';
import type { GrammarRule } from '../dictionary/schema-grammar.ts';
import type { PhraseNode } from './compose.ts';
import { ordinal, shortGloss, type EnglishMorphology, type EnglishVerb } from './english.ts';
import type { Segment } from './types.ts';

/** What rendering needs besides the tree. */
export interface RenderInput {
  lang: string;
  index: CompiledIndex;
  english: EnglishMorphology;
  /** The gloss of a word segment in `lang`, or undefined when the language lacks it. */
  glossOf(seg: Segment): string | undefined;
  /** Whether the whole line is one word (then its full gloss is shown, every sense). */
  single: boolean;
}

/** The rendered line; `missing` is true when some piece lacked the language (the caller falls back to English). */
export interface Rendered {
  text: string;
  missing: boolean;
}

/** Where a node stands: a verb's form depends on it. */
type Role = 'main' | 'attr' | 'cond' | 'ing';

/** The English forms of a verb for each conjugation (tags of deinflect.yaml). */
interface Forms {
  finite: string;
  attributive: string;
  /** With "you" as subject (under 場合/とき): "if you receive …". */
  withSubject: string;
  /** As the action itself (…すること): "completing", "not paying". */
  gerund: string;
}

/**
 * Renders a tree in `input.lang`.
 * @example render(composeTree(segments, index)!, { lang: 'en', … }).text === 'under 65 years old'
 */
export function render(tree: PhraseNode, input: RenderInput): Rendered {
  const lang = input.index.grammar.languages[input.lang] ?? input.index.grammar.languages['en'];
  let missing = false;
  const space = lang?.space ?? ' ';
  const isEn = input.lang === 'en';
  const nf = numberFormat(input.lang);

  const template = (rule: GrammarRule): string => {
    const text = rule.templates[input.lang as 'en'];
    if (text !== undefined) return text;
    if (!isEn) missing = true;
    return rule.templates.en;
  };
  const joinText = (name: string, a: string, b: string, v?: string): string => {
    const t = lang?.joins[name] ?? (name === 'slash' ? '{a}/{b}' : name === 'range' ? '{a}~{b}' : '{a} {b}');
    return fill(t, { a, b, v: v ?? b, n: b });
  };

  const word = (seg: Segment): string => {
    const gloss = input.glossOf(seg);
    if (gloss === undefined) {
      missing = true;
      return seg.gloss ? shortGloss(seg.gloss) : seg.text;
    }
    return input.single ? gloss : shortGloss(gloss);
  };

  const verbForms = (seg: Segment, tags: readonly string[]): Forms => {
    if (isEn) return englishForms(input.english.verbOf(seg.gloss ?? '') ?? nounVerb(word(seg)), tags);
    const v = word(seg);
    const form = verbForm(tags);
    const finite = form ? fill(lang?.verbs[form] ?? '{v}', { v }) : v;
    return { finite, attributive: finite, withSubject: finite, gerund: finite };
  };

  /** Renders a node; `role` says where it stands (a verb's form depends on it). */
  const r = (node: PhraseNode, role: Role = 'main'): string => {
    switch (node.k) {
      case 'word':
        return word(node.seg);
      case 'text':
        return node.text;
      case 'num':
        return nf.format(node.value);
      case 'range':
        return joinText('range', r(node.a), r(node.b));
      case 'join': {
        const a = r(node.a);
        const b = r(node.b);
        if (node.join === 'of' && isPrepositional(node.a)) return joinText('mod', a, b);
        // 代理人が申請する場合は…: the condition first, then what it is about.
        if (node.join === 'topic' && node.a.k === 'rule' && node.a.rule.kind === 'condition') return `${a}, ${b}`;
        return joinText(node.join, a, b);
      }
      case 'rule':
        return rule(node);
      case 'verb': {
        if (isEn && isExistence(node.seg)) return existence(node, role);
        // A phrase entry used as a verb (入力できません) already says its form: its gloss stands as it is.
        const forms = node.fixed ? fixedForms(word(node.seg)) : verbForms(node.seg, node.tags);
        // A verb with its own subject (外国人が…できないとき) needs no "you".
        const subject = node.args.some((a) => a.join === 'subject' || a.join === 'topic');
        let v =
          role === 'attr'
            ? forms.attributive
            : role === 'cond' && !subject
              ? forms.withSubject
              : role === 'ing'
                ? forms.gerund
                : forms.finite;
        // Objects go next to the verb, then the other phrases, nearest first ("submit the return to the office").
        const args = [
          ...node.args.filter((a) => a.join === 'object'),
          ...node.args.filter((a) => a.join !== 'object').reverse(),
        ];
        // A phrase in the passive (cannot be entered) reads best after its object: "password: cannot be entered".
        const passive = isEn && node.fixed && /\bbe\b|\b(is|are)\b/.test(v);
        for (const arg of args) {
          const a = r(arg.node);
          if (isEn && isPrepositional(arg.node)) v = `${v} ${a}`;
          else v = joinText(passive && arg.join === 'object' ? 'topic' : arg.join, a, v, v);
        }
        return v;
      }
      case 'rel':
        // こと after a clause names the action itself (修了したことの証明: proof of having completed …).
        if (isNominaliser(node.noun)) return r(node.clause, isEn ? 'ing' : 'main');
        // 方 after a clause is the people it describes (暗証番号を忘れた方: those who forgot the PIN).
        if (isEn && isPerson(node.noun) && node.clause.k === 'verb') {
          return isExistence(node.clause.seg)
            ? `those ${r(node.clause, 'attr')}`
            : `those who ${r(node.clause, 'main')}`;
        }
        return fill(lang?.joins['rel'] ?? '{n} {v}', { n: r(node.noun), v: r(node.clause, 'attr') });
      case 'paren': {
        const inner = r(node.inner);
        const paren = input.lang === 'zh-CN' ? `（${inner}）` : `(${inner})`;
        if (node.tail) return `${paren} ${r(node.tail, role)}`;
        return node.head ? `${r(node.head, role)}${space}${paren}` : paren;
      }
      case 'clauses':
        return node.parts.map((p, i) => (i === 0 ? '' : node.seps[i - 1]) + r(p, role)).join('');
    }
  };

  const rule = (node: Extract<PhraseNode, { k: 'rule' }>): string => {
    const { rule: g } = node;
    if (g.kind === 'counter' || g.kind === 'ordinal' || g.kind === 'era') return counted(node);
    const t = template(g);
    const cond = g.kind === 'condition' || (g.kind === 'time' && g.takes === 'before');
    const x = node.x ? r(node.x, cond ? 'cond' : 'main') : undefined;
    let text: string;
    if (g.takes === 'both') text = fill(t, { a: node.a ? r(node.a) : '', b: node.b ? r(node.b) : '' });
    else if (x !== undefined) text = fill(t, { x });
    else text = bare(t);
    if (node.tags?.includes('negative'))
      text = isEn ? `not ${text}` : fill(lang?.verbs['negative'] ?? '{v}', { v: text });
    if (node.tags?.includes('conditional'))
      text = fill(isEn ? 'if {v}' : (lang?.verbs['conditional'] ?? '{v}'), { v: text });
    return text;
  };

  /** ある/いる with what exists: "there is …", "with …" before a noun, "no …" when negative. */
  const existence = (node: Extract<PhraseNode, { k: 'verb' }>, role: Role): string => {
    const neg = node.tags.includes('negative');
    const what = node.args.filter((a) => a.join === 'subject' || a.join === 'object' || a.join === 'topic');
    const a = what.map((arg) => r(arg.node)).join(' and ');
    // 番号に誤りがあります: there is an error in the number.
    const rest = node.args
      .filter((arg) => !what.includes(arg))
      .map((arg) => (arg.join === 'to' ? `in ${r(arg.node)}` : r(arg.node)));
    const attr = role === 'attr';
    const core = neg ? (attr ? `without ${a}` : `there is no ${a}`) : attr ? `with ${a}` : `there is ${a}`;
    return [core, ...rest].join(' ');
  };

  const counted = (node: Extract<PhraseNode, { k: 'rule' }>): string => {
    const g = node.rule;
    const n = node.n;
    const value = n?.k === 'num' ? n.value : undefined;
    // A Western year is written without grouping (2026年: 2026, not 2,026).
    const westernYear = g.term === '年' && value !== undefined && value >= 1000 && value < 10000;
    const num = westernYear ? String(value) : n ? r(n) : '';
    if (g.kind === 'era') {
      const year = value !== undefined && g.value !== undefined ? String(g.value + value) : '';
      return fill(template(g), { n: num, year });
    }
    if (node.nth && isEn) {
      // 1～4桁目: digits 1 to 4.
      if (n?.k === 'range') return `${g.templates.en.replace('{n}', '').trim()} ${num}`;
      if (g.nth?.en) return fill(g.nth.en, { nth: value !== undefined ? ordinal(value) : num, n: num });
      const one = (g.one ?? g.templates.en).replace('{n}', '').trim();
      return `${value !== undefined ? ordinal(value) : num} ${one}`;
    }
    const own = g.nth?.[input.lang as 'en'];
    if (node.nth && own) return fill(own, { n: num, nth: num });
    if (node.nth) {
      const inner = fill(template(g), { n: num });
      const ord = input.index.grammar.rules.find((x) => x.kind === 'ordinal' && x.takes !== 'after');
      return ord ? fill(ord.templates[input.lang as 'en'] ?? ord.templates.en, { n: inner, nth: inner }) : inner;
    }
    const t = isEn && value === 1 && g.one ? g.one : template(g);
    return fill(t, { n: num, nth: value !== undefined && isEn ? ordinal(value) : num });
  };

  const text = r(tree).replace(/\s+/g, ' ').trim();
  return { text, missing };
}

const formats = new Map<string, Intl.NumberFormat>();

/** A number format per language, made once (constructing one costs more than glossing a label). */
function numberFormat(lang: string): Intl.NumberFormat {
  let format = formats.get(lang);
  if (!format) formats.set(lang, (format = new Intl.NumberFormat(lang === 'fil' ? 'en' : lang)));
  return format;
}

/** Fills `{name}` placeholders. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A template without its placeholders ('other than {x}' → 'other than'). */
function bare(template: string): string {
  return template
    .replace(/\{\w+\}/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+|[\s,]+$/g, '');
}

/** Whether a node reads as a prepositional phrase in English (…以外 "other than …"): it follows the noun. */
function isPrepositional(node: PhraseNode): boolean {
  if (node.k === 'rule') return node.rule.joinsAfter === true || node.rule.kind === 'condition';
  if (node.k === 'paren' && node.head) return isPrepositional(node.head);
  return false;
}

/** Which language form a verb's tags call for (the non-English languages' `verbs` keys). */
function verbForm(tags: readonly string[]): string | undefined {
  const has = (t: string) => tags.includes(t);
  const neg = has('negative');
  if (has('request')) return neg ? 'negative-request' : 'request';
  if (has('potential')) return neg ? 'negative-potential' : 'potential';
  if (neg) return 'negative';
  for (const form of ['passive', 'progressive', 'desire', 'past', 'conditional', 'causative'])
    if (has(form)) return form;
  return undefined;
}

/** Forms of a phrase that already says how it is meant (forgot my PIN, cannot be entered). */
function fixedForms(gloss: string): Forms {
  return { finite: gloss, attributive: gloss, withSubject: gloss, gerund: gloss };
}

/** A gloss that is no verb ("the person themself") used as one: its forms are the gloss itself. */
function nounVerb(gloss: string): EnglishVerb {
  return { base: gloss, pastParticiple: gloss, ing: gloss };
}

/** English forms of a verb for a conjugation's tags. */
function englishForms(verb: EnglishVerb, tags: readonly string[]): Forms {
  const has = (t: string) => tags.includes(t);
  const neg = has('negative');
  const { base, pastParticiple: pp, ing } = verb;
  const not = neg ? 'not ' : '';
  const forms = (finite: string, attributive: string, withSubject: string, gerund: string): Forms => ({
    finite,
    attributive,
    withSubject,
    gerund,
  });
  if (has('request')) {
    const text = neg ? `please do not ${base}` : `please ${base}`;
    return forms(text, text, text, `${not}${ing}`);
  }
  if (has('potential')) {
    if (has('passive')) {
      const text = neg ? `cannot be ${pp}` : `can be ${pp}`;
      return forms(text, text, text, `${not}being able to be ${pp}`);
    }
    const text = neg ? `cannot ${base}` : `can ${base}`;
    return forms(text, `you ${text}`, `you ${text}`, `${not}being able to ${base}`);
  }
  if (has('passive')) return forms(`${not}${pp}`, `${not}${pp}`, `${not}${pp}`, `${not}being ${pp}`);
  if (has('progressive')) return forms(`${not}${ing}`, `${not}${ing}`, `you are ${not}${ing}`, `${not}${ing}`);
  if (has('desire')) {
    const want = neg ? 'do not want' : 'want';
    return forms(`${want} to ${base}`, `you ${want} to ${base}`, `you ${want} to ${base}`, `${not}wanting to ${base}`);
  }
  if (has('causative'))
    return forms(
      `have someone ${base}`,
      `to have someone ${base}`,
      `you have someone ${base}`,
      `having someone ${base}`,
    );
  if (has('past')) {
    return neg
      ? forms(`did not ${base}`, `not ${pp}`, `you did not ${base}`, `not having ${pp}`)
      : forms(pp, pp, `you ${pp}`, `having ${pp}`);
  }
  if (neg) return forms(`do not ${base}`, `not ${ing}`, `you do not ${base}`, `not ${ing}`);
  return forms(base, `to ${base}`, `you ${base}`, ing);
}

/** Whether a verb is ある or いる (to exist, to have). */
function isExistence(seg: Segment): boolean {
  const base = seg.base ?? seg.text;
  return (
    /^(ある|有る|在る|いる|居る)$/.test(base) ||
    /^(あり|あります|ありません|ある|あった|いる|います|いない)$/.test(seg.text)
  );
}

/** Whether a noun is 方 read かた (a person, politely). */
function isPerson(node: PhraseNode): boolean {
  return node.k === 'word' && node.seg.text === '方' && node.seg.reading !== 'ほう';
}

/** Whether a noun is the nominaliser こと (the clause before it names an action). */
function isNominaliser(node: PhraseNode): boolean {
  return node.k === 'word' && /^(こと|事)$/.test(node.seg.text);
}
