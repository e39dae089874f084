/**
 * Readings on real labels (the dev labels when this checkout sees them, the golden labels and the replica pages'
 * texts: at least 500), glossed as the extension does with the real kuromoji dictionary: readings lie only over
 * kanji (never over kana, digits or symbols), and agree with kuromoji's where both read the same stretch, except
 * the domain readings the glossary chose on purpose.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { readGoldenLabels } from '../../scripts/gloss-golden.ts';
import { loadNodeGeneral } from '../../scripts/lib/node-general.ts';
import { loadNodeTokenizer } from '../../scripts/lib/node-tokenizer.ts';
import { allPageTexts } from '../../scripts/lib/page-texts.ts';
import { glossPipeline } from '../../scripts/lib/pipeline.ts';
import { devLabels } from '../../scripts/lib/test-labels.ts';
import type { TokenizeFn } from '../tokenizer/token.ts';
import { diskGlosser } from './disk-glosser.ts';
import { normalize } from './normalize.ts';
import { rubyParts } from './ruby.ts';

/**
 * Stretches where our reading is the portals' and kuromoji's (IPADIC's) another, each with the reason: the test
 * fails on any other difference.
 */
const ACCEPTED: Readonly<Record<string, string>> = {
  月: 'がつ after a number (１月 January); IPADIC reads the bare kanji つき',
  年: 'ねん, the year field (生年月日（年）); IPADIC とし',
  名: 'めい, the given-name field beside 姓 (せい); IPADIC な',
  有: 'あり, the option "yes, there is" (有／無); IPADIC ゆう',
  無: 'なし, the option "no, there is none"; IPADIC む',
  有限会社: 'ゆうげんがいしゃ (rendaku); IPADIC ゆうげんかいしゃ',
  合同会社: 'ごうどうがいしゃ (rendaku); IPADIC ごうどうかいしゃ',
  方: 'かた, a person (忘れた方, 外国籍の方); IPADIC gives ほう everywhere',
  令和: 'れいわ, the era; IPADIC predates it (りょうわ)',
  日本: 'にほん, the government’s usual reading; IPADIC にっぽん',
  日本人: 'にほんじん (as 日本)',
  日本国外: 'にほんこくがい (as 日本)',
  日: 'にち, the day field (生年月日（日）); IPADIC び',
  年分: 'ねんぶん (令和7年分); IPADIC としぶん',
  大文字: 'おおもじ, capital letters; IPADIC だいもんじ (the festival)',
  取得年月: 'ねんげつ on forms; IPADIC としつき',
  年月: 'ねんげつ on forms; IPADIC としつき',
  月日: 'がっぴ (期首月日); IPADIC つきひ',
  次: 'つぎ in 次のいずれか; IPADIC じ',
  他: 'ほか in 他に; IPADIC た',
  行: 'ぎょう, a row of a statement (明細行); IPADIC くだり',
  後: 'あと after a verb (印刷した後); IPADIC のち',
  中: 'なか in の中から (from among); IPADIC ちゅう',
  上: 'うえ in （上3桁） (the first digits); IPADIC じょう',
  下: 'した in （下4桁） (the last digits); IPADIC か',
  人: 'ひと for /人 (per person): a known gap, ひとり would be better',
  港: '(空)港: 空港 split by brackets reads こう; alone 港 is みなと',
  至: 'し, "to" in 事業期間（自・至）; IPADIC いたり',
  申請人: 'しんせいにん (ISA forms); IPADIC しんせいじん',
  申請人等作成用: 'しんせいにん (as 申請人)',
  同居人: 'どうきょにん; IPADIC どうきょじん',
  口座名義人: 'めいぎにん; IPADIC めいぎじん',
  仕入金額: 'しいれ (purchases); IPADIC つかまつにゅう',
  仕入金額合計: 'しいれ (as 仕入金額)',
  仕入税額: 'しいれ (as 仕入金額)',
  仕入先: 'しいれさき; IPADIC つかまつにゅうさき',
  仕入先名: 'しいれさきめい (as 仕入先)',
  原材料仕入高: 'しいれだか (as 仕入金額)',
  繰戻額等: 'くりもどしがく; IPADIC くもどがく',
  繰入額等: 'くりいれがく; IPADIC くにゅうがく',
  本年分繰入額: 'くりいれがく (as 繰入額等)',
  本年分繰入限度額: 'くりいれ (as 繰入額等)',
  収支内訳書: 'うちわけしょ (NTA form name); IPADIC ないやくしょ',
  旧氏: 'きゅううじ (former surname on the card); IPADIC きゅうし',
  居所: 'きょしょ (legal term); IPADIC いどころ',
  仕掛品: 'しかかりひん (work in progress); IPADIC しかけひん',
  中長期在留者: 'ちゅうちょうき (ISA term); IPADIC なかちょうき',
  上欄: 'じょうらん; IPADIC うえらん',
  顔写真: 'かおじゃしん; IPADIC かおしゃしん',
  雑損控除: 'ざっそん (NTA); IPADIC ざつそん',
  開庁時間: 'かいちょう; IPADIC ひらきちょう',
  読取: 'よみとり; IPADIC よみと',
  親控除: 'おや; IPADIC しん',
  給料賃金明細行: 'ぎょう (as 行)',
  専従者給与明細行: 'ぎょう (as 行)',
  疎明: 'そめい (legal term); IPADIC うとあきら',
  申出: 'もうしで; IPADIC さるで',
  次葉: 'じよう (continuation sheet); IPADIC じは',
  来庁: 'らいちょう; IPADIC きちょう',
  方書: 'かたがき (address line); IPADIC かたしょ',
  妊婦健診: 'けんしん; IPADIC けんみ',
  乳幼児健診: 'けんしん; IPADIC けんみ',
  事業主借: 'じぎょうぬしかり (account name); IPADIC じぎょうぬしか',
  丁目番地: 'ちょうめ; IPADIC ひのとめ',
  細目: 'さいもく (itemised); IPADIC ほそめ',
  本所: 'ほんしょ (head office); IPADIC ほんじょ',
  通帳: 'つうちょう; IPADIC かよいちょう',
};

let tokenize: TokenizeFn;
let labels: string[];

beforeAll(async () => {
  tokenize = await loadNodeTokenizer();
  const pages = allPageTexts().flatMap((p) => p.texts.map((t) => t.text));
  labels = [...new Set([...devLabels(), ...readGoldenLabels(), ...pages])];
}, 120_000);

/** kuromoji's reading of the label's characters [start, end) when whole tokens cover exactly that stretch. */
function kuromojiReading(label: string, start: number, end: number): string | undefined {
  const text = normalize(label);
  if (text.length !== label.length) return undefined; // joined characters: offsets differ, nothing to compare
  let at = 0;
  let reading = '';
  let inside = false;
  for (const token of tokenize(text)) {
    const from = at;
    at += token.surface.length;
    if (from === start) inside = true;
    if (!inside) continue;
    if (at > end || !token.reading) return undefined;
    reading += token.reading;
    if (at === end) return reading;
  }
  return undefined;
}

describe('readings on real labels', () => {
  it('are checked on at least 500 labels', () => {
    expect(labels.length).toBeGreaterThanOrEqual(500);
  });

  it('lie only over kanji, and the parts join back to the label', () => {
    const glosser = diskGlosser();
    const general = loadNodeGeneral();
    const wrong: string[] = [];
    for (const label of labels) {
      const { result } = glossPipeline(label, { glosser, general, tokenize });
      const parts = rubyParts(result, (text) => glosser.words(text));
      expect(parts.map((p) => p.text).join('')).toBe(label);
      for (const part of parts) {
        if (part.reading && !/^[\p{Script=Han}々〆ヶ]+$/u.test(part.text))
          wrong.push(`${label}: ${part.text}[${part.reading}]`);
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it("agree with kuromoji's where both read the same stretch, but for the accepted domain readings", () => {
    const glosser = diskGlosser();
    const general = loadNodeGeneral();
    const differ: string[] = [];
    let compared = 0;
    for (const label of labels) {
      const { result } = glossPipeline(label, { glosser, general, tokenize });
      let at = 0;
      for (const part of rubyParts(result, (text) => glosser.words(text))) {
        const start = at;
        at += part.text.length;
        if (!part.reading || part.text in ACCEPTED) continue;
        const theirs = kuromojiReading(label, start, at);
        if (theirs === undefined) continue;
        compared++;
        if (theirs !== part.reading) differ.push(`${label}: ${part.text} ${part.reading} (kuromoji ${theirs})`);
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(differ, `${differ.length} of ${compared} differ:\n${differ.join('\n')}`).toEqual([]);
  });
});
