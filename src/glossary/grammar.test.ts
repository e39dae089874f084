import { describe, expect, it } from 'vitest';
import type { LanguagePack } from '../dictionary/language-pack.ts';
import { LANGUAGE_PACK_FORMAT } from '../dictionary/language-pack.ts';
import { diskGlosser } from './disk-glosser.ts';

const glosser = diskGlosser();
const { index } = glosser;

/** The words of a template without its placeholders: what the English line must keep. */
const marker = (template: string) =>
  template
    .replace(/\{\w+\}/g, '')
    .replace(/[,.]/g, '')
    .trim();

describe('every grammar word of the data keeps its meaning in the English line', () => {
  const kinds = new Set(['negation', 'restriction', 'comparison', 'condition', 'coordination']);
  const words = index.grammar.rules.filter((r) => kinds.has(r.kind));

  it('has the grammar the issue lists', () => {
    const terms = new Set(words.map((r) => r.term));
    for (const t of [
      '不',
      '非',
      '未',
      '無',
      'ない',
      'のみ',
      'だけ',
      '以外',
      '除く',
      '以上',
      '以下',
      '未満',
      '超',
      '超える',
      '場合',
      'とき',
      '及び',
      '並びに',
      '又は',
      '若しくは',
      '等',
    ]) {
      expect(terms, t).toContain(t);
    }
  });

  it.each(words.map((r) => [r.term, r] as const))('%s', (term, rule) => {
    const label =
      rule.takes === 'after'
        ? `${term}課税`
        : rule.takes === 'both'
          ? `所得${term}税額`
          : rule.particle?.length
            ? `所得${rule.particle[0]}${term}`
            : `所得${term}`;
    const { english } = glosser.gloss(label);
    expect(english, label).toContain(marker(rule.templates.en));
  });
});

/** Labels and the English line they must read as. */
const LINES: ReadonlyArray<[label: string, english: string]> = [
  ['課税されないもの', 'things not taxed'],
  ['65歳未満', 'under 65 years old'],
  ['65歳未満の扶養親族', 'dependent under 65 years old'],
  ['給与所得以外の所得', 'income other than employment income'],
  ['本年中に支払った金額', 'amount paid during this year'],
  ['上記以外の場合', 'if other than the above'],
  ['令和7年分', 'for Reiwa 7 (2025)'],
  ['4桁目', '4th digit'],
  ['2回目', '2nd time'],
  ['法人番号の有無', 'corporate number (yes/no)'],
  ['障害の有無', 'disability (yes/no)'],
  ['報酬の額', 'amount of remuneration'],
  ['所得税法第56条', 'Income Tax Act Article 56'],
  ['第16条第1項', 'Article 16 paragraph 1'],
  ['第2回', '2nd time'],
  ['第1号', 'No. 1'],
  ['100万～200万円', '1,000,000 to 2,000,000 yen'],
  ['〜150万円', '1,500,000 yen or less'],
  ['（100万円〜）', '(1,000,000 yen or more)'],
  ['令和8年3月16日まで', 'until Reiwa 8 (2026) March 16'],
  ['令和7年1月1日〜', 'from Reiwa 7 (2025) January 1'],
  ['2026年3月16日', 'year 2026 March 16'],
  ['14日以内', 'within 14 days'],
  ['〜令和8年3月16日', 'until Reiwa 8 (2026) March 16'],
  ['令和7年1月1日〜令和7年12月31日', 'Reiwa 7 (2025) January 1 to Reiwa 7 (2025) December 31'],
  ['令和7年1月1日から令和7年12月31日まで', 'from Reiwa 7 (2025) January 1: until Reiwa 7 (2025) December 31'],
  ['控除用の書類', 'documents for deduction'],
  ['扶養親族（2人目）', 'dependent (2nd person)'],
  ['3件目', '3rd item'],
  ['マイナンバー（1～4桁目）', 'My Number (digits 1 to 4)'],
  ['6～16桁', '6 to 16 digits'],
  ['世帯主から見た続柄', 'relationship as seen from head of household'],
  ['氏名を入力', 'enter full name'],
  ['予約をしてください', 'please reserve'],
  ['暗証番号を忘れた方', 'those who forgot my PIN'],
  ['一時所得の金額の2分の1', '1/2 of amount of occasional income'],
  ['転入した日から14日以内に届け出てください。', 'please notify within 14 days from the day moved in'],
  ['パスワードを入力できません', 'password: cannot be entered'],
  ['マイナポータルを利用しない', 'do not use MyNa Portal'],
  ['所得税又は住民税', 'income tax or inhabitant tax'],
];

describe('the composed English line', () => {
  it.each(LINES)('%s → %s', (label, english) => {
    expect(glosser.gloss(label).english).toBe(english);
  });

  it('is the curated whole-label translation when the glossary has the label', () => {
    const result = glosser.gloss('氏名（必須）');
    expect(result.english).toBe(result.translation);
  });

  it('is absent when nothing in the label has a meaning', () => {
    expect(glosser.gloss('123-4567').english).toBeUndefined();
  });
});

/** Conjugated forms found without the tokenizer: surface → dictionary form and tags. */
const CONJUGATIONS: ReadonlyArray<[label: string, base: string, tags: string[]]> = [
  ['記載してください', '記載する', ['request', 'te']],
  ['課税されない', '課税する', ['negative', 'passive']],
  ['入力できます', '入力する', ['potential']],
  ['送信できません', '送信する', ['negative', 'potential']],
  ['申し込んだ', '申し込む', ['past']],
  ['受けられない', '受ける', ['negative', 'passive']],
  ['記入しないでください', '記入する', ['request', 'negative']],
  ['支払った', '支払う', ['past']],
  ['確認しています', '確認する', ['progressive', 'te']],
];

describe('deinflection over the index', () => {
  it.each(CONJUGATIONS)('finds %s as %s', (label, base, tags) => {
    const [segment] = glosser.gloss(label).segments;
    expect(segment).toMatchObject({ text: label, base });
    expect(segment!.inflection).toEqual(tags);
  });

  it('gives the reading of the conjugated surface', () => {
    expect(glosser.gloss('申し込んで').segments[0]!.reading).toBe('もうしこんで');
  });

  it('does not start a word inside a run of kana', () => {
    expect(glosser.gloss('しているか').segments.every((s) => s.text !== 'いる')).toBe(true);
  });
});

describe('senses by context', () => {
  it('reads 目 after a counter as an ordinal and 円 after a number as yen', () => {
    expect(glosser.gloss('4桁目').segments.map((s) => s.grammar)).toEqual([undefined, 'counter', 'ordinal']);
    expect(glosser.gloss('300円').english).toBe('300 yen');
  });

  it('keeps 目 and 円 as words where no number comes before', () => {
    expect(glosser.gloss('目').segments[0]!.grammar).toBeUndefined();
    expect(glosser.gloss('金額（円）').english).toContain('(yen)');
  });

  it('reads 中 after a time word as during', () => {
    expect(glosser.gloss('本年中').english).toBe('during this year');
  });

  it('reads 決定 as OK only on a button', () => {
    expect(glosser.gloss('決定').english).toBe('decision');
    expect(glosser.gloss('決定', { role: 'button' }).english).toBe('OK (confirm the choice)');
  });

  it('reads 差引金額 as gross profit only in a profit-and-loss context', () => {
    expect(glosser.gloss('差引金額').english).toMatch(/^balance/);
    expect(glosser.gloss('差引金額', { near: ['売上原価'] }).english).toMatch(/^gross profit/);
    expect(glosser.gloss('差引金額', { screen: '収支内訳書' }).english).toMatch(/^gross profit/);
  });

  it('reads （１月） next to a period of stay as a period, and 1月 alone as a month', () => {
    expect(glosser.gloss('（１月）', { near: ['在留期間'] }).english).toBe('(1 month)');
    expect(glosser.gloss('１月').english).toBe('January');
  });

  it('lets a curated whole option win over composition (ISA periods list)', () => {
    expect(glosser.gloss('留学（１月）').english).toBe(glosser.gloss('留学（１月）').translation);
  });

  it('reads 後 after a verb as あと', () => {
    const after = glosser.gloss('印刷した後').segments.find((s) => s.text === '後');
    expect(after?.reading).toBe('あと');
  });
});

describe('the meaning in a language pack', () => {
  const pack = (gloss: Record<string, string>): LanguagePack => ({
    format: LANGUAGE_PACK_FORMAT,
    lang: 'vi',
    gloss: index.term.map((term) => gloss[term] ?? ''),
    hint: index.term.map(() => ''),
    messages: {},
    texts: {},
  });

  it('composes with the language templates when every word has a gloss in it', () => {
    const result = glosser.gloss('給与所得以外の所得', {}, pack({ 給与所得: 'thu nhập tiền lương', 所得: 'thu nhập' }));
    expect(result.meaning).toEqual({ text: 'thu nhập ngoài thu nhập tiền lương', lang: 'vi' });
  });

  it.each([
    ['2回目', 'lần thứ 2'],
    ['4桁目', 'chữ số thứ 4'],
    ['5年目以降', 'từ năm thứ 5 trở đi'],
  ])('says a counted ordinal in the language (%s → %s), not the English word order', (label, meaning) => {
    expect(glosser.gloss(label, {}, pack({})).meaning).toEqual({ text: meaning, lang: 'vi' });
  });

  it('says a date as the language does (3月15日: ngày 15 tháng 3)', () => {
    const result = glosser.gloss('3月15日', {}, pack({ 三月: 'tháng 3' }));
    expect(result.meaning).toEqual({ text: 'ngày 15 tháng 3', lang: 'vi' });
  });

  it('says Xの有無 as X (yes/no) in the language', () => {
    const result = glosser.gloss('法人番号の有無', {}, pack({ 法人番号: 'mã số doanh nghiệp' }));
    expect(result.meaning).toEqual({ text: 'mã số doanh nghiệp (có/không)', lang: 'vi' });
  });

  it('keeps the grammar word in the language (未満 → dưới)', () => {
    const result = glosser.gloss('65歳未満', {}, pack({}));
    expect(result.meaning).toEqual({ text: 'dưới 65 tuổi', lang: 'vi' });
  });

  it('falls back to English, marked, when a word lacks the language', () => {
    const result = glosser.gloss('給与所得以外の所得', {}, pack({ 所得: 'thu nhập' }));
    expect(result.meaning).toEqual({ text: result.english, lang: 'en', fallback: true });
  });

  it('uses the curated whole-label gloss of the pack', () => {
    const result = glosser.gloss('氏名', {}, pack({ 氏名: 'Họ tên' }));
    expect(result.meaning).toEqual({ text: 'Họ tên', lang: 'vi' });
  });
});
