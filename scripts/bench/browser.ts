/**
 * `npm run bench` (browser part): the built extension in real Chromium. Prints medians as a Markdown table.
 *   npx tsx scripts/bench/browser.ts [--runs N]
 * Needs `npm run build` first.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILDS } from '../../tests/e2e/harness/paths';
import { benchPagesChromium } from './pages-chromium';
import { machine } from './stats';
import { benchTokenizerChromium } from './tokenizer-chromium';

const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 5;
const LABELS = resolve('../shared/eval/labels-dev/keisan_corner_screens_r7.txt');
const labelFile = existsSync(LABELS) ? LABELS : resolve('tests/fixtures/labels-sample.txt');

if (!existsSync(resolve(BUILDS.chromium, 'manifest.json'))) {
  console.error('No Chrome build: run `npm run build` first.');
  process.exit(1);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;
const mib = (v: number) => `${v.toFixed(1)} MiB`;

const contentScript = resolve(BUILDS.chromium, 'content-scripts/portal.js');
const bundle = readFileSync(contentScript);
const rows: [string, string][] = [
  ['content script bundle (Chrome)', `${kib(statSync(contentScript).size)} (${kib(gzipSync(bundle).length)} gzipped)`],
];

const pages = await benchPagesChromium(
  ['keisan/address-name.html', 'bench/fields-300.html', 'bench/fields-3000.html'],
  runs,
);
for (const p of pages) {
  rows.push([
    `${p.page} (${p.fields} fields): DOMContentLoaded → all fields glossed (of which the content script's own work)`,
    `${ms(p.annotateMs)} (${ms(p.ownMs)})`,
  ]);
  rows.push([`${p.page}: hover → tooltip in DOM / next frame`, `${ms(p.hoverMs)} / ${ms(p.hoverFrameMs)}`]);
  rows.push([
    `${p.page}: page JS heap with / without Tebiki (content script's share)`,
    `${mib(p.heapWithMiB)} / ${mib(p.heapWithoutMiB)} (${mib(p.heapWithMiB - p.heapWithoutMiB)})`,
  ]);
}

const tokenizer = await benchTokenizerChromium(labelFile, Math.min(runs, 3));
rows.push(['tokenizer cold start (offscreen document + dictionary), first label', ms(tokenizer.coldStartMs)]);
rows.push(['tokenizer warm, per label (message round trip included)', ms(tokenizer.warmLabelMs)]);
rows.push([
  'browser RSS: before tokenizer / warm / after release',
  `${mib(tokenizer.rssBeforeMiB)} / ${mib(tokenizer.rssWarmMiB)} / ${mib(tokenizer.rssReleasedMiB)}`,
]);

console.log(`\nChromium benchmarks, medians of ${runs} runs. Machine: ${machine()}\n`);
console.log('| measure | value |\n| --- | --- |');
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
