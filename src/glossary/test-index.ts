/**
 * A small inline dictionary for unit tests of the matcher and refine, compiled with the real compiler
 * so that tests exercise the same index layout as the extension. Test-only: not imported by app code.
 */

import { compile } from '../../build/dictionary/compile.ts';
import type { CompiledIndex } from '../dictionary/compiled-index.ts';

const GLOSSARY = `
category: card
source: "[G] test"
entries:
  - { term: 電子証明書, reading: でんししょうめいしょ, en: electronic certificate }
  - { term: 利用者証明用電子証明書, reading: りようしゃしょうめいようでんししょうめいしょ, en: user certificate }
  - { term: 暗証番号, reading: あんしょうばんごう, en: PIN }
  - { term: マイナンバーカード, reading: まいなんばーかーど, en: My Number Card, hint: The plastic card with your photo. }
  - { term: 氏名, reading: しめい, en: full name, category: form }
  - { term: フリガナ, en: name in katakana, variants: [ふりがな], category: form }
  - { term: 入力, reading: にゅうりょく, en: input; enter, category: form }
  - { term: 入力内容の確認, reading: にゅうりょくないようのかくにん, en: Confirm what you entered, pos: phrase, category: navigation }
  - { term: 次へ, reading: つぎへ, en: Next, pos: phrase, category: navigation }
  - { term: 申込, reading: もうしこみ, en: application, variants: [申込み, 申し込み] }
  - { term: ID, en: ID, category: form }
  - { term: パスワード, en: password, category: form }
  - { term: 本人, reading: ほんにん, en: the person themself }
  - { term: 住所, reading: じゅうしょ, en: address (as registered), category: municipal }
  - { term: 生年, reading: せいねん, en: year of birth }
`;

const VOCABULARY = `
category: general
entries:
  - { term: 証明, reading: しょうめい, en: proof; certification }
  - { term: 番号, reading: ばんごう, en: number }
  - { term: 選択, reading: せんたく, en: selection; choose }
  - { term: する, en: do }
  - { term: ください, en: please (do) }
  - { term: いずれ, en: either; any }
  - { term: 確認, reading: かくにん, en: check; confirmation }
  - { term: 内容, reading: ないよう, en: contents }
  - { term: 申し込む, reading: もうしこむ, en: to apply, pos: verb }
  - { term: 住所, reading: じゅうしょ, en: address }
  - { term: 者, reading: しゃ, en: person (suffix), pos: suffix }
  - { term: 書, reading: しょ, en: document (suffix), pos: suffix }
  - { term: 用, reading: よう, en: for (suffix), pos: suffix }
  - { term: 日本人, reading: にほんじん, en: Japanese national }
  - { term: 年金, reading: ねんきん, en: pension }
  - { term: 申込み, reading: もうしこみ, en: application (general) }
`;

/** Compiles the inline test dictionaries; throws if they do not validate (a broken fixture). */
export function testIndex(): CompiledIndex {
  const { index, errors } = compile([
    { path: 'dictionaries/glossary/test.yaml', text: GLOSSARY },
    { path: 'dictionaries/vocabulary/test-vocab.yaml', text: VOCABULARY },
  ]);
  if (errors.length > 0) throw new Error(`test index does not validate: ${JSON.stringify(errors)}`);
  return index;
}
