import type { IpadicFeatures } from '@sglkc/kuromoji';
import { describe, expect, it } from 'vitest';
import { mapPos, POS_TABLE, toToken } from './kuromoji.ts';

function features(over: Partial<IpadicFeatures>): IpadicFeatures {
  return {
    word_id: 0,
    word_type: 'KNOWN',
    word_position: 1,
    surface_form: '',
    pos: '名詞',
    pos_detail_1: '一般',
    pos_detail_2: '*',
    pos_detail_3: '*',
    conjugated_type: '*',
    conjugated_form: '*',
    basic_form: '*',
    ...over,
  };
}

describe('mapPos', () => {
  it.each(POS_TABLE.filter(([, detail]) => detail !== '*'))('maps %s,%s to %s', (pos, detail, mapped) => {
    expect(mapPos(pos, detail)).toBe(mapped);
  });

  it.each(POS_TABLE.filter(([, detail]) => detail === '*'))(
    'maps %s with any other detail to %s',
    (pos, _d, mapped) => {
      expect(mapPos(pos, 'どれでも')).toBe(mapped);
    },
  );

  it('maps an unlisted part of speech to other', () => {
    expect(mapPos('フィラー', '*')).toBe('other');
  });
});

describe('toToken', () => {
  it('keeps the dictionary form and turns the reading into hiragana', () => {
    const token = toToken(
      features({ surface_form: 'し', pos: '動詞', pos_detail_1: '自立', basic_form: 'する', reading: 'シ' }),
    );
    expect(token).toEqual({ surface: 'し', base: 'する', reading: 'し', pos: 'verb' });
  });

  it('uses the surface as base and drops the reading for an unknown word', () => {
    const token = toToken(features({ surface_form: 'マイナポータル', word_type: 'UNKNOWN', pos_detail_1: '固有名詞' }));
    expect(token).toEqual({ surface: 'マイナポータル', base: 'マイナポータル', pos: 'noun' });
  });

  it('drops a symbol\'s "reading", which is the symbol itself', () => {
    const token = toToken(
      features({ surface_form: '（', pos: '記号', pos_detail_1: '括弧開', basic_form: '（', reading: '（' }),
    );
    expect(token.reading).toBeUndefined();
    expect(token.pos).toBe('symbol');
  });
});
