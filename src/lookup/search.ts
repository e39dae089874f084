/**
 * Ranked search over the glossary: what a query typed in the popup or the options page finds, best first.
 *
 * The ranking is data: each way a query can match an entry is a kind with a score (MATCH_KINDS), an entry takes
 * the best kind it matched, and small adjustments (LAYER_BONUS, shorter terms first, the user's language before
 * English) order entries within a kind. The table test (search.test.ts) walks queries of every kind.
 */
import { layerOfEntry } from '@/src/dictionary/compiled-index';
import { isJapaneseQuery, isLatinQuery, japaneseKey, looseKana, romajiToHiragana } from './kana-keys';
import { entriesAt, exact, withPrefix, type MeaningSource, type SearchIndex } from './search-index';
import { foldText, isUnspacedScript, sensesOf, stem, wordsOf } from './words';
import { katakanaToHiragana } from '@/src/text/kana';

/** The ways a query matches an entry, best first. Scores are 100 apart and adjustments stay within ±50, so they never cross kinds. */
export const MATCH_KINDS = {
  /** The query is the term, or one of its variants (申込み finds 申込). */
  term: { score: 1200, why: 'the Japanese term itself' },
  /** The query, in kana, is the entry's reading. */
  reading: { score: 1100, why: 'the reading, typed in kana' },
  /** The query is one whole sense of the meaning ("expiry notice"). */
  meaning: { score: 1000, why: 'a whole meaning in English or the user’s language' },
  /** The query, in romaji, is the reading (yuukoukigen, yūkō kigen, yukokigen). */
  romaji: { score: 900, why: 'the reading, typed in romaji' },
  /** The term starts with the query (有効期限 finds 有効期限通知書). */
  termPrefix: { score: 800, why: 'the start of a term' },
  /** Every word of the query is a word of the meaning ("expiry" in "card expiry date"). */
  meaningWords: { score: 700, why: 'every word, whole, in the meaning' },
  /** The reading starts with the query, in kana. */
  readingPrefix: { score: 600, why: 'the start of a reading, in kana' },
  /** Every word of the query has the stem of a word of the meaning ("expiration" finds "expiry"). */
  meaningStems: { score: 500, why: 'every word, by its stem' },
  /** The reading starts with the query, in romaji (still typing: "kojinb"). */
  romajiPrefix: { score: 400, why: 'the start of a reading, in romaji' },
  /** Whole words, and the last one the start of a word (still typing: "expiry not"). */
  meaningPrefix: { score: 300, why: 'words of the meaning, the last one still being typed' },
  /** The term contains the query (期限 in 有効期限). */
  termContains: { score: 200, why: 'part of a term' },
  /** The meaning in a language written without spaces contains the query (有效期 in a Chinese gloss). */
  meaningContains: { score: 100, why: 'part of a meaning written without spaces' },
} as const satisfies Record<string, { score: number; why: string }>;
export type MatchKind = keyof typeof MATCH_KINDS;

/** Within a kind: the curated glossary first, then official names, general vocabulary, grammar words. */
export const LAYER_BONUS: Readonly<Record<string, number>> = { glossary: 30, names: 15, vocabulary: 0, grammar: -20 };
/** Within a kind: a match in the user's language before one in English. */
const PACK_BONUS = 10;
/** Within a kind: shorter terms first (the query is more of them), by this much per character, up to a cap. */
const LENGTH_PENALTY = { perChar: 1, max: 25 };

/** Romaji prefixes shorter than this (in kana) find too much to be useful. */
const MIN_ROMAJI_PREFIX = 3;
/** Japanese "contains" only from two characters: one kanji is in hundreds of terms. */
const MIN_CONTAINS = 2;

export interface SearchHit {
  entry: number;
  kind: MatchKind;
  score: number;
  /** The query matched the meaning in the pack's language (not English). */
  inPack?: boolean;
}

/** Collects the best kind per entry. */
class Hits {
  readonly best = new Map<number, SearchHit>();
  constructor(private readonly search: SearchIndex) {}
  add(entries: Iterable<number>, kind: MatchKind, source: MeaningSource = 'en'): void {
    for (const entry of entries) {
      const score = MATCH_KINDS[kind].score + this.adjust(entry) + (source === 'pack' ? PACK_BONUS : 0);
      const current = this.best.get(entry);
      if (!current || current.score < score) {
        this.best.set(entry, { entry, kind, score, ...(source === 'pack' ? { inPack: true } : {}) });
      }
    }
  }
  private adjust(entry: number): number {
    const layer = layerOfEntry(this.search.index, entry);
    const length = this.search.terms[entry]!.length;
    return (LAYER_BONUS[layer] ?? 0) - Math.min(LENGTH_PENALTY.max, length * LENGTH_PENALTY.perChar);
  }
}

/**
 * The entries matching a query, best first (ties: index order, which is the dictionaries' own order).
 * @example searchEntries(search, '有効期限')[0] // { entry: …, kind: 'term', … }
 * @example searchEntries(search, 'expiry') // entries whose meaning has "expiry", then "expiration"…
 */
export function searchEntries(search: SearchIndex, query: string, limit = 50): SearchHit[] {
  const trimmed = query.trim().slice(0, 100);
  if (!trimmed) return [];
  const hits = new Hits(search);
  if (isJapaneseQuery(trimmed)) matchJapanese(search, trimmed, hits);
  if (isLatinQuery(trimmed)) matchRomaji(search, trimmed, hits);
  matchMeaning(search, trimmed, hits);
  return [...hits.best.values()].sort((a, b) => b.score - a.score || a.entry - b.entry).slice(0, limit);
}

/** Terms, variants and readings, for a query in kana or kanji. */
function matchJapanese(search: SearchIndex, query: string, hits: Hits): void {
  const key = japaneseKey(query);
  hits.add(exact(search.keys, key), 'term');
  withPrefix(search.keys, key, (entries) => hits.add(entries, 'termPrefix'));
  if (/^[\u3041-\u30ffー]+$/.test(key)) {
    const reading = katakanaToHiragana(key);
    hits.add(exact(search.readingKeys, reading), 'reading');
    withPrefix(search.readingKeys, reading, (entries) => hits.add(entries, 'readingPrefix'));
  }
  if (key.length >= MIN_CONTAINS && hits.best.size < 50) {
    const found: number[] = [];
    for (let i = 0; i < search.terms.length; i++) if (search.terms[i]!.includes(key)) found.push(i);
    hits.add(found, 'termContains');
  }
}

/** Readings, for a query in romaji. */
function matchRomaji(search: SearchIndex, query: string, hits: Hits): void {
  const loose = looseKana(romajiToHiragana(query));
  if (loose) hits.add(exact(search.looseKeys, loose), 'romaji');
  // While a syllable is being typed ("kojinbangok"), its consonants are not kana yet: look up what comes before.
  const typed = query.replace(/(?<=[aeiou'])[bcdfghjklmpqrstvwxyz]{1,3}$/i, '');
  const prefix = typed === query ? loose : looseKana(romajiToHiragana(typed));
  if (prefix.length >= MIN_ROMAJI_PREFIX) {
    withPrefix(search.looseKeys, prefix, (entries) => hits.add(entries, 'romajiPrefix'));
  }
}

/** Meanings in English and in the pack's language. */
function matchMeaning(search: SearchIndex, query: string, hits: Hits): void {
  const folded = foldText(query).replace(/\s+/g, ' ').trim();
  const words = wordsOf(folded);
  const sources: MeaningSource[] = search.pack ? ['en', 'pack'] : ['en'];
  for (const source of sources) {
    const dictionary = search.words[source];
    const glossOf = (entry: number) => (source === 'pack' ? search.pack!.gloss[entry]! : search.index.en[entry]!);
    if (words.length > 0) {
      // Whole words: entries that have all of them; a whole sense when the query is all of one.
      const whole = intersect(words.map((word) => exact(dictionary, word)));
      hits.add(
        whole.filter((entry) => sensesOf(glossOf(entry)).includes(folded)),
        'meaning',
        source,
      );
      hits.add(whole, 'meaningWords', source);
      // Stems: "expiration" and "expiry" meet.
      const byStem = (word: string) =>
        (search.stems[source].get(stem(word)) ?? []).flatMap((k) => [...entriesAt(dictionary, k)]);
      hits.add(intersect(words.map(byStem)), 'meaningStems', source);
      // Still typing the last word: whole earlier words, any word starting with the last.
      const last = words[words.length - 1]!;
      if (last.length >= 2 || words.length > 1) {
        const starts = new Set<number>();
        withPrefix(dictionary, last, (entries) => entries.forEach((entry) => starts.add(entry)));
        const earlier = words.slice(0, -1).map((word) => exact(dictionary, word));
        hits.add(intersect([...earlier, [...starts]]), 'meaningPrefix', source);
      }
    }
    if (source === 'pack' && isUnspacedScript(folded) && folded.length >= 1) {
      const found: number[] = [];
      search.packText.forEach((text, i) => text.includes(folded) && found.push(i));
      hits.add(found, 'meaningContains', source);
    }
  }
}

/** Entries in every list. */
function intersect(lists: ReadonlyArray<ArrayLike<number> & Iterable<number>>): number[] {
  if (lists.length === 0) return [];
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  const sets = rest.map((list) => new Set(list));
  return [...first!].filter((entry) => sets.every((set) => set.has(entry)));
}
