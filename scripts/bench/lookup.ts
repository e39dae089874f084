/**
 * `npm run bench` (lookup part): what the popup's and options page's Look up tab costs, in Node (V8, as Chrome).
 *
 *   node --import tsx scripts/bench/lookup.ts [--runs N]
 *
 * - parsing the bundled index (the page's `loadIndex()`), and building the search index from it, cold and warm;
 * - a table of queries of every kind (search.test.ts), per query;
 * - explaining a page of text (~2,000 characters of the test letters): split, gloss and recognise at once, then
 *   refined with the real kuromoji tokenizer (warm, in Node; in the browser the tokens come from the shared host);
 * - the size of the lookup's lazily loaded chunks in the Chrome build, when `npm run build` has run.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { compile } from '../../build/dictionary/compile.ts';
import { compileDocuments } from '../../build/lookup/compile-documents.ts';
import { createLookupEngine } from '../../src/lookup/engine.ts';
import { TEST_LETTERS } from '../../src/lookup/test-letters.ts';
import { loadDictionaryFiles, PROJECT_ROOT } from '../lib/load-dictionaries.ts';
import { loadNodeTokenizer } from '../lib/node-tokenizer.ts';
import { readDocumentFiles } from '../vite-plugin-documents.ts';
import { machine, median } from './stats.ts';

const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 11;

/** One query of each kind of the ranking table, and a few a user types while still typing. */
const QUERIES = [
  '有効期限',
  '申込み',
  'こうふ',
  'yuukoukigen',
  'kojin bango',
  'expiry',
  'expiry notice',
  'pickup not',
  'ゆ',
  'e',
  '期限',
  'het han',
];

/** About one page of Japanese letters (2,000 characters), from the test letters. */
function pageOfText(): string {
  let text = '';
  for (let i = 0; text.length < 2_000; i++) text += `${TEST_LETTERS[i % TEST_LETTERS.length]!.text}\n\n`;
  return text;
}

const time = (fn: () => void) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};
const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 1)} ms`;

const json = JSON.stringify(compile(loadDictionaryFiles()).index);
let index = JSON.parse(json) as ReturnType<typeof compile>['index'];
const parseMs = median(Array.from({ length: 5 }, () => time(() => (index = JSON.parse(json) as typeof index))));
const { documents } = compileDocuments(readDocumentFiles());
const options = { index, documents, pack: null, glossLang: null };

let engine = createLookupEngine({ ...options, tokenize: () => Promise.resolve(null) });
const coldBuildMs = engine.timings.buildMs;
const warmBuildMs = median(
  Array.from({ length: runs }, () => {
    engine = createLookupEngine({ ...options, tokenize: () => Promise.resolve(null) });
    return engine.timings.buildMs;
  }),
);

for (const query of QUERIES) engine.search(query); // warm up
const perQuery = QUERIES.map((query) => median(Array.from({ length: runs }, () => time(() => engine.search(query)))));

const text = pageOfText();
const sentences = engine.explain(text).sentences.length;
const explainMs = median(
  Array.from({ length: runs }, () => time(() => (engine.explain(text), engine.recognise(text)))),
);

const tokenize = await loadNodeTokenizer();
const withTokens = createLookupEngine({
  ...options,
  tokenize: (texts) => Promise.resolve({ tokens: texts.map((t) => tokenize(t)) }),
});
await withTokens.refine(withTokens.explain(text)); // warm up the tokenizer's own caches and the JIT
const refineTimes: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  await withTokens.refine(withTokens.explain(text));
  refineTimes.push(performance.now() - start);
}

const rows: Array<[string, string]> = [
  [
    'parse the bundled index (JSON, the page’s loadIndex)',
    `${ms(parseMs)} (${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB)`,
  ],
  ['build the search index: first / warm median', `${ms(coldBuildMs)} / ${ms(warmBuildMs)}`],
  [
    `query, median per query (${QUERIES.length} queries): median / slowest`,
    `${ms(median(perQuery))} / ${ms(Math.max(...perQuery))} (${QUERIES[perQuery.indexOf(Math.max(...perQuery))]})`,
  ],
  [
    `explain a page (${text.length} chars, ${sentences} sentences): split, gloss, recognise`,
    `${ms(explainMs)} (target < 200 ms)`,
  ],
  ['the same, refined with kuromoji tokens (warm, Node)', ms(median(refineTimes))],
];

const chunks = path.join(PROJECT_ROOT, '.output/chrome-mv3/chunks');
if (existsSync(chunks)) {
  const lazy = readdirSync(chunks).filter((f) => /^(load-engine|LookupPanel|explain)-/.test(f));
  const kib = lazy.reduce((sum, f) => sum + statSync(path.join(chunks, f)).size, 0) / 1024;
  rows.push(['lookup chunks loaded on opening the tab (Chrome build)', `${kib.toFixed(0)} KiB (${lazy.join(', ')})`]);
}

console.log(`\nLookup (popup and options page), medians of ${runs} runs. Machine: ${machine()}\n`);
console.log('| measure | value |\n| --- | --- |');
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
