/**
 * The one adapter through which the lookup reads gloss results, so that today's results and the engine's
 * extended ones (issue 12: `english`, one composed line that keeps negations, comparisons and conditions, and
 * `meaning` in the user's language) both work:
 *
 *     meaning ?? english ?? translation ?? the words' glosses joined
 *
 * Nothing else in src/lookup or src/ui/lookup reads those fields.
 */
import type { CompiledIndex } from '@/src/dictionary/compiled-index';
import { entryId } from '@/src/dictionary/compiled-index';
import type { LanguagePack } from '@/src/dictionary/language-pack';
import type { GlossResult, Segment } from '@/src/glossary/types';
import { inLanguage, type LangText } from './entry-view';

/** A gloss result as the lookup reads it: today's fields, and the ones the engine is adding (all optional). */
export type GlossLike = GlossResult & {
  english?: string;
  meaning?: { text: string; lang: string; fallback?: boolean };
  segments: Array<Segment & { entry?: number }>;
};

/** Separator of word glosses when no composed line exists. */
export const WORD_SEPARATOR = ' · ';

/** Finds a segment's index entry: by the engine's `entry` where it gives one, else by its stable id. */
export interface EntryFinder {
  entryOf(segment: Segment & { entry?: number }): number;
}

/** An entry finder over an index (the id map is built on first use: ~12,000 ids). */
export function entryFinder(index: CompiledIndex): EntryFinder {
  let byId: Map<string, number> | undefined;
  return {
    entryOf(segment) {
      if (typeof segment.entry === 'number' && index.term[segment.entry] !== undefined) return segment.entry;
      if (!segment.id) return -1;
      byId ??= new Map(index.term.map((_, i) => [entryId(index, i), i]));
      return byId.get(segment.id) ?? -1;
    },
  };
}

/** True for a segment that carries a word's meaning (not a particle, punctuation or an unknown stretch). */
export function isWord(segment: Segment): boolean {
  return segment.source !== 'function' && segment.source !== 'unknown' && Boolean(segment.gloss);
}

/**
 * The meaning of a glossed text in the user's language, or null when no word in it has one.
 * @param pack the user's language pack (null: English)
 * @param glossLang the user's gloss language (null: English, or a UI language without glosses such as Japanese)
 * @example meaningOf(glosser.gloss('交付通知書'), finder, null, null) // { text: 'Notice of Issuance (…)', lang: 'en' }
 */
export function meaningOf(
  result: GlossLike,
  finder: EntryFinder,
  pack: LanguagePack | null,
  glossLang: string | null,
): LangText | null {
  if (result.meaning?.text) {
    const { text, lang, fallback } = result.meaning;
    return fallback ? { text, lang, fallback } : { text, lang };
  }
  const whole = result.english || result.translation;
  if (whole) return inLanguage(undefined, whole, glossLang);
  const words = result.segments.filter(isWord);
  if (words.length === 0) return null;
  const glosses = words.map((segment) => wordMeaning(segment, finder, pack, glossLang));
  // One short sense per word: a line of every sense of every word is too long to read.
  const texts = glosses.map((g) => firstSense(g.text)).filter((text, i, all) => text !== all[i - 1]);
  const fallback = glosses.some((g) => g.fallback);
  const lang = glosses.every((g) => g.lang === glosses[0]!.lang) ? glosses[0]!.lang : (glossLang ?? 'en');
  return fallback ? { text: texts.join(WORD_SEPARATOR), lang, fallback } : { text: texts.join(WORD_SEPARATOR), lang };
}

/**
 * The first sense of a gloss, without a note in brackets at its end.
 * @example firstSense('to approach; to draw near') === 'to approach'
 * @example firstSense('to be (of people and animals); to be (doing)') === 'to be'
 */
export function firstSense(gloss: string): string {
  let depth = 0;
  let end = gloss.length;
  for (let i = 0; i < gloss.length; i++) {
    const c = gloss[i];
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if ((c === ';' || c === '；') && depth === 0) {
      end = i;
      break;
    }
  }
  const first = gloss.slice(0, end).trim();
  return first.replace(/\s*[(（][^()（）]*[)）]$/, '').trim() || first;
}

/** A word's meaning in the user's language (the pack's gloss of its entry), else its English. */
export function wordMeaning(
  segment: Segment & { entry?: number },
  finder: EntryFinder,
  pack: LanguagePack | null,
  glossLang: string | null,
): LangText {
  const entry = pack ? finder.entryOf(segment) : -1;
  return inLanguage(entry >= 0 ? pack!.gloss[entry] : undefined, segment.gloss ?? '', glossLang);
}

/** A word's hint in the user's language, else its English, or undefined when it has none. */
export function wordHint(
  segment: Segment & { entry?: number },
  finder: EntryFinder,
  pack: LanguagePack | null,
  glossLang: string | null,
): LangText | undefined {
  if (!segment.hint) return undefined;
  const entry = pack ? finder.entryOf(segment) : -1;
  return inLanguage(entry >= 0 ? pack!.hint[entry] : undefined, segment.hint, glossLang);
}
