/**
 * The content script's glosser (the adapter between src/content and the language engine): synchronous glossing over
 * the dictionary index, and refinement when a label needs more — first the general dictionary for words the index
 * lacks, then the shared tokenizer only for labels still not fully answered.
 *
 * The index is not in this script's bundle: `prepare()` asks the background for the build's dict/index.json (read
 * once per tab, parsed here), so each tab parses a script a fifth of the size. Until it has arrived, `gloss()`
 * answers with no meaning (`ready` is false); await `prepare()` before the first scan.
 */
import type { CompiledIndex } from '@/src/dictionary/compiled-index';
import { emptyIndex } from '@/src/dictionary/compiled-index';
import type { GeneralPiece } from '@/src/dictionary/general';
import type { LanguagePack } from '@/src/dictionary/language-pack';
import { generalQueries, mergeGeneral, needsTokenizer } from '@/src/glossary/general-merge';
import { createGlosser, type Glosser as IndexGlosser } from '@/src/glossary/matcher';
import { refine, tokenizerInput } from '@/src/glossary/refine';
import { rubyParts, type RubyPart } from '@/src/glossary/ruby';
import type { GlossContext, GlossResult } from '@/src/glossary/types';
import { TOKENIZE_LIMITS, type LookupResponse, type TokenizeResponse } from '@/src/messaging/protocol';
import { sendToExtension } from '@/src/messaging/send';
import type { TextGlosser } from './store';
import { cleanText } from './labels';

/** Asks the background for tokens; resolves to null when the tokenizer is unavailable (the sync gloss stands). */
export type TokenizeRequest = (texts: string[]) => Promise<TokenizeResponse | null>;
/** Asks the background's general dictionary for words; null when it is unavailable. */
export type LookupRequest = (texts: string[]) => Promise<LookupResponse | null>;

export interface ContentGlosserOptions {
  tokenize?: TokenizeRequest;
  lookup?: LookupRequest;
  /** Loads the compiled index (default: from the background, `bg:index`). */
  loadIndex?: () => Promise<CompiledIndex>;
}

/** The content glosser: the {@link TextGlosser} src/content uses, with contexts, a language pack and ruby. */
export interface ContentGlosser extends TextGlosser {
  /**
   * Glosses a label at once; `context` (portal, screen, field kind, role, nearby texts) chooses senses.
   * @example glosser.gloss('決定', { role: 'button' }).english === 'OK (confirm the choice)'
   */
  gloss(label: string, context?: GlossContext): GlossResult;
  /** Loads the index (once); resolves when `gloss` can answer. */
  prepare(): Promise<void>;
  readonly ready: boolean;
  /**
   * Glosses labels with the general dictionary and, where still needed, the tokenizer (readings, unknown words);
   * null when neither could answer (try again later). `contexts[i]` is label i's context.
   */
  refineAll(
    labels: readonly (string | { text: string })[],
    contexts?: readonly (GlossContext | undefined)[],
  ): Promise<GlossResult[] | null>;
  /**
   * The user's language pack (from the i18n loader), or undefined for English: results then carry `meaning` in it.
   * A pack built for another index (a different entry count) is ignored.
   */
  setPack(pack: LanguagePack | undefined): void;
  /** The label with readings over its kanji only (none over kana, digits or symbols), for the tooltip's ruby. */
  ruby(result: GlossResult): RubyPart[];
}

const requestTokens: TokenizeRequest = (texts) => sendToExtension({ type: 'bg:tokenize', texts }).catch(() => null);
const requestLookup: LookupRequest = (texts) => sendToExtension({ type: 'bg:lookup', texts }).catch(() => null);

async function requestIndex(): Promise<CompiledIndex> {
  const response = await sendToExtension({ type: 'bg:index' });
  if (!response || 'error' in response) throw new Error(response?.error ?? 'no index');
  return JSON.parse(response.json) as CompiledIndex;
}

/** Sends texts in batches within the protocol's limits; null when any batch fails. */
async function inBatches<T>(texts: string[], ask: (batch: string[]) => Promise<T[] | null>): Promise<T[] | null> {
  const out: T[] = [];
  for (let i = 0; i < texts.length; i += TOKENIZE_LIMITS.texts) {
    const batch = texts.slice(i, i + TOKENIZE_LIMITS.texts).map((t) => t.slice(0, TOKENIZE_LIMITS.chars));
    const answer = await ask(batch);
    if (!answer) return null;
    out.push(...answer);
  }
  return out;
}

/**
 * Creates the content glosser; the requests are injectable for tests (a function is the tokenizer, as before).
 * @example const glosser = createContentGlosser(); await glosser.prepare(); glosser.gloss('氏名')
 */
export function createContentGlosser(options: ContentGlosserOptions | TokenizeRequest = {}): ContentGlosser {
  const opts: ContentGlosserOptions = typeof options === 'function' ? { tokenize: options } : options;
  const tokenize = opts.tokenize ?? requestTokens;
  const lookup = opts.lookup ?? requestLookup;
  const load = opts.loadIndex ?? requestIndex;
  let glosser: IndexGlosser = createGlosser(emptyIndex());
  let ready = false;
  let loading: Promise<void> | undefined;
  let wanted: LanguagePack | undefined;
  /** The pack, when it was built for this index (a pack for another build would misalign every gloss). */
  const currentPack = () => (wanted && wanted.gloss.length === glosser.index.term.length ? wanted : undefined);

  const prepare = (): Promise<void> =>
    (loading ??= load().then(
      (index) => {
        glosser = createGlosser(index);
        ready = true;
      },
      (error: unknown) => {
        loading = undefined; // try again on the next call
        throw error;
      },
    ));

  const glossOne = (label: string, context?: GlossContext) => glosser.gloss(cleanText(label), context, currentPack());

  const refineAll = async (
    inputs: readonly (string | { text: string })[],
    contexts: readonly (GlossContext | undefined)[] = [],
  ): Promise<GlossResult[] | null> => {
    // Labels, or stored results (the item store keeps them): either way the text is what is glossed again.
    const labels = inputs.map((input) => (typeof input === 'string' ? input : input.text));
    if (!ready) await prepare().catch(() => undefined);
    if (!ready) return null;
    const pack = currentPack();
    let results = labels.map((label, i) => glossOne(label, contexts[i]));
    // Words the index lacks: the general dictionary, one request for the distinct stretches of all labels.
    const askGeneral = async (current: GlossResult[]): Promise<GlossResult[]> => {
      const queries = generalQueries(current);
      if (queries.length === 0) return current;
      const pieces = await inBatches<GeneralPiece[]>(queries, async (batch) => {
        const response = await lookup(batch);
        return response && 'pieces' in response ? response.pieces : null;
      });
      if (!pieces) return current;
      const answers = new Map(queries.map((q, i) => [q, pieces[i]!]));
      return current.map((r, i) => mergeGeneral(r, answers, glosser, contexts[i], pack));
    };
    results = await askGeneral(results);
    // The tokenizer (kuromoji, ~250 MiB where it loads) only for labels the dictionaries could not fully answer.
    const needing = results.map((r, i) => (needsTokenizer(r) ? i : -1)).filter((i) => i >= 0);
    if (needing.length === 0) return results;
    const texts = needing.map((i) => tokenizerInput(results[i]!.text));
    const tokens = await inBatches(texts, async (batch) => {
      const response = await tokenize(batch);
      return response && 'tokens' in response ? response.tokens : null;
    });
    if (!tokens) return results;
    needing.forEach((labelIndex, k) => {
      results[labelIndex] = refine(results[labelIndex]!, tokens[k] ?? [], glosser, contexts[labelIndex], pack);
    });
    return askGeneral(results);
  };

  return {
    // Labels come cut already (cleanText); cutting again here keeps any other caller's huge text from the matcher.
    gloss: glossOne,
    prepare,
    get ready() {
      return ready;
    },
    refineAll,
    setPack(next) {
      wanted = next;
      if (ready && next && !currentPack()) {
        console.warn('Tebiki: the language pack does not match the dictionary index; English is shown');
      }
    },
    ruby: (result) => rubyParts(result, (text) => glosser.words(text)),
  };
}
