import { loadIndex } from 'virtual:tebiki-index';
import { describe, expect, it } from 'vitest';
import { entryAt } from '@/src/dictionary/compiled-index';
import { buildSearchIndex, trieKeys } from './search-index';
import { MATCH_KINDS, searchEntries, type MatchKind } from './search';
import { fakePack, searchTestIndex } from './test-search-index';

const index = searchTestIndex();
const search = buildSearchIndex(index, null);
const top = (query: string, built = search) => {
  const [hit] = searchEntries(built, query);
  return hit
    ? { term: built.index.term[hit.entry], kind: hit.kind, layer: entryAt(built.index, hit.entry).layer }
    : null;
};

describe('the search ranking, on a table of queries', () => {
  it.each<[query: string, term: string, kind: MatchKind, why: string]>([
    ['有効期限', '有効期限', 'term', 'the exact term'],
    ['申込み', '申込', 'term', 'a variant finds its entry'],
    ['申し込み', '申込', 'term', 'another variant'],
    ['ﾏｲﾅﾝﾊﾞｰ', 'マイナンバー', 'term', 'half-width katakana is normalised'],
    ['有効 期限', '有効期限', 'term', 'spaces in Japanese are ignored'],
    ['ゆうこうきげん', '有効期限', 'reading', 'the reading in hiragana'],
    ['ユウコウキゲン', '有効期限', 'reading', 'the reading in katakana'],
    ['こうふ', '交付', 'reading', 'a shared reading: the glossary before the vocabulary'],
    ['expiry notice', '有効期限通知書', 'meaning', 'a whole English meaning, two words'],
    ['my number', 'マイナンバー', 'meaning', 'a whole meaning before one that only contains the words'],
    ['expiry', '期限', 'meaning', 'one sense of several'],
    ['Expiration', '満了', 'meaning', 'case does not matter'],
    ['yuukoukigen', '有効期限', 'romaji', 'romaji with long vowels spelled out'],
    ['yūkō kigen', '有効期限', 'romaji', 'romaji with macrons and a space'],
    ['yukokigen', '有効期限', 'romaji', 'romaji without long vowels'],
    ['kojin bango', '個人番号', 'romaji', 'passport-style romaji'],
    ['有効期限通', '有効期限通知書', 'termPrefix', 'the start of a longer term'],
    ['card expiry', 'カードの有効期限', 'meaningWords', 'every word of the query in the meaning'],
    ['こうふつ', '交付通知書', 'readingPrefix', 'the start of a reading'],
    ['expired', '有効期限', 'meaningStems', 'another form of the word, by its stem'],
    ['kojinbangoka', '個人番号カード', 'romajiPrefix', 'romaji still being typed'],
    ['kojinbangok', '個人番号', 'romajiPrefix', 'a syllable half typed: its consonant is left out'],
    ['pickup not', '交付通知書', 'meaningPrefix', 'the last word still being typed'],
    ['通知書', '交付通知書', 'termContains', 'part of a term (the shorter term first)'],
  ])('%s → %s by %s (%s)', (query, term, kind) => {
    expect(top(query)).toMatchObject({ term, kind });
  });

  it('keeps the kinds 100 apart, so that no adjustment can cross from one kind into the next', () => {
    const scores = Object.values(MATCH_KINDS)
      .map((k) => k.score)
      .sort((a, b) => b - a);
    for (let i = 1; i < scores.length; i++) expect(scores[i - 1]! - scores[i]!).toBeGreaterThanOrEqual(100);
  });

  it('lists the glossary entry before the vocabulary entry of the same word', () => {
    const hits = searchEntries(search, 'address').map((h) => entryAt(index, h.entry));
    expect(hits.slice(0, 2).map((e) => [e.term, e.layer])).toEqual([
      ['住所', 'glossary'],
      ['住所', 'vocabulary'],
    ]);
  });

  it('finds longer terms after the term itself, and terms that contain it after those', () => {
    const terms = searchEntries(search, '有効期限').map((h) => index.term[h.entry]);
    expect(terms).toEqual(['有効期限', '有効期限通知書', 'カードの有効期限']);
  });

  it('finds nothing for an empty query, and no more than the limit', () => {
    expect(searchEntries(search, '   ')).toEqual([]);
    expect(searchEntries(search, 'e', 2).length).toBeLessThanOrEqual(2);
  });

  it('walks every key of the trie in sorted order, the shadowed vocabulary entry included', () => {
    const keys = trieKeys(index);
    expect([...keys.keys]).toEqual([...keys.keys].sort());
    const at = keys.keys.indexOf('住所');
    const entries = [...keys.list.subarray(keys.starts[at], keys.starts[at + 1])].map((e) => entryAt(index, e).layer);
    expect(entries).toEqual(['glossary', 'vocabulary']);
  });
});

describe('searching in the user’s language', () => {
  const vi = buildSearchIndex(
    index,
    fakePack(index, 'vi', { 有効期限: 'ngày hết hạn', 有効期限通知書: 'giấy báo hết hạn' }),
  );
  const zh = buildSearchIndex(index, fakePack(index, 'zh-CN', { 有効期限: '有效期限', 交付通知書: '领取通知书' }));

  it('finds Vietnamese meanings with or without their accents, before English', () => {
    for (const query of ['hết hạn', 'het han']) {
      const hits = searchEntries(vi, query);
      expect(hits.map((h) => index.term[h.entry])).toEqual(['有効期限', '有効期限通知書']);
      expect(hits[0]).toMatchObject({ kind: 'meaningWords', inPack: true });
    }
  });

  it('finds Chinese meanings by their characters, and the Japanese term where it is written alike', () => {
    expect(top('通知书', zh)).toMatchObject({ term: '交付通知書', kind: 'meaningContains' });
    expect(searchEntries(zh, '有效期限').map((h) => index.term[h.entry])).toContain('有効期限');
  });

  it('still finds English meanings', () => {
    expect(top('expiry notice', vi)).toMatchObject({ term: '有効期限通知書', kind: 'meaning' });
  });

  it('ignores a pack built for another index', () => {
    const stale = { ...fakePack(index, 'vi', {}), gloss: ['x'] };
    expect(buildSearchIndex(index, stale).pack).toBeNull();
  });
});

describe('the search over the real glossary', () => {
  const real = buildSearchIndex(loadIndex(), null);
  const terms = (query: string, n = 10) => searchEntries(real, query, n).map((h) => real.index.term[h.entry]!);

  it('finds 有効期限 first when 有効期限 is typed', () => {
    expect(terms('有効期限')[0]).toBe('有効期限');
  });

  it('finds the expiry terms when "expiry" is typed', () => {
    const found = terms('expiry', 20);
    expect(found.filter((t) => t.includes('有効期限')).length).toBeGreaterThanOrEqual(2);
    expect(found).toContain('有効期限通知書');
  });

  it('finds the pickup notice by its reading in romaji and in kana', () => {
    expect(terms('koufutsuuchisho')[0]).toBe('交付通知書');
    expect(terms('こうふつうちしょ')[0]).toBe('交付通知書');
  });
});
