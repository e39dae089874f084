/**
 * Known documents: the card's own notices (and a few letters FACTS.md has facts for), recognised in a pasted text
 * from their key phrases, with what the document is and what to do next in the user's language.
 *
 * The data is dictionaries/documents/*.yaml, validated and compiled at build time (compile-documents.ts) into
 * `virtual:tebiki-documents`. Recognition is a weighted sum of the phrases a text contains: data too, so that the
 * test letters (test-letters.ts) show why each document is or is not recognised.
 */
import { normalize } from '../glossary/normalize.ts';
import type { LangText } from './entry-view.ts';

/** A text in every language it has; `en` is always there. */
export type Texts = { en: string } & Partial<Record<string, string>>;

/** One statement about a document, with the ids of its sources (dictionaries/checklists/sources.yaml). */
export interface DocumentItem {
  text: Texts;
  sources: string[];
  /** Only third parties report it (FACTS.md [3P]): shown as reported. */
  reported?: boolean;
}

export interface KnownDocument {
  id: string;
  /** The document's name as printed on it. */
  ja: string;
  title: Texts;
  /** What the document is. */
  what: DocumentItem;
  /** What to do next. */
  next: DocumentItem[];
  /** The checklist guide's step this document belongs to (dictionaries/checklists/guide.yaml), if any. */
  step?: string;
  match: {
    /** Recognised when the weights of the phrases found add up to at least this. */
    threshold: number;
    /** Phrase (normalised) and weight; a negative weight speaks against the document. */
    phrases: Array<[phrase: string, weight: number]>;
  };
}

/** A document recognised in a text, with the score that recognised it and the phrases found. */
export interface Recognised {
  document: KnownDocument;
  score: number;
  found: string[];
}

/** The most documents shown for one text: a letter is one document; two when it really is ambiguous. */
export const MAX_RECOGNISED = 2;

/** Text as phrases are matched: normalised (width, dashes) and without spaces or line breaks. */
export function documentKey(text: string): string {
  return normalize(text).replace(/[\s\u3000]+/g, '');
}

/**
 * The known documents a text is, best first: those whose phrase weights reach their threshold.
 * @example recogniseDocuments('個人番号カード交付通知書 …', documents)[0].document.id // 'pickup-notice'
 */
export function recogniseDocuments(text: string, documents: readonly KnownDocument[]): Recognised[] {
  const key = documentKey(text);
  const out: Recognised[] = [];
  for (const document of documents) {
    let score = 0;
    const found: string[] = [];
    for (const [phrase, weight] of document.match.phrases) {
      if (!key.includes(phrase)) continue;
      score += weight;
      found.push(phrase);
    }
    if (score >= document.match.threshold) out.push({ document, score, found });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, MAX_RECOGNISED);
}

/**
 * A document text in the user's language, else in English marked as the fallback.
 * @example localText(document.title, 'vi') // { text: 'Giấy báo …', lang: 'vi' }
 */
export function localText(texts: Texts, lang: string): LangText {
  const own = texts[lang];
  if (own) return { text: own, lang };
  return lang === 'en' ? { text: texts.en, lang: 'en' } : { text: texts.en, lang: 'en', fallback: true };
}
