// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAnnotator, type Annotator, type AnnotatorOptions } from './annotator';
import { countingGlosser, countListeners, recordingOverlay, type RecordingOverlay } from './test-overlay';
import { createTexts } from './texts';

const FORM =
  '<h1>住所・氏名等の入力</h1><table><tr><th>郵便番号</th><td><input id="zip" maxlength="7"></td></tr>' +
  '<tr><th>氏名</th><td>姓 <input id="sei"> 名 <input id="mei"></td></tr></table>' +
  '<label for="kana">フリガナ</label><input id="kana"><span>（全角カナ）</span><button id="next">次へ</button>';
const TABLE = {
  郵便番号: 'postal code',
  氏名: 'name',
  姓: 'surname',
  名: 'given name',
  フリガナ: 'reading',
  次へ: 'next',
};

const flush = () => new Promise((r) => setTimeout(r, 0));
/** Waits until the first full scan is done (slices run after a frame or a 100 ms timer). */
async function ready(annotator: Annotator): Promise<void> {
  for (let i = 0; i < 100 && annotator.readyAt === null; i++) await new Promise((r) => setTimeout(r, 20));
}

describe('startAnnotator', () => {
  let overlay: RecordingOverlay;
  let glosser: ReturnType<typeof countingGlosser>;
  const options = (extra: Partial<AnnotatorOptions> = {}): AnnotatorOptions => ({
    doc: document,
    overlay,
    glosser,
    texts: () => createTexts('en'),
    furigana: () => true,
    inline: () => false,
    debounceMs: 5,
    ...extra,
  });
  beforeEach(() => {
    document.body.innerHTML = FORM;
    overlay = recordingOverlay();
    glosser = countingGlosser(TABLE);
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('scans the page into the store and explains a focused field from it', async () => {
    const annotator = startAnnotator(options());
    await ready(annotator);
    document.getElementById('zip')!.focus();
    const { model } = overlay.shown.at(-1)!;
    expect(model.main.meaning?.text).toBe('postal code');
    expect(model.fieldKind).toBe('postal-code');
    expect(model.enter?.text).toBe('Enter: half-width digits, 7 digits, no hyphens');
    annotator.stop();
  });

  it('refines the stored results in place: one tokenizer request per item, no second gloss of the text', async () => {
    const annotator = startAnnotator(options());
    await ready(annotator);
    const glossed = glosser.glosses;
    const zip = document.getElementById('zip')!;
    zip.focus();
    await flush();
    zip.blur();
    zip.focus();
    await flush();
    expect(glosser.refines).toBe(1);
    expect(glosser.glosses).toBe(glossed);
    // The tooltip drawn again after the refinement reads the stored (refined) result.
    expect(overlay.shown.at(-1)!.model.main.parts[0]?.reading).toBe('よみ');
    annotator.stop();
  });

  it('explains the field a row header names when the header is hovered', async () => {
    const annotator = startAnnotator(options());
    await ready(annotator);
    const th = document.querySelector('th')!;
    th.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    // The field's tooltip, placed by the header the pointer is on.
    expect(overlay.shown.at(-1)!.model.fieldKind).toBe('postal-code');
    expect(overlay.shown.at(-1)!.anchor).toBe(th);
    // 氏名 heads two fields: it explains itself.
    const name = document.querySelectorAll('th')[1]!;
    name.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    expect(overlay.shown.at(-1)!.anchor).toBe(name);
    expect(overlay.shown.at(-1)!.model.itemKind).toBe('label');
    annotator.stop();
  });

  it('checks a field the user leaves against the page’s own rule, and runs a conversion from its keyboard command', async () => {
    const annotator = startAnnotator(options());
    await ready(annotator);
    const kana = document.getElementById('kana') as HTMLInputElement;
    kana.focus();
    kana.value = 'やまだ';
    kana.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    expect(overlay.statuses.at(-1)?.messages.join(' ')).toMatch(/katakana/);
    kana.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    const index = overlay.shown.at(-1)!.model.actions.findIndex((a) => a.id === 'to-katakana');
    // The browser delivers the command (tab:command) only to a frame with focus.
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    expect(annotator.command(`convert-${index + 1}` as 'convert-1')).toBe(true);
    expect(kana.value).toBe('ヤマダ');
    annotator.stop();
  });

  it('turned off and on ten times, keeps one set of listeners, one tooltip and one tokenizer request per focus', async () => {
    const counter = countListeners([document, window]);
    try {
      for (let i = 0; i < 10; i++) {
        const annotator = startAnnotator(options());
        await ready(annotator);
        annotator.stop();
      }
      expect(counter.attached()).toBe(0);
      const annotator = startAnnotator(options());
      await ready(annotator);
      const oneSet = counter.attached();
      expect(oneSet).toBeGreaterThan(0);
      overlay.shown = [];
      glosser.refines = 0;
      document.getElementById('mei')!.focus();
      await flush();
      // One show for the focus, one more when the refined readings arrive: not one per past start.
      expect(overlay.shown.length).toBe(2);
      expect(glosser.refines).toBe(1);
      annotator.stop();
      expect(counter.attached()).toBe(0);
    } finally {
      counter.restore();
    }
  });

  it('stops with the content script’s signal, and does nothing after', async () => {
    const context = new AbortController();
    const annotator = startAnnotator(options({ signal: context.signal }));
    await ready(annotator);
    context.abort();
    overlay.shown = [];
    document.getElementById('zip')!.focus();
    document.body.insertAdjacentHTML('beforeend', '<label for="late">電話番号</label><input id="late">');
    await new Promise((r) => setTimeout(r, 30));
    expect(overlay.shown).toEqual([]);
  });

  it('scans content added later, once the page has been quiet for the debounce', async () => {
    const annotator = startAnnotator(options());
    await ready(annotator);
    document.body.insertAdjacentHTML('beforeend', '<label for="late">郵便番号</label><input id="late">');
    // Waits for the outcome, not a fixed time: on a loaded machine the debounce and the slice run late.
    await vi.waitFor(() => expect(annotator.store.get(document.getElementById('late')!)).toBeDefined(), {
      timeout: 5_000,
    });
    annotator.stop();
  });

  it('counts visible fields and those with a meaning for the popup', async () => {
    const annotator = startAnnotator(options());
    await ready(annotator);
    // happy-dom lays nothing out, so no field is visible there; the count of the store is what is checked.
    expect(annotator.counts()).toEqual({ fields: 0, annotated: 0 });
    expect([...annotator.store.items()].filter((i) => i.kind === 'field')).toHaveLength(4);
    annotator.stop();
  });
});
