/**
 * Benchmark of the synchronous glosser (what the content script runs on every page) and of the
 * compiled index's size. Prints a table.
 *
 *   npx tsx scripts/bench-gloss.ts [--runs N] [--tokenizer]
 *
 * Labels: ../shared/eval/labels-dev/*.txt when present, else tests/fixtures/*.txt, repeated to 1,000.
 * Also: on the replica pages (tests/pages), how many texts and pages need the general dictionary and how many the
 * tokenizer (kuromoji loads only for those), and what loading each costs in Node.
 * --tokenizer  also measures kuromoji in Node: cold load and warm per-label tokenize + refine
 *              (the Chromium numbers come from the end-to-end benchmark).
 * Run with `node --expose-gc --import tsx scripts/bench-gloss.ts` to also measure the glosser's heap.
 */

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compile } from '../build/dictionary/compile.ts';
import { createGlosser } from '../src/glossary/matcher.ts';
import { refine, tokenizerInput } from '../src/glossary/refine.ts';
import { readLabelFiles } from './lib/labels.ts';
import { loadDictionaryFiles, PROJECT_ROOT } from './lib/load-dictionaries.ts';
import { loadNodeGeneral } from './lib/node-general.ts';
import { loadNodeTokenizer } from './lib/node-tokenizer.ts';
import { allPageTexts } from './lib/page-texts.ts';
import { glossPipeline } from './lib/pipeline.ts';
import { devLabelDir } from './lib/test-labels.ts';

const LABEL_DIRS = [devLabelDir(), path.join(PROJECT_ROOT, 'tests/fixtures')].filter((d): d is string => Boolean(d));
const LABEL_COUNT = 1000;

function parseArgs(argv: string[]): { runs: number; tokenizer: boolean } {
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 21;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive integer');
  return { runs, tokenizer: argv.includes('--tokenizer') };
}

/** 1,000 real labels, cycling through the first label folder that exists. */
function benchLabels(): { labels: string[]; from: string } {
  for (const dir of LABEL_DIRS) {
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => path.join(dir, f));
    const lines = readLabelFiles(files);
    if (lines.length === 0) continue;
    const labels = Array.from({ length: LABEL_COUNT }, (_, i) => lines[i % lines.length]!);
    const distinct = new Set(lines).size;
    return { labels, from: `${path.relative(PROJECT_ROOT, dir)} (${lines.length} lines, ${distinct} distinct)` };
  }
  throw new Error(`no label files in ${LABEL_DIRS.join(' or ')}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Heap used after a full GC, when the process was started with --expose-gc. */
function heapUsed(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers; // the trie's typed arrays live outside the JS heap
}

function mib(bytes: number): string {
  return (bytes / 1048576).toFixed(1);
}

function printTable(rows: Array<[string, string]>): void {
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
}

async function main(): Promise<void> {
  const { runs, tokenizer } = parseArgs(process.argv.slice(2));
  const { labels, from } = benchLabels();
  const { index, errors } = compile(loadDictionaryFiles());
  if (errors.length > 0) console.error(`warning: ${errors.length} dictionary errors; those entries are left out`);

  const json = JSON.stringify(index);
  const beforeParse = heapUsed();
  const parsed = JSON.parse(json) as typeof index; // as the content script gets it from the bundle
  const before = heapUsed();
  // The first build is what a content script pays at start-up, before the JIT has warmed up.
  const coldStart = performance.now();
  let glosser = createGlosser(parsed);
  const coldMs = performance.now() - coldStart;
  const after = heapUsed();
  const buildTimes = Array.from({ length: 5 }, () => time(() => (glosser = createGlosser(index))));

  for (let i = 0; i < 3; i++) for (const label of labels) glosser.gloss(label); // warm up the JIT
  const runTimes = Array.from({ length: runs }, () =>
    time(() => {
      for (const label of labels) glosser.gloss(label);
    }),
  );

  const rows: Array<[string, string]> = [
    ['labels', `${labels.length} from ${from}`],
    [
      'entries',
      `${index.layerEnds[0]} glossary + ${index.layerEnds[1] - index.layerEnds[0]} names + ${index.layerEnds[2] - index.layerEnds[1]} vocabulary + ${index.term.length - index.layerEnds[2]} grammar, ${index.trie.counts.length} key-trie nodes`,
    ],
    [
      'index size',
      `${(Buffer.byteLength(json) / 1024).toFixed(1)} KiB JSON, ${(gzipSync(json).length / 1024).toFixed(1)} KiB gzipped`,
    ],
    ['createGlosser', `${coldMs.toFixed(2)} ms cold, ${median(buildTimes).toFixed(2)} ms warm (median of 5)`],
    [
      'glosser heap',
      beforeParse !== undefined && before !== undefined && after !== undefined
        ? `${mib(before - beforeParse)} MiB parsed index + ${mib(after - before)} MiB glosser`
        : 'n/a (run node with --expose-gc)',
    ],
    [
      `gloss ${labels.length} labels`,
      `${median(runTimes).toFixed(2)} ms median of ${runs} (min ${Math.min(...runTimes).toFixed(2)}, max ${Math.max(...runTimes).toFixed(2)})`,
    ],
  ];

  // The replica pages: which texts the index answers alone, which need the general dictionary, which the tokenizer.
  const generalStart = performance.now();
  const heapBeforeGeneral = heapUsed();
  const general = loadNodeGeneral();
  const generalMs = performance.now() - generalStart;
  const heapAfterGeneral = heapUsed();
  const pages = allPageTexts();
  let texts = 0;
  let generalTexts = 0;
  let tokenizerTexts = 0;
  const generalPages = new Set<string>();
  const tokenizerPages = new Set<string>();
  for (const page of pages) {
    for (const { text, role } of page.texts) {
      texts++;
      const run = glossPipeline(text, { glosser, general, tokenize: () => [] }, { role, portal: page.portal });
      if (run.general) {
        generalTexts++;
        generalPages.add(page.file);
      }
      if (run.tokenizer) {
        tokenizerTexts++;
        tokenizerPages.add(page.file);
      }
    }
  }
  rows.push([
    'replica pages: texts the general dictionary is asked for',
    `${generalTexts} of ${texts} texts, on ${generalPages.size} of ${pages.length} pages`,
  ]);
  rows.push([
    'replica pages: texts that need the tokenizer (kuromoji loads only then)',
    `${tokenizerTexts} of ${texts} texts, on ${tokenizerPages.size} of ${pages.length} pages (${[...tokenizerPages].join(', ')})`,
  ]);
  rows.push([
    'general dictionary load (Node)',
    `${generalMs.toFixed(0)} ms, ${general.size} words` +
      (heapBeforeGeneral !== undefined && heapAfterGeneral !== undefined
        ? `, ${mib(heapAfterGeneral - heapBeforeGeneral)} MiB heap`
        : ''),
  ]);

  if (tokenizer) {
    const heapBeforeKuromoji = heapUsed();
    const start = performance.now();
    const tokenize = await loadNodeTokenizer();
    const coldMs = performance.now() - start;
    const distinct = [...new Set(labels)];
    const warm = time(() => {
      for (const label of distinct) refine(glosser.gloss(label), tokenize(tokenizerInput(label)), glosser);
    });
    const heapAfterKuromoji = heapUsed();
    rows.push([
      'kuromoji load (Node): the time and memory saved on every page that does not need it',
      `${coldMs.toFixed(0)} ms` +
        (heapBeforeKuromoji !== undefined && heapAfterKuromoji !== undefined
          ? `, ${mib(heapAfterKuromoji - heapBeforeKuromoji)} MiB heap`
          : ''),
    ]);
    rows.push([
      'tokenize + refine',
      `${((1000 * warm) / distinct.length).toFixed(1)} µs per label (${distinct.length} labels, uncached)`,
    ]);
  }
  printTable(rows);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
