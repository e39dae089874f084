// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import documents from 'virtual:tebiki-documents';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { compile } from '@/build/dictionary/compile';
import { createChecklistI18n } from '@/src/i18n/checklist-i18n';
import { createLookupEngine, type LookupEngine } from '@/src/lookup/engine';
import { glossLanguageOf } from '@/src/lookup/language';
import { fakePack } from '@/src/lookup/test-search-index';
import { CARD_EXPIRY_NOTICE, PICKUP_NOTICE, THREE_SENTENCES } from '@/src/lookup/test-letters';
import { cleanUp, resetBrowser } from '@/src/ui/test/setup';
import { loadDictionaryFiles } from '../../../scripts/lib/load-dictionaries';
import { LookupView, type EngineLoader } from './Lookup';

// The real dictionaries, compiled as the build does (virtual:tebiki-index itself does not load in happy-dom: its
// plugin watches the dictionary folders, which Vite's browser-mode import analysis then tries to import).
const index = compile(loadDictionaryFiles()).index;
const engines = new Map<string, LookupEngine>();
/** The real index and documents; no tokenizer (the quick explanation stands), a Vietnamese pack for 'vi'. */
const load: EngineLoader = (language) => {
  const glossLang = glossLanguageOf(language);
  let engine = engines.get(language);
  if (!engine) {
    const pack =
      glossLang === 'vi'
        ? fakePack(index, 'vi', { 有効期限: 'ngày hết hạn', 有効期限通知書: 'giấy báo hết hạn' })
        : null;
    engine = createLookupEngine({ index, documents, pack, glossLang, tokenize: () => Promise.resolve(null) });
    engines.set(language, engine);
  }
  return Promise.resolve(engine);
};

beforeAll(() => void load('en'));
beforeEach(() => resetBrowser());
afterEach(cleanUp);

async function renderLookup(language = 'en', props: { onOpenChecklist?: () => void } = {}) {
  const i18n = await createChecklistI18n(language);
  const result = render(<LookupView t={i18n.t.bind(i18n)} language={language} load={load} {...props} />);
  await screen.findByTestId('lookup');
  return result;
}

const query = () => screen.getByRole<HTMLInputElement>('combobox');
const type = (element: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  fireEvent.input(element, { target: { value } });
const options = () => within(screen.getByRole('listbox')).queryAllByRole('option');

describe('searching the glossary', () => {
  it('finds 有効期限 first when 有効期限 is typed, and says how many it found', async () => {
    await renderLookup();
    type(query(), '有効期限');
    expect(options()[0]?.dataset['term']).toBe('有効期限');
    expect(query().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('lookup-search-status').textContent).toMatch(/^Found: \d+$/);
  });

  it('finds the expiry notice when "expiry" is typed', async () => {
    await renderLookup();
    type(query(), 'expiry');
    expect(options().map((o) => o.dataset['term'])).toContain('有効期限通知書');
  });

  it('is used with the keyboard alone: arrows choose, Enter opens the details, Esc closes them, then clears', async () => {
    await renderLookup();
    query().focus();
    type(query(), 'こうふつうちしょ');
    fireEvent.keyDown(query(), { key: 'ArrowDown' });
    expect(query().getAttribute('aria-activedescendant')).toBe('lookup-result-0');
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(query(), { key: 'Enter' });
    const details = await screen.findByTestId('lookup-details');
    expect(details.textContent).toContain('交付通知書');
    expect(details.textContent).toMatch(/Notice of Issuance/);
    expect(details.getAttribute('aria-live')).toBe('polite');
    expect(document.activeElement).toBe(query());
    fireEvent.keyDown(query(), { key: 'Escape' });
    expect(screen.queryByTestId('lookup-details')).toBeNull();
    expect(query().value).toBe('こうふつうちしょ');
    fireEvent.keyDown(query(), { key: 'Escape' });
    expect(query().value).toBe('');
    expect(screen.getByRole('listbox', { hidden: true }).hidden).toBe(true);
  });

  it('says when nothing matches', async () => {
    await renderLookup();
    type(query(), 'zzzqqq');
    expect(screen.getByTestId('lookup-search-status').textContent).toBe('Nothing found.');
  });

  it('shows meanings in the user’s language, and marks English where the pack has none', async () => {
    await renderLookup('vi');
    type(query(), 'het han');
    expect(options()[0]?.textContent).toContain('ngày hết hạn');
    type(query(), '交付通知書');
    const first = options()[0]!;
    expect(first.textContent).toContain('Notice of Issuance');
    expect(within(first).getByText('Tiếng Anh')).toBeTruthy();
  });
});

describe('explaining a pasted text', () => {
  it('reads a three-sentence notice sentence by sentence, with readings and meanings', async () => {
    await renderLookup();
    type(screen.getByLabelText(/Japanese text/), THREE_SENTENCES);
    const sentences = await screen.findAllByTestId('lookup-sentence');
    expect(sentences).toHaveLength(3);
    expect(sentences[0]!.querySelector('ruby rt')?.textContent).toBeTruthy();
    for (const sentence of sentences)
      expect(within(sentence).getByTestId('lookup-sentence-meaning').textContent).toBeTruthy();
    expect(screen.getByTestId('lookup-explain-status').textContent).toMatch(/^Sentences: 3\./);
  });

  it('takes the user to the explanation after the Explain button, and back to the box after Clear', async () => {
    await renderLookup();
    const box = screen.getByLabelText<HTMLTextAreaElement>(/Japanese text/);
    type(box, THREE_SENTENCES);
    fireEvent.click(screen.getByTestId('lookup-explain'));
    await waitFor(() => expect(document.activeElement?.id).toBe('lookup-explanation-title'));
    fireEvent.click(screen.getByTestId('lookup-clear'));
    expect(box.value).toBe('');
    expect(document.activeElement).toBe(box);
    expect(screen.queryByTestId('lookup-explanation')).toBeNull();
  });

  it('recognises the pickup notice and says what to do next, with folded sources and the way to the checklist', async () => {
    const onOpenChecklist = vi.fn();
    await renderLookup('en', { onOpenChecklist });
    type(screen.getByLabelText(/Japanese text/), PICKUP_NOTICE);
    const card = await screen.findByTestId('lookup-document');
    expect(card.dataset['document']).toBe('pickup-notice');
    expect(card.querySelector('h3')?.textContent).toContain('交付通知書');
    expect(card.querySelectorAll('.lookup-next > li').length).toBeGreaterThanOrEqual(2);
    const sources = card.querySelector<HTMLDetailsElement>('details.lookup-sources')!;
    expect(sources.open).toBe(false);
    expect(sources.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\/kojinbango-card\.go\.jp\//);
    fireEvent.click(within(card).getByTestId('lookup-open-checklist'));
    expect(onOpenChecklist).toHaveBeenCalledOnce();
  });

  it('writes the document in the user’s language', async () => {
    await renderLookup('ja');
    type(screen.getByLabelText(/日本語の文章/), CARD_EXPIRY_NOTICE);
    const card = await screen.findByTestId('lookup-document');
    expect(card.textContent).toContain('J-LIS（地方公共団体情報システム機構）から届きます');
  });

  it('stores nothing of what was typed or pasted, and leaves the address alone', async () => {
    const address = location.href;
    const historyLength = history.length;
    await renderLookup();
    type(query(), '有効期限');
    type(screen.getByLabelText(/Japanese text/), PICKUP_NOTICE);
    await screen.findByTestId('lookup-document');
    const stored = JSON.stringify([
      await fakeBrowser.storage.local.get(null),
      await fakeBrowser.storage.sync.get(null),
      await fakeBrowser.storage.session.get(null),
    ]);
    expect(stored).not.toContain('交付');
    expect(stored).not.toContain('有効期限');
    expect([location.href, history.length]).toEqual([address, historyLength]);
    const box = screen.getByLabelText<HTMLTextAreaElement>(/Japanese text/);
    // Nothing for the browser to remember (spell checking off is checked in real browsers: lookup.test.ts e2e).
    expect([box.getAttribute('autocomplete'), query().getAttribute('autocomplete')]).toEqual(['off', 'off']);
  });
});

describe('loading the lookup', () => {
  it('says it is loading, then shows it; and says so when it cannot load', async () => {
    const i18n = await createChecklistI18n('en');
    let finish!: (engine: LookupEngine) => void;
    const pending = new Promise<LookupEngine>((resolve) => (finish = resolve));
    const { unmount } = render(<LookupView t={i18n.t.bind(i18n)} language="en" load={() => pending} />);
    expect(screen.getByRole('status').textContent).toBe('Loading the glossary…');
    finish(engines.get('en')!);
    await screen.findByTestId('lookup');
    unmount();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<LookupView t={i18n.t.bind(i18n)} language="en" load={() => Promise.reject(new Error('no index'))} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be loaded/);
  });
});
