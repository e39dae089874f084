/**
 * One small adapter over gloss results, old and new: the engine's GlossResult is growing `english` (one English
 * line, grammar-aware) and `meaning` (that line in the user's language, with its language and whether English stands
 * in). Everything in the content script reads results through here, so both shapes work.
 */
import type { RubyPart, Shown, WordGloss } from './tooltip-model';

/** The part of a gloss result the content script reads (the glossary's GlossResult satisfies it). */
export interface GlossLike {
  text: string;
  /** Whole-label English from the glossary. */
  translation?: string;
  /** The one English line for the text (grammar-aware), when the engine gives one. */
  english?: string;
  /** The line in the user's language. */
  meaning?: { text: string; lang: string; fallback?: boolean };
  hint?: string;
  segments: { text: string; reading?: string; gloss?: string; hint?: string; source: string }[];
}

/** Japanese that negates, restricts or contrasts: its meaning must too (DESIGN.md: meaning is never lost). */
const NEGATION_JA = /ない|ません|ず[にの、。]|ずに|不要|不可|以外|異な|違い|ではなく|禁止|のみ|だけ/;
/** English that carries a negation, restriction or contrast. */
const NEGATION_EN =
  /\b(not|no|never|without|except|other than|different|differ|differs|only|cannot|unnecessary|prohibited|none)\b|n't/i;

/** The words of a result that have a dictionary meaning. */
function glossedWords(result: GlossLike): { text: string; reading?: string; gloss: string }[] {
  return result.segments
    .filter((s) => s.gloss && (s.source === 'glossary' || s.source === 'vocabulary'))
    .map((s) => ({ text: s.text, ...(s.reading ? { reading: s.reading } : {}), gloss: s.gloss! }));
}

/**
 * The meaning of a result: meaning ?? english ?? translation ?? its word glosses joined. When the Japanese negates or
 * restricts and the line does not, there is no meaning (the words stay, behind "More"): a flipped meaning is worse
 * than none.
 * @example meaningOf({ text: '氏名', translation: 'Name', segments: [] }) // { text: 'Name', lang: 'en' }
 */
export function meaningOf(result: GlossLike): Shown | undefined {
  const m = result.meaning;
  let line: Shown | undefined;
  if (m && m.text) line = m.fallback ? { text: m.text, lang: m.lang, fallback: true } : { text: m.text, lang: m.lang };
  else if (result.english) line = { text: result.english, lang: 'en' };
  else if (result.translation) line = { text: result.translation, lang: 'en' };
  else {
    const words = glossedWords(result).map((w) => w.gloss);
    if (words.length > 0) line = { text: words.join(' · '), lang: 'en' };
  }
  if (!line) return undefined;
  // Only English can be checked here; a translation of a negation-aware English line is trusted.
  if (line.lang === 'en' && NEGATION_JA.test(result.text) && !NEGATION_EN.test(line.text)) return undefined;
  return line;
}

/** True when the meaning is a line for the whole text (not only its words joined). */
export function hasWholeMeaning(result: GlossLike): boolean {
  return Boolean(result.meaning?.text || result.english || result.translation);
}

/** The Japanese with readings (furigana) from the result's segments. */
export function partsOf(result: GlossLike): RubyPart[] {
  return result.segments.map((s) => (s.reading ? { text: s.text, reading: s.reading } : { text: s.text }));
}

/** The words of the text with their meanings (English: per-word glosses are English in the index). */
export function wordsOf(result: GlossLike): WordGloss[] {
  return glossedWords(result).map((w) => ({
    text: w.text,
    ...(w.reading ? { reading: w.reading } : {}),
    meaning: { text: w.gloss, lang: 'en' },
  }));
}

/** The glossary's hints on the text (whole-label hint first), distinct. */
export function hintsOf(result: GlossLike): string[] {
  const hints = [result.hint, ...result.segments.map((s) => s.hint)].filter((h): h is string => !!h);
  return [...new Set(hints)];
}
