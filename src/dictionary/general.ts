/**
 * The general dictionary (dictionaries/general/edict.tsv.gz, from the EDRDG's EDICT, CC BY-SA 4.0): the layer under
 * the curated glossary and vocabulary, so that no word of a label is left without a gloss. It is large (about a
 * quarter of a million words), so it lives where the tokenizer lives (one copy per browser: the offscreen document
 * on Chrome, the background page on Firefox) and answers only for words the bundled index lacks.
 *
 * One line per spelling, sorted by code unit: `term TAB reading TAB conjugation class TAB gloss`. The text is kept
 * as one string with an array of line starts, and searched by bisection: no object per word.
 */

import type { Deinflector } from '../glossary/deinflect.ts';
import { isHiraganaCode } from '../glossary/char-class.ts';

/** One word of the general dictionary. */
export interface GeneralEntry {
  term: string;
  /** Hiragana reading, '' for words without kanji. */
  reading: string;
  /** Conjugation class code (compile-grammar.ts CONJ). */
  conj: string;
  gloss: string;
}

/** A piece of a looked-up text: a word of the dictionary (with how it was conjugated), or a piece it lacks. */
export interface GeneralPiece {
  text: string;
  entry?: GeneralEntry;
  /** The dictionary form, when the piece is conjugated. */
  base?: string;
  tags?: string[];
}

/** Longest spelling in the file (scripts/lib/edict.ts keeps up to 12 characters). */
const MAX_TERM = 12;

/**
 * The line of an entry.
 * @example formatGeneralLine({ term: '課税', reading: 'かぜい', conj: 'n', gloss: 'taxation' }) === '課税\tかぜい\tn\ttaxation'
 */
export function formatGeneralLine(entry: GeneralEntry): string {
  return [entry.term, entry.reading, entry.conj, entry.gloss].join('\t');
}

/** The general dictionary, ready to search. */
export interface GeneralDictionary {
  readonly size: number;
  get(term: string): GeneralEntry | undefined;
  /**
   * Splits a text into dictionary words, longest first at each position (conjugated forms by the deinflector), and
   * the pieces it lacks.
   */
  segment(text: string, deinflector?: Deinflector): GeneralPiece[];
}

/**
 * Loads the dictionary from its TSV text (sorted; checked by {@link validateGeneral} at build time).
 * @example loadGeneral(tsv).get('件数')?.reading === 'けんすう'
 */
export function loadGeneral(tsv: string): GeneralDictionary {
  const starts: number[] = [];
  for (let at = 0; at < tsv.length;) {
    const end = tsv.indexOf('\n', at);
    if (end !== at) starts.push(at);
    at = end < 0 ? tsv.length : end + 1;
  }
  const lineStarts = Int32Array.from(starts);
  const termAt = (k: number): string => {
    const start = lineStarts[k]!;
    return tsv.slice(start, tsv.indexOf('\t', start));
  };
  const entryAt = (k: number): GeneralEntry => {
    const start = lineStarts[k]!;
    const end = tsv.indexOf('\n', start);
    const [term = '', reading = '', conj = '-', gloss = ''] = tsv.slice(start, end < 0 ? tsv.length : end).split('\t');
    return { term, reading, conj, gloss };
  };
  const get = (term: string): GeneralEntry | undefined => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = termAt(mid);
      if (t === term) return entryAt(mid);
      if (t < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };

  const longestAt = (text: string, from: number, deinflector?: Deinflector): GeneralPiece | undefined => {
    let best: GeneralPiece | undefined;
    for (let end = Math.min(text.length, from + MAX_TERM); end > from; end--) {
      const entry = get(text.slice(from, end));
      if (entry) {
        best = { text: text.slice(from, end), entry };
        break;
      }
    }
    if (!deinflector) return best;
    // A conjugated form ends in kana and is longer than a plain match.
    for (let end = Math.min(text.length, from + MAX_TERM + 8); end > from + (best?.text.length ?? 1); end--) {
      if (!isHiraganaCode(text.charCodeAt(end - 1))) continue;
      for (const candidate of deinflector.candidates(text.slice(from, end))) {
        const entry = get(candidate.term);
        if (entry && (deinflector.classOf(entry.conj) & candidate.classes) !== 0) {
          const base = entry.conj === 'n' ? `${candidate.term}する` : candidate.term;
          return { text: text.slice(from, end), entry, base, tags: candidate.tags };
        }
      }
    }
    return best;
  };

  const segment = (text: string, deinflector?: Deinflector): GeneralPiece[] => {
    const out: GeneralPiece[] = [];
    let gap = '';
    for (let i = 0; i < text.length;) {
      const piece = longestAt(text, i, deinflector);
      if (piece) {
        if (gap) out.push({ text: gap });
        gap = '';
        out.push(piece);
        i += piece.text.length;
      } else gap += text[i++];
    }
    if (gap) out.push({ text: gap });
    return out;
  };

  return { size: lineStarts.length, get, segment };
}

/**
 * Checks the general dictionary's text: four fields a line, sorted, no duplicate spelling. Returns the problems (at
 * most `limit`), for the build.
 */
export function validateGeneral(tsv: string, limit = 10): string[] {
  const problems: string[] = [];
  let previous = '';
  const lines = tsv.split('\n');
  lines.forEach((line, i) => {
    if (problems.length >= limit || (line === '' && i === lines.length - 1)) return;
    const fields = line.split('\t');
    if (fields.length !== 4 || !fields[0] || !fields[3])
      problems.push(`line ${i + 1}: expected term, reading, class, gloss`);
    else if (fields[0] <= previous) problems.push(`line ${i + 1}: ${fields[0]} is out of order or repeated`);
    previous = fields[0] ?? previous;
  });
  return problems;
}
