// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scanItems, type ItemKind, type ScanItem } from './scan';

function scan(html: string): ScanItem[] {
  document.body.innerHTML = html;
  return [...scanItems(document)].filter((item): item is ScanItem => item !== null);
}

const found = (html: string) => scan(html).map((item) => [item.kind, item.label.text] as [ItemKind, string]);

describe('scanItems', () => {
  it.each([
    ['a label element', '<label for="f">郵便番号</label><input id="f">', ['label', '郵便番号']],
    ['a row header', '<table><tr><th>郵便番号</th><td><input></td></tr></table>', ['label', '郵便番号']],
    ['a first cell of text', '<table><tr><td>職業</td><td><input></td></tr></table>', ['label', '職業']],
    ['a definition term', '<dl><dt>メール通知</dt><dd><input type="radio"></dd></dl>', ['label', 'メール通知']],
    ['a heading', '<h2>基本情報の入力</h2>', ['heading', '基本情報の入力']],
    ['a button', '<button>次へ</button>', ['button', '次へ']],
    ['a link', '<a href="/help">ヘルプ</a>', ['link', 'ヘルプ']],
    ['a note', '<p class="note">※ 必ず入力してください。</p>', ['note', '※ 必ず入力してください。']],
    [
      'the design system’s support text',
      '<p class="dads-form-control-label__support-text">ハイフンなしで入力</p>',
      ['note', 'ハイフンなしで入力'],
    ],
    [
      'the design system’s error text',
      '<span class="dads-input-text__error-text">＊メールアドレスの形式で入力してください。</span>',
      ['message', '＊メールアドレスの形式で入力してください。'],
    ],
    ['a paragraph of instructions', '<p>次の項目を入力してください。</p>', ['note', '次の項目を入力してください。']],
  ])('finds %s', (_name, html, expected) => {
    expect(found(html)).toContainEqual(expected);
  });

  it('does not take a data cell for a label, nor a list of links for prose', () => {
    const kinds = found(
      '<table><tr><td><input></td><td>備考</td></tr></table><ul><li><a href="/a">申請</a></li></ul>',
    ).map(([kind, text]) => `${kind}:${text}`);
    expect(kinds).not.toContain('label:備考');
    expect(kinds).not.toContain('note:申請');
    expect(kinds).toContain('link:申請');
  });

  describe('never reads what a user types (issue 16.3)', () => {
    it('reads an input’s value as a button’s text only for submit, button and reset inputs', () => {
      // A widget that mirrors what the user types into a hidden input it marks as a button: only its label is read.
      const items = found(
        '<input type="submit" value="送信する"><input type="button" value="戻る"><input type="reset" value="クリア">' +
          '<input type="hidden" role="button" value="入力した秘密" aria-label="確認">' +
          '<input type="text" role="button" value="入力した文" aria-label="検索"><input type="password" role="button" value="1234" title="暗証番号">',
      );
      expect(items).toContainEqual(['button', '送信する']);
      expect(items).toContainEqual(['button', '戻る']);
      expect(items).toContainEqual(['button', 'クリア']);
      expect(items).toContainEqual(['button', '確認']);
      // Inputs a person fills in are fields, named by their labels.
      expect(items).toContainEqual(['field', '検索']);
      expect(items).toContainEqual(['field', '暗証番号']);
      expect(JSON.stringify(items)).not.toMatch(/入力した秘密|入力した文|1234/);
    });

    it('takes nothing inside a contenteditable or a role=textbox|combobox|searchbox as an item or label text', () => {
      const items = scan(
        '<div contenteditable="true"><h2>下書きの見出し</h2><p class="note">下書きの注意</p><a href="/x">下書きのリンク</a></div>' +
          '<div role="textbox"><p>入力中の文章</p></div><div role="combobox"><span class="note">候補</span></div>' +
          '<div role="searchbox"><p>検索語</p></div><label for="f">氏名<span contenteditable>山田</span></label><input id="f">',
      );
      const texts = items.flatMap((item) => [item.label.text, ...item.label.context]).join(' ');
      expect(texts).not.toMatch(/下書き|入力中|候補|検索語|山田/);
      expect(texts).toContain('氏名');
    });

    it('keeps a contenteditable="false" island readable', () => {
      expect(found('<div contenteditable="false"><h2>説明</h2></div>')).toContainEqual(['heading', '説明']);
    });
  });
});
