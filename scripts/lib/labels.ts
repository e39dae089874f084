/**
 * Label files as the CLI and benchmarks read them: one label per line; empty lines and lines
 * starting with `#` (source notes) are skipped.
 */

import { readFileSync } from 'node:fs';

/**
 * The labels of a label file's text. Line ends (LF or CRLF) are removed; other spaces are kept, since
 * they are part of the label.
 * @example labelLines('# source\n氏名\n\n住所\r\n') // ['氏名', '住所']
 */
export function labelLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim().length > 0 && !line.startsWith('#'));
}

/** Reads the labels of files; `-` reads standard input. */
export function readLabelFiles(files: readonly string[]): string[] {
  return files.flatMap((file) => labelLines(readFileSync(file === '-' ? 0 : file, 'utf8')));
}
