// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { listenInteractions, type InteractionHandlers } from './interactions';
import { countListeners } from './test-overlay';

function recorder(): InteractionHandlers & { calls: string[] } {
  const calls: string[] = [];
  const name = (el: Element) => el.id || el.localName;
  return {
    calls,
    focus: (t) => void calls.push(`focus:${name(t)}`),
    blur: (t) => void calls.push(`blur:${name(t)}`),
    over: (t) => void calls.push(`over:${name(t)}`),
    out: (t) => void calls.push(`out:${name(t)}`),
    escape: () => void calls.push('escape'),
    moved: (doc) => void calls.push(`moved:${doc}`),
  };
}

describe('listenInteractions', () => {
  it('passes the real target of focus, hover and keys, inside an open shadow root too', () => {
    document.body.innerHTML = '<input id="a"><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<input id="b">';
    const on = recorder();
    const controller = new AbortController();
    listenInteractions(document, controller.signal, on);
    document.getElementById('a')!.focus();
    shadow.getElementById('b')!.focus();
    shadow.getElementById('b')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    // Alt+Shift+digits are Windows' input-language switch: they stay the page's (Tebiki's keys are the browser's).
    const altShift = new KeyboardEvent('keydown', {
      code: 'Digit1',
      altKey: true,
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    });
    document.dispatchEvent(altShift);
    expect(on.calls).toEqual(['focus:a', 'blur:a', 'focus:b', 'over:b', 'escape']);
    expect(altShift.defaultPrevented).toBe(false);
    controller.abort();
  });

  it('removes every listener it added when its signal aborts', () => {
    const counter = countListeners([document, window]);
    const on = recorder();
    const controller = new AbortController();
    listenInteractions(document, controller.signal, on);
    expect(counter.attached()).toBe(7);
    controller.abort();
    expect(counter.attached()).toBe(0);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(on.calls).toEqual([]);
    counter.restore();
  });
});
