/**
 * Coverage of glossed labels, for curators: how many labels have no unknown segment, how much of the
 * Japanese text is covered, and which unknown words are most frequent (what to add next).
 */

import { isJapaneseCode } from '../../src/glossary/char-class.ts';
import type { GlossResult } from '../../src/glossary/types.ts';

/** Coverage numbers of a set of glossed labels. */
export interface CoverageSummary {
  labels: number;
  /** Labels with no `unknown` segment. */
  fullyGlossed: number;
  /** Kanji, kana and ー characters in all labels. */
  japaneseChars: number;
  /** Of those, the ones in segments that are not `unknown`. */
  coveredChars: number;
  /** Unknown segment texts with their counts, most frequent first (ties in code-point order). */
  unknown: Array<[word: string, count: number]>;
}

/**
 * Computes coverage; `top` limits the unknown-word list.
 * @example summarize(results).fullyGlossed / summarize(results).labels
 */
export function summarize(results: readonly GlossResult[], top = 40): CoverageSummary {
  let fullyGlossed = 0;
  let japaneseChars = 0;
  let coveredChars = 0;
  const unknown = new Map<string, number>();
  for (const result of results) {
    let full = true;
    for (const segment of result.segments) {
      const count = countJapanese(segment.text);
      japaneseChars += count;
      if (segment.source === 'unknown') {
        full = false;
        unknown.set(segment.text, (unknown.get(segment.text) ?? 0) + 1);
      } else {
        coveredChars += count;
      }
    }
    if (full) fullyGlossed++;
  }
  const ranked = [...unknown].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { labels: results.length, fullyGlossed, japaneseChars, coveredChars, unknown: ranked.slice(0, top) };
}

function countJapanese(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isJapaneseCode(text.charCodeAt(i))) n++;
  return n;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '100.0%' : `${((100 * part) / whole).toFixed(1)}%`;
}

/**
 * Formats a summary for the terminal. The first line is the headline that scripts grep:
 * `labels fully glossed: 850/870 (97.7%)`.
 */
export function formatSummary(summary: CoverageSummary): string {
  const lines = [
    `labels fully glossed: ${summary.fullyGlossed}/${summary.labels} (${percent(summary.fullyGlossed, summary.labels)})`,
    `Japanese characters covered: ${summary.coveredChars}/${summary.japaneseChars} (${percent(summary.coveredChars, summary.japaneseChars)})`,
  ];
  if (summary.unknown.length > 0) {
    lines.push(`top ${summary.unknown.length} unknown words:`);
    for (const [word, count] of summary.unknown) lines.push(`${String(count).padStart(6)}  ${word}`);
  }
  return lines.join('\n');
}
