import { describe, expect, it } from 'vitest';
import { hasKanji } from './char-class.ts';
import { createGlosser } from './matcher.ts';
import { testIndex } from './test-index.ts';
import type { GlossResult } from './types.ts';

const glosser = createGlosser(testIndex());

/** Compact view of a result: `text/source` per segment. */
function shape(result: GlossResult): string[] {
  return result.segments.map((s) => `${s.text}/${s.source}`);
}

const LABELS = [
  '利用者証明用電子証明書の暗証番号',
  '氏名（フリガナ）',
  'ＩＤ／ﾊﾟｽﾜｰﾄﾞ',
  '※マイナンバ－カードをお持ちの方',
  '入力内容の確認',
  'いずれかを選択してください。',
  '  住所　(必須) ',
  '申し込み日',
  '',
  '123-4567',
  'か\u3099いこく',
];

describe('createGlosser().gloss', () => {
  it.each(LABELS)('gives back the label exactly when the segments are joined: %j', (label) => {
    const result = glosser.gloss(label);
    expect(result.text).toBe(label);
    expect(result.segments.map((s) => s.text).join('')).toBe(label);
  });

  it.each(LABELS)('never marks a segment with kanji as function: %j', (label) => {
    for (const s of glosser.gloss(label).segments) {
      if (s.source === 'function') expect(hasKanji(s.text)).toBe(false);
    }
  });

  it.each<[string, string, string[]]>([
    [
      'takes the longest glossary term over shorter ones',
      '利用者証明用電子証明書の暗証番号',
      ['利用者証明用電子証明書/glossary', 'の/function', '暗証番号/glossary'],
    ],
    [
      'prefers a longer vocabulary word over a shorter glossary term inside it',
      '日本人の住所',
      ['日本人/vocabulary', 'の/function', '住所/glossary'],
    ],
    ['uses single-kanji affixes only where nothing longer matches', '証明書', ['証明/vocabulary', '書/vocabulary']],
    ['uses single-kanji affixes only where nothing longer matches', '申請者', ['申請/unknown', '者/vocabulary']],
    ['turns a dash after katakana into the long-vowel mark', 'マイナンバ－カード', ['マイナンバ－カード/glossary']],
    [
      'marks hiragana runs, punctuation and digits as function and kanji or katakana runs as unknown',
      '申請をテスト中。12',
      ['申請/unknown', 'を/function', 'テスト/unknown', '中/unknown', '。12/function'],
    ],
    [
      'matches an all-hiragana term only at the start of a hiragana run',
      'いずれかを選択してください',
      ['いずれ/vocabulary', 'かを/function', '選択/vocabulary', 'してください/function'],
    ],
    [
      'matches an all-hiragana term only at the start of a hiragana run',
      '選択ください',
      ['選択/vocabulary', 'ください/vocabulary'],
    ],
  ])('%s: %s', (_rule, label, segments) => {
    expect(shape(glosser.gloss(label))).toEqual(segments);
  });

  it('matches glossary and vocabulary terms together, glossary entries winning a tie', () => {
    const result = glosser.gloss('電子証明書番号');
    expect(shape(result)).toEqual(['電子証明書/glossary', '番号/vocabulary']);
    expect(result.segments[1]).toMatchObject({ gloss: 'number', id: 'test-vocab:番号', reading: 'ばんごう' });
    expect(glosser.gloss('住所').segments[0]).toMatchObject({ source: 'glossary', category: 'municipal' });
  });

  it('folds width so that full-width Latin and half-width katakana match, keeping the page text', () => {
    const result = glosser.gloss('ＩＤ／ﾊﾟｽﾜｰﾄﾞ');
    expect(shape(result)).toEqual(['ＩＤ/glossary', '／/function', 'ﾊﾟｽﾜｰﾄﾞ/glossary']);
    expect(result.segments[2]!.gloss).toBe('password');
  });

  it('finds okurigana variants listed in the data', () => {
    const result = glosser.gloss('申し込み日');
    expect(result.segments[0]).toMatchObject({ text: '申し込み', source: 'glossary', id: 'test:申込' });
    expect(result.segments[0]!.reading).toBe('もうしこみ');
  });

  it('gives readings only to segments with kanji, and hints and categories from the entry', () => {
    const [card] = glosser.gloss('マイナンバーカード').segments;
    expect(card).toMatchObject({
      gloss: 'My Number Card',
      hint: 'The plastic card with your photo.',
      category: 'card',
    });
    expect(card!.reading).toBeUndefined();
    expect(glosser.gloss('氏名').segments[0]).toMatchObject({ reading: 'しめい', category: 'form' });
  });

  it.each([
    ['入力内容の確認', 'Confirm what you entered'],
    ['【入力内容の確認】', 'Confirm what you entered'],
    ['氏名（必須）：', 'full name'],
    ['※氏名＊', 'full name'],
    ['「次へ」', 'Next'],
    ['  次へ  ', 'Next'],
  ])('translates the whole label %j when the glossary has it', (label, translation) => {
    expect(glosser.gloss(label).translation).toBe(translation);
  });

  it('finds the longest match of any length, or a single kanji, with longestMatch', () => {
    const text = '利用者証明用電子証明書';
    expect(glosser.longestMatch(text, 0, text.length)).toMatchObject({ end: text.length });
    expect(glosser.longestMatch('証明書', 0, 3)).toMatchObject({ end: 2 });
    expect(glosser.longestMatch('証明書', 0, 3, (end) => end === 3)).toBeUndefined();
    expect(glosser.longestMatch('者', 0, 1)).toMatchObject({ end: 1 });
    expect(glosser.longestMatch('をの', 0, 2)).toBeUndefined();
  });

  it('gives no translation when the label is more than one glossary term', () => {
    expect(glosser.gloss('氏名・住所').translation).toBeUndefined();
    expect(glosser.gloss('番号').translation).toBeUndefined(); // vocabulary, not glossary
  });

  it('carries the hint of a whole-label entry', () => {
    expect(glosser.gloss('マイナンバーカード：').hint).toBe('The plastic card with your photo.');
  });

  it('glosses an empty label as no segments', () => {
    expect(glosser.gloss('')).toEqual({ text: '', segments: [] });
  });
});

describe('createGlosser().lookup', () => {
  it('finds a vocabulary entry whose key a glossary variant also has, while gloss() uses the glossary one', () => {
    expect(glosser.gloss('申込み').segments[0]).toMatchObject({ source: 'glossary', id: 'test:申込' });
    expect(glosser.index.en[glosser.lookup('申込み', 'vocabulary')]).toBe('application (general)');
    expect(glosser.index.en[glosser.lookup('住所', 'vocabulary')]).toBe('address');
    expect(glosser.index.en[glosser.lookup('住所', 'glossary')]).toBe('address (as registered)');
  });

  it('finds a word in one layer after normalisation, or returns -1', () => {
    expect(glosser.lookup('ｐａｓｓ', 'glossary')).toBe(-1);
    expect(glosser.index.term[glosser.lookup('ﾊﾟｽﾜｰﾄﾞ', 'glossary')]).toBe('パスワード');
    expect(glosser.lookup('する', 'glossary')).toBe(-1);
    expect(glosser.index.term[glosser.lookup('する', 'vocabulary')]).toBe('する');
  });
});
