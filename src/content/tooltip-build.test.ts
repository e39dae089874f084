// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pages from '../../tests/pages/pages.json';
import type { PortalId } from '@/src/portals/portals';
import { matchScreen } from '@/src/portals/screens';
import type { FormControl } from './controls';
import { understandField } from './field-understanding';
import { createDiskGlosser } from '../../scripts/gloss-golden.ts';
import { labelFor } from './labels';
import { scanItems } from './scan';
import { createStore, selectOptions, type Item } from './store';
import { createTexts } from './texts';
import { buildTooltip } from './tooltip-build';
import type { TooltipModel } from './tooltip-model';

// The real dictionaries, compiled from disk (the content script's bundled index is the same data).
const disk = createDiskGlosser();
const glosser = { gloss: (text: string) => disk.gloss(text) };
const texts = createTexts('en');
const urlOf = (file: string) => (pages as { file: string; url: string }[]).find((p) => p.file === file)!.url;

function load(file: string): void {
  document.documentElement.innerHTML = readFileSync(`tests/pages/${file}`, 'utf8').replace(
    /<script[\s\S]*?<\/script>/g,
    '',
  );
}

/** The tooltip of the element matching `selector`, as the annotator builds it. */
function tooltipOf(selector: string, portal?: PortalId, url = 'https://example.invalid/'): TooltipModel {
  const store = createStore(glosser, (el) => selectOptions(el, (t) => t.trim()));
  for (const scanned of scanItems(document)) if (scanned) store.add(scanned);
  const element = document.querySelector(selector)!;
  const item = store.get(element) as Item;
  const screen = () => matchScreen(portal, document, url);
  const field =
    item.kind === 'field'
      ? understandField(element as FormControl, labelFor(element as FormControl), {
          ...(portal ? { portal } : {}),
          screen,
        })
      : undefined;
  const note = field?.note ? store.addText(item, field.note, 'note') : undefined;
  return buildTooltip(item, {
    texts,
    furigana: true,
    ...(field ? { field } : {}),
    ...(note ? { note } : {}),
    cardSecrets: screen().profile?.cardSecrets ?? false,
    secretWords: /暗証|パスワード|\bPIN\b/u,
    today: new Date('2026-03-01'),
  });
}

const all = (model: TooltipModel) => JSON.stringify(model);

describe('buildTooltip', () => {
  it('e-Tax’s own 暗証番号: not the card’s PIN, the page’s own format, its note with the negation, no card facts', () => {
    load('etax/kaishi-ansho.html');
    const model = tooltipOf('#anshoBango', 'etax', urlOf('etax/kaishi-ansho.html'));
    expect(model.fieldKind).toBe('etax-password');
    expect(model.warning?.text).toBe('Your e-Tax password: not a PIN of your My Number Card.');
    expect(model.enter?.text).toBe(
      'Enter: half-width letters and digits (A–Z, 0–9), 8–50 characters, at least one lowercase letter, at least one digit',
    );
    expect(model.pageNote?.parts.map((p) => p.text).join('')).toContain('マイナンバーカードの暗証番号とは異なります');
    expect(model.details.map((d) => d.text).join(' ')).toContain('开始届出'.replace('开', '開'));
    expect(all(model)).not.toMatch(/wrong tries|four|4 digits|6–16|signature|利用者証明用/);
    expect(model.actions).toEqual([]);
  });

  it('a card PIN the page names: which PIN, the lock, and where the facts come from', () => {
    load('mynumbercard/pin-setting.html');
    const model = tooltipOf('#pinShomei', 'mynumbercard', urlOf('mynumbercard/pin-setting.html'));
    expect(model.fieldKind).toBe('pin-signature');
    expect(model.warning?.text).toBe('Locks after 5 wrong tries in a row.');
    expect(model.details[0]?.text).toMatch(/^Signature certificate password/);
    expect(model.details.map((d) => d.text)).toContain('Tebiki never reads what you type here.');
    expect(model.sources.join(' ')).toContain('jpki.go.jp');
  });

  it('a password no profile knows: no card-PIN facts, not even from a paragraph about the card login beside it', () => {
    load('immigration/login.html');
    const model = tooltipOf('#password', 'immigration', urlOf('immigration/login.html'));
    expect(model.fieldKind).toBeUndefined();
    expect(model.warning).toBeUndefined();
    // The paragraph about the card login in the other section of the page says nothing about this password.
    expect(model.enter?.text).toBe('Enter: at most 32 characters');
    expect(all(model)).not.toMatch(/My Number Card|wrong tries|4 digits|6–16|user authentication/i);
    expect(model.details.map((d) => d.text)).toEqual(['Tebiki never reads what you type here.']);
  });

  it('keeps the template’s format and example out when the page states its own rules', () => {
    document.body.innerHTML =
      '<label for="z">郵便番号</label><input id="z" maxlength="7"><span>（ハイフンなし）</span>';
    const model = tooltipOf('#z');
    expect(model.enter?.text).toBe('Enter: half-width digits, 7 digits, no hyphens');
    expect(all(model)).not.toMatch(/NNN-NNNN|100-0001/);
    document.body.innerHTML = '<label for="z">郵便番号</label><input id="z">';
    expect(all(tooltipOf('#z'))).toMatch(/NNN-NNNN/);
  });

  it('explains a select’s chosen option and the headers the field sits under', () => {
    document.body.innerHTML =
      '<table><tr><th>生年月日</th><td><select id="e" aria-label="元号"><option value="">元号</option><option value="4" selected>平成</option></select></td></tr></table>';
    const model = tooltipOf('#e');
    expect(model.option?.parts.map((p) => p.text).join('')).toBe('平成');
    expect(model.option?.meaning?.text).toMatch(/Heisei/);
    expect(model.context?.[0]?.parts.map((p) => p.text).join('')).toBe('生年月日');
    expect(model.details.map((d) => d.text).join(' ')).toMatch(/This year: 2026 = 令和8年/);
  });

  it('explains a label, a heading, a note and a message by hovering them', () => {
    document.body.innerHTML =
      '<h2 id="h">基本情報の入力</h2><p class="note" id="n">※ 必ず入力してください。</p><span class="error" id="m">入力されていません</span>';
    expect(tooltipOf('#h').itemKind).toBe('heading');
    expect(tooltipOf('#h').main.meaning).toBeDefined();
    expect(tooltipOf('#n').itemKind).toBe('note');
    expect(tooltipOf('#m').itemKind).toBe('message');
  });
});
