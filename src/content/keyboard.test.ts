import { describe, expect, it, vi } from 'vitest';
import { runCommand, shortcutFor, type CommandActions } from './keyboard';

function actions(): CommandActions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    focusTooltip: vi.fn(() => (calls.push('focus'), true)),
    action: vi.fn((i: number) => (calls.push(`action ${i}`), true)),
    more: vi.fn(() => (calls.push('more'), true)),
  };
}
const focused = { hasFocus: () => true } as Document;
const unfocused = { hasFocus: () => false } as Document;

describe('a keyboard command in the content script', () => {
  it.each([
    ['tooltip-focus', 'focus'],
    ['convert-1', 'action 0'],
    ['convert-2', 'action 1'],
    ['tooltip-more', 'more'],
  ] as const)('%s does %s on the visible tooltip', (command, call) => {
    const a = actions();
    expect(runCommand(command, a, focused)).toBe(true);
    expect(a.calls).toEqual([call]);
  });

  it('runs only in the frame that has focus (the message reaches every frame)', () => {
    const a = actions();
    expect(runCommand('convert-1', a, unfocused)).toBe(false);
    expect(a.calls).toEqual([]);
  });

  it('puts the bound key on a conversion button, or nothing when the user removed it', () => {
    expect(shortcutFor(0, { 'convert-1': 'Ctrl+Shift+1' })).toBe('Ctrl+Shift+1');
    expect(shortcutFor(1, { 'convert-2': '' })).toBe('');
    expect(shortcutFor(2, {})).toBe('');
  });
});
