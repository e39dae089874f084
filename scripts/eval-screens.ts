/**
 * How right Tebiki's tooltips are on the replica screens built from third-party markup (tests/pages/**, with
 * *.expect.json beside each page): per page and overall, the share of controls whose tooltip is right about what to
 * enter, of the limits and formats the page states that the tooltip repeats, of conversions that leave a value the
 * field accepts, and of texts (labels, headings, notes, messages, buttons, links) that explain themselves on hover;
 * then every miss. Runs the e2e build of the extension (`npm run build:e2e` first), one browser launch per browser.
 *
 *   npx tsx scripts/eval-screens.ts                      both browsers
 *   npx tsx scripts/eval-screens.ts --browser chromium   one browser
 *   npx tsx scripts/eval-screens.ts --page dads          only pages whose file contains "dads"
 *   npx tsx scripts/eval-screens.ts --json out.json      also write every observation
 *   npx tsx scripts/eval-screens.ts --quiet              numbers only, no list of misses
 */
import { writeFileSync } from 'node:fs';
import { BROWSERS, launch, type BrowserName } from '../tests/e2e/harness/driver.ts';
import { realMarkupPages } from '../tests/e2e/harness/expectations.ts';
import { checkScreen, misses, percent, score, type PageResult, type Score } from '../tests/e2e/harness/screen-check.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const browsers: BrowserName[] = option('browser') ? [option('browser') as BrowserName] : [...BROWSERS];
const only = option('page');
const quiet = process.argv.includes('--quiet');
const pages = realMarkupPages().filter((p) => !only || p.page.file.includes(only));

function row(label: string, s: Score): string {
  return [
    label.padEnd(48),
    `${percent(s.right, s.controls)} of ${String(s.controls).padStart(3)}`,
    `${percent(s.stated, s.statedOf)} of ${String(s.statedOf).padStart(3)}`,
    `${percent(s.conversionsOk, s.conversions)} of ${String(s.conversions).padStart(2)}`,
    `${percent(s.textsOk, s.texts)} of ${String(s.texts).padStart(3)}`,
  ].join('  ');
}

const header = ['page'.padEnd(48), 'right (controls)', 'limits stated   ', 'conversions   ', 'texts explained'].join(
  '  ',
);

const all: Record<string, PageResult[]> = {};
for (const name of browsers) {
  const driver = await launch(name);
  const results: PageResult[] = [];
  try {
    for (const { page, expect } of pages) results.push(await checkScreen(driver, page, expect));
  } finally {
    await driver.close();
  }
  all[name] = results;

  console.log(`\n== ${name} ==\n${header}`);
  for (const r of results) console.log(row(r.file, score([r])));
  const groups = [...new Set(results.map((r) => r.group))];
  console.log('-'.repeat(header.length));
  for (const g of groups) console.log(row(`group: ${g}`, score(results.filter((r) => r.group === g))));
  console.log(row('least familiar (unfamiliar: true)', score(results.filter((r) => r.unfamiliar))));
  console.log(row('ALL', score(results)));

  if (!quiet) {
    console.log(`\n-- misses in ${name} --`);
    for (const r of results) {
      const list = misses(r);
      if (list.length === 0) continue;
      console.log(`\n${r.file}`);
      for (const line of list) console.log(`  - ${line}`);
    }
  }
}

const out = option('json');
if (out) writeFileSync(out, JSON.stringify(all, null, 2));
