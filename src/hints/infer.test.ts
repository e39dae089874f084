/**
 * Inference over real labels. Unless a comment says otherwise, the label wording is taken from
 * ../shared/eval/labels-dev/*.txt: keisan_corner_screens_r7 (作成コーナー), etax_spec_KOA110/KOA210 (e-Tax forms),
 * isa_online_csv_koushin_extension (immigration), mynumbercard_official_forms_and_jpki_portal.
 */

import { describe, expect, it } from 'vitest';
import { itMapsEach } from '../test-each.ts';
import { controlGroupOf, inferFieldKind, kindRules, nameWords, normalizeLabel } from './infer.ts';
import { describeInferCases, type InferCase } from './infer-cases.ts';
import { realRules } from './test-helpers.ts';
import { CHECKABLE_KINDS, FIELD_KINDS, type CheckableKind } from './types.ts';

const { rules } = realRules();

const CASES: Record<CheckableKind, InferCase[]> = {
  katakana: [
    [{ label: '氏名（カナ）セイ', portal: 'keisan' }, 'katakana', 11],
    [{ label: '氏名（カナ）メイ', portal: 'keisan' }, 'katakana'],
    [{ label: '氏名フリガナ（姓）', portal: 'keisan' }, 'katakana', 11],
    [{ label: '氏名フリガナ（名）', portal: 'keisan' }, 'katakana'],
    [{ label: '氏名フリガナ（姓）', portal: 'etax' }, 'katakana'],
    [{ label: '氏名フリガナ（姓）', portal: 'keisan', maxlength: 8 }, 'katakana', 8],
    ['フリガナ', 'katakana'],
    ['（フリガナ）氏名', 'katakana'],
    ['ふりがな', 'katakana'],
    [{ label: '', name: 'seiKana' }, 'katakana'],
    ['カナダ', null],
    [{ label: 'フリガナ', type: 'checkbox' }, null],
  ],
  fullwidth: [
    // 屋号 and 業種名 are free text: nothing in FACTS.md says they must be full-width, so no kind.
    [{ label: '屋号', portal: 'keisan' }, null],
    [{ label: '業種名又は職業', portal: 'keisan' }, null],
    [{ label: '屋号', portal: 'keisan', context: '全角30文字以内' }, 'fullwidth'],
    ['全角英数字', 'fullwidth'],
    ['全角（30文字以内）', 'fullwidth'],
    ['全角で入力してください', 'fullwidth'],
    [{ label: '勤務先名称・通学先名称', context: '全角30文字以内' }, 'fullwidth'],
    ['勤務先名称・通学先名称', null],
    ['全角カナ', 'katakana'],
    [{ label: '全角', type: 'select-one' }, null],
  ],
  'halfwidth-alnum': [
    ['在留カード番号', 'halfwidth-alnum'],
    ['特別永住者証明書番号', 'halfwidth-alnum'],
    ['ED番号(英字)', 'halfwidth-alnum'],
    ['ED番号（数字）', 'halfwidth-alnum'],
    [{ label: '(1)番号', context: '旅券' }, 'halfwidth-alnum'],
    ['(1)番号', null],
    ['法人番号', 'halfwidth-alnum'],
    ['法人番号の有無', null],
    [{ label: '登録番号（法人番号）', portal: 'keisan' }, 'halfwidth-alnum'],
    [{ label: '(6)登録番号', portal: 'immigration' }, null],
    ['半角英数字で入力', 'halfwidth-alnum'],
  ],
  'postal-code': [
    // Page-controlled words never index plain objects: autocomplete="constructor" is just an unknown token.
    [{ label: '郵便番号', autocomplete: 'constructor' }, 'postal-code'],
    [{ label: '郵便番号', inputmode: 'constructor', autocomplete: '__proto__ toString' }, 'postal-code'],
    [{ label: '郵便番号', portal: 'keisan' }, 'postal-code', 7],
    [{ label: '郵便番号', portal: 'keisan', maxlength: 3 }, 'postal-code', 3],
    [{ label: '郵便番号', portal: 'etax' }, 'postal-code'],
    [{ label: '(3)郵便番号', portal: 'immigration' }, 'postal-code'],
    ['〒', 'postal-code'],
    [{ label: '', autocomplete: 'shipping postal-code' }, 'postal-code'],
    [{ label: '', name: 'zipCode' }, 'postal-code'],
    [{ label: '', id: 'yubinBango1', maxlength: 3 }, 'postal-code', 3],
    [{ label: '郵便番号', type: 'radio' }, null],
    [{ label: '郵便番号', maxlength: -1 }, 'postal-code'],
  ],
  phone: [
    ['電話番号', 'phone'],
    ['(3)携帯電話番号', 'phone'],
    ['自宅電話番号', 'phone'],
    ['電話番号（市外局番）', 'phone'],
    ['電話番号（加入者番号）', 'phone'],
    ['電話番号（種別）', null],
    ['携帯電話で申請したい', null],
    // The input type alone never decides: a type=tel 整理番号 or 耐用年数 is not a phone number (issue 11).
    [{ label: '', type: 'tel' }, null],
    [{ label: '整理番号', type: 'tel' }, null],
    [{ label: '耐用年数', type: 'tel' }, null],
    [{ label: '', type: 'tel', name: 'telNo' }, 'phone'],
    [{ label: '', autocomplete: 'tel-national' }, 'phone'],
    [{ label: '', name: 'txtTelNo' }, 'phone'],
  ],
  email: [
    ['メールアドレス', 'email'],
    ['通知送信用メールアドレス', 'email'],
    ['メール通知', null],
    // type=email states the page's own rule (the evidence the content script passes with it).
    [{ label: '', type: 'email', facts: { charset: 'email' } }, 'email'],
    ['E-mail', 'email'],
    ['Ｅメールアドレス', 'email'],
    [{ label: '', name: 'mailAddress' }, 'email'],
    [{ label: 'メールアドレス', type: 'checkbox' }, null],
    [{ label: '', autocomplete: 'email' }, 'email'],
    ['メールアドレス（確認用）', 'email'],
    // A name for e-mail contact is a name, not an e-mail address.
    ['メール連絡用氏名', 'name-order'],
  ],
  'era-date': [
    ['生年月日', 'era-date'],
    ['生年月日（年）', 'era-date'],
    [{ label: '取得年月（元号）', type: 'select-one' }, 'era-date'],
    ['提出年月日（月）', 'era-date'],
    ['在留期間の満了日', 'era-date'],
    ['出国予定年月日', 'era-date'],
    [{ label: '年', context: '生年月日' }, 'era-date'],
    ['年', null],
    [{ label: '生年月日', type: 'date' }, null],
    ['年齢', null],
    // A date the page asks for in the western calendar never gets the era template.
    [{ label: '生年月日', facts: { calendar: 'western' } }, 'western-date'],
    [{ label: '生年月日', facts: { calendar: 'era' } }, 'era-date'],
  ],
  'western-date': [
    [
      { label: '生年月日', facts: { dateFormat: 'YYYYMMDD', calendar: 'western', charset: 'digits', length: 8 } },
      'western-date',
    ],
    [{ label: '生年月日（西暦）', facts: { calendar: 'western' } }, 'western-date'],
    [{ label: '在留期間の満了日', facts: { dateFormat: 'YYYY/MM/DD', calendar: 'western' } }, 'western-date'],
    [{ label: '年', context: '生年月日', facts: { calendar: 'western' } }, 'western-date'],
    [{ label: '有効期限', facts: { calendar: 'western' } }, 'western-date'],
    [{ label: '提出日', facts: { dateFormat: 'YYYYMMDD' } }, 'western-date'],
    ['生年月日', 'era-date'],
    [{ label: '生年月日', facts: { calendar: 'era' } }, 'era-date'],
    [{ label: '生年月日', type: 'date', facts: { calendar: 'western' } }, null],
    [{ label: '年齢', facts: { calendar: 'western' } }, null],
  ],
  year: [
    ['年分', 'year'],
    ['令和7年分', 'year'],
    ['令和７年分', 'year'],
    ['対象年分', 'year'],
    [{ label: '年分', type: 'select-one' }, 'year'],
    [{ label: '', name: 'nenbun' }, 'year'],
    ['本年分の普通償却費', 'yen'],
    ['令和７年分の申告書等の作成', null],
    ['過去の年分の申告書等の作成', null],
    [{ label: '年分', type: 'radio' }, null],
  ],
  yen: [
    ['取得価額（円）', 'yen'],
    ['売上（収入）金額', 'yen'],
    ['給料賃金', 'yen'],
    ['租税公課', 'yen'],
    ['源泉徴収税額', 'yen'],
    ['科目名', null],
    ['耐用年数', null],
    ['年齢', null],
    ['仕入税額の計算方法', null],
    [{ label: '10万円', type: 'checkbox' }, null],
  ],
  'my-number': [
    ['マイナンバー', 'my-number'],
    ['個人番号', 'my-number'],
    ['マイナンバー（個人番号）', 'my-number'],
    ['本人のマイナンバー', 'my-number'],
    ['個人番号カード交付申請書 兼 電子証明書発行申請書', null],
    ['マイナンバーカード', null],
    ['個人番号通知書', null],
    [{ label: '', name: 'myNumber' }, 'my-number'],
    [{ label: '', name: 'kojinBango', maxlength: 12 }, 'my-number', 12],
    ['マイナンバーの入力', null],
  ],
  'etax-user-id': [
    [{ label: '利用者識別番号', portal: 'etax' }, 'etax-user-id'],
    [{ label: '利用者識別番号', portal: 'keisan' }, 'etax-user-id'],
    [{ label: '利用者識別番号', maxlength: 16 }, 'etax-user-id', 16],
    ['利用者識別番号等の通知', null],
    [{ label: '利用者識別番号', type: 'checkbox' }, null],
    ['利用者識別番号 (半角数字16桁)', 'etax-user-id'],
    ['利用者識別番号を入力してください', 'etax-user-id'],
    [{ label: '利用者識別番号', type: 'password' }, null],
    ['ユーザーID', 'halfwidth-alnum'],
    ['暗証番号', null],
  ],
  'card-application-id': [
    ['申請書ID', 'card-application-id'],
    ['申請書ＩＤ', 'card-application-id'],
    ['申請書ID（半角数字23桁）', 'card-application-id'],
    ['申請書番号', 'card-application-id'],
    [{ label: '申請書ID', maxlength: 23 }, 'card-application-id', 23],
    [{ label: '申請書ID', portal: 'mynumbercard' }, 'card-application-id'],
    ['交付通知書', null],
    ['ID', 'halfwidth-alnum'],
    [{ label: '申請書ID', type: 'select-one' }, null],
    ['個人番号カード交付申請書 兼 電子証明書発行申請書', null],
  ],
  'alphabet-name': [
    [{ label: '氏名', portal: 'immigration' }, 'alphabet-name'],
    [{ label: '(1)氏名', portal: 'immigration', context: '申請人' }, 'alphabet-name'],
    // An agent's, a representative's or a passport's name is not the applicant's own: no name template.
    [{ label: '(1)氏名', portal: 'immigration', context: '代理人' }, null],
    [{ label: '氏名（ローマ字）', context: '旅券' }, null],
    ['旅券上の氏名（ローマ字）', null],
    [{ label: '氏名', portal: 'keisan' }, 'name-order'],
    [{ label: '(5)代表者の氏名', portal: 'immigration' }, null],
    ['ローマ字氏名', 'alphabet-name'],
    ['氏名（ローマ字）', 'alphabet-name'],
    ['氏名(アルファベット)', 'alphabet-name'],
    ['英字氏名', 'alphabet-name'],
    ['ED番号(英字)', 'halfwidth-alnum'],
  ],
  'alias-name': [
    ['通称', 'alias-name'],
    ['通称名', 'alias-name'],
    ['通称（漢字）', 'alias-name'],
    [{ label: '通称', portal: 'immigration' }, 'alias-name'],
    ['通称のフリガナ', 'katakana'],
    ['通称（カナ）', 'katakana'],
    ['通称の有無', null],
    [{ label: '通称名', type: 'checkbox' }, null],
    [{ label: '通称', type: 'password' }, null],
    ['通称記載', 'alias-name'],
  ],
  'name-order': [
    [{ label: '氏名（漢字）姓', portal: 'keisan' }, 'name-order', 10],
    [{ label: '氏名漢字（名）', portal: 'keisan' }, 'name-order', 10],
    [{ label: '氏名（漢字）名', portal: 'etax' }, 'name-order'],
    ['氏名', 'name-order'],
    ['専従者氏名', null],
    ['支払先の氏名', null],
    [{ label: '氏名', context: '勤務先' }, null],
    ['支払者の氏名', null],
    ['姓', 'name-order'],
    ['名', 'name-order'],
    ['氏名又は名称', null],
    [{ label: '氏名', facts: { charset: 'katakana' } }, 'katakana'],
    ['税務署名', null],
  ],
  'address-block': [
    [{ label: '丁目番地等', portal: 'keisan' }, 'address-block', 28],
    [{ label: '(3)住所(町名丁目番地号等)', portal: 'immigration' }, 'address-block'],
    ['住居地(町名丁目番地号等)', 'address-block'],
    ['住所', 'address-block'],
    ['支払先の住所', 'address-block'],
    ['住所（所在地）(都道府県)', null],
    ['所在地(市区町村)', null],
    [{ label: '住所が上記と異なる', type: 'checkbox' }, null],
    [{ label: '納税地区分（住所）', type: 'radio' }, null],
    [{ label: '', autocomplete: 'address-line1' }, 'address-block'],
  ],
  building: [
    [{ label: '建物名・号室', portal: 'keisan' }, 'building', 28],
    ['建物名', 'building'],
    ['マンション名・部屋番号', 'building'],
    ['方書', 'building'],
    [{ label: '建物', context: '住所' }, 'building'],
    ['建物', null],
    ['建物附属設備', null],
    ['土地や建物等の譲渡（売却）', null],
    [{ label: '', autocomplete: 'address-line2' }, 'building'],
    [{ label: '', name: 'buildingName' }, 'building'],
  ],
  relationship: [
    ['続柄', 'relationship'],
    ['世帯主からみた続柄', 'relationship'],
    ['(2)本人との関係', 'relationship'],
    [{ label: '続柄', type: 'select-one' }, 'relationship'],
    ['世帯主との続柄', 'relationship'],
    ['申請人との関係', 'relationship'],
    [{ label: '', name: 'zokugara' }, 'relationship'],
    ['同居の有無', null],
    [{ label: '続柄', type: 'radio' }, null],
    ['関係', null],
  ],
  'head-of-household': [
    ['世帯主の氏名（漢字）', 'head-of-household'],
    ['世帯主の氏名', 'head-of-household'],
    ['世帯主', 'head-of-household'],
    ['世帯主名', 'head-of-household'],
    [{ label: '', name: 'setainushiName' }, 'head-of-household'],
    ['世帯主からみた続柄', 'relationship'],
    ['世帯主との関係', 'relationship'],
    ['世帯主の氏名（カナ）', 'katakana'],
    [{ label: '世帯主', type: 'checkbox' }, null],
    [{ label: '世帯主の氏名（漢字）', type: 'select-one' }, null],
  ],
  'bank-name': [
    ['金融機関名', 'bank-name'],
    ['金融機関', 'bank-name'],
    ['銀行名', 'bank-name'],
    [{ label: '金融機関', type: 'select-one' }, 'bank-name'],
    // A bank code is a 4-digit number, not the bank's name.
    ['金融機関コード', null],
    ['受取金融機関', 'bank-name'],
    ['(3)金融機関における預金口座等の生活に必要な契約に係る支援をすることとしていることの有無', null],
    ['金融機関分の利子割引料（必要経費算入額）の合計（円）', 'yen'],
    [{ label: '', name: 'bankName' }, 'bank-name'],
    ['公金受取口座', null],
  ],
  'bank-branch': [
    ['支店名', 'bank-branch'],
    ['支店', 'bank-branch'],
    ['店番', 'bank-branch'],
    ['支店コード', 'bank-branch'],
    ['本支店名', 'bank-branch'],
    [{ label: '支店', type: 'select-one' }, 'bank-branch'],
    ['支店所在地', 'address-block'],
    [{ label: '', name: 'branchCode' }, 'bank-branch'],
    ['出張所', 'bank-branch'],
    ['税務署名', null],
  ],
  'account-number': [
    ['口座番号', 'account-number'],
    [{ label: '番号', context: 'ゆうちょ銀行の口座' }, 'account-number'],
    [{ label: '記号', context: 'ゆうちょ銀行' }, 'account-number'],
    [{ label: '', name: 'accountNo' }, 'account-number'],
    ['口座番号（7桁）', 'account-number'],
    [{ label: '口座番号', maxlength: 7 }, 'account-number', 7],
    ['番号', null],
    ['口座名義', 'account-holder-kana'],
    [{ label: '口座番号', type: 'password' }, null],
    ['公金受取口座', null],
  ],
  'account-holder-kana': [
    ['口座名義', 'account-holder-kana'],
    ['口座名義（カナ）', 'account-holder-kana'],
    ['口座名義人', 'account-holder-kana'],
    ['名義人', 'account-holder-kana'],
    ['名義(カナ)', 'account-holder-kana'],
    [{ label: '', name: 'kozaMeigi' }, 'account-holder-kana'],
    ['口座番号', 'account-number'],
    [{ label: '口座名義', type: 'select-one' }, null],
    ['フリガナ', 'katakana'],
    [{ label: '口座名義', type: 'password' }, null],
  ],
};

describe('inferFieldKind', () => {
  describeInferCases('checkable kind (the PIN kinds: infer-secret.test.ts)', CHECKABLE_KINDS, CASES, 0.34);

  it('ranks a specific label above a generic one, and says so in the confidence', () => {
    const specific = inferFieldKind({ label: '氏名（カナ）セイ' }, rules)!;
    const generic = inferFieldKind({ label: '氏名' }, rules)!;
    expect(specific.confidence).toBeGreaterThan(generic.confidence);
    expect(inferFieldKind({ label: '郵便番号', autocomplete: 'postal-code', name: 'zip' }, rules)!.confidence).toBe(1);
  });

  it('names the source of a portal limit, and marks a maxlength limit as such', () => {
    const portal = inferFieldKind({ label: '丁目番地等', portal: 'keisan' }, rules)!;
    expect(portal).toMatchObject({ limit: 28, limitFrom: 'portal' });
    expect(portal.limitSource).toMatch(/^\[3P\] /);
    expect(inferFieldKind({ label: '丁目番地等', maxlength: 20 }, rules)).toMatchObject({ limitFrom: 'maxlength' });
  });

  it('finds every kind’s rules for the tooltip', () => {
    for (const kind of FIELD_KINDS) expect(kindRules(rules, kind)?.hint.text.en?.what).toBeTruthy();
    expect(kindRules(rules, 'pin-signature')?.pin?.tries).toBe(5);
  });
});

describe('helpers', () => {
  itMapsEach('normalises %s to %s', normalizeLabel, [
    ['（３）郵便番号【必須】', '郵便番号'],
    ['(33)支援責任者名', '支援責任者名'],
    ['氏名（カナ）セイ', '氏名(カナ)セイ'],
    ['*メールアドレス', 'メールアドレス'],
    ['住民基本台帳用　 暗証番号 ', '住民基本台帳用 暗証番号'],
    ['ﾌﾘｶﾞﾅ：', 'フリガナ'],
    ['10万円', '10万円'],
  ]);

  it.each([
    ['txtTelNo', ['txt', 'tel', 'no', 'txttel', 'telno']],
    ['my_number', ['my', 'number', 'mynumber']],
    ['ZIPCode1', ['zip', 'code', 'zipcode']],
    [undefined, []],
  ])('splits %s into words', (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });

  it.each([
    ['text', 'text'],
    [undefined, 'text'],
    ['TEL', 'text'],
    ['textarea', 'text'],
    ['password', 'password'],
    ['select-one', 'select'],
    ['date', 'date'],
    ['checkbox', null],
    ['radio', null],
    ['hidden', null],
  ])('puts type %s in group %s', (type, group) => {
    expect(controlGroupOf(type)).toBe(group);
  });
});
