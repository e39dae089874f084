/**
 * The size of what each context of the built extension loads, for the README's bundle table: the service worker
 * (background.js), the content script, and each extension page with the chunks it imports at start (its
 * `<script>` and modulepreload links and their static imports). Chunks loaded later by `import()` are listed apart.
 *
 *   npm run build && npx tsx scripts/bundle-sizes.ts [.output/chrome-mv3] [--markdown]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? '.output/chrome-mv3');
const markdown = args.includes('--markdown');
if (!existsSync(path.join(dir, 'manifest.json'))) {
  console.error(`No build in ${dir}: run \`npm run build\` first.`);
  process.exit(1);
}

/** The chunks a module imports statically (`from"./x.js"`, `import"./x.js"`) and dynamically (`import("./x.js")`). */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(file, 'utf8');
  const near = (spec: string) => path.resolve(path.dirname(file), spec);
  return {
    static: [...code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => near(m[1]!)),
    dynamic: [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => near(m[1]!)),
  };
}

/** The files loaded at start from these entries, and the chunks they may load later. */
function closure(entries: string[]): { start: Set<string>; later: Set<string> } {
  const start = new Set<string>();
  const later = new Set<string>();
  const todo = [...entries];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (start.has(file) || !existsSync(file)) continue;
    start.add(file);
    const { static: now, dynamic } = importsOf(file);
    todo.push(...now);
    for (const d of dynamic) later.add(d);
  }
  for (const file of start) later.delete(file);
  return { start, later };
}

/** The entry scripts of an extension page: its module script and modulepreload links. */
function pageEntries(html: string): string[] {
  const text = readFileSync(path.join(dir, html), 'utf8');
  return [...text.matchAll(/(?:src|href)="(\/[^"]+\.js)"/g)].map((m) => path.join(dir, m[1]!));
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const size = (files: Iterable<string>) => {
  let raw = 0;
  let gz = 0;
  for (const file of files) {
    const data = readFileSync(file);
    raw += statSync(file).size;
    gz += gzipSync(data).length;
  }
  return { raw, gz };
};

const CONTEXTS: [string, string[]][] = [
  ['service worker / background', [path.join(dir, 'background.js')]],
  ['content script (every portal frame)', [path.join(dir, 'content-scripts/portal.js')]],
  ...['popup.html', 'options.html', 'offscreen.html', 'welcome.html']
    .filter((html) => existsSync(path.join(dir, html)))
    .map((html): [string, string[]] => [html.replace('.html', ''), pageEntries(html)]),
];

const rows = CONTEXTS.map(([name, entries]) => {
  const { start, later } = closure(entries);
  const now = size(start);
  const lazy = [...later].filter((f) => existsSync(f));
  const lazyText =
    lazy.map((f) => `${path.basename(f).replace(/-[\w-]{8}\.js$/, '')} ${kib(statSync(f).size)}`).join(', ') || '—';
  return [name, kib(now.raw), kib(now.gz), lazyText];
});

if (markdown) {
  console.log(`| context (${path.basename(dir)}) | loaded at start | gzipped | loaded on demand |`);
  console.log('| --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
} else {
  for (const [name, raw, gz, lazy] of rows) console.log(`${name}: ${raw} (${gz} gzipped); on demand: ${lazy}`);
}
