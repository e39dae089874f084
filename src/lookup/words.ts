/**
 * Words of a meaning (English, or a gloss in the user's language) as the search finds them: folded, split and
 * stemmed, by rules declared as data so that a table test can walk them.
 *
 * Folding: lower case, Latin accents dropped (users often type "het han" for "hết hạn", "validacao" for
 * "validação"); other scripts keep their marks (a Devanagari vowel sign is part of the letter).
 * Stemming: English suffixes, so that "expiry", "expires", "expired" and "expiration" meet. It is deliberately
 * light (a few suffixes, never below three letters): a loose match ranks below a whole-word match anyway.
 */
import { foldLatin } from '@/src/text/latin';

/** Suffix rules, tried in order; the first that applies rewrites the word, then the next round starts. */
export const STEM_RULES: ReadonlyArray<readonly [suffix: string, replacement: string, why: string]> = [
  ['ies', 'y', 'applies → apply'],
  ['ied', 'y', 'applied → apply'],
  ['ations', '', 'registrations → registr'],
  ['ation', '', 'expiration → expir'],
  ['ings', '', 'filings → fil'],
  ['ing', '', 'filing → fil'],
  ['ed', '', 'expired → expir'],
  ['es', '', 'addresses → address, notices → notic'],
  ['s', '', 'cards → card (not after s: address stays)'],
  ['al', '', 'renewal → renew'],
  ['y', '', 'expiry → expir'],
  ['e', '', 'expire → expir, notice → notic'],
];

/** Shortest stem a rule may leave. */
const MIN_STEM = 3;

/**
 * Lower case, Latin diacritics dropped, đ → d, curly apostrophes straight.
 * @example foldText('Hết hạn') === 'het han'
 */
export function foldText(text: string): string {
  // Most glosses are plain ASCII: lower-casing is all they need (and normalize() is the costly step).
  if (isAscii(text)) return text.toLowerCase();
  return foldLatin(text).normalize('NFC');
}

/**
 * The words of a folded text: runs of letters, marks and digits.
 * @example wordsOf('card expiry date (5 years)') // ['card', 'expiry', 'date', '5', 'years']
 */
export function wordsOf(folded: string): string[] {
  if (isAscii(folded)) return folded.match(/[a-z0-9]+/g) ?? [];
  return folded.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * The stem of a folded word: only words in a-z are stemmed (English, and harmlessly the other Latin-script
 * languages); others are returned as they are.
 * @example stem('expiration') === 'expir'; stem('expiry') === 'expir'; stem('address') === 'address'
 */
export function stem(word: string): string {
  const cached = STEMS.get(word);
  if (cached !== undefined) return cached;
  const stemmed = stemWord(word);
  STEMS.set(word, stemmed);
  return stemmed;
}

/** Stems already computed: glosses repeat their words (38,000 words, a fifth of them distinct). */
const STEMS = new Map<string, string>();

function stemWord(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  let current = word;
  // Two rounds: applied → apply → appl.
  for (let round = 0; round < 2; round++) {
    const rule = STEM_RULES.find(
      ([suffix, replacement]) =>
        current.endsWith(suffix) &&
        current.length - suffix.length + replacement.length >= MIN_STEM &&
        !(suffix === 's' && current.endsWith('ss')),
    );
    if (!rule) break;
    current = current.slice(0, current.length - rule[0].length) + rule[1];
  }
  return current;
}

/**
 * The senses of a gloss, folded: split at ; and , and without parenthesised notes, for comparing a whole query.
 * @example sensesOf('Notice of Issuance (pickup notice postcard)') // ['notice of issuance']
 * @example sensesOf('proof; certification') // ['proof', 'certification']
 */
export function sensesOf(gloss: string): string[] {
  return foldText(gloss)
    .replace(/[(（][^)）]*[)）]/g, ' ')
    .split(/[;,；，、]/)
    .map((sense) => sense.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** True when every character is ASCII (most English glosses): the fast paths need no Unicode. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** True when a text is written in a script without spaces between words (Chinese, Japanese). */
export function isUnspacedScript(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
}
