/**
 * "Explain this text": pasted Japanese, split into sentences and glossed sentence by sentence with the tooltips'
 * engine (src/glossary), then refined with the shared tokenizer's tokens when they arrive (readings, dictionary
 * forms, words the index alone splits badly).
 *
 * Private by construction: the text lives only in the objects returned here, which the page keeps in memory.
 * Nothing is stored or put in an address; the only message is `bg:tokenize` to the extension's own background,
 * whose tokenizer host keeps recent results in memory (src/tokenizer/host.ts LRU) and never on disk.
 */
import type { LanguagePack } from '@/src/dictionary/language-pack';
import type { Glosser } from '@/src/glossary/matcher';
import { refine, tokenizerInput } from '@/src/glossary/refine';
import type { GlossResult, Segment } from '@/src/glossary/types';
import { TOKENIZE_LIMITS, type TokenizeResponse } from '@/src/messaging/protocol';
import type { Token } from '@/src/tokenizer/token';
import { entryView, type LangText } from './entry-view';
import { isWord, meaningOf, wordHint, wordMeaning, type EntryFinder, type GlossLike } from './meaning';
import { splitSentences } from './sentences';

/** The most text explained at once (about ten pages): more is cut, and the UI says so. */
export const MAX_TEXT = 20_000;

/** Asks the background for tokens; null when the tokenizer is unavailable (the index's gloss then stands). */
export type TokenizeRequest = (texts: string[]) => Promise<TokenizeResponse | null>;

/** What explaining needs: the engine over the bundled index, the user's language, and the tokenizer. */
export interface ExplainContext {
  glosser: Glosser;
  finder: EntryFinder;
  pack: LanguagePack | null;
  /** The user's gloss language (null: English, or Japanese UI). */
  glossLang: string | null;
}

/** One word of a sentence, as the explanation lists it. */
export interface ExplainedWord {
  /** The word as the text writes it. */
  text: string;
  /** The dictionary form it was found by, when it differs (提出し → 提出する). */
  base?: string;
  reading?: string;
  meaning: LangText;
  hint?: LangText;
  /** The entry's term, when it differs from the text (a variant or another spelling). */
  term?: string;
  source?: string;
  id?: string;
}

export interface ExplainedSentence {
  text: string;
  result: GlossLike;
  /** The sentence's meaning in the user's language (meaning.ts), or null when no word has one. */
  meaning: LangText | null;
  /** Its words with a meaning, each once, in order. */
  words: ExplainedWord[];
  /** Stretches with Japanese letters that no dictionary knows. */
  unknown: string[];
}

export interface Explanation {
  sentences: ExplainedSentence[];
  /** The text was longer than {@link MAX_TEXT} and was cut. */
  truncated: boolean;
  /** The tokenizer's tokens were merged in. */
  refined: boolean;
}

/**
 * Glosses a pasted text synchronously (no tokenizer): what the page shows at once.
 * @example explainText('交付通知書が届きました。', context).sentences[0].words[0].text // '交付通知書'
 */
export function explainText(text: string, context: ExplainContext): Explanation {
  const truncated = text.length > MAX_TEXT;
  const sentences = splitSentences(truncated ? text.slice(0, MAX_TEXT) : text).map((sentence) =>
    explainSentence(glossWith(context, sentence), context),
  );
  return { sentences, truncated, refined: false };
}

/**
 * The same explanation with the tokenizer's tokens merged in, or the explanation unchanged when the tokenizer is
 * unavailable. Texts go in batches within the protocol's limits.
 */
export async function refineExplanation(
  explanation: Explanation,
  context: ExplainContext,
  tokenize: TokenizeRequest,
): Promise<Explanation> {
  const texts = explanation.sentences.map((s) => tokenizerInput(s.text));
  const tokens: Token[][] = [];
  for (let at = 0; at < texts.length; at += TOKENIZE_LIMITS.texts) {
    const response = await tokenize(texts.slice(at, at + TOKENIZE_LIMITS.texts));
    if (!response || 'error' in response) return explanation;
    tokens.push(...response.tokens);
  }
  const sentences = explanation.sentences.map((sentence, i) =>
    explainSentence(refineWith(context, glossWith(context, sentence.text), tokens[i] ?? []), context),
  );
  return { ...explanation, sentences, refined: true };
}

/** The words, meaning and unknown stretches of a glossed sentence. */
function explainSentence(result: GlossLike, context: ExplainContext): ExplainedSentence {
  const { finder, pack, glossLang } = context;
  const words: ExplainedWord[] = [];
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const segment of result.segments) {
    if (segment.source === 'unknown' && /[\u3040-\u30ff\u3400-\u9fff]/.test(segment.text)) unknown.push(segment.text);
    if (!isWord(segment)) continue;
    const key = `${segment.id ?? ''}|${segment.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    words.push(explainWord(segment, context));
  }
  return { text: result.text, result, meaning: meaningOf(result, finder, pack, glossLang), words, unknown };
}

function explainWord(segment: Segment & { entry?: number }, context: ExplainContext): ExplainedWord {
  const { finder, pack, glossLang, glosser } = context;
  const word: ExplainedWord = { text: segment.text, meaning: wordMeaning(segment, finder, pack, glossLang) };
  if (segment.base) word.base = segment.base;
  if (segment.reading) word.reading = segment.reading;
  const hint = wordHint(segment, finder, pack, glossLang);
  if (hint) word.hint = hint;
  if (segment.id) word.id = segment.id;
  const entry = finder.entryOf(segment);
  if (entry >= 0) {
    const view = entryView(glosser.index, entry, null, null);
    if (view.term !== segment.text && view.term !== segment.base) word.term = view.term;
    if (view.source) word.source = view.source;
  }
  return word;
}

/**
 * The glosser and refine() as issue 12 extends them: `gloss(label, context?, pack?)` and
 * `refine(result, tokens, glosser, context?, pack?)`, which add `meaning` in the pack's language. Today's functions
 * take fewer arguments and ignore the rest, so both fit these types without a cast.
 */
interface PackAwareGlosser {
  gloss(label: string, glossContext?: undefined, pack?: LanguagePack): GlossResult;
}
type PackAwareRefine = (
  result: GlossResult,
  tokens: readonly Token[],
  glosser: Glosser,
  glossContext?: undefined,
  pack?: LanguagePack,
) => GlossResult;
const refineWithPack: PackAwareRefine = refine;

/** The engine's gloss of a text, with the user's pack where the engine takes one. */
function glossWith(context: ExplainContext, text: string): GlossLike {
  const glosser: PackAwareGlosser = context.glosser;
  return glosser.gloss(text, undefined, context.pack ?? undefined);
}

/** refine(), likewise. */
function refineWith(context: ExplainContext, result: GlossLike, tokens: readonly Token[]): GlossLike {
  return refineWithPack(result, tokens, context.glosser, undefined, context.pack ?? undefined);
}
