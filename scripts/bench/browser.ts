/**
 * `npm run bench` (browser part): the built extension in real Chromium. Prints medians as a Markdown table.
 *   npx tsx scripts/bench/browser.ts [--runs N]
 * Needs `npm run build && npm run build:e2e` first (sizes are the release build's; pages load the e2e build, which
 * differs from it only by test hooks).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILDS, RELEASE_BUILDS } from '../../tests/e2e/harness/paths';
import { benchHostile } from './hostile';
import { benchPagesChromium } from './pages-chromium';
import { benchTabsChromium } from './tabs-chromium';
import { machine } from './stats';
import { benchTokenizerChromium } from './tokenizer-chromium';

const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 5;
const LABELS = resolve('../shared/eval/labels-dev/keisan_corner_screens_r7.txt');
const labelFile = existsSync(LABELS) ? LABELS : resolve('tests/fixtures/labels-sample.txt');

if (![BUILDS.chromium, RELEASE_BUILDS.chromium].every((dir) => existsSync(resolve(dir, 'manifest.json')))) {
  console.error('No Chrome build: run `npm run build && npm run build:e2e` first.');
  process.exit(1);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;
const mib = (v: number) => `${v.toFixed(1)} MiB`;

const contentScript = resolve(RELEASE_BUILDS.chromium, 'content-scripts/portal.js');
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
  rows.push([`${p.page}: focus → tooltip in DOM / next frame`, `${ms(p.hoverMs)} / ${ms(p.hoverFrameMs)}`]);
  rows.push([
    `${p.page}: page JS heap with / without Tebiki (content script's share)`,
    `${mib(p.heapWithMiB)} / ${mib(p.heapWithoutMiB)} (${mib(p.heapWithMiB - p.heapWithoutMiB)})`,
  ]);
}

const tabs = await benchTabsChromium('keisan/address-name.html');
rows.push([
  `memory per extra portal tab (PSS of its renderer, ${tabs.page}, median of ${tabs.tabs - 1} extra tabs): with / without Tebiki (difference)`,
  `${mib(tabs.perTabWithMiB)} / ${mib(tabs.perTabWithoutMiB)} (${mib(tabs.perTabWithMiB - tabs.perTabWithoutMiB)})`,
]);
rows.push([
  `the same tabs' JS heap after GC: with / without Tebiki (content script's share)`,
  `${mib(tabs.heapWithMiB)} / ${mib(tabs.heapWithoutMiB)} (${mib(tabs.heapWithMiB - tabs.heapWithoutMiB)})`,
]);

const tokenizer = await benchTokenizerChromium(labelFile, Math.min(runs, 3));
rows.push([
  'general dictionary cold start (offscreen document + EDICT layer), first look-up',
  ms(tokenizer.generalColdMs),
]);
rows.push([
  'tokenizer cold start (kuromoji dictionary, offscreen document already open), first label',
  ms(tokenizer.coldStartMs),
]);
rows.push(['tokenizer warm, per label (message round trip included)', ms(tokenizer.warmLabelMs)]);
rows.push([
  'browser RSS: before / general dictionary loaded / tokenizer warm / after release',
  `${mib(tokenizer.rssBeforeMiB)} / ${mib(tokenizer.rssGeneralMiB)} / ${mib(tokenizer.rssWarmMiB)} / ${mib(tokenizer.rssReleasedMiB)}`,
]);

for (const browser of ['chromium', 'firefox'] as const) {
  // A failing part must not lose the rows measured before it.
  const h = await benchHostile(browser, Math.min(runs, 3)).catch((error: unknown) => {
    rows.push([
      `${browser}: hostile pages`,
      `not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    ]);
    return null;
  });
  if (!h) continue;
  const budget = (value: number, limit: number) => `${ms(value)} ${value < limit ? '(within' : '(OVER'} ${limit} ms)`;
  if (h.startupTaskMs !== null)
    rows.push([`${browser}: 10,000 fields, longest task around start-up`, budget(h.startupTaskMs, 200)]);
  rows.push([`${browser}: 10,000 fields, longest frame gap from start-up on`, budget(h.gapFromStartupMs, 200)]);
  rows.push([
    `${browser}: 10,000 fields, focus → tooltip, first / last field`,
    `${budget(h.firstTooltipMs, 300)} / ${budget(h.lastTooltipMs, 300)}`,
  ]);
  rows.push([
    `${browser}: 100 KB labels, longest task (Firefox: frame gap) / slowest tooltip`,
    `${budget(h.hugeLongestTaskMs, 200)} / ${budget(h.hugeSlowestTooltipMs, 300)}`,
  ]);
}

console.log(
  `\nBrowser benchmarks (Chromium; the hostile-page rows also Firefox), medians of ${runs} runs. Machine: ${machine()}\n`,
);
console.log('| measure | value |\n| --- | --- |');
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
