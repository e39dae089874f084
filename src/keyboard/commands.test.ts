import { describe, expect, it } from 'vitest';
import {
  COMMAND_SPECS,
  conversionIndex,
  isTooltipCommand,
  shortcutsFrom,
  TOOLTIP_COMMANDS,
  type TooltipCommand,
} from './commands';

const suggested = Object.entries(COMMAND_SPECS).flatMap(([name, spec]) =>
  spec.suggested_key ? Object.entries(spec.suggested_key).map(([platform, key]) => [name, platform, key]) : [],
);

/** Chrome's grammar for a suggested key: modifiers (Ctrl or Alt required; MacCtrl on macOS), then one key. */
const CHROME_KEY =
  /^(?:(?:Ctrl|Alt|Command|MacCtrl)\+)(?:(?:Shift|Alt|Ctrl)\+)?(?:[A-Z0-9]|Comma|Period|Home|End|PageUp|PageDown|Space|Insert|Delete|Up|Down|Left|Right)$/;

describe('the keyboard commands', () => {
  it('are declared in the manifest with a localised description each', () => {
    expect(Object.keys(COMMAND_SPECS)).toEqual([...TOOLTIP_COMMANDS]);
    for (const spec of Object.values(COMMAND_SPECS)) expect(spec.description).toMatch(/^__MSG_\w+__$/);
  });

  it('suggest keys for at most four commands (Chrome ignores the rest)', () => {
    expect(Object.values(COMMAND_SPECS).filter((spec) => spec.suggested_key).length).toBeLessThanOrEqual(4);
  });

  it.each(suggested)('suggest for %s on %s a key Chrome accepts (%s)', (_name, _platform, key) => {
    expect(key).toMatch(CHROME_KEY);
  });

  it.each(suggested)('never suggest Alt+Shift (Windows switches input language) for %s on %s: %s', (_n, _p, key) => {
    const parts = key.split('+');
    expect(parts.includes('Alt') && parts.includes('Shift')).toBe(false);
  });

  it.each(suggested)('never suggest Alt with a digit (Linux browsers switch tabs) for %s on %s: %s', (_n, _p, key) => {
    expect(key).not.toMatch(/^Alt\+\d$/);
  });

  it('never suggest the same key twice on a platform', () => {
    const keys = suggested.map(([, platform, key]) => `${platform}:${key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('tell which conversion a command presses', () => {
    expect(conversionIndex('convert-1')).toBe(0);
    expect(conversionIndex('convert-2')).toBe(1);
    expect(conversionIndex('tooltip-focus')).toBeNull();
  });

  it('are told apart from other values', () => {
    expect(isTooltipCommand('tooltip-more')).toBe(true);
    for (const other of ['_execute_action', 'constructor', '', 1, null]) expect(isTooltipCommand(other)).toBe(false);
  });

  it("read their current keys from the browser's list, ours only", () => {
    expect(
      shortcutsFrom([
        { name: 'convert-1', shortcut: 'Ctrl+Shift+1' },
        { name: 'tooltip-more' },
        { name: '_execute_action', shortcut: 'Alt+T' },
      ]),
    ).toEqual({ 'convert-1': 'Ctrl+Shift+1', 'tooltip-more': '' } satisfies Partial<Record<TooltipCommand, string>>);
  });
});
