/**
 * The whole glossing pipeline in Node, as the extension runs it: the synchronous gloss over the bundled index, the
 * general dictionary for words the index lacks, and the tokenizer only for labels still not fully answered (then
 * the general dictionary once more for what the tokenizer split out). The CLI, the golden table, the benchmarks and
 * the readings test use it.
 */

import type { GeneralDictionary, GeneralPiece } from '../../src/dictionary/general.ts';
import { generalQueries, mergeGeneral, needsTokenizer } from '../../src/glossary/general-merge.ts';
import type { Glosser } from '../../src/glossary/matcher.ts';
import { refine, tokenizerInput } from '../../src/glossary/refine.ts';
import type { GlossContext, GlossResult } from '../../src/glossary/types.ts';
import type { TokenizeFn } from '../../src/tokenizer/token.ts';

/** What the pipeline may use; without `general` or `tokenize` those steps are skipped. */
export interface PipelineTools {
  glosser: Glosser;
  general?: GeneralDictionary;
  tokenize?: TokenizeFn;
}

/** How a label was answered, for the benchmark's count of tokenizer loads. */
export interface PipelineResult {
  result: GlossResult;
  /** Whether the general dictionary was asked, and whether the tokenizer was. */
  general: boolean;
  tokenizer: boolean;
}

/** Glosses a label the way the extension does. */
export function glossPipeline(label: string, tools: PipelineTools, context?: GlossContext): PipelineResult {
  const { glosser, general, tokenize } = tools;
  let result = glosser.gloss(label, context);
  const ask = (r: GlossResult): GlossResult => {
    if (!general) return r;
    const answers = new Map<string, GeneralPiece[]>(
      generalQueries([r]).map((q) => [q, general.segment(q, glosser.deinflector)]),
    );
    return answers.size > 0 ? mergeGeneral(r, answers, glosser, context) : r;
  };
  const usedGeneral = generalQueries([result]).length > 0;
  result = ask(result);
  if (!tokenize || !needsTokenizer(result)) return { result, general: usedGeneral, tokenizer: false };
  result = ask(refine(result, tokenize(tokenizerInput(label)), glosser, context));
  return { result, general: usedGeneral, tokenizer: true };
}
