import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { labelCore } from './whole-label.ts';

/** [label as a page writes it, its core]: walked as a table. */
const TABLE: ReadonlyArray<readonly [string, string]> = [
  ['氏名', '氏名'],
  ['氏名：', '氏名'],
  ['氏名:', '氏名'],
  ['氏名（必須）', '氏名'],
  ['氏名 (必須)', '氏名'],
  ['氏名【必須】', '氏名'],
  ['氏名［任意］', '氏名'],
  ['【必須】氏名', '氏名'],
  ['必須 氏名', '氏名'],
  ['氏名 必須', '氏名'],
  ['氏名＊', '氏名'],
  ['＊氏名', '氏名'],
  ['※氏名', '氏名'],
  ['■ 氏名', '氏名'],
  ['・氏名', '氏名'],
  ['氏名（必須）：', '氏名'],
  ['「次へ」', '次へ'],
  ['【マイナンバーカード】', 'マイナンバーカード'],
  ['（フリガナ）', 'フリガナ'],
  ['入力してください。', '入力してください'],
  ['よろしいですか？', 'よろしいですか'],
  ['　氏名　', '氏名'],
  ['（年）（月）', '(年)(月)'],
  ['氏名（フリガナ）', '氏名(フリガナ)'],
  ['必須項目', '必須項目'],
  ['※', '※'],
];

describe('labelCore', () => {
  it.each(TABLE)('%j → %j', (label, core) => {
    expect(labelCore(normalize(label))).toBe(core);
  });
});
