// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanUp, resetBrowser } from '@/src/ui/test/setup';
import { Popup } from './Popup';

// The Look up tab's engine (the whole index) is tested in src/ui/lookup; here it never finishes loading.
vi.mock('@/src/lookup/load-engine', () => ({ loadLookupEngine: () => new Promise(() => {}) }));

beforeEach(() => resetBrowser());
afterEach(cleanUp);

const tab = (id: string) => screen.getByTestId(`tab-${id}`);

describe('the popup', () => {
  it('opens on "This page", with the four tabs in a tab list', async () => {
    render(<Popup />);
    await waitFor(() => screen.getByRole('tablist'));
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'This page',
      'Checklist',
      'Reminders',
      'Look up',
    ]);
    expect(tab('this-page').getAttribute('aria-selected')).toBe('true');
    await waitFor(() => screen.getByTestId('not-portal'));
  });

  it('moves between tabs with the arrow keys, keeping one tab stop', async () => {
    render(<Popup />);
    await waitFor(() => screen.getByRole('tablist'));
    tab('this-page').focus();
    fireEvent.keyDown(tab('this-page'), { key: 'ArrowRight' });
    await waitFor(() => expect(tab('checklist').getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(tab('checklist'));
    expect(tab('this-page').tabIndex).toBe(-1);
    expect(tab('checklist').tabIndex).toBe(0);
    await screen.findByTestId('here');
    fireEvent.keyDown(tab('checklist'), { key: 'ArrowRight' });
    await screen.findByTestId('reminders');
    expect(screen.getByTestId('lifecycle')).toBeTruthy();
    expect(screen.getByTestId('delete-everything')).toBeTruthy();
    fireEvent.keyDown(tab('reminders'), { key: 'End' });
    await waitFor(() => expect(tab('lookup').getAttribute('aria-selected')).toBe('true'));
    await screen.findByText('Loading the glossary…');
    fireEvent.keyDown(tab('lookup'), { key: 'ArrowRight' });
    await screen.findByTestId('not-portal');
  });

  it('opens the checklist on "you are here" and the first question, with the full reference folded', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByTestId('tab-checklist'));
    const here = await screen.findByTestId('here');
    expect(here.dataset['step']).toBe('situation');
    expect(screen.getByTestId('question-status')).toBeTruthy();
    expect(screen.getByTestId<HTMLDetailsElement>('reference').open).toBe(false);
  });

  it('switches its language with the picker', async () => {
    render(<Popup />);
    const picker = await screen.findByTestId<HTMLSelectElement>('language-picker');
    await waitFor(() => expect(picker.disabled).toBe(false));
    expect([...picker.options].map((o) => o.textContent)).toEqual([
      'Same as the browser',
      'English',
      '日本語',
      '简体中文',
      '한국어',
      'Tiếng Việt',
      'Português (Brasil)',
      'Filipino',
      'नेपाली',
      'Bahasa Indonesia',
    ]);
    expect(screen.getByTestId('language-coverage').textContent).toMatch(/^Glossary: all [\d,]+ terms in English\.$/);
    fireEvent.change(picker, { target: { value: 'ja' } });
    await waitFor(() => expect(tab('checklist').textContent).toBe('チェックリスト'));
    expect(screen.getByTestId('language-coverage').textContent).toBe('用語集：説明は英語です。');
    expect((await fakeBrowser.storage.local.get('settings'))['settings']).toMatchObject({ uiLanguage: 'ja' });
    expect(document.documentElement.lang).toBe('ja');
  });

  it('follows the browser language when nothing was chosen', async () => {
    resetBrowser('ko-KR');
    render(<Popup />);
    await waitFor(() => expect(tab('reminders').textContent).toBe('알림'));
  });
});
