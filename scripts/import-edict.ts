/**
 * Imports Debian's EDICT (package `edict`: /usr/share/edict/edict, EUC-JP, one headword per line) into the compact
 * general dictionary that the tokenizer host answers from: dictionaries/general/edict.tsv.gz. Run it again when a
 * newer EDICT is installed; `npm install` and `npm run build` only read the committed file.
 *
 *   npx tsx scripts/import-edict.ts [EDICT_FILE]
 *
 * The data is the EDRDG's EDICT/JMdict, licensed under CC BY-SA 4.0 (dictionaries/general/README.md): keep the
 * attribution next to the file and in the extension's notices.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { formatGeneralLine, type GeneralEntry } from '../src/dictionary/general.ts';
import { parseEdictLine } from './lib/edict.ts';
import { GENERAL_FILE } from './lib/node-general.ts';

/** Where Debian's edict package puts the file. */
export const EDICT_FILE = '/usr/share/edict/edict';

/** Imports EDICT text into sorted general entries (one per spelling; a common word's entry wins). */
export function importEdict(text: string): GeneralEntry[] {
  const byTerm = new Map<string, GeneralEntry & { common: boolean }>();
  for (const line of text.split('\n')) {
    const parsed = parseEdictLine(line);
    if (!parsed) continue;
    const existing = byTerm.get(parsed.entry.term);
    // A common word wins; between equals, the one with a conjugation class (得る える, not the auxiliary うる).
    const better =
      !existing ||
      (parsed.common && !existing.common) ||
      (parsed.common === existing.common && existing.conj === '-' && parsed.entry.conj !== '-');
    if (better) byTerm.set(parsed.entry.term, { ...parsed.entry, common: parsed.common });
  }
  return [...byTerm.values()]
    .map(({ common: _common, ...entry }) => entry)
    .sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}

function main(): void {
  const source = process.argv[2] ?? EDICT_FILE;
  const text = new TextDecoder('euc-jp').decode(readFileSync(source));
  const entries = importEdict(text);
  const tsv = `${entries.map(formatGeneralLine).join('\n')}\n`;
  const gz = gzipSync(tsv, { level: 9 });
  writeFileSync(GENERAL_FILE, gz);
  console.log(
    `${entries.length} entries from ${source} → ${path.relative(process.cwd(), GENERAL_FILE)} ` +
      `(${(Buffer.byteLength(tsv) / 1048576).toFixed(1)} MiB, ${(gz.length / 1048576).toFixed(1)} MiB gzipped)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
