/**
 * The curators' CLI: glosses labels with the same modules as the extension (dictionaries compiled from
 * YAML, the synchronous matcher, then the real kuromoji tokenizer through refine()).
 *
 *   npm run gloss -- [--json] [--summary] [--sync] [--role R] [--portal P] [--screen S] [--near W,…] [FILE ...]
 *
 * One label per line; empty lines and lines starting with `#` are skipped; `-` or no FILE reads
 * standard input.
 *   (default)  one readable line per label
 *   --json     one JSON object per label: {"text", "segments": [{"text", "reading"?, "gloss"?, "source", "id"?}],
 *              "translation"?, "english"?}; `english` is the one English line the tooltip shows
 *   --summary  labels fully glossed, Japanese characters covered, coverage by layer (glossary, names,
 *              vocabulary, general, grammar), the top 40 unknown words. Alone it replaces the per-label
 *              output; with --json it goes to standard error so stdout stays JSON lines.
 *   --sync     only the bundled index: no general dictionary, no tokenizer (what the content script shows at once)
 *   --role, --portal, --screen, --near  the context that chooses senses (决定 on a button: --role button)
 */

import { compile } from '../build/dictionary/compile.ts';
import { createGlosser } from '../src/glossary/matcher.ts';
import type { GlossContext, GlossResult, Segment } from '../src/glossary/types.ts';
import { formatSummary, summarize } from './lib/coverage.ts';
import { readLabelFiles } from './lib/labels.ts';
import { loadDictionaryFiles } from './lib/load-dictionaries.ts';
import { loadNodeGeneral } from './lib/node-general.ts';
import { loadNodeTokenizer } from './lib/node-tokenizer.ts';
import { glossPipeline } from './lib/pipeline.ts';

const USAGE =
  'usage: npm run gloss -- [--json] [--summary] [--sync] [--role R] [--portal P] [--screen S] [--near W,…] [FILE ...]';

interface Options {
  json: boolean;
  summary: boolean;
  sync: boolean;
  context: GlossContext;
  files: string[];
}

const ROLES = ['label', 'option', 'heading', 'button', 'message', 'note'] as const;

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, summary: false, sync: false, context: {}, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) {
        console.error(`${arg} needs a value\n${USAGE}`);
        process.exit(2);
      }
      return next;
    };
    if (arg === '--role') {
      const role = value();
      if (!(ROLES as readonly string[]).includes(role)) {
        console.error(`--role is one of ${ROLES.join(', ')}`);
        process.exit(2);
      }
      options.context.role = role as (typeof ROLES)[number];
    } else if (arg === '--portal') options.context.portal = value();
    else if (arg === '--screen') options.context.screen = value();
    else if (arg === '--near') options.context.near = value().split(',');
    else if (arg === '--json') options.json = true;
    else if (arg === '--summary') options.summary = true;
    else if (arg === '--sync') options.sync = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      console.error(`unknown option ${arg}\n${USAGE}`);
      process.exit(2);
    } else options.files.push(arg);
  }
  if (options.files.length === 0) options.files.push('-');
  return options;
}

/** The JSON shape of issue 3: only these keys, in this order. */
function toJson(result: GlossResult): string {
  const segments = result.segments.map((s) => {
    const out: Partial<Segment> = { text: s.text };
    if (s.reading) out.reading = s.reading;
    if (s.gloss) out.gloss = s.gloss;
    out.source = s.source;
    if (s.id) out.id = s.id;
    return out;
  });
  return JSON.stringify({
    text: result.text,
    segments,
    ...(result.translation ? { translation: result.translation } : {}),
    ...(result.english ? { english: result.english } : {}),
  });
}

/**
 * One readable line: dictionary words as `text[reading](base)=gloss`, unknown words as `?text[reading]`,
 * function words as they are, then `⇒ english`: the whole-label translation or the composed line.
 */
function toLine(result: GlossResult): string {
  const parts = result.segments
    .filter((s) => s.text.trim().length > 0)
    .map((s) => {
      const reading = s.reading ? `[${s.reading}]` : '';
      if (s.source === 'unknown') return `?${s.text}${reading}`;
      if (s.source === 'function') return s.text;
      return `${s.text}${reading}${s.base ? `(${s.base})` : ''}=${s.gloss}`;
    });
  const english = result.english ? `  ⇒ ${result.english}` : '';
  return `${result.text}\t${parts.join(' | ')}${english}`;
}

async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  const labels = readLabelFiles(options.files);

  const { index, errors } = compile(loadDictionaryFiles());
  if (errors.length > 0) {
    // Keep working for curators while another writer fixes their file; the build still fails.
    console.error(
      `warning: ${errors.length} dictionary error(s); those entries are left out (npx tsx scripts/compile-dictionaries.ts lists them)`,
    );
  }
  const glosser = createGlosser(index);
  const tools = options.sync
    ? { glosser }
    : { glosser, general: loadNodeGeneral(), tokenize: await loadNodeTokenizer() };

  const results: GlossResult[] = [];
  let tokenized = 0;
  const write = (line: string) => process.stdout.write(`${line}\n`);
  for (const label of labels) {
    const { result, tokenizer } = glossPipeline(label, tools, options.context);
    if (tokenizer) tokenized++;
    results.push(result);
    if (options.json) write(toJson(result));
    else if (!options.summary) write(toLine(result));
  }
  if (options.summary) {
    const tokenizerLine = options.sync ? '' : `\ntokenizer needed for ${tokenized}/${results.length} labels`;
    const text = formatSummary(summarize(results)) + tokenizerLine;
    if (options.json) process.stderr.write(`${text}\n`);
    else write(text);
  }
  return 0;
}

// `npm run gloss -- file | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
