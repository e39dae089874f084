// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { render as renderNow } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, updateChecklistState } from '@/src/storage/items';
import { cleanUp, resetBrowser } from '@/src/ui/test/setup';
import { Options } from './Options';

beforeEach(() => {
  resetBrowser();
  history.replaceState(null, '', '#');
});
afterEach(cleanUp);

describe('the options page', () => {
  it('shows the whole checklist first', async () => {
    render(<Options />);
    await screen.findByTestId('here');
    for (const id of ['reference', 'documents', 'pin-plan', 'lifecycle', 'reminders'])
      expect(screen.getByTestId(id)).toBeTruthy();
  });

  it('opens the view named in the address and follows changes of it', async () => {
    history.replaceState(null, '', '#settings');
    render(<Options />);
    await screen.findByTestId('settings');
    expect(screen.getByTestId('delete-everything')).toBeTruthy();
    location.hash = '#print';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await screen.findByTestId('print-sheet');
    fireEvent.click(screen.getByTestId('tab-checklist'));
    await screen.findByTestId('here');
    expect(location.hash).toBe('#checklist');
  });

  it('follows a change of the address made between its first drawing and its listening', async () => {
    // Drawn as the page draws it (effects after paint), not inside act(), which would run them at once.
    const root = document.body.appendChild(document.createElement('div'));
    renderNow(<Options />, root);
    // A browser sends no hashchange for this change (happy-dom would: it is held back here).
    const hold = (event: Event) => event.stopImmediatePropagation();
    window.addEventListener('hashchange', hold, { capture: true });
    history.replaceState(null, '', '#print');
    window.removeEventListener('hashchange', hold, { capture: true });
    try {
      await screen.findByTestId('print-sheet');
    } finally {
      renderNow(null, root);
      root.remove();
    }
  });

  it('says once that damaged settings were reset, and stores them repaired', async () => {
    await browser.storage.local.set({ settings: { uiLanguage: 'xx-YY', disabledPortals: 'keisan', furigana: 'yes' } });
    history.replaceState(null, '', '#settings');
    const first = render(<Options />);
    const notice = await screen.findByText(/could not be read and are back to their defaults/);
    expect(notice.getAttribute('role')).toBe('status');
    await waitFor(async () =>
      expect((await browser.storage.local.get('settings'))['settings']).toEqual(DEFAULT_SETTINGS),
    );
    first.unmount();
    render(<Options />);
    await screen.findByTestId('settings');
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });
});

describe('the print sheet for the city office', () => {
  const lines = () =>
    [...screen.getByTestId('print-sheet').querySelectorAll('tr[data-line]')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );

  it('says in Japanese beside English what the user wants, what they brought and what to ask', async () => {
    await updateChecklistState((s) => ({ ...s, documents: ['photo', 'residence-card', 'pickup-notice'] }));
    history.replaceState(null, '', '#print');
    render(<Options />);
    const sheet = await screen.findByTestId('print-sheet');
    await waitFor(() => expect(lines()).toContainEqual(['顔写真', 'Face photo']));
    expect(sheet.textContent).toContain('市区町村');
    expect(lines()).toContainEqual(['在留カード', 'Residence card']);
    expect(lines()).toContainEqual([
      'マイナンバーカードの交付申請をしたいです。',
      'I would like to apply for a My Number Card.',
    ]);
    // The pickup notice is for another purpose, until the user picks that one too.
    expect(lines().flat()).not.toContain('交付通知書');
    fireEvent.click(screen.getByTestId('purpose-pickup'));
    await waitFor(() => expect(lines()).toContainEqual(['交付通知書', 'Pickup notice']));
    expect(sheet.querySelectorAll('input').length).toBe(0);
  });

  it('lists what to bring and ask for a validity change', async () => {
    history.replaceState(null, '', '#print');
    render(<Options />);
    await screen.findByTestId('print-sheet');
    fireEvent.click(screen.getByTestId('purpose-apply'));
    fireEvent.click(screen.getByTestId('purpose-validity-change'));
    await waitFor(() => expect(lines().map((l) => l[1])).toContain('New residence card'));
    expect(lines().map((l) => l[1])).toContain('What happens to my electronic certificates with the validity change?');
    expect(lines().map((l) => l[1])).not.toContain('I would like to apply for a My Number Card.');
  });

  it('is in Japanese only when the UI is Japanese', async () => {
    resetBrowser('ja-JP');
    history.replaceState(null, '', '#print');
    render(<Options />);
    await screen.findByTestId('print-sheet');
    await waitFor(() => expect(lines()[0]).toEqual(['マイナンバーカードの交付申請をしたいです。']));
  });
});
