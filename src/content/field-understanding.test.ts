// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pages from '../../tests/pages/pages.json';
import type { PortalId } from '@/src/portals/portals';
import { matchScreen } from '@/src/portals/screens';
import type { FormControl } from './controls';
import { applyConversion, checkField } from './field-actions';
import { understandField } from './field-understanding';
import { labelFor } from './labels';

const REPLICAS = (pages as { file: string; url: string; portal: PortalId; bench?: boolean }[]).filter((p) => !p.bench);

function load(file: string): void {
  // Scripts don't run here; only the markup matters for labels and kinds.
  document.documentElement.innerHTML = readFileSync(`tests/pages/${file}`, 'utf8').replace(
    /<script[\s\S]*?<\/script>/g,
    '',
  );
}

/** The understanding of a field as the content script reaches it (label, portal, screen). */
function understand(control: FormControl, portal?: PortalId, url = 'https://example.invalid/') {
  return understandField(control, labelFor(control), {
    ...(portal ? { portal } : {}),
    screen: () => matchScreen(portal, document, url),
  });
}

const field = (html: string, selector = 'input', portal?: PortalId, url?: string) => {
  document.body.innerHTML = html;
  const control = document.querySelector<FormControl>(selector)!;
  return { control, field: understand(control, portal, url) };
};

describe('understandField on the replica pages', () => {
  it.each(REPLICAS.map((p) => [p.file, p.portal, p.url] as const))(
    '%s: every field marked with data-kind is recognised as that kind',
    (file, portal, url) => {
      load(file);
      const wrong = Array.from(document.querySelectorAll<HTMLElement>('[data-kind]'))
        .map((el) => ({
          field: (el as FormControl).name,
          expected: el.dataset.kind,
          got: understand(el as FormControl, portal, url).kind,
        }))
        .filter((r) => r.expected !== r.got);
      expect(wrong).toEqual([]);
    },
  );
});

describe('the page’s own evidence', () => {
  it.each([
    [
      'a note next to the field',
      '<label for="f">氏名（フリガナ）</label><input id="f"><span>（全角カナ）</span>',
      { charset: 'katakana', width: 'full' },
    ],
    [
      'the design system’s support text',
      '<div class="dads-form-control-label"><label for="f">電話番号</label><p class="dads-form-control-label__support-text">ハイフンなしで入力してください</p><div><span class="dads-input-text"><input id="f" type="tel" maxlength="11"></span></div></div>',
      { hyphen: 'none', maxLength: 11 },
    ],
    [
      'aria-describedby',
      '<label for="f">整理番号</label><input id="f" aria-describedby="h"><p id="h">半角数字8桁</p>',
      { charset: 'digits', width: 'half', length: 8 },
    ],
    [
      'the placeholder',
      '<label for="f">郵便番号</label><input id="f" placeholder="例：1000001" maxlength="8">',
      { example: '1000001', maxLength: 8, charset: 'digits' },
    ],
  ])('reads %s', (_name, html, facts) => {
    const { field: f } = field(html);
    expect(f.facts).toMatchObject(facts);
  });

  it('gives both boxes of a split name their own limit from their maxlength', () => {
    const html =
      '<table><tr><th>氏名（フリガナ）</th><td>セイ <input id="sei" maxlength="11"> メイ <input id="mei" maxlength="11"></td></tr></table>';
    document.body.innerHTML = html;
    for (const id of ['#sei', '#mei']) {
      const f = understand(document.querySelector<FormControl>(id)!, 'keisan');
      expect(f.kind).toBe('katakana');
      expect(f.facts).toMatchObject({ charset: 'katakana', maxLength: 11 });
    }
  });

  it('never takes a phone number from type=tel alone (整理番号, 耐用年数)', () => {
    expect(field('<label for="f">整理番号</label><input id="f" type="tel">').field.kind).toBeUndefined();
    expect(field('<label for="f">耐用年数</label><input id="f" type="tel">').field.kind).not.toBe('phone');
  });

  it('never gives the era template to a date field that asks for 西暦 or YYYYMMDD', () => {
    const ymd = field('<label for="f">生年月日</label><input id="f"><span>（YYYYMMDD）</span>').field;
    expect(ymd.kind).toBe('western-date');
    expect(ymd.facts).toMatchObject({ dateFormat: 'YYYYMMDD', calendar: 'western', length: 8 });
    expect(ymd.conversions).not.toContain('western-to-era');
    expect(field('<label for="f">生年月日（西暦）</label><input id="f">').field.kind).toBe('western-date');
  });

  it('keeps the page’s 7-digit no-hyphen postal code rule over the template', () => {
    const { field: f } = field('<label for="f">郵便番号</label><input id="f" maxlength="7">');
    expect(f.facts).toMatchObject({ charset: 'digits', length: 7, hyphen: 'none' });
  });

  it('page-controlled words never index plain objects: autocomplete="constructor" keeps the kind', () => {
    const { field: f } = field(
      '<label for="f">郵便番号</label><input id="f" autocomplete="constructor" inputmode="constructor">',
    );
    expect(f.kind).toBe('postal-code');
  });

  it('puts the page’s note next to the field in the understanding, negation and all', () => {
    load('etax/kaishi-ansho.html');
    const f = understand(
      document.querySelector<FormControl>('#anshoBango')!,
      'etax',
      REPLICAS.find((p) => p.file === 'etax/kaishi-ansho.html')!.url,
    );
    expect(f.note).toContain('マイナンバーカードの暗証番号とは異なります');
  });
});

describe('screen-aware secrets', () => {
  const urlOf = (file: string) => REPLICAS.find((p) => p.file === file)!.url;

  it('knows e-Tax’s own 暗証番号 (開始届出) is not a card PIN, with the page’s own format', () => {
    load('etax/kaishi-ansho.html');
    const f = understand(document.querySelector<FormControl>('#anshoBango')!, 'etax', urlOf('etax/kaishi-ansho.html'));
    expect(f.kind).toBe('etax-password');
    expect(f.rules?.pin).toBeUndefined();
    expect(f.secret?.notCardPin).toBe(true);
    expect(f.facts).toMatchObject({ charset: 'alnum', minLength: 8, maxLength: 50, mustContain: ['lower', 'digit'] });
  });

  it('gives no facts to a password no profile knows (the residence system’s login)', () => {
    load('immigration/login.html');
    const f = understand(
      document.querySelector<FormControl>('#password')!,
      'immigration',
      urlOf('immigration/login.html'),
    );
    expect(f.isSecret).toBe(true);
    expect(f.kind).toBeUndefined();
    expect(f.rules).toBeUndefined();
  });

  it('knows MyNa Portal’s login PIN is the user-authentication PIN', () => {
    const { field: f } = field(
      '<h1>ログイン</h1><label for="p">暗証番号</label><input type="password" id="p" maxlength="4">',
      'input',
      'mynaportal',
      'https://myna.go.jp/login',
    );
    expect(f.kind).toBe('pin-user-auth');
  });

  it('names a card PIN only when the label does, on e-Tax’s login too', () => {
    load('etax/login.html');
    const url = urlOf('etax/login.html');
    expect(understand(document.querySelector<FormControl>('#cardPin')!, 'etax', url).kind).toBe('pin-user-auth');
    expect(understand(document.querySelector<FormControl>('#oStPswd')!, 'etax', url).kind).toBe('etax-password');
  });
});

describe('checks and conversions', () => {
  it('never reads a password field, not even to check or convert it', () => {
    const { control, field: f } = field(
      '<label for="p">利用者証明用電子証明書の暗証番号</label><input type="password" id="p">',
    );
    let reads = 0;
    Object.defineProperty(control, 'value', {
      get: () => {
        reads++;
        return '1234';
      },
    });
    expect(f.isSecret).toBe(true);
    expect(checkField(control, f)).toEqual([]);
    expect(f.conversions).toEqual([]);
    expect(reads).toBe(0);
  });

  it('decides secrecy when a value would be read: a PIN box a show/hide toggle turned into text stays unread', () => {
    document.body.innerHTML = '<label for="d">生年月日（数字8桁）</label><input type="password" id="d">';
    const control = document.querySelector<HTMLInputElement>('#d')!;
    // The page shows the box as text before Tebiki first looks at it (the user pressed "show").
    const seen = understand(control);
    control.type = 'text';
    const later = understand(control);
    let reads = 0;
    Object.defineProperty(control, 'value', { get: () => (reads++, '19900401') });
    expect(seen.isSecret && later.isSecret).toBe(true);
    expect(checkField(control, later)).toEqual([]);
    expect(reads).toBe(0);
  });

  it('checks a number split over boxes as a whole once every box is filled', () => {
    document.body.innerHTML =
      '<table><tr><th>マイナンバー</th><td><input maxlength="4" id="a"><input maxlength="4" id="b"><input maxlength="4" id="c"></td></tr></table>';
    const boxes = Array.from(document.querySelectorAll('input'));
    const f = understand(boxes[0]!);
    expect(f.kind).toBe('my-number');
    expect(f.part).toEqual({ index: 1, count: 3 });
    ['1234', '5678', ''].forEach((v, i) => (boxes[i]!.value = v));
    expect(checkField(boxes[0]!, f)).toEqual([]);
    boxes[2]!.value = '9012';
    expect(checkField(boxes[0]!, f).map((p) => p.code)).toEqual(['check-digit']);
  });

  it('converts hiragana to katakana and fires input and change for the page', () => {
    const { control, field: f } = field('<label for="k">フリガナ</label><input id="k">');
    const events: string[] = [];
    control.addEventListener('input', () => events.push(`input:${control.value}`));
    control.addEventListener('change', () => events.push(`change:${control.value}`));
    control.value = 'やまだ';
    expect(applyConversion(control, f, 'to-katakana')).toEqual({ written: true, also: [] });
    expect(events).toEqual(['input:ヤマダ', 'change:ヤマダ']);
  });

  it('keeps a 7-digit no-hyphen postal code at 7 digits when making it half-width', () => {
    const { control, field: f } = field(
      '<label for="z">郵便番号</label><input id="z" maxlength="7"><span>（ハイフンなし）</span>',
    );
    control.value = '１００－０００１';
    expect(f.conversions).toContain('to-halfwidth');
    applyConversion(control, f, 'to-halfwidth');
    expect(control.value).toBe('1000001');
  });

  it('sets the era list and the year number, never 平成2年 into a digits box', () => {
    load('keisan/address-name.html');
    const year = document.querySelector<HTMLInputElement>('#birthYear')!;
    const era = document.querySelector<HTMLSelectElement>('#birthEra')!;
    year.setAttribute('inputmode', 'numeric');
    const f = understand(year, 'keisan');
    expect(f.eraSelect).toBe(era);
    year.value = '1990';
    expect(applyConversion(year, f, 'western-to-era')).toMatchObject({ written: true });
    expect(year.value).toBe('2');
    expect(era.selectedOptions[0]!.text).toContain('平成');
  });

  it('says what to type when no value the field accepts exists', () => {
    document.body.innerHTML = '<label for="y">生年月日（年）</label><input id="y" maxlength="2" inputmode="numeric">';
    const year = document.querySelector<HTMLInputElement>('#y')!;
    const f = understand(year);
    // No era list beside a two-digit box: the era conversion is not offered at all.
    expect(f.conversions).not.toContain('western-to-era');
    year.value = '1990';
    expect(applyConversion(year, { ...f, conversions: ['western-to-era'] }, 'western-to-era')).toEqual({
      written: false,
      instead: { value: '1990', era: '平成', year: '2' },
    });
    expect(year.value).toBe('1990');
  });
});

describe('notes that state several rules', () => {
  it('give each field only the sentences about it', () => {
    document.body.innerHTML =
      '<table><tr><th>ED番号</th><td><label for="a">英字</label><input id="a" maxlength="4"><label for="b">数字</label><input id="b" maxlength="7"><div class="guide">英字は半角英字（大文字入力）、4文字以内。数字は半角数字、7文字</div></td></tr></table>';
    const letters = understand(document.querySelector<FormControl>('#a')!);
    const digits = understand(document.querySelector<FormControl>('#b')!);
    expect(letters.facts).toMatchObject({ charset: 'alphabet', uppercase: true, maxLength: 4 });
    expect(digits.facts).toMatchObject({ charset: 'digits', length: 7 });
  });

  it('give a note right after a box to that box, not to the next field of the cell', () => {
    document.body.innerHTML =
      '<table><tr><th>氏名</th><td>フリガナ セイ <input id="se" size="16"> <span class="chui">※11文字以内</span> メイ <input id="me" size="16"> <span class="chui">※セイと合わせて12文字以内</span></td></tr></table>';
    expect(understand(document.querySelector<FormControl>('#se')!).facts.maxLength).toBe(11);
    const me = understand(document.querySelector<FormControl>('#me')!).facts;
    expect(me.maxLength).not.toBe(11);
    expect(me.combined).toBe(true);
  });

  it('give a table’s fields the rule stated under or above it', () => {
    document.body.innerHTML =
      '<p class="chui">※金額は円単位で入力してください。</p><table><thead><tr><th></th><th>期首</th></tr></thead><tbody><tr><th>現金</th><td><input type="tel" id="c" maxlength="11"></td></tr></tbody></table>';
    expect(understand(document.querySelector<FormControl>('#c')!).facts).toMatchObject({
      unit: 'yen',
      charset: 'digits',
    });
  });
});

describe('a date split over boxes', () => {
  const row = (era = '') =>
    `<table><tr><th>生年月日</th><td>${era}<input id="y" maxlength="2">年<input id="m" maxlength="2">月<input id="d" maxlength="2">日</td></tr></table>`;
  const eraSelect = '<select id="era"><option>令和</option><option>平成</option><option>昭和</option></select>';

  it.each([
    ['#y', 'year'],
    ['#m', 'month'],
    ['#d', 'day'],
  ] as const)('knows %s by the 年/月/日 the page puts after it', (selector, part) => {
    expect(field(row(), selector).field.datePart).toBe(part);
  });

  it('gives the era list to the year box only: the month and day boxes get no era line or era conversion', () => {
    expect(field(row(eraSelect), '#y').field.eraSelect).toBeDefined();
    for (const selector of ['#m', '#d']) {
      const { field: f } = field(row(eraSelect), selector);
      expect(f.eraSelect).toBeUndefined();
      expect(f.facts.calendar).toBeUndefined();
      expect(f.conversions.filter((c) => c.includes('era'))).toEqual([]);
    }
  });

  it.each([
    ['<label for="b">配偶者の生年月日 月</label><input id="b" name="hgsyBirthMm" type="tel" maxlength="2">', 'month'],
    ['<input name="kisyuMonth" type="tel" title="期首 月">', 'month'],
    ['<select name="inOutDto.tesytYmdYy"><option>令和7</option></select>', 'year'],
    ['<label for="n">年収</label><input id="n" maxlength="10">', undefined],
    ['<label for="a">月額</label><input id="a" name="gakuMm" maxlength="9">', undefined],
  ])('reads the part from the label, title or name of a short box: %s', (html, part) => {
    expect(field(html, 'input, select').field.datePart).toBe(part);
  });
});

describe("the page's warnings", () => {
  it('give a field the sentences of a warning banner that name it, and no other field', () => {
    const html = `<div class="dads-notification-banner" data-type="warning"><p>お問い合わせ内容に、マイナンバー（個人番号）や暗証番号を記載しないでください。ご返信はメールで行います。</p></div>
      <label for="body">お問い合わせ内容 <span>※必須</span></label><textarea id="body"></textarea>
      <label for="mail">メールアドレス</label><input id="mail" type="email">`;
    expect(field(html, '#body').field.note).toMatch(/暗証番号を記載しないでください/);
    expect(field(html, '#mail').field.note ?? '').not.toMatch(/暗証番号/);
  });
});
