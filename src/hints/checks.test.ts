import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../i18n/catalogue.ts';
import { checkValue, MAX_VALUE_LENGTH, problemText, type Problem, type ProblemCode } from './checks.ts';
import { convert } from './convert.ts';
import { generatedMyNumbers, wrongLast } from './test-helpers.ts';
import { CHECKABLE_KINDS, type CheckableKind } from './types.ts';

const [MN1, MN2, MN3] = generatedMyNumbers(3) as [string, string, string];
const spaced = (n: string) => `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`;
const wide = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

type Case = [value: string, codes: ProblemCode[], limit?: number];

const en = createCatalogue('en');
const text = (problem: Problem) => problemText(problem, en);
/** A hostile page's value: 100 KB. */
const HUGE = (unit: string) => unit.repeat(Math.ceil(100_000 / unit.length));

/** At least ten cases per checkable kind, boundaries included. Codes are compared as sets, in order of report. */
const CASES: Record<CheckableKind, Case[]> = {
  katakana: [
    ['スミス　マリア', []],
    ['グエン・バン', []],
    ['ラーメン', []],
    ['すみす', ['hiragana']],
    ['ｽﾐｽ', ['halfwidth-katakana']],
    ['Smith', ['romaji']],
    ['ＳＭＩＴＨ', ['romaji']],
    ['山田', ['not-katakana']],
    ['スミス1', ['not-katakana']],
    ['ヷ', ['not-jis']],
    ['ﾏﾘｱ まりあ', ['halfwidth-katakana', 'hiragana']],
    ['スミスマリアスミス', [], 11],
    ['スミスマリアスミスマリア', ['too-long'], 11],
    ['', []],
  ],
  'account-holder-kana': [
    ['スミス　マリア', []],
    ['スミス マリア', []],
    ['ｽﾐｽ ﾏﾘｱ', ['halfwidth-katakana']],
    ['すみす', ['hiragana']],
    ['SMITH MARIA', ['romaji']],
    ['スミス（カ', ['not-katakana']],
    ['株式会社', ['not-katakana']],
    ['グエン', []],
    ['ヴィクトル', []],
    ['スミスマリア', ['too-long'], 5],
  ],
  fullwidth: [
    ['テビキ商店', []],
    ['ＡＢＣ１２３', []],
    ['山田　太郎', []],
    ['ABC', ['not-fullwidth']],
    ['テビキ 商店', ['not-fullwidth']],
    ['ﾃﾋﾞｷ', ['halfwidth-katakana']],
    ['髙橋', ['not-jis']],
    ['①番', ['not-jis']],
    ['〜', ['not-jis']],
    ['ｶﾅ ABC', ['halfwidth-katakana', 'not-fullwidth']],
    ['あいうえおか', ['too-long'], 5],
  ],
  'halfwidth-alnum': [
    ['AB1234567', []],
    ['AB12345678CD', []],
    ['1234567890123', []],
    ['ＡＢ１２３', ['not-halfwidth']],
    ['AB 123', ['not-alnum']],
    ['AB-123', ['not-alnum']],
    ['ABカ', ['not-alnum']],
    ['abc', []],
    ['T1234567890123', []],
    ['AB12', ['too-long'], 3],
  ],
  'postal-code': [
    ['100-0001', []],
    ['1000001', []],
    ['１００－０００１', ['not-halfwidth']],
    ['100 0001', ['separators']],
    ['100-000', ['digit-count']],
    ['10000011', ['digit-count']],
    ['〒100-0001', ['not-digits']],
    ['100', [], 3],
    ['0001', [], 4],
    ['10', ['digit-count'], 3],
    ['100-0001', ['too-long'], 7],
  ],
  phone: [
    ['090-1234-5678', []],
    ['09012345678', []],
    ['03-1234-5678', []],
    ['(03) 1234-5678', []],
    ['０９０ー１２３４ー５６７８', ['not-halfwidth']],
    ['+81 90-1234-5678', ['phone-international']],
    ['090-1234-56', ['digit-count']],
    ['090-1234-56789', ['digit-count']],
    ['1234567890', ['phone-format']],
    ['03', [], 5],
    ['1234', []],
    ['03-1234-5678 ext', ['not-digits']],
  ],
  email: [
    ['maria.smith@example.jp', []],
    ['a+b@example.co.jp', []],
    ['ｍａｒｉａ＠ｅｘａｍｐｌｅ．ｊｐ', ['not-halfwidth']],
    ['maria@example', ['email-format']],
    ['maria.example.jp', ['email-format']],
    ['maria@@example.jp', ['email-format']],
    ['ma ria@example.jp', ['email-format']],
    ['まりあ@example.jp', ['email-format']],
    ['maria@example.jp.', ['email-format']],
    ['m@e.jp', ['too-long'], 5],
  ],
  'era-date': [
    ['平成2年4月1日', []],
    ['昭和64年1月7日', []],
    ['昭和64年1月8日', ['era-date']],
    ['平成元年1月7日', ['era-date']],
    ['平成元年1月8日', []],
    ['平成31年4月30日', []],
    ['平成31年5月1日', ['era-date']],
    ['令和元年4月30日', ['era-date']],
    ['令和元年5月1日', []],
    ['令和0年', ['era-year']],
    ['平成32年', ['era-year']],
    ['昭和65年', ['era-year']],
    ['令和6年2月30日', ['invalid-date']],
    ['1990-04-01', ['western-date']],
    ['2019', ['western-date']],
    ['明治45年', ['era-unsupported']],
    ['12', []],
  ],
  'western-date': [
    ['1990-04-01', []],
    ['19900401', []],
    ['1990/4/1', []],
    ['1990年4月1日', []],
    ['1990', []],
    ['平成2年4月1日', ['era-for-western']],
    ['H2.4.1', ['era-for-western']],
    ['令和6年', ['era-for-western']],
    ['1990-02-30', ['invalid-date']],
    ['4月1日', ['invalid-date']],
  ],
  year: [
    ['7', []],
    ['令和7', []],
    ['令和7年', []],
    ['令和元年', []],
    ['R7', []],
    ['平成31年', []],
    ['令和0年', ['era-year']],
    ['平成32年', ['era-year']],
    ['2025', ['western-date']],
    ['2019', ['western-date']],
    ['七', ['not-digits']],
  ],
  yen: [
    ['125000', []],
    ['1,250,000', []],
    ['0', []],
    ['-5000', []],
    ['△5000', []],
    ['１２５０００', ['not-halfwidth']],
    ['125000円', ['not-digits']],
    ['¥125000', ['not-digits']],
    ['1250.5', ['not-digits']],
    ['12万', ['not-digits']],
    ['1234567890123', ['too-long'], 12],
  ],
  'my-number': [
    [MN1, []],
    [MN2, []],
    [MN3, []],
    [wrongLast(MN1), ['check-digit']],
    [wrongLast(MN2), ['check-digit']],
    [MN1.slice(0, 11), ['digit-count']],
    [MN1 + '0', ['digit-count']],
    [spaced(MN1), ['separators']],
    [wide(MN2), ['not-halfwidth']],
    [MN1.slice(0, 11) + 'X', ['not-digits']],
    [spaced(wrongLast(MN3)), ['separators', 'check-digit']],
  ],
  'etax-user-id': [
    ['1234567890123456', []],
    ['0000111122223333', []],
    ['123456789012345', ['digit-count']],
    ['12345678901234567', ['digit-count']],
    ['1234-5678-9012-3456', ['separators']],
    ['1234 5678 9012 3456', ['separators']],
    [wide('1234567890123456'), ['not-halfwidth']],
    ['123456789012345A', ['not-digits']],
    ['ID1234567890123456', ['not-digits']],
    ['12345678', ['digit-count']],
  ],
  'card-application-id': [
    ['12345678901234567890123', []],
    ['00000000000000000000001', []],
    ['1234567890123456789012', ['digit-count']],
    ['123456789012345678901234', ['digit-count']],
    ['1234 5678 9012 3456 7890 123', ['separators']],
    [wide('12345678901234567890123'), ['not-halfwidth']],
    ['1234567890123456789012X', ['not-digits']],
    [MN1, ['digit-count']],
    ['12345678901234567890123', ['too-long'], 20],
    ['1234567890-1234567890-123', ['separators']],
  ],
  'account-number': [
    ['1234567', []],
    ['12345678', []],
    ['0001234', []],
    ['123 4567', ['separators']],
    ['123-4567', ['separators']],
    [wide('1234567'), ['not-halfwidth']],
    ['12345A7', ['not-digits']],
    ['普通1234567', ['not-digits']],
    ['12345678', ['too-long'], 7],
    ['1', []],
  ],
  'alphabet-name': [
    ['SMITH MARIA', []],
    ['Nguyen Van An', []],
    ["O'BRIEN SEAN", []],
    ['SMITH-JONES MARY', []],
    ['ＳＭＩＴＨ', ['not-halfwidth']],
    ['スミス', ['not-alphabet']],
    ['山田', ['not-alphabet']],
    ['NGUYỄN', ['not-jis']],
    ['MÜLLER', ['not-jis']],
    ['SMITH MARIA', ['too-long'], 8],
  ],
  'alias-name': [
    ['山田　花子', []],
    ['やまだ はなこ', []],
    ['ヤマダ', []],
    ['髙橋', ['not-jis']],
    ['﨑山', ['not-jis']],
    ['ﾔﾏﾀﾞ', ['halfwidth-katakana']],
    ['𠮷田', ['not-jis']],
    ['山田花子', [], 4],
    ['山田花子', ['too-long'], 3],
    ['Yamada', []],
  ],
  'name-order': [
    ['山田', []],
    ['SMITH', []],
    ['ＳＭＩＴＨ', []],
    ['髙橋', ['not-jis']],
    ['ﾏﾘｱ', ['halfwidth-katakana']],
    ['①', ['not-jis']],
    ['渡邊', []],
    ['一二三四五六七八九十', [], 10],
    ['一二三四五六七八九十一', ['too-long'], 10],
    ['😀', ['not-jis']],
  ],
  'head-of-household': [
    ['山田　太郎', []],
    ['SMITH MARIA', []],
    ['髙橋一郎', ['not-jis']],
    ['ｽﾐｽ', ['halfwidth-katakana']],
    ['スミス', []],
    ['Ⅱ世', ['not-jis']],
    ['山田', [], 2],
    ['山田太郎', ['too-long'], 3],
    ['𠮷野', ['not-jis']],
    ['本人', []],
  ],
  'address-block': [
    ['3丁目7番9号', []],
    ['3-7-9', []],
    ['３－７－９', []],
    ['1番地2', []],
    ['3−7−9', ['not-jis']],
    ['３丁目７番９号ｱﾊﾟｰﾄ', ['halfwidth-katakana']],
    ['①番地', ['not-jis']],
    ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八', [], 28],
    ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九', ['too-long'], 28],
    ['霞が関1-1-1', []],
  ],
  building: [
    ['テビキハイツ101号室', []],
    ['テビキハイツ　１０１', []],
    ['ﾃﾋﾞｷﾊｲﾂ', ['halfwidth-katakana']],
    ['髙橋ビル', ['not-jis']],
    ['メゾン〜', ['not-jis']],
    ['ビル№3', ['not-jis']],
    ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八', [], 28],
    ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九', ['too-long'], 28],
    ['Sky Tower 1203', []],
    ['㈱ビル', ['not-jis']],
  ],
  relationship: [
    ['本人', []],
    ['妻', []],
    ['夫', []],
    ['子', []],
    ['父', []],
    ['母', []],
    ['祖父', []],
    ['孫', []],
    ['その他', []],
    ['ﾂﾏ', ['halfwidth-katakana']],
  ],
  'bank-name': [
    ['ゆうちょ銀行', []],
    ['三菱UFJ銀行', []],
    ['三菱ＵＦＪ銀行', []],
    ['ﾕｳﾁｮ', ['halfwidth-katakana']],
    ['みずほ銀行', []],
    ['髙銀行', ['not-jis']],
    ['0001', []],
    ['楽天銀行', []],
    ['Ⅰ銀行', ['not-jis']],
    ['ゆうちょ銀行', ['too-long'], 5],
  ],
  'bank-branch': [
    ['本店', []],
    ['001', []],
    ['〇一八', []],
    ['ﾎﾝﾃﾝ', ['halfwidth-katakana']],
    ['新宿支店', []],
    ['髙崎支店', ['not-jis']],
    ['丸の内', []],
    ['﨑支店', ['not-jis']],
    ['ニ〇八', []],
    ['新宿支店', ['too-long'], 3],
  ],
};

describe('checkValue', () => {
  it('has a table of at least ten cases for every checkable kind', () => {
    for (const kind of CHECKABLE_KINDS) expect(CASES[kind].length, kind).toBeGreaterThanOrEqual(10);
  });

  describe.each(CHECKABLE_KINDS.map((kind) => [kind, CASES[kind]] as const))('%s', (kind, cases) => {
    it.each(cases)('%s → %o (limit %s)', (value, codes, limit) => {
      const problems = checkValue(kind, value, limit);
      expect(problems.map((p) => p.code)).toEqual(codes);
      for (const p of problems) expect(text(p)).toMatch(/^[A-Z“']|^[^a-z]/);
      for (const p of problems) expect(text(p)).not.toMatch(/\{\w+\}/);
    });
  });

  it('offers a fix whose conversion clears the problem it fixes', () => {
    const fixable: [CheckableKind, string][] = [
      ['katakana', 'すみす'],
      ['katakana', 'ｽﾐｽ'],
      ['katakana', 'Smith'],
      ['fullwidth', 'ABC'],
      ['postal-code', '１００－０００１'],
      ['my-number', spaced(MN1)],
      ['name-order', '髙橋'],
      ['era-date', '1989-01-08'],
      ['address-block', '3−7−9'],
    ];
    // The 作成コーナー's postal code field takes 7 characters: the fix drops the hyphen.
    const [tooLong] = checkValue('postal-code', '100-0001', 7);
    expect(tooLong).toMatchObject({ code: 'too-long', fix: 'strip-separators' });
    expect(checkValue('postal-code', convert('strip-separators', '100-0001')[0]!, 7)).toEqual([]);
    expect(checkValue('address-block', '1-2-3-4', 5)[0]?.fix).toBeUndefined();
    for (const [kind, value] of fixable) {
      const [problem] = checkValue(kind, value);
      expect(problem?.fix, `${kind} ${value}`).toBeDefined();
      const [fixed] = convert(problem!.fix!, value);
      expect(checkValue(kind, fixed!), `${kind} ${value} → ${fixed}`).toEqual([]);
    }
  });

  it('says which era year a non-existent one probably meant', () => {
    expect(text(checkValue('era-date', '平成32年')[0]!)).toBe(
      '平成 has no year 32: it ended in 平成31年; 2020 is 令和2年.',
    );
    expect(text(checkValue('era-date', '昭和65年')[0]!)).toContain('1990 is 平成2年');
    expect(text(checkValue('era-date', '令和0年')[0]!)).toBe('令和 starts at year 1, written 元年.');
    expect(text(checkValue('era-date', '平成31年5月1日')[0]!)).toBe(
      'That day is not in 平成: 平成 runs from 1989-01-08 (平成元年1月8日) to 2019-04-30 (平成31年4月30日).',
    );
  });

  it('says which western date an era date in a 西暦 field means', () => {
    const [problem] = checkValue('western-date', '平成2年4月1日');
    expect(problem).toMatchObject({ code: 'era-for-western', fix: 'era-to-western' });
    expect(text(problem!)).toBe('This field asks for the western calendar (西暦): 平成2年4月1日 is 1990-04-01.');
  });

  it('never reveals the expected check digit of a mistyped My Number', () => {
    const problem = checkValue('my-number', wrongLast(MN1))[0]!;
    expect(text(problem)).not.toContain(MN1[11]!);
  });

  describe('a hostile page’s 100 KB value is capped before any check', () => {
    const values = [HUGE('a@'), HUGE('あ'), HUGE('1'), HUGE('a.'), HUGE('平成2年'), HUGE('-'), HUGE('ｶ')];
    it.each(CHECKABLE_KINDS.flatMap((kind) => values.map((value) => [kind, value.slice(0, 4), value] as const)))(
      '%s, 100 KB of %s…: only "too long", and only when the field has a limit',
      (kind, _start, value) => {
        expect(value.length).toBeGreaterThan(MAX_VALUE_LENGTH);
        expect(checkValue(kind, value)).toEqual([]);
        expect(checkValue(kind, value, 50).map((p) => p.code)).toEqual(['too-long']);
      },
    );
  });

  it('tells an e-mail address apart without a backtracking pattern, up to the cap', () => {
    // Worst cases for the old regex (/^[\x21-\x7e]+@[\x21-\x7e]+\.[A-Za-z0-9-]+$/): many @ and dots, no TLD.
    const at = `${'a@'.repeat(MAX_VALUE_LENGTH / 2 - 1)}!`;
    const dots = `a@${'a.'.repeat(MAX_VALUE_LENGTH / 2 - 2)}!`;
    expect(checkValue('email', at).map((p) => p.code)).toEqual(['email-format']);
    expect(checkValue('email', dots).map((p) => p.code)).toEqual(['email-format']);
    expect(checkValue('email', `${'a'.repeat(900)}@example.jp`)).toEqual([]);
  });

  it('has no check for PIN kinds: the types refuse them, and so does the function at run time', () => {
    const never = () => {
      // @ts-expect-error checkValue takes only CheckableKind; the four PIN kinds are not assignable to it.
      checkValue('pin-user-auth', '');
    };
    expect(never).toBeTypeOf('function');
    const asAny = checkValue as (kind: string, value: string) => unknown[];
    expect(asAny('pin-signature', 'whatever')).toEqual([]);
  });
});
