/**
 * How much of Tebiki speaks each language, counted from the language packs at build time (scripts/i18n/) and given
 * to the popup and options page as `virtual:tebiki-language-coverage`, so that the language picker can say what is
 * translated ("Glossary: 2,300 terms in Tiếng Việt; other words in English").
 */
import type { Language } from './languages';

/** How many of a kind of text a language has, of how many. */
export interface Count {
  translated: number;
  total: number;
}

/** What one language covers. English covers everything (it is the source). */
export interface LanguageCoverage {
  /** Domain glossary entries with a gloss in the language. */
  glossary: Count;
  /** General vocabulary entries with a gloss in the language. */
  vocabulary: Count;
  /** Entries with an English hint whose hint is translated. */
  hints: Count;
  /** Field-kind hints, screen names and portal notes. */
  texts: Count;
  /** The content script's fixed strings (the catalogue). */
  messages: Count;
  /** Glossary entries that stay in English on purpose (dictionaries/translations/fallbacks.yaml). */
  declaredEnglish: number;
}

export type CoverageTable = Record<Language, LanguageCoverage>;

/** How the picker describes a language's glossary: all of it, some terms, or none (English only). */
export type GlossaryShare = { kind: 'all' } | { kind: 'some'; terms: number } | { kind: 'none' };

/**
 * The picker's summary of a language's glossary.
 * @example glossaryShare({ glossary: { translated: 2300, total: 3000 }, … }) // { kind: 'some', terms: 2300 }
 */
export function glossaryShare(coverage: LanguageCoverage | undefined): GlossaryShare {
  if (!coverage) return { kind: 'none' };
  const { translated, total } = coverage.glossary;
  if (translated === 0) return { kind: 'none' };
  if (translated + coverage.declaredEnglish >= total) return { kind: 'all' };
  return { kind: 'some', terms: translated };
}

/** A translate function of the UI (i18next's `t`, or a stub in tests). */
type Translate = (key: `language.coverage.${GlossaryShare['kind']}`, values: Record<string, string>) => string;

/**
 * The picker's line about a language, in that language: "Glossary: 2,300 terms in Tiếng Việt; other words in
 * English". `name` is the language's name in itself (its locale's `language.name`).
 * @example coverageText(t, 'vi', 'Tiếng Việt', coverage.vi)
 */
export function coverageText(
  t: Translate,
  lang: Language,
  name: string,
  coverage: LanguageCoverage | undefined,
): string {
  const share = glossaryShare(coverage);
  const terms = share.kind === 'some' ? share.terms : (coverage?.glossary.total ?? 0);
  return t(`language.coverage.${share.kind}`, { terms: new Intl.NumberFormat(lang).format(terms), language: name });
}
