/**
 * Regenerates the golden glossing table (issue 3): glosses each label of
 * tests/fixtures/gloss-golden-labels.txt with the same modules as the CLI (dictionaries compiled from
 * YAML, the synchronous matcher, the general dictionary, then the real kuromoji tokenizer through refine() for
 * labels still not fully answered) and writes one JSON
 * object per label, in the shape of `npm run gloss -- --json` plus the ruby line (readings over kanji only), to
 * tests/fixtures/gloss-golden.jsonl.
 *
 *   npx tsx scripts/gloss-golden.ts
 *
 * src/glossary/golden.test.ts compares every label's segments and translation with that file. Read the
 * diff of the .jsonl before committing it: where a segment, gloss or reading is wrong, fix the
 * dictionaries, not the golden file, and regenerate.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile } from '../build/dictionary/compile.ts';
import { createGlosser, type Glosser } from '../src/glossary/matcher.ts';
import { rubyParts, rubyText } from '../src/glossary/ruby.ts';
import type { GlossResult, Segment } from '../src/glossary/types.ts';
import type { TokenizeFn } from '../src/tokenizer/token.ts';
import { labelLines } from './lib/labels.ts';
import { loadDictionaryFiles, PROJECT_ROOT } from './lib/load-dictionaries.ts';
import { loadNodeGeneral } from './lib/node-general.ts';
import { loadNodeTokenizer } from './lib/node-tokenizer.ts';
import { glossPipeline } from './lib/pipeline.ts';

/** The labels, one a line (`#` lines name where a group of labels comes from). */
export const GOLDEN_LABELS = path.join(PROJECT_ROOT, 'tests/fixtures/gloss-golden-labels.txt');
/** The expected glossing, one JSON object a line. */
export const GOLDEN_JSONL = path.join(PROJECT_ROOT, 'tests/fixtures/gloss-golden.jsonl');

/** One golden segment, as `npm run gloss -- --json` prints it. */
export type GoldenSegment = Pick<Segment, 'text' | 'reading' | 'gloss' | 'source' | 'id'>;

/** One golden line. */
export interface GoldenRecord {
  text: string;
  segments: GoldenSegment[];
  translation?: string;
  /** The one English line (translation, else composed). */
  english?: string;
  /** The label with readings over its kanji only: 添付[てんぷ]してください。 */
  ruby: string;
}

/** The labels of the golden table, in file order. */
export function readGoldenLabels(file: string = GOLDEN_LABELS): string[] {
  return labelLines(readFileSync(file, 'utf8'));
}

/** The golden records stored in the .jsonl file. */
export function readGoldenRecords(file: string = GOLDEN_JSONL): GoldenRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as GoldenRecord);
}

/** A glosser over the dictionaries on disk; throws when a dictionary has an error. */
export function createDiskGlosser(): Glosser {
  const { index, errors } = compile(loadDictionaryFiles());
  if (errors.length > 0)
    throw new Error(`${errors.length} dictionary error(s): run npx tsx scripts/compile-dictionaries.ts`);
  return createGlosser(index);
}

/** Glosses a label as the CLI does: index, general dictionary, the tokenizer where still needed. */
export function glossLabel(label: string, glosser: Glosser, tokenize: TokenizeFn): GlossResult {
  return glossPipeline(label, { glosser, general: loadNodeGeneral(), tokenize }).result;
}

/** The CLI's `--json` shape of a result (only these keys, in this order), with the ruby line. */
export function toGoldenRecord(result: GlossResult, glosser: Glosser): GoldenRecord {
  const segments = result.segments.map((s) => {
    // Key order as the CLI prints it: text, reading, gloss, source, id.
    const out: GoldenSegment = {
      text: s.text,
      ...(s.reading ? { reading: s.reading } : {}),
      ...(s.gloss ? { gloss: s.gloss } : {}),
      source: s.source,
      ...(s.id ? { id: s.id } : {}),
    };
    return out;
  });
  return {
    text: result.text,
    segments,
    ...(result.translation ? { translation: result.translation } : {}),
    ...(result.english ? { english: result.english } : {}),
    ruby: rubyText(rubyParts(result, (text) => glosser.words(text))),
  };
}

async function main(): Promise<void> {
  const labels = readGoldenLabels();
  const seen = new Set<string>();
  for (const label of labels) {
    if (seen.has(label)) throw new Error(`label listed twice in ${GOLDEN_LABELS}: ${label}`);
    seen.add(label);
  }
  const glosser = createDiskGlosser();
  const tokenize = await loadNodeTokenizer();
  const lines = labels.map((label) => JSON.stringify(toGoldenRecord(glossLabel(label, glosser, tokenize), glosser)));
  writeFileSync(GOLDEN_JSONL, `${lines.join('\n')}\n`);
  console.log(`${lines.length} labels written to ${path.relative(process.cwd(), GOLDEN_JSONL)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  });
}
