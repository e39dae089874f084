/**
 * Folding of Latin-script text for matching: one rule for the lookup's words (../lookup/words.ts) and for reading a
 * name in the alphabet (../hints/romaji.ts), so that "Nguyễn", "hết hạn" and "Muñoz" lose their marks the same way.
 */

/**
 * Lower case, Latin diacritics dropped (NFD, then the combining marks U+0300–U+036F), đ → d, ’ → '. Marks of other
 * scripts stay (a Devanagari vowel sign is part of the letter). The result is decomposed: compose it (NFC) if
 * anything else than a–z can be left in it.
 * @example foldLatin('Hết hạn') === 'het han'
 */
export function foldLatin(text: string): string {
  return text
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/’/g, "'")
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
