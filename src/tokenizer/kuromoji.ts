/**
 * Builds the kuromoji tokenizer and converts its output to {@link Token}s.
 *
 * Only the tokenizer host (offscreen document on Chrome, background page on Firefox) and Node tools
 * import this file. The dictionary is read by kuromoji-dict.ts (not by kuromoji's own loader, whose path joining
 * broke `chrome-extension://` URLs and which needed `async` and `fflate`).
 */

import type { IpadicFeatures } from '@sglkc/kuromoji';
import { buildTokenizer, fetchGunzipped, type ReadDictionaryFile } from './kuromoji-dict.ts';
import type { Token, TokenizeFn, TokenPos } from './token.ts';
import { katakanaToHiragana } from '../text/kana.ts';

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
  if (reading && reading !== '*' && /^[\u30a1-\u30fa\u30fc]+$/.test(reading))
    token.reading = katakanaToHiragana(reading);
  return token;
}

/**
 * Loads the kuromoji dictionary and resolves to a synchronous tokenize function. In an extension context `source` is
 * the dictionary folder ('/dict/'), read with fetch and DecompressionStream; Node passes its own file reader
 * (scripts/lib/node-tokenizer.ts). Takes ~0.5 s and ~250 MiB: call it once, from the tokenizer host.
 * @example const tokenize = await loadKuromoji('/dict/'); tokenize('入力してください')
 */
export async function loadKuromoji(source: string | ReadDictionaryFile): Promise<TokenizeFn> {
  const read: ReadDictionaryFile = typeof source === 'string' ? (name) => fetchGunzipped(`${source}${name}`) : source;
  const tokenizer = await buildTokenizer(read);
  return (text: string) => (text ? tokenizer.tokenize(text).map(toToken) : []);
}
