import { describe, expect, it } from 'vitest';
import { joinWrappedLines, MAX_SENTENCE, splitSentences } from './sentences';
import { PDF_COPY, RESIDENCE_EMAIL, THREE_SENTENCES } from './test-letters';

describe('splitting pasted text into sentences', () => {
  it.each<[why: string, text: string, sentences: string[]]>([
    [
      'sentence ends',
      '交付通知書が届きました。窓口へお越しください。',
      ['交付通知書が届きました。', '窓口へお越しください。'],
    ],
    [
      'a quote keeps its 。',
      'これは「注意。」と書いた紙です。次の文。',
      ['これは「注意。」と書いた紙です。', '次の文。'],
    ],
    ['ends in a row stay together', '本当ですか！？はい。', ['本当ですか！？', 'はい。']],
    ['a closing bracket stays with its end', '（注意してください。）次へ。', ['（注意してください。）', '次へ。']],
    [
      'e-mail lines are units of their own',
      '【件名】申請受付\n受付番号：1234\n審査結果はメールでお知らせします。',
      ['【件名】申請受付', '受付番号：1234', '審査結果はメールでお知らせします。'],
    ],
    ['list items are units', '持ち物\n・通知書\n・本人確認書類', ['持ち物', '・通知書', '・本人確認書類']],
    ['blank lines end paragraphs', '一つ目\n\n二つ目', ['一つ目', '二つ目']],
    ['Windows line ends', '一つ目。\r\n二つ目。', ['一つ目。', '二つ目。']],
    ['a bracket left open does not swallow the rest', '（注意。次の文。', ['（注意。', '次の文。']],
    ['spaces around are trimmed', '　 交付。 ', ['交付。']],
    ['nothing from nothing', ' \n\n ', []],
  ])('%s', (_why, text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });

  it('joins the lines a PDF cut at its column width', () => {
    expect(splitSentences(PDF_COPY)).toEqual([
      'マイナンバーカードの有効期限が近づいていますので、お早めに更新の手続きをしてください。',
      '手続きには本人確認書類が必要です。',
    ]);
  });

  it('does not join a full line to a list item after it', () => {
    const column = [
      '受け取りに必要なものは次のとおりです下記',
      'のものをお持ちください持ち物は次のとお',
      '・本人確認書類',
    ];
    expect(joinWrappedLines(column)).toEqual([`${column[0]}${column[1]}`, column[2]]);
  });

  it('keeps an e-mail’s heading apart from the sentence under it (one long line is not a column)', () => {
    expect(splitSentences(RESIDENCE_EMAIL).slice(0, 2)).toEqual([
      '【在留申請オンラインシステム】申請受付のお知らせ',
      'あなたの在留期間更新許可申請を受け付けました。',
    ]);
  });

  it('splits the three-sentence notice into three', () => {
    expect(splitSentences(THREE_SENTENCES)).toHaveLength(3);
  });

  it('cuts a sentence longer than the tokenizer takes, after a 、 where it can', () => {
    const long = `${'あ'.repeat(400)}、${'い'.repeat(400)}。`;
    const parts = splitSentences(long);
    expect(parts.map((p) => p.length)).toEqual([401, 401]);
    expect(parts.every((p) => p.length <= MAX_SENTENCE)).toBe(true);
    expect(splitSentences('う'.repeat(1200)).map((p) => p.length)).toEqual([500, 500, 200]);
  });
});
