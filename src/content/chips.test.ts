// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { textNodeRects } from './chips';

/** A range over text laid out 40 characters a line, 20 px a line (happy-dom lays nothing out). */
function linesRange() {
  const asked: [number, number][] = [];
  let start = 0;
  let end = 0;
  const range = {
    selectNodeContents(node: Text) {
      start = 0;
      end = node.length;
    },
    setStart(_: Node, offset: number) {
      start = offset;
    },
    setEnd(_: Node, offset: number) {
      end = offset;
    },
    getClientRects() {
      asked.push([start, end]);
      const rects = [];
      for (let line = Math.floor(start / 40); line * 40 < end; line++) rects.push(new DOMRect(0, line * 20, 400, 20));
      return rects;
    },
  };
  return { range: range as unknown as Range, asked };
}

describe('the rects of a text node', () => {
  it('are every line of a short text', () => {
    const { range, asked } = linesRange();
    const rects = textNodeRects(document.createTextNode('氏'.repeat(120)), range);
    expect(rects.map((r) => r.top)).toEqual([0, 20, 40]);
    expect(asked).toEqual([[0, 120]]);
  });

  it('of a 100 KB text are its first and last lines and one rect over all between, measured at the ends only', () => {
    const { range, asked } = linesRange();
    const length = 100_000;
    const rects = textNodeRects(document.createTextNode('あ'.repeat(length)), range);
    expect(asked).toEqual([
      [0, 500],
      [length - 500, length],
    ]);
    const lastLine = Math.ceil(length / 40) - 1;
    expect(rects[0]).toEqual({ left: 0, top: 0, right: 400, bottom: 20 });
    expect(rects.at(-1)).toEqual({ left: 0, top: lastLine * 20, right: 400, bottom: (lastLine + 1) * 20 });
    // Nothing between the two ends is left uncovered: a chip placed there would cover the page's text.
    const between = rects.find((r) => r.top === 13 * 20 && r.bottom === (lastLine - 12) * 20);
    expect(between).toEqual({ left: 0, right: 400, top: 260, bottom: (lastLine - 12) * 20 });
  });
});
