// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanUp, renderChecklist, resetBrowser, storedChecklist } from '@/src/ui/test/setup';

beforeEach(() => resetBrowser());
afterEach(cleanUp);

const box = (testid: string) => screen.getByTestId<HTMLInputElement>(testid);

describe('the documents to prepare', () => {
  it('shows each item with its Japanese name beside it', async () => {
    await renderChecklist(['documents']);
    const label = document.querySelector('label[for="doc-notice"]')!;
    expect(label.textContent).toContain('My Number notice');
    expect(label.querySelector('[lang="ja"]')?.textContent).toBe('個人番号通知書');
    expect(screen.getByTestId('documents-ways').textContent).toContain('証明用写真機');
    expect(screen.getByTestId('documents-pickup').textContent).toContain('交付通知書');
  });

  it('keeps a tick in storage and shows it again when the checklist is opened later', async () => {
    const first = await renderChecklist(['documents']);
    fireEvent.click(box('doc-photo'));
    fireEvent.click(box('doc-residence-card'));
    await waitFor(async () => expect((await storedChecklist())['documents']).toEqual(['photo', 'residence-card']));
    expect(screen.getByTestId('documents-apply-progress').textContent).toBe('2 of 7 ready');
    first.unmount();

    await renderChecklist(['documents']);
    await waitFor(() => expect(box('doc-photo').checked).toBe(true));
    expect(box('doc-residence-card').checked).toBe(true);
    expect(box('doc-notice').checked).toBe(false);
  });

  it('un-ticks an item', async () => {
    await renderChecklist(['documents']);
    fireEvent.click(box('doc-pickup-notice'));
    fireEvent.click(box('doc-pickup-notice'));
    await waitFor(async () => expect((await storedChecklist())['documents']).toEqual([]));
    expect(box('doc-pickup-notice').checked).toBe(false);
  });

  it('has no tick boxes for the ways to apply, which are not things to bring', async () => {
    await renderChecklist(['documents']);
    expect(screen.getByTestId('documents-ways').querySelector('input')).toBeNull();
  });
});

describe('the PIN plan', () => {
  it('shows the four PINs with format, tries before the lock, services and resets', async () => {
    await renderChecklist(['pins']);
    for (const id of ['signature', 'userAuth', 'residentRegistry', 'cardInfo']) {
      expect(screen.getByTestId(`pin-${id}`)).toBeTruthy();
    }
    expect(screen.getByTestId('pin-signature').textContent).toContain('署名用電子証明書の暗証番号');
    expect(screen.getByTestId('pin-signature').textContent).toContain('6–16 half-width characters');
    expect(screen.getByTestId('pin-signature-locks').textContent).toBe('5 wrong tries in a row');
    expect(screen.getByTestId('pin-userAuth-locks').textContent).toBe('3 wrong tries in a row');
    expect(screen.getByTestId('pin-userAuth').textContent).toContain('Logging in to MyNa Portal');
    expect(screen.getByTestId('pin-residentRegistry').textContent).toContain(
      'It can be reset only at the municipal office.',
    );
    expect(document.querySelector('.sources')?.textContent).toMatch(/^Sources?/);
  });

  it('has no field where a PIN could be typed', async () => {
    const { container } = await renderChecklist(['pins']);
    const inputs = [...container.querySelectorAll('input, textarea, select, [contenteditable]')];
    expect(inputs.length).toBe(4);
    expect(inputs.every((input) => (input as HTMLInputElement).type === 'checkbox')).toBe(true);
    expect(screen.getByTestId('pin-never').textContent).toContain('never asks for your PINs');
  });

  it('stores only which PINs are decided, and counts them', async () => {
    await renderChecklist(['pins']);
    fireEvent.click(box('pin-decided-userAuth'));
    fireEvent.click(box('pin-decided-cardInfo'));
    await waitFor(async () =>
      expect((await storedChecklist())['pinsDecided']).toEqual({
        signature: false,
        userAuth: true,
        residentRegistry: false,
        cardInfo: true,
      }),
    );
    expect(screen.getByTestId('pins-progress').textContent).toBe('2 of 4 decided');
    expect(screen.getByTestId('pin-userAuth').className).toContain('decided');
  });
});
