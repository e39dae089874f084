import { describe, expect, it, vi } from 'vitest';
import { compile } from '@/build/dictionary/compile';
import { loadDictionaryFiles } from '@/scripts/lib/load-dictionaries';
import type { LookupResponse, TokenizeResponse } from '@/src/messaging/protocol';
import { createContentGlosser } from './glosser';

const { index } = compile(loadDictionaryFiles());

function glosserWith(options: {
  lookup?: (texts: string[]) => Promise<LookupResponse | null>;
  tokenize?: (texts: string[]) => Promise<TokenizeResponse | null>;
}) {
  const lookup = vi.fn(
    options.lookup ?? ((texts: string[]) => Promise.resolve({ pieces: texts.map((text) => [{ text }]) })),
  );
  const tokenize = vi.fn(options.tokenize ?? ((texts: string[]) => Promise.resolve({ tokens: texts.map(() => []) })));
  const glosser = createContentGlosser({ loadIndex: () => Promise.resolve(index), lookup, tokenize });
  return { glosser, lookup, tokenize };
}

describe('the content glosser', () => {
  it('answers with no meaning until the index has arrived, then glosses at once', async () => {
    const { glosser } = glosserWith({});
    expect(glosser.ready).toBe(false);
    expect(glosser.gloss('氏名').english).toBeUndefined();
    await glosser.prepare();
    expect(glosser.ready).toBe(true);
    expect(glosser.gloss('氏名').english).toMatch(/^full name/);
  });

  it('chooses senses by the context it is given', async () => {
    const { glosser } = glosserWith({});
    await glosser.prepare();
    expect(glosser.gloss('決定', { role: 'button' }).english).toBe('OK (confirm the choice)');
    expect(glosser.gloss('決定', { role: 'label' }).english).toBe('decision');
  });

  it('asks neither the general dictionary nor the tokenizer for labels the index fully answers', async () => {
    const { glosser, lookup, tokenize } = glosserWith({});
    const results = await glosser.refineAll(['氏名', '課税されないもの', '65歳未満の扶養親族']);
    expect(results?.map((r) => r.english)).toEqual([
      glosser.gloss('氏名').translation,
      'things not taxed',
      'dependent under 65 years old',
    ]);
    expect(lookup).not.toHaveBeenCalled();
    expect(tokenize).not.toHaveBeenCalled();
  });

  it('asks the general dictionary for a word the index lacks, and not the tokenizer when it answers', async () => {
    const { glosser, lookup, tokenize } = glosserWith({
      lookup: (texts) =>
        Promise.resolve({
          pieces: texts.map((text) =>
            text === '鬱蒼'
              ? [{ text, entry: { term: '鬱蒼', reading: 'うっそう', conj: 'n', gloss: 'dense; thick' } }]
              : [{ text }],
          ),
        }),
    });
    const [result] = (await glosser.refineAll(['鬱蒼の住所']))!;
    expect(lookup).toHaveBeenCalledWith(['鬱蒼']);
    expect(tokenize).not.toHaveBeenCalled();
    expect(result!.segments[0]).toMatchObject({ text: '鬱蒼', source: 'general', reading: 'うっそう' });
  });

  it('asks the tokenizer only for the labels the dictionaries could not fully answer', async () => {
    const { glosser, tokenize } = glosserWith({});
    await glosser.refineAll(['氏名', '鈴木太郎の住所']);
    expect(tokenize).toHaveBeenCalledTimes(1);
    expect(tokenize.mock.calls[0]![0]).toEqual(['鈴木太郎の住所']);
  });

  it('gives the meaning in the language pack it is given, and ignores a pack built for another index', async () => {
    const { glosser } = glosserWith({});
    await glosser.prepare();
    const gloss = index.term.map((term) => (term === '氏名' ? 'Họ tên' : ''));
    const pack = { format: 1, lang: 'vi', gloss, hint: gloss.map(() => ''), messages: {}, texts: {} } as never;
    glosser.setPack(pack);
    expect(glosser.gloss('氏名').meaning).toEqual({ text: 'Họ tên', lang: 'vi' });
    glosser.setPack({ ...(pack as object), gloss: ['x'] } as never);
    expect(glosser.gloss('氏名').meaning).toBeUndefined();
  });

  it('gives ruby with readings over kanji only', async () => {
    const { glosser } = glosserWith({});
    await glosser.prepare();
    expect(glosser.ruby(glosser.gloss('入力してください'))).toEqual([
      { text: '入力', reading: 'にゅうりょく' },
      { text: 'してください' },
    ]);
  });
});
