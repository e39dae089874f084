/**
 * The lookup as the popup and the options page use it: the search index, the tooltips' glosser and the known
 * documents over one compiled index. load-engine.ts builds it once per page load from the bundled index.
 */
import type { CompiledIndex } from '@/src/dictionary/compiled-index';
import type { LanguagePack } from '@/src/dictionary/language-pack';
import { createGlosser } from '@/src/glossary/matcher';
import type { KnownDocument, Recognised } from './documents';
import { recogniseDocuments } from './documents';
import { entryView, type EntryView } from './entry-view';
import { explainText, refineExplanation, type Explanation, type TokenizeRequest } from './explain';
import { entryFinder } from './meaning';
import { buildSearchIndex } from './search-index';
import { searchEntries, type SearchHit } from './search';

/** A search result, ready to show. */
export type LookupHit = SearchHit & { view: EntryView };

export interface LookupEngine {
  /** The language glosses are shown in (null: English). */
  readonly glossLang: string | null;
  /** How long parsing the index and building the search index took, in ms (shown nowhere; benchmarks read it). */
  readonly timings: { indexMs: number; buildMs: number };
  /** Ranked entries for a query. */
  search(query: string, limit?: number): LookupHit[];
  /** A pasted text, glossed sentence by sentence at once. */
  explain(text: string): Explanation;
  /** The same with the tokenizer's tokens merged in (or unchanged when it is unavailable). */
  refine(explanation: Explanation): Promise<Explanation>;
  /** The known documents a text is, best first. */
  recognise(text: string): Recognised[];
}

export interface EngineOptions {
  index: CompiledIndex;
  documents: readonly KnownDocument[];
  pack: LanguagePack | null;
  glossLang: string | null;
  tokenize: TokenizeRequest;
}

/**
 * Builds the engine over an index (tests and the benchmark pass their own).
 * @example createLookupEngine({ index, documents, pack: null, glossLang: null, tokenize }).search('expiry')
 */
export function createLookupEngine(options: EngineOptions): LookupEngine {
  const { index, pack, glossLang, tokenize } = options;
  const start = performance.now();
  const search = buildSearchIndex(index, pack);
  const buildMs = performance.now() - start;
  const context = { glosser: createGlosser(index), finder: entryFinder(index), pack: search.pack, glossLang };
  return {
    glossLang,
    timings: { indexMs: 0, buildMs },
    search: (query, limit) =>
      searchEntries(search, query, limit).map((hit) => ({
        ...hit,
        view: entryView(index, hit.entry, search.pack, glossLang),
      })),
    explain: (text) => explainText(text, context),
    refine: (explanation) => refineExplanation(explanation, context, tokenize),
    recognise: (text) => recogniseDocuments(text, options.documents),
  };
}
