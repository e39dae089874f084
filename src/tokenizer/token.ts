/**
 * The tokenizer's output as small, serialisable data. The content script receives these over a message
 * and must never import kuromoji (its dictionary costs ~250 MiB wherever it loads), so this file has
 * no dependency on it.
 */

/**
 * Coarse part of speech, mapped from IPADIC's (品詞, 品詞細分類1). `dependent` is a 非自立 noun, verb or
 * adjective (こと, ください, いる in ている): grammatical glue when written in kana.
 */
export type TokenPos =
  | 'noun'
  | 'pronoun'
  | 'verb'
  | 'adjective'
  | 'adverb'
  | 'adnominal'
  | 'conjunction'
  | 'interjection'
  | 'particle'
  | 'auxiliary'
  | 'prefix'
  | 'suffix'
  | 'dependent'
  | 'number'
  | 'symbol'
  | 'other';

/** One token. The surfaces of a label's tokens, joined, give back the text that was tokenized. */
export interface Token {
  surface: string;
  /** Dictionary form (し → する); the surface when the tokenizer does not know the word. */
  base: string;
  /** Hiragana reading of the surface, when the tokenizer knows it. */
  reading?: string;
  pos: TokenPos;
}

/** Tokenizes one text synchronously (what a loaded tokenizer offers). */
export type TokenizeFn = (text: string) => Token[];
