import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../scripts/lib/node-tokenizer.ts';
import type { Token, TokenizeFn } from '../tokenizer/token.ts';
import { hasKanji } from './char-class.ts';
import { createGlosser } from './matcher.ts';
import { refine, tokenizerInput } from './refine.ts';
import { testIndex } from './test-index.ts';
import type { GlossResult } from './types.ts';

const glosser = createGlosser(testIndex());
let tokenize: TokenizeFn;

beforeAll(async () => {
  tokenize = await loadNodeTokenizer(); // the real kuromoji, built once for this file
});

function glossAndRefine(label: string): GlossResult {
  return refine(glosser.gloss(label), tokenize(tokenizerInput(label)), glosser);
}

/** `text/source` per segment, with `(base)` when found by dictionary form. */
function shape(result: GlossResult): string[] {
  return result.segments.map((s) => `${s.text}${s.base ? `(${s.base})` : ''}/${s.source}`);
}

const LABELS = [
  '入力してください',
  'いずれかを選択してください。',
  '利用者証明用電子証明書の暗証番号',
  '申請時における特定技能1号での通算在留期間(年数)',
  'ＩＤ／ﾊﾟｽﾜｰﾄﾞを入力',
  '申し込んだ住所',
  '（フリガナ）氏名',
  'マイナポータルにログイン',
  '',
];

describe('refine with the kuromoji tokenizer', () => {
  it('splits a kana run by tokens and finds verbs by their dictionary form', () => {
    expect(shape(glossAndRefine('入力してください'))).toEqual([
      '入力/glossary',
      'し(する)/vocabulary',
      'て/function',
      'ください/vocabulary',
    ]);
  });

  it('marks particles as function and keeps glossary compounds the tokenizer would split', () => {
    expect(shape(glossAndRefine('利用者証明用電子証明書の暗証番号'))).toEqual([
      '利用者証明用電子証明書/glossary',
      'の/function',
      '暗証番号/glossary',
    ]);
  });

  it('splits an unknown kanji run into words, finding the known ones and reading the rest', () => {
    const result = glossAndRefine('申請時における特定技能1号での通算在留期間(年数)');
    expect(shape(result).slice(0, 4)).toEqual(['申請/unknown', '時/unknown', 'における/function', '特定/unknown']);
    const stay = result.segments.find((s) => s.text === '在留');
    expect(stay).toMatchObject({ source: 'unknown', reading: 'ざいりゅう' });
    expect(result.segments.find((s) => s.text === '1')).toMatchObject({ source: 'function' });
    expect(result.segments.find((s) => s.text === '(')).toMatchObject({ source: 'function' });
  });

  it('uses the reading of the surface for a verb found by its dictionary form', () => {
    const [verb] = glossAndRefine('申し込んだ住所').segments;
    expect(verb).toMatchObject({ text: '申し込ん', base: '申し込む', source: 'vocabulary', reading: 'もうしこん' });
  });

  it('keeps the page text when the tokenizer saw the normalised label', () => {
    const result = glossAndRefine('ＩＤ／ﾊﾟｽﾜｰﾄﾞを入力');
    expect(shape(result)).toEqual(['ＩＤ/glossary', '／/function', 'ﾊﾟｽﾜｰﾄﾞ/glossary', 'を/function', '入力/glossary']);
  });

  it('accepts tokens of the label as written, too', () => {
    const label = '氏名を入力してください';
    const refined = refine(glosser.gloss(label), tokenize(label), glosser);
    expect(refined).toEqual(glossAndRefine(label));
  });

  it('keeps an unknown katakana word whole even when the tokenizer splits it', () => {
    const result = glossAndRefine('マイナポータルにログイン');
    expect(result.segments.filter((s) => s.source === 'unknown').map((s) => s.text)).toEqual([
      'マイナポータル',
      'ログイン',
    ]);
  });

  it('re-matches a dictionary term that starts or ends inside a word', () => {
    // 生年 (glossary) matches across 厚生|年金; only keys ending on word boundaries are allowed then.
    expect(shape(glosser.gloss('厚生年金'))).toEqual(['厚/unknown', '生年/glossary', '金/unknown']);
    expect(shape(glossAndRefine('厚生年金'))).toEqual(['厚生/unknown', '年金/vocabulary']);
  });

  it('keeps a multi-word glossary term whose edges are word boundaries', () => {
    expect(shape(glossAndRefine('日本人の住所'))).toEqual(['日本人/vocabulary', 'の/function', '住所/glossary']);
  });

  it('re-splits a vocabulary match whose edges the tokenizer disagrees with', () => {
    // 内容 would match across 案内|容器; the tokenizer's words win.
    const result = glossAndRefine('案内容器');
    expect(result.segments.some((s) => s.id === 'test-vocab:内容')).toBe(false);
  });

  it.each(LABELS)('gives back the label, never marks kanji as function and reads every kanji segment: %j', (label) => {
    const result = glossAndRefine(label);
    expect(result.segments.map((s) => s.text).join('')).toBe(label);
    for (const s of result.segments) {
      if (s.source === 'function') expect(hasKanji(s.text)).toBe(false);
      if (hasKanji(s.text)) expect(s.reading, s.text).toMatch(/^[ぁ-ゖー]+$/);
    }
  });

  it('keeps the whole-label translation', () => {
    expect(glossAndRefine('入力内容の確認').translation).toBe('Confirm what you entered');
  });

  it('does not change the synchronous result it was given', () => {
    const sync = glosser.gloss('申し込んだ住所');
    const copy = structuredClone(sync);
    refine(sync, tokenize(tokenizerInput(sync.text)), glosser);
    expect(sync).toEqual(copy);
  });

  it('returns the result unchanged when the tokens belong to another text', () => {
    const sync = glosser.gloss('氏名');
    const other: Token[] = [{ surface: '住所', base: '住所', pos: 'noun' }];
    expect(refine(sync, other, glosser)).toBe(sync);
  });

  it("reads a compound the dictionaries lack by the tokenizer's reading, keeping the kanji's glosses", () => {
    const label = '者書';
    const tokens = [{ surface: '者書', base: '者書', reading: 'しゃしょ', pos: 'noun' as const }];
    const result = refine(glosser.gloss(label), tokens, glosser);
    expect(result.segments).toHaveLength(1);
    expect(result.segments[0]).toMatchObject({ text: '者書', reading: 'しゃしょ', source: 'vocabulary' });
    expect(result.segments[0]!.gloss).toContain(' + ');
  });
});
