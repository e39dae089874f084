/**
 * A small dictionary for the search's table tests, compiled with the real compiler (so the layout is the
 * extension's), and a fake language pack over it. Test-only: not imported by app code.
 */
import { compile } from '../../build/dictionary/compile.ts';
import type { CompiledIndex } from '../dictionary/compiled-index.ts';
import { LANGUAGE_PACK_FORMAT, type LanguagePack } from '../dictionary/language-pack.ts';

const GLOSSARY = `
category: card
source: "[G] test"
entries:
  - { term: 有効期限, reading: ゆうこうきげん, en: expiration date }
  - { term: 有効期限通知書, reading: ゆうこうきげんつうちしょ, en: expiry notice, hint: Mailed 2–3 months before. }
  - { term: 交付通知書, reading: こうふつうちしょ, en: Notice of Issuance (pickup notice postcard) }
  - { term: 交付, reading: こうふ, en: issuance }
  - { term: 申込, reading: もうしこみ, en: application, variants: [申込み, 申し込み] }
  - { term: 個人番号, reading: こじんばんごう, en: Individual Number (My Number) }
  - { term: 個人番号カード, reading: こじんばんごうかーど, en: Individual Number Card }
  - { term: カードの有効期限, reading: かーどのゆうこうきげん, en: card expiry date, pos: phrase }
  - { term: マイナンバー, en: My Number }
  - { term: 住所, reading: じゅうしょ, en: address, category: municipal }
`;

const VOCABULARY = `
category: general
entries:
  - { term: 期限, reading: きげん, en: time limit; deadline; expiry }
  - { term: 公布, reading: こうふ, en: promulgation }
  - { term: 満了, reading: まんりょう, en: expiry; expiration }
  - { term: 住所, reading: じゅうしょ, en: address (general) }
`;

/** Compiles the test dictionary; throws if it does not validate (a broken fixture). */
export function searchTestIndex(): CompiledIndex {
  const { index, errors } = compile([
    { path: 'dictionaries/glossary/test.yaml', text: GLOSSARY },
    { path: 'dictionaries/vocabulary/test-vocab.yaml', text: VOCABULARY },
  ]);
  if (errors.length > 0) throw new Error(`search test index does not validate: ${JSON.stringify(errors)}`);
  return index;
}

/** A language pack for `index` with glosses (and hints) for the terms given, '' elsewhere. */
export function fakePack(
  index: CompiledIndex,
  lang: string,
  glosses: Record<string, string>,
  hints: Record<string, string> = {},
): LanguagePack {
  return {
    format: LANGUAGE_PACK_FORMAT,
    lang,
    gloss: index.term.map((term) => glosses[term] ?? ''),
    hint: index.term.map((term) => hints[term] ?? ''),
    messages: {},
    texts: {},
  };
}
