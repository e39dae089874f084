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
    more: () => (calls.push('more'), true),
    action: (i) => (calls.push(`action:${i}`), i === 0),
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
    const first = new KeyboardEvent('keydown', {
      code: 'Digit1',
      altKey: true,
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    });
    document.dispatchEvent(first);
    const more = new KeyboardEvent('keydown', {
      code: 'Digit0',
      altKey: true,
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    });
    document.dispatchEvent(more);
    expect(on.calls).toEqual(['focus:a', 'blur:a', 'focus:b', 'over:b', 'escape', 'action:0', 'more']);
    expect(first.defaultPrevented && more.defaultPrevented).toBe(true);
    controller.abort();
  });

  it('leaves a shortcut with no action to the page', () => {
    const on = recorder();
    const controller = new AbortController();
    listenInteractions(document, controller.signal, on);
    const second = new KeyboardEvent('keydown', {
      code: 'Digit2',
      altKey: true,
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    });
    document.dispatchEvent(second);
    expect(second.defaultPrevented).toBe(false);
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
