/**
 * Each glossary reading agrees with kuromoji's where kuromoji knows the term as one word. A mismatch is
 * usually a typo in the YAML (しょうめいしょ for 証明書 written しょうめしょ); where kuromoji's reading is
 * the wrong one for these forms, add the term to ACCEPTED with the reason.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionaryFiles } from '../../scripts/lib/load-dictionaries.ts';
import { loadNodeTokenizer } from '../../scripts/lib/node-tokenizer.ts';
import { hasKanji } from '../glossary/char-class.ts';
import { normalize } from '../glossary/normalize.ts';
import type { TokenizeFn } from '../tokenizer/token.ts';
import { compile } from '../../build/dictionary/compile.ts';
import { entryId } from './compiled-index.ts';

/** Terms whose reading on the portals differs from kuromoji's (IPADIC's) single reading. */
const ACCEPTED: Readonly<Record<string, string>> = {
  本所: 'ほんしょ, a bank or co-operative head office; IPADIC has only the Tokyo place name ほんじょ',
  通帳: 'つうちょう, a bankbook; IPADIC gives the old かよいちょう',
  預け入れ: 'あずけいれ in modern kana; IPADIC gives historical あづけいれ',
  細目: 'さいもく, itemised details on tax forms; IPADIC gives ほそめ (narrow weave)',
  年月: 'ねんげつ as in 生年月日 and 年月 fields; IPADIC gives としつき',
  大文字: 'おおもじ, capital letters in input rules; IPADIC gives the festival だいもんじ',
};

let tokenize: TokenizeFn;

beforeAll(async () => {
  tokenize = await loadNodeTokenizer();
});

describe('glossary readings', () => {
  it("agree with kuromoji's reading where kuromoji knows the term as a single word", () => {
    const { index } = compile(loadDictionaryFiles());
    const mismatches: string[] = [];
    let checked = 0;
    for (let i = 0; i < index.glossaryCount; i++) {
      const term = index.term[i]!;
      const reading = index.reading[i];
      // A single kanji (年, 月, 名, 印) is an affix or counter on forms, read as in compounds; kuromoji
      // reads it standalone (とし, つき, な, しるし), so there is nothing to compare.
      if (!reading || !hasKanji(term) || term.length < 2 || term in ACCEPTED) continue;
      const tokens = tokenize(normalize(term));
      const [token] = tokens;
      // Only a single known token has a dictionary reading to compare with (unknown words have none).
      if (tokens.length !== 1 || !token?.reading) continue;
      checked++;
      if (token.reading !== reading) mismatches.push(`${entryId(index, i)}: ${reading} (kuromoji: ${token.reading})`);
    }
    expect(checked).toBeGreaterThan(0);
    expect(mismatches, `${mismatches.length} of ${checked} readings differ:\n${mismatches.join('\n')}`).toEqual([]);
  });
});
