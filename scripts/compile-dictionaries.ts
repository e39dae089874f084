/**
 * Validates the dictionaries and prints every error (exit 1 when there is one), with counts and the
 * compiled index's size. For writers: run it after editing a YAML file.
 *
 *   npx tsx scripts/compile-dictionaries.ts [--warnings] [--out FILE] [--dir DICTIONARIES_DIR]
 *
 * --warnings  also list warnings (hints without a source, redundant variants)
 * --out FILE  write the compiled index as JSON (what `virtual:tebiki-index` exports)
 */

import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compile } from '../build/dictionary/compile.ts';
import { formatIssue } from '../build/dictionary/validate-source.ts';
import { DICTIONARIES_DIR, loadDictionaryFiles } from './lib/load-dictionaries.ts';

interface Options {
  warnings: boolean;
  out?: string;
  dir: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { warnings: false, dir: DICTIONARIES_DIR };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--warnings') options.warnings = true;
    else if (arg === '--out' && argv[i + 1]) options.out = argv[++i]!;
    else if (arg === '--dir' && argv[i + 1]) options.dir = argv[++i]!;
    else {
      console.error(`unknown argument ${arg}\nusage: compile-dictionaries [--warnings] [--out FILE] [--dir DIR]`);
      process.exit(2);
    }
  }
  return options;
}

/** Runs the script; returns the exit code. */
function main(argv: string[]): number {
  const options = parseArgs(argv);
  const files = loadDictionaryFiles(options.dir);
  const { index, errors, warnings } = compile(files);

  for (const error of errors) console.error(formatIssue(error));
  if (options.warnings) for (const warning of warnings) console.error(formatIssue(warning));

  const json = JSON.stringify(index);
  const bytes = Buffer.byteLength(json);
  const gzipped = gzipSync(json).length;
  const vocabulary = index.term.length - index.glossaryCount;
  console.log(
    `${files.length} files: ${index.glossaryCount} glossary + ${vocabulary} vocabulary entries, ` +
      `${index.trie.counts.length} key-trie nodes; ${errors.length} errors, ${warnings.length} warnings; ` +
      `index ${(bytes / 1024).toFixed(1)} KiB (${(gzipped / 1024).toFixed(1)} KiB gzipped)`,
  );
  if (options.out) {
    writeFileSync(options.out, json);
    console.log(`wrote ${options.out}`);
  }
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
