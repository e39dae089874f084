/**
 * Reads one line of EDICT (the EDRDG's Japanese-English dictionary in its one-line format):
 * `漢字 [かな] /(pos) gloss/gloss/(2) gloss/(P)/` or `かな /(pos) gloss/`. Build-time only (scripts/import-edict.ts).
 */

import { hasKanji, isJapaneseCode } from '../../src/glossary/char-class.ts';
import { normalize } from '../../src/glossary/normalize.ts';
import type { GeneralEntry } from '../../src/dictionary/general.ts';
import { katakanaToHiragana } from '../../src/text/kana.ts';

/** Longest spelling kept: longer entries are phrases that labels do not contain as they are. */
const MAX_TERM = 12;
/** Longest gloss kept (at a sense boundary where possible). */
const MAX_GLOSS = 60;
/** Senses marked like this are left out unless the word is common: archaic, obsolete, vulgar, slang, old spellings. */
const SKIP = /\((?:arch|obs|vulg|X|derog|sl|oK|ok|oik|iK|ik)\)/;
/** A gloss that starts a new sense: numbered, or with its own part of speech. */
const NEW_SENSE = /^\((?:\d+|n|v|adj|adv|exp|int|pref|suf|ctr|conj|prt|aux|pn|num|cop)\b/;

/** A parsed line: its entry and whether EDICT marks the word as common (P). */
export interface EdictLine {
  entry: GeneralEntry;
  common: boolean;
}

/**
 * Parses a line; undefined for the header, malformed lines and words left out.
 * @example parseEdictLine('課税 [かぜい] /(n,vs) taxation/(P)/')?.entry // { term: '課税', reading: 'かぜい', conj: 'n', gloss: 'taxation' }
 */
export function parseEdictLine(line: string): EdictLine | undefined {
  const match = /^(\S+)(?: \[(\S+)\])? \/(.*)\/$/.exec(line.trim());
  if (!match) return undefined;
  const [, rawTerm, rawReading, body] = match;
  const term = normalize(rawTerm!);
  if (term.length > MAX_TERM || ![...term].some((c) => isJapaneseCode(c.charCodeAt(0)))) return undefined;
  const parts = body!.split('/').filter((p) => p && !p.startsWith('EntL'));
  const common = parts.includes('(P)');
  const senses = parts.filter((p) => p !== '(P)');
  const first = senses[0];
  if (!first || (SKIP.test(first) && !common)) return undefined;
  const tags = [...first.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!);
  const glosses = [stripTags(first)];
  for (const next of senses.slice(1)) {
    if (NEW_SENSE.test(next) || glosses.length >= 3) break;
    glosses.push(next.trim());
  }
  const gloss = shorten(glosses.map(clean).filter(Boolean));
  if (!gloss) return undefined;
  const reading = rawReading ? toHiraganaReading(rawReading) : '';
  return { entry: { term, reading: hasKanji(term) ? reading : '', conj: conjOf(term, tags), gloss }, common };
}

/** Removes the leading tags of a sense: "(n,vs) (1) taxation" → "taxation". */
function stripTags(sense: string): string {
  return sense.replace(/^(?:\([^)]*\)\s*)+/, '').trim();
}

/** Drops examples and notes in brackets that make a gloss long ("(e.g. accidents, crimes)"). */
function clean(gloss: string): string {
  return gloss
    .replace(/\s*\((?:e\.g\.|esp\.|usu\.|orig\.|lit\.|i\.e\.)[^)]*\)/g, '')
    .replace(/[\t\n]/g, ' ')
    .trim();
}

/** Joins glosses with "; " up to MAX_GLOSS characters (always at least the first, cut at a word). */
function shorten(glosses: string[]): string {
  let out = '';
  for (const g of glosses) {
    const next = out ? `${out}; ${g}` : g;
    if (next.length > MAX_GLOSS && out) break;
    out = next;
  }
  if (out.length <= MAX_GLOSS) return out;
  const cut = out.slice(0, MAX_GLOSS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20))}…`;
}

/** Katakana readings (loanword spellings in EDICT) as hiragana, the way the index stores readings. */
function toHiraganaReading(reading: string): string {
  return katakanaToHiragana(normalize(reading));
}

/** The conjugation class code (compile-grammar.ts CONJ) of EDICT's parts of speech. */
function conjOf(term: string, tags: readonly string[]): string {
  const pos = tags.flatMap((t) => t.split(','));
  if (pos.includes('v1') || pos.includes('v1-s')) return '1';
  if (pos.some((p) => p.startsWith('v5'))) return '5';
  if (pos.includes('vk')) return 'k';
  if (pos.some((p) => p === 'vs-i' || p === 'vs-s')) return 's';
  if (pos.includes('adj-i')) return 'i';
  if (pos.includes('vs') || pos.includes('n') || pos.includes('adj-no') || pos.includes('adj-na')) {
    return hasKanji(term) || /^[\u30a1-\u30fc]+$/.test(term) ? 'n' : '-';
  }
  return '-';
}
