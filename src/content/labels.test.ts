// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { FormControl } from './controls';
import { cleanText, labelFor, MAX_LABEL_LENGTH } from './labels';

function labelOf(html: string, selector = '#f'): { text: string; context: string[] } {
  document.body.innerHTML = html;
  return labelFor(document.querySelector(selector) as FormControl);
}

describe('labelFor', () => {
  it.each([
    ['label[for]', '<label for="f">郵便番号</label><input id="f">', { text: '郵便番号', context: [] }],
    [
      'a wrapping label, without the text of options inside it',
      '<label>続柄<select id="f"><option>本人</option></select></label>',
      { text: '続柄', context: [] },
    ],
    [
      'aria-labelledby over aria-label',
      '<span id="a">電話番号</span><input id="f" aria-labelledby="a" aria-label="x">',
      { text: '電話番号', context: [] },
    ],
    ['aria-label', '<input id="f" aria-label="生年月日（年）">', { text: '生年月日（年）', context: [] }],
    ['title, then placeholder', '<input id="f" placeholder="例：山田">', { text: '例：山田', context: [] }],
    [
      'the text before it in a table cell, under its row header',
      '<table><tr><th>氏名</th><td>姓 <input id="x"> 名 <input id="f"></td></tr></table>',
      { text: '名', context: ['氏名'] },
    ],
    [
      'a rowspan group header and the row sub-header',
      '<table><tr><th rowspan="2">氏名</th><th>フリガナ</th><td><input id="x"></td></tr><tr><th>漢字</th><td><input id="f"></td></tr></table>',
      { text: '漢字', context: ['氏名'] },
    ],
    [
      'the column header of a grid table',
      '<table><thead><tr><th>区分</th><th>支払金額</th></tr></thead><tbody><tr><th>給与</th><td><input id="f"></td></tr></tbody></table>',
      { text: '支払金額', context: ['給与'] },
    ],
    [
      'a first cell of text where a table has no th',
      '<table><tr><td>職業</td><td><input id="f"></td></tr></table>',
      { text: '職業', context: [] },
    ],
    [
      'a legend around a radio and its label',
      '<fieldset><legend>性別</legend><label><input type="radio" id="f">男</label></fieldset>',
      { text: '男', context: ['性別'] },
    ],
    [
      'a dt before the dd',
      '<dl><dt>メールアドレス</dt><dd><input id="f"></dd></dl>',
      { text: 'メールアドレス', context: [] },
    ],
    [
      'a radiogroup name',
      '<div role="radiogroup" aria-label="提出方法"><label><input type="radio" id="f">e-Tax</label></div>',
      { text: 'e-Tax', context: ['提出方法'] },
    ],
    [
      'text right before it in its block',
      '<div>フリガナ（セイ）<input id="f"></div>',
      { text: 'フリガナ（セイ）', context: [] },
    ],
  ])('reads %s', (_name, html, expected) => {
    expect(labelOf(html)).toEqual(expected);
  });

  it('resolves aria-labelledby inside an open shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<span id="n">通称</span><input id="f" aria-labelledby="n">';
    expect(labelFor(root.getElementById('f') as FormControl).text).toBe('通称');
  });

  it('gives script and markup inside a label back as plain text', () => {
    expect(labelOf('<label for="f">氏名<script>alert(1)</script><b>（必須）</b></label><input id="f">').text).toBe(
      '氏名 （必須）',
    );
  });

  it('reads at most the first 8 ids of an aria-labelledby (issue 16.7)', () => {
    const spans = Array.from({ length: 12 }, (_, i) => `<span id="l${i}">語${i}</span>`).join('');
    const ids = Array.from({ length: 12 }, (_, i) => `l${i}`).join(' ');
    const { text } = labelOf(`${spans}<input id="f" aria-labelledby="${ids}">`);
    expect(text).toBe('語0 語1 語2 語3 語4 語5 語6 語7');
  });

  describe('never reads what a user types as label text (issue 16.3)', () => {
    it.each([
      [
        'a contenteditable before the field',
        '<div><span contenteditable="true">秘密のメモ</span>金額<input id="f"></div>',
        '金額',
      ],
      [
        'a contenteditable inside its label',
        '<label for="f">住所<span contenteditable>東京都港区</span></label><input id="f">',
        '住所',
      ],
      [
        'a role=textbox in its cell',
        '<table><tr><th>氏名</th><td><div role="textbox">入力した名前</div><input id="f"></td></tr></table>',
        '氏名',
      ],
      [
        'a searchbox as labelledby target',
        '<div id="s" role="searchbox">検索語</div><span id="n">番号</span><input id="f" aria-labelledby="s n">',
        '番号',
      ],
      [
        'a combobox inside a legend',
        '<fieldset><legend>都道府県<span role="combobox">東京</span></legend><input id="f"></fieldset>',
        '都道府県',
      ],
    ])('%s', (_name, html, label) => {
      const info = labelOf(html);
      expect([info.text, ...info.context].join(' ')).toContain(label);
      expect(JSON.stringify(info)).not.toMatch(/秘密のメモ|東京都港区|入力した名前|検索語|東京(?!都)/);
    });

    it('reads no label for a control inside an editable region', () => {
      expect(labelOf('<div contenteditable="true">氏名 <input id="f"></div>')).toEqual({ text: '', context: [] });
    });
  });

  it('cuts huge labels', () => {
    expect(cleanText('あ'.repeat(5000))).toHaveLength(MAX_LABEL_LENGTH + 1);
  });
});

describe('a date split over boxes', () => {
  it('names each box by the unit after it, not by the previous box’s unit', () => {
    document.body.innerHTML =
      '<table><tr><th>生年月日</th><td><input id="y" maxlength="2">年<input id="m" maxlength="2">月<input id="d" maxlength="2">日</td></tr></table>';
    expect(labelFor(document.getElementById('m') as FormControl).text).toBe('月');
    expect(labelFor(document.getElementById('d') as FormControl).text).toBe('日');
  });
});

describe('a number split over boxes', () => {
  it('names a box after a separator by its title, not by the separator', () => {
    document.body.innerHTML =
      '<label for="t1">電話番号</label><input id="t1" maxlength="5"> - <input id="t2" maxlength="4" title="市内局番"> - <input id="t3" maxlength="4" title="加入者番号">';
    expect(labelFor(document.getElementById('t2') as FormControl).text).toBe('市内局番');
    expect(labelFor(document.getElementById('t3') as FormControl).text).toBe('加入者番号');
  });
});
