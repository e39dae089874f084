import { loadIndex } from 'virtual:tebiki-index';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { itMapsEach } from '../test-each.ts';
import { loadNodeTokenizer } from '../../scripts/lib/node-tokenizer.ts';
import { createGlosser } from '../glossary/matcher.ts';
import { TOKENIZE_LIMITS } from '../messaging/protocol.ts';
import type { TokenizeFn } from '../tokenizer/token.ts';
import { explainText, MAX_TEXT, refineExplanation, type ExplainContext, type TokenizeRequest } from './explain';
import { entryFinder, firstSense, meaningOf, WORD_SEPARATOR, type GlossLike } from './meaning';
import { CARD_EXPIRY_NOTICE, PDF_COPY, PICKUP_NOTICE, THREE_SENTENCES } from './test-letters';
import { fakePack, searchTestIndex } from './test-search-index';

const index = loadIndex();
const context: ExplainContext = {
  glosser: createGlosser(index),
  finder: entryFinder(index),
  pack: null,
  glossLang: null,
};
let tokenize: TokenizeFn;
const kuromoji: TokenizeRequest = (texts) => Promise.resolve({ tokens: texts.map((text) => tokenize(text)) });

beforeAll(async () => {
  tokenize = await loadNodeTokenizer(); // the real kuromoji dictionary, once for this file
});

describe('explaining a pasted letter, sentence by sentence', () => {
  it('glosses the pickup notice at once, with readings, meanings and the domain hints', () => {
    const { sentences, truncated, refined } = explainText(PICKUP_NOTICE, context);
    expect([truncated, refined]).toEqual([false, false]);
    expect(sentences.map((s) => s.text)[0]).toBe('個人番号カード交付通知書');
    const notice = sentences[0]!.words.find((w) => w.text === '交付通知書')!;
    expect(notice).toMatchObject({ reading: 'こうふつうちしょ', meaning: { lang: 'en' } });
    expect(notice.meaning.text).toMatch(/Notice of Issuance/);
    expect(notice.hint?.text).toMatch(/month/);
    expect(notice.source).toMatch(/kojinbango-card\.go\.jp/);
    for (const sentence of sentences) expect(sentence.meaning?.text, sentence.text).toBeTruthy();
  });

  it('reads three sentences of a notice, each with its meaning', () => {
    const { sentences } = explainText(THREE_SENTENCES, context);
    expect(sentences).toHaveLength(3);
    expect(sentences[0]!.words.some((w) => w.text.includes('有効期限'))).toBe(true);
    expect(sentences[2]!.meaning?.text).toMatch(/free/i);
  });

  it('joins the lines a PDF cut before glossing, so that words cut in two are found', () => {
    const { sentences } = explainText(PDF_COPY, context);
    expect(sentences[0]!.words.map((w) => w.text)).toContain('手続き');
  });

  it('adds dictionary forms and readings from the real tokenizer when they arrive', async () => {
    const quick = explainText(CARD_EXPIRY_NOTICE, context);
    const full = await refineExplanation(quick, context, kuromoji);
    expect(full.refined).toBe(true);
    const words = full.sentences.flatMap((s) => s.words);
    expect(words.find((w) => w.text === '過ぎる' || w.base === '過ぎる')).toBeDefined();
    expect(words.find((w) => w.text === '使え' || w.base === '使える' || w.base === '使う')).toBeDefined();
    expect(full.sentences.map((s) => s.text)).toEqual(quick.sentences.map((s) => s.text));
  });

  it('keeps the quick explanation when the tokenizer is unavailable', async () => {
    const quick = explainText(THREE_SENTENCES, context);
    expect(await refineExplanation(quick, context, () => Promise.resolve(null))).toBe(quick);
    expect(await refineExplanation(quick, context, () => Promise.resolve({ error: 'no dictionary' }))).toBe(quick);
  });

  it('asks the tokenizer in batches the protocol accepts', async () => {
    const many = Array.from({ length: 450 }, (_, i) => `第${i}条を確認してください。`).join('');
    const ask = vi.fn<TokenizeRequest>(kuromoji);
    const full = await refineExplanation(explainText(many, context), context, ask);
    expect(full.sentences).toHaveLength(450);
    expect(ask.mock.calls.map(([texts]) => texts.length)).toEqual([200, 200, 50]);
    for (const [texts] of ask.mock.calls) {
      for (const text of texts) expect(text.length).toBeLessThanOrEqual(TOKENIZE_LIMITS.chars);
    }
  });

  it('cuts a text longer than it explains, and says so', () => {
    const long = '確認してください。'.repeat(Math.ceil(MAX_TEXT / 9) + 10);
    const result = explainText(long, context);
    expect(result.truncated).toBe(true);
    expect(result.sentences.reduce((n, s) => n + s.text.length, 0)).toBeLessThanOrEqual(MAX_TEXT);
  });
});

describe('reading gloss results through one adapter', () => {
  const small = searchTestIndex();
  const finder = entryFinder(small);
  const segment = (text: string, term: string, gloss: string) => ({
    text,
    source: 'glossary' as const,
    id: `test:${term}`,
    gloss,
  });
  const today: GlossLike = {
    text: '有効期限通知書',
    segments: [segment('有効期限', '有効期限', 'expiration date'), segment('通知書', '交付通知書', 'x')],
  };

  it('prefers the meaning in the user’s language, then the composed English line, then the whole-label English', () => {
    const meaning = { text: 'giấy báo hết hạn', lang: 'vi' };
    expect(meaningOf({ ...today, meaning, english: 'e', translation: 't' }, finder, null, 'vi')).toEqual(meaning);
    expect(meaningOf({ ...today, english: 'expiry notice', translation: 't' }, finder, null, 'vi')).toEqual({
      text: 'expiry notice',
      lang: 'en',
      fallback: true,
    });
    expect(meaningOf({ ...today, translation: 'expiry notice' }, finder, null, null)).toEqual({
      text: 'expiry notice',
      lang: 'en',
    });
  });

  it('joins the words’ glosses when the engine gives no line, in the user’s language where the pack has them', () => {
    expect(meaningOf(today, finder, null, null)?.text).toBe(`expiration date${WORD_SEPARATOR}x`);
    const vi = fakePack(small, 'vi', { 有効期限: 'ngày hết hạn', 交付通知書: 'giấy báo nhận thẻ' });
    expect(meaningOf(today, finder, vi, 'vi')).toEqual({
      text: `ngày hết hạn${WORD_SEPARATOR}giấy báo nhận thẻ`,
      lang: 'vi',
    });
    const partial = fakePack(small, 'vi', { 有効期限: 'ngày hết hạn' });
    expect(meaningOf(today, finder, partial, 'vi')).toMatchObject({ lang: 'vi', fallback: true });
  });

  it('finds a segment’s entry by the engine’s entry number, or by its id', () => {
    const entry = small.term.indexOf('交付');
    expect(finder.entryOf({ text: '交付', source: 'glossary', entry })).toBe(entry);
    expect(finder.entryOf({ text: '交付', source: 'glossary', id: 'test:交付' })).toBe(entry);
    expect(finder.entryOf({ text: '？', source: 'function' })).toBe(-1);
  });

  itMapsEach('joins one short sense per word: %s → %s', firstSense, [
    ['to approach; to draw near', 'to approach'],
    ['to be (of people and animals); to be (doing)', 'to be'],
    ['Notice of Issuance (pickup notice postcard)', 'Notice of Issuance'],
    ['input (typing in; entering)', 'input'],
    ['(nominaliser)', '(nominaliser)'],
  ]);

  it('has no meaning for a text without words', () => {
    expect(meaningOf({ text: '123', segments: [{ text: '123', source: 'function' }] }, finder, null, null)).toBeNull();
  });
});
