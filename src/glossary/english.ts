/**
 * English morphology for the composed line: the short gloss of an entry, the verb of a する-noun's gloss
 * ("taxation" → tax), its past participle and -ing form, ordinals and plurals. Tables come from
 * dictionaries/grammar/english.yaml; the rest are the regular spelling rules.
 */

import type { CompiledGrammar } from '../dictionary/schema-grammar.ts';

/** The first sense of a gloss, without notes in brackets and examples ("input; entry (typing in)" → "input"). */
export function shortGloss(gloss: string): string {
  const first = splitSenses(gloss)[0] ?? gloss;
  const bare = first
    .replace(/\s*\(e\.g\.[^)]*\)/g, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim();
  return bare || first.trim();
}

/** The senses of a gloss, split at semicolons outside brackets. */
export function splitSenses(gloss: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < gloss.length; i++) {
    const c = gloss[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ';' && depth === 0) {
      out.push(gloss.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(gloss.slice(start).trim());
  return out.filter(Boolean);
}

/** An English verb with the forms the composer uses. */
export interface EnglishVerb {
  /** Bare form, possibly with a particle or object ("carry out", "log in"). */
  base: string;
  pastParticiple: string;
  ing: string;
}

/** Conjugates English verbs with the grammar's tables. */
export interface EnglishMorphology {
  /** The verb of a gloss: its "to …" sense, else the verb of its first noun sense ("taxation" → tax). */
  verbOf(gloss: string): EnglishVerb | undefined;
  /** The verb forms of a bare verb. */
  conjugate(base: string): EnglishVerb;
}

const NOUN_SUFFIXES: ReadonlyArray<[suffix: string, replacements: string[]]> = [
  ['ication', ['y']],
  ['ation', ['', 'e']],
  ['ition', ['', 'e']],
  ['ssion', ['t', 'ss']],
  ['ction', ['ct']],
  ['ption', ['pt', 'be']],
  ['sion', ['de', 'se']],
  ['ment', ['']],
  ['ance', ['']],
  ['ence', ['']],
  ['al', ['']],
  ['ing', ['', 'e']],
];

/**
 * Creates the morphology for the grammar's English tables.
 * @example createEnglish(index.grammar).verbOf('taxation; taxable')?.pastParticiple === 'taxed'
 */
export function createEnglish(tables: CompiledGrammar['english']): EnglishMorphology {
  const irregular = new Map(Object.entries(tables.irregular));
  const known = new Set([...Object.values(tables.verbs), ...irregular.keys()]);

  const conjugate = (base: string): EnglishVerb => {
    const [head = base, ...rest] = base.split(' ');
    const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
    const forms = irregular.get(base) ?? irregular.get(head);
    if (forms) {
      const whole = irregular.has(base);
      return {
        base,
        pastParticiple: whole ? forms[0] : forms[0] + tail,
        ing: whole ? forms[1] : forms[1] + tail,
      };
    }
    return { base, pastParticiple: regularPast(head) + tail, ing: regularIng(head) + tail };
  };

  const verbOf = (gloss: string): EnglishVerb | undefined => {
    const senses = splitSenses(gloss).map((s) => s.replace(/\s*\([^)]*\)/g, '').trim());
    const toSense = senses.find((s) => s.startsWith('to '));
    if (toSense) return conjugate(toSense.slice(3).trim());
    const first = senses[0];
    if (!first) return undefined;
    const listed = tables.verbs[first.toLowerCase()] ?? tables.verbs[splitSenses(gloss)[0]?.toLowerCase() ?? ''];
    if (listed) return conjugate(listed);
    const words = first.split(' ');
    // A phrase that starts with a verb (add an electronic signature) is that verb with its object.
    if (words.length > 1 && known.has(words[0]!)) return conjugate(first);
    // "filling in" → fill in.
    if (words[0]!.endsWith('ing') && words[0]!.length > 5) {
      const stem = words[0]!.slice(0, -3);
      const verb =
        /(.)\1$/.test(stem) && !/(ll|ss)$/.test(stem) ? stem.slice(0, -1) : known.has(`${stem}e`) ? `${stem}e` : stem;
      return conjugate([verb, ...words.slice(1)].join(' '));
    }
    // Longer glosses are descriptions, not a noun to turn into a verb.
    if (words.length > 2) return undefined;
    const noun = words[words.length - 1]!.toLowerCase();
    const object = words.length > 1 ? ` ${words.slice(0, -1).join(' ')}` : '';
    const single = tables.verbs[noun];
    if (single) return withObject(conjugate(single), object);
    for (const [suffix, replacements] of NOUN_SUFFIXES) {
      if (!noun.endsWith(suffix) || noun.length <= suffix.length + 2) continue;
      const stem = noun.slice(0, -suffix.length);
      const guess = replacements.map((r) => stem + r).find((v) => known.has(v)) ?? stem + replacements[0];
      return withObject(conjugate(guess), object);
    }
    return undefined;
  };

  return { verbOf, conjugate };
}

/** "carry out" + " the survey": the object follows the verb ("registration of residence" reads as register …). */
function withObject(verb: EnglishVerb, object: string): EnglishVerb {
  if (!object) return verb;
  return { base: verb.base + object, pastParticiple: verb.pastParticiple + object, ing: verb.ing + object };
}

const VOWELS = 'aeiou';

/** Regular past participle: taxed, submitted, applied, saved. */
function regularPast(verb: string): string {
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  if (doublesFinal(verb)) return `${verb}${verb.slice(-1)}ed`;
  return `${verb}ed`;
}

/** Regular -ing form: taxing, submitting, saving. */
function regularIng(verb: string): string {
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (verb.endsWith('e') && !verb.endsWith('ee')) return `${verb.slice(0, -1)}ing`;
  if (doublesFinal(verb)) return `${verb}${verb.slice(-1)}ing`;
  return `${verb}ing`;
}

/** Short verbs stressed on a final consonant-vowel-consonant double it (submit → submitted; visit does not). */
function doublesFinal(verb: string): boolean {
  const n = verb.length;
  if (n < 3 || 'wxy'.includes(verb[n - 1]!)) return false;
  const [a, b, c] = [verb[n - 3]!, verb[n - 2]!, verb[n - 1]!];
  if (VOWELS.includes(c) || !VOWELS.includes(b) || VOWELS.includes(a)) return false;
  // One syllable (tax is excluded above by x; stop, plan) or a known stressed ending (submit, permit, refer, omit).
  const syllables = verb.match(/[aeiouy]+/g)?.length ?? 0;
  return syllables === 1 || /(mit|fer|pel|cur|gin)$/.test(verb);
}

/**
 * English ordinal of a number.
 * @example ordinal(1) === '1st' && ordinal(12) === '12th' && ordinal(23) === '23rd'
 */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
