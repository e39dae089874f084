/**
 * Coverage of glossed labels, for curators: how many labels have no unknown segment, how much of the
 * Japanese text is covered, and which unknown words are most frequent (what to add next).
 */

import { isJapaneseCode } from '../../src/glossary/char-class.ts';
import type { GlossResult } from '../../src/glossary/types.ts';

/** The layers coverage is reported by: where each covered Japanese character's meaning came from. */
export const COVERAGE_LAYERS = ['glossary', 'names', 'vocabulary', 'general', 'grammar', 'function'] as const;
export type CoverageLayer = (typeof COVERAGE_LAYERS)[number];

/** Coverage numbers of a set of glossed labels. */
export interface CoverageSummary {
  labels: number;
  /** Labels with no `unknown` segment. */
  fullyGlossed: number;
  /** Kanji, kana and ー characters in all labels. */
  japaneseChars: number;
  /** Of those, the ones in segments that are not `unknown`. */
  coveredChars: number;
  /**
   * Covered characters by layer: a dictionary layer, `grammar` for grammar words (segments acting as one) and
   * `function` for particles and okurigana; labels that use the layer at least once.
   */
  layers: Record<CoverageLayer, { chars: number; labels: number }>;
  /** Labels with a whole-label translation, and with a composed English line. */
  translated: number;
  composed: number;
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
  let translated = 0;
  let composed = 0;
  const layers = Object.fromEntries(
    COVERAGE_LAYERS.map((l) => [l, { chars: 0, labels: 0 }]),
  ) as CoverageSummary['layers'];
  const unknown = new Map<string, number>();
  for (const result of results) {
    let full = true;
    const used = new Set<CoverageLayer>();
    for (const segment of result.segments) {
      const count = countJapanese(segment.text);
      japaneseChars += count;
      if (segment.source === 'unknown') {
        full = false;
        unknown.set(segment.text, (unknown.get(segment.text) ?? 0) + 1);
      } else {
        coveredChars += count;
        const layer: CoverageLayer = segment.grammar ? 'grammar' : segment.source;
        if (count > 0) {
          layers[layer].chars += count;
          used.add(layer);
        }
      }
    }
    for (const layer of used) layers[layer].labels++;
    if (full) fullyGlossed++;
    if (result.translation) translated++;
    else if (result.english) composed++;
  }
  const ranked = [...unknown].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    labels: results.length,
    fullyGlossed,
    japaneseChars,
    coveredChars,
    layers,
    translated,
    composed,
    unknown: ranked.slice(0, top),
  };
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
    `English line: ${summary.translated} whole-label translations + ${summary.composed} composed = ` +
      `${summary.translated + summary.composed}/${summary.labels} (${percent(summary.translated + summary.composed, summary.labels)})`,
    'by layer (Japanese characters covered, labels using it):',
  ];
  for (const layer of COVERAGE_LAYERS) {
    const { chars, labels } = summary.layers[layer];
    lines.push(
      `  ${layer.padEnd(10)} ${String(chars).padStart(7)} (${percent(chars, summary.japaneseChars).padStart(6)})  ${String(labels).padStart(6)} labels`,
    );
  }
  if (summary.unknown.length > 0) {
    lines.push(`top ${summary.unknown.length} unknown words:`);
    for (const [word, count] of summary.unknown) lines.push(`${String(count).padStart(6)}  ${word}`);
  }
  return lines.join('\n');
}
