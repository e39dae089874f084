/**
 * The golden table of issue 3: real-style labels of the six portals with the segmentation, glosses,
 * readings and whole-label translations a careful translator signed (tests/fixtures/gloss-golden.jsonl),
 * checked against the dictionaries and the real kuromoji tokenizer.
 *
 * When a dictionary edit changes a label on purpose, regenerate with `npx tsx scripts/gloss-golden.ts`
 * and read the diff of the .jsonl before committing it.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import {
  createDiskGlosser,
  glossLabel,
  readGoldenLabels,
  readGoldenRecords,
  toGoldenRecord,
  type GoldenRecord,
  type GoldenSegment,
} from '../../scripts/gloss-golden.ts';
import { loadNodeTokenizer } from '../../scripts/lib/node-tokenizer.ts';
import type { TokenizeFn } from '../tokenizer/token.ts';
import type { Glosser } from './matcher.ts';

const REGENERATE = 'npx tsx scripts/gloss-golden.ts';

let tokenize: TokenizeFn;
let glosser: Glosser;

// Loading kuromoji and compiling the dictionaries take a few seconds alone, far more when test files run in parallel.
beforeAll(async () => {
  tokenize = await loadNodeTokenizer(); // the real kuromoji, built once for this file
  glosser = createDiskGlosser();
}, 120_000);

/** One segment as a line: `text [reading] = gloss (source)`; the id is left out (files may be renamed). */
function segmentLine(s: GoldenSegment): string {
  const reading = s.reading ? ` [${s.reading}]` : '';
  const gloss = s.gloss ? ` = ${s.gloss}` : '';
  return `${JSON.stringify(s.text)}${reading}${gloss} (${s.source})`;
}

/** A record as the lines compared: its segments, the translation, the English line and the ruby. */
function recordLines(record: GoldenRecord): string[] {
  const lines = record.segments.map(segmentLine);
  lines.push(record.translation ? `⇒ ${record.translation}` : '⇒ (no whole-label translation)');
  lines.push(`english: ${record.english ?? '(none)'}`);
  lines.push(`ruby: ${record.ruby}`);
  return lines;
}

/** A small line diff: common lines with two spaces, expected with `-`, actual with `+`. */
function diffLines(expected: string[], actual: string[]): string {
  // Longest common subsequence; labels have a few dozen segments at most.
  const n = expected.length;
  const m = actual.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = expected[i] === actual[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === actual[j]) {
      out.push(`    ${expected[i++]}`);
      j++;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) out.push(`  - ${expected[i++]}`);
    else out.push(`  + ${actual[j++]}`);
  }
  return out.join('\n');
}

describe('golden glossing table', () => {
  const records = readGoldenRecords();

  it('covers at least 200 distinct labels, the same as the label list, in its order', () => {
    const texts = records.map((r) => r.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBeGreaterThanOrEqual(200);
    expect(texts, `the label list changed: regenerate with ${REGENERATE}`).toEqual(readGoldenLabels());
  });

  it('keeps every label in the CLI --json shape: segments join back to the label, no function segment with kanji', () => {
    for (const record of records) {
      expect(record.segments.map((s) => s.text).join('')).toBe(record.text);
      for (const s of record.segments) {
        expect(['glossary', 'names', 'vocabulary', 'grammar', 'general', 'function', 'unknown']).toContain(s.source);
        if (s.source === 'function') expect(s.text).not.toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('glosses every label as the golden file says (segments, readings, glosses, translation, English line, ruby)', () => {
    const failures: string[] = [];
    for (const expected of records) {
      const actual = toGoldenRecord(glossLabel(expected.text, glosser, tokenize), glosser);
      const want = recordLines(expected);
      const got = recordLines(actual);
      if (want.join('\n') !== got.join('\n')) failures.push(`${expected.text}\n${diffLines(want, got)}`);
    }
    const message =
      `${failures.length} of ${records.length} labels differ from tests/fixtures/gloss-golden.jsonl ` +
      `(- golden, + now). If the change is right, regenerate with ${REGENERATE} and review the diff.\n\n` +
      failures.join('\n\n');
    expect(failures.length, message).toBe(0);
  });
});
