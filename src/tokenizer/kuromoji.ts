/**
 * Builds the kuromoji tokenizer and converts its output to {@link Token}s.
 *
 * Only the tokenizer host (offscreen document on Chrome, background page on Firefox) and Node tools
 * import this file. `dicPath` must be relative ('/dict/') in extension contexts: kuromoji joins paths
 * with a regex that breaks `chrome-extension://` URLs (notes/toolchain.md). In Node pass the package's
 * own dict folder (scripts/lib/node-tokenizer.ts).
 */

import kuromoji, { type IpadicFeatures } from '@sglkc/kuromoji';
import { toHiragana } from '../glossary/char-class.ts';
import type { Token, TokenizeFn, TokenPos } from './token.ts';

/**
 * IPADIC (品詞, 品詞細分類1) → {@link TokenPos}. A `*` detail is the default for the 品詞; declared as
 * data so a table test can walk it.
 */
export const POS_TABLE: ReadonlyArray<readonly [pos: string, detail: string, mapped: TokenPos]> = [
  ['名詞', '数', 'number'],
  ['名詞', '代名詞', 'pronoun'],
  ['名詞', '非自立', 'dependent'],
  ['名詞', '接尾', 'suffix'],
  ['名詞', '*', 'noun'],
  ['動詞', '非自立', 'dependent'],
  ['動詞', '接尾', 'suffix'],
  ['動詞', '*', 'verb'],
  ['形容詞', '非自立', 'dependent'],
  ['形容詞', '接尾', 'suffix'],
  ['形容詞', '*', 'adjective'],
  ['副詞', '*', 'adverb'],
  ['連体詞', '*', 'adnominal'],
  ['接続詞', '*', 'conjunction'],
  ['感動詞', '*', 'interjection'],
  ['助詞', '*', 'particle'],
  ['助動詞', '*', 'auxiliary'],
  ['接頭詞', '*', 'prefix'],
  ['記号', '*', 'symbol'],
];
const POS_LOOKUP = new Map(POS_TABLE.map(([pos, detail, mapped]) => [`${pos},${detail}`, mapped]));

/**
 * Maps an IPADIC part of speech to a {@link TokenPos}.
 * @example mapPos('動詞', '非自立') === 'dependent'
 */
export function mapPos(pos: string, detail: string): TokenPos {
  return POS_LOOKUP.get(`${pos},${detail}`) ?? POS_LOOKUP.get(`${pos},*`) ?? 'other';
}

/** Converts one kuromoji token; readings become hiragana, and `*` (unknown) fields are dropped. */
export function toToken(features: IpadicFeatures): Token {
  const surface = features.surface_form;
  const base = features.basic_form && features.basic_form !== '*' ? features.basic_form : surface;
  const token: Token = { surface, base, pos: mapPos(features.pos, features.pos_detail_1) };
  // Symbols' "readings" are the symbols themselves; only a katakana reading is a reading.
  const reading = features.reading;
  if (reading && reading !== '*' && /^[\u30a1-\u30fa\u30fc]+$/.test(reading)) token.reading = toHiragana(reading);
  return token;
}

/**
 * Loads the kuromoji dictionary from `dicPath` and resolves to a synchronous tokenize function.
 * Takes ~0.5 s and ~250 MiB: call it once, from the tokenizer host.
 * @example const tokenize = await loadKuromoji('/dict/'); tokenize('入力してください')
 */
export function loadKuromoji(dicPath: string): Promise<TokenizeFn> {
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((err, tokenizer) => {
      // kuromoji passes a null error on success despite its typings.
      if (err) reject(err instanceof Error ? err : new Error(String(err)));
      else resolve((text: string) => (text ? tokenizer.tokenize(text).map(toToken) : []));
    });
  });
}
