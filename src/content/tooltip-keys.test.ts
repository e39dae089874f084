// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createTooltipKeys } from './tooltip-keys';

function setup(buttons = ['Convert', 'More']) {
  const field = document.createElement('input');
  document.body.append(field);
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  const tooltip = document.createElement('div');
  tooltip.innerHTML = `<div class="body">氏名 full name</div><div class="foot">${buttons
    .map((b) => `<button type="button" tabindex="-1">${b}</button>`)
    .join('')}</div>`;
  shadow.append(tooltip);
  const controller = new AbortController();
  const keys = createTooltipKeys(tooltip, controller.signal);
  field.focus();
  const press = (key: string, shiftKey = false) => {
    const target = (shadow.activeElement as HTMLElement | null) ?? tooltip;
    const event = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true, cancelable: true });
    target.dispatchEvent(event);
    return event;
  };
  return { field, shadow, tooltip, keys, press, controller };
}

afterEach(() => document.body.replaceChildren());

describe('the keyboard in the tooltip', () => {
  it('moves focus to the first button and makes the buttons tabbable', () => {
    const { keys, shadow } = setup();
    expect(keys.enter(document.activeElement as HTMLElement)).toBe(true);
    expect(shadow.activeElement?.textContent).toBe('Convert');
    expect(Array.from(shadow.querySelectorAll('button')).map((b) => b.tabIndex)).toEqual([0, 0]);
    expect(keys.active).toBe(true);
  });

  it('goes round the buttons with Tab and Shift+Tab', () => {
    const { keys, shadow, press } = setup(['A', 'B', 'C']);
    keys.enter(null);
    press('Tab');
    expect(shadow.activeElement?.textContent).toBe('B');
    press('Tab');
    press('Tab');
    expect(shadow.activeElement?.textContent).toBe('A');
    press('Tab', true);
    expect(shadow.activeElement?.textContent).toBe('C');
  });

  it('returns to the field on Esc, and the buttons leave the tab order again', () => {
    const { keys, field, shadow, press } = setup();
    keys.enter(field);
    press('Escape');
    expect(document.activeElement).toBe(field);
    expect(Array.from(shadow.querySelectorAll('button')).map((b) => b.tabIndex)).toEqual([-1, -1]);
    expect(keys.active).toBe(false);
  });

  it('keeps the keys pressed inside from the page', () => {
    const { keys, press } = setup();
    const heard: string[] = [];
    document.addEventListener('keydown', (e) => heard.push(e.key));
    keys.enter(null);
    press('Enter');
    press('a');
    expect(heard).toEqual([]);
  });

  it('focuses the body of a tooltip without buttons, so it can be read and scrolled', () => {
    const { keys, shadow } = setup([]);
    expect(keys.enter(null)).toBe(true);
    expect((shadow.activeElement as HTMLElement | null)?.className).toBe('body');
  });

  it('does nothing for a hidden tooltip', () => {
    const { keys, tooltip } = setup();
    tooltip.hidden = true;
    expect(keys.enter(null)).toBe(false);
    expect(keys.active).toBe(false);
  });
});
