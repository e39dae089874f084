/**
 * An index entry as the lookup shows it: the term, its reading, the meaning and hint in the user's language (the
 * language pack's, else English marked as English), the category and the source.
 */
import { entryId, layerOfEntry, type CompiledIndex } from '@/src/dictionary/compiled-index';
import type { LanguagePack } from '@/src/dictionary/language-pack';
import { hasKanji } from '@/src/glossary/char-class';

/** A text in a known language; `fallback` is true when the user's language lacked it and English stands in. */
export interface LangText {
  text: string;
  lang: string;
  fallback?: boolean;
}

export interface EntryView {
  entry: number;
  /** Stable id `<file-stem>:<term>`. */
  id: string;
  term: string;
  /** Hiragana reading, only where the term has kanji. */
  reading?: string;
  meaning: LangText;
  hint?: LangText;
  category: string;
  layer: string;
  /** Where the entry's facts come from (FACTS.md style: "[G] kojinbango-card.go.jp/uketori/"). */
  source?: string;
}

/**
 * A text of the pack's language where the pack has it, else the English marked as the fallback (only when the
 * user reads a language other than English: a Japanese UI shows the English as is).
 */
export function inLanguage(packText: string | undefined, english: string, lang: string | null): LangText {
  if (packText) return { text: packText, lang: lang ?? 'en' };
  return lang && lang !== 'en' ? { text: english, lang: 'en', fallback: true } : { text: english, lang: 'en' };
}

/**
 * The view of entry `entry`.
 * @param pack the user's language pack (null: English)
 * @param glossLang the language the user reads glosses in, when it is a gloss language (null for English or a UI
 *   language without glosses, such as Japanese)
 */
export function entryView(
  index: CompiledIndex,
  entry: number,
  pack: LanguagePack | null,
  glossLang: string | null,
): EntryView {
  const term = index.term[entry]!;
  const view: EntryView = {
    entry,
    id: entryId(index, entry),
    term,
    meaning: inLanguage(pack?.gloss[entry], index.en[entry]!, glossLang),
    category: index.categories[index.category[entry]!] ?? '',
    layer: layerOfEntry(index, entry),
  };
  const reading = index.reading[entry];
  if (reading && hasKanji(term)) view.reading = reading;
  const hint = index.hint[entry];
  if (hint) view.hint = inLanguage(pack?.hint[entry], hint, glossLang);
  const source = index.source[entry]!;
  if (source >= 0) view.source = index.sources[source];
  return view;
}
