import { describe, expect, it } from 'vitest';
import { align, rubyOf } from './ruby';

describe('readings over kanji only', () => {
  it.each([
    ['近づい', 'ちかづい', [{ text: '近', reading: 'ちか' }, { text: 'づい' }]],
    [
      '申し込み',
      'もうしこみ',
      [{ text: '申', reading: 'もう' }, { text: 'し' }, { text: '込', reading: 'こ' }, { text: 'み' }],
    ],
    [
      'カードの有効期限',
      'かーどのゆうこうきげん',
      [{ text: 'カードの' }, { text: '有効期限', reading: 'ゆうこうきげん' }],
    ],
    [
      'マイナンバーカードの有効期限',
      'まいなんばーかーどのゆうこうきげん',
      [{ text: 'マイナンバーカードの' }, { text: '有効期限', reading: 'ゆうこうきげん' }],
    ],
    ['か月前', 'かげつまえ', [{ text: 'か' }, { text: '月前', reading: 'げつまえ' }]],
    ['有効期限', 'ゆうこうきげん', [{ text: '有効期限', reading: 'ゆうこうきげん' }]],
  ])('%s / %s', (text, reading, parts) => {
    expect(align(text, reading)).toEqual(parts);
  });

  it('gives no reading where it does not fit, or where digits stand next to kanji (digits before kana are fine)', () => {
    expect(align('近づい', 'とおい')).toBeUndefined();
    expect(align('3か月', 'さんかげつ')).toEqual([{ text: '3' }, { text: 'か' }, { text: '月', reading: 'げつ' }]);
    expect(align('第1条', 'だいいちじょう')).toBeUndefined();
  });

  it('joins the segments of a sentence, with plain text between the readings', () => {
    expect(
      rubyOf([
        { text: '更新', reading: 'こうしん', source: 'glossary' },
        { text: 'できます。', source: 'function' },
        { text: 'パスワード', reading: 'ぱすわーど', source: 'glossary' },
      ]),
    ).toEqual([{ text: '更新', reading: 'こうしん' }, { text: 'できます。パスワード' }]);
  });
});
