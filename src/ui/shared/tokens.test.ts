/**
 * The colours of tokens.css are readable in both themes: text at least 4.5:1 against the surface it is drawn on,
 * focus rings, selected tabs and other states at least 3:1 (WCAG 2.x 1.4.3 and 1.4.11).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, readThemes } from './tokens';

const css = readFileSync(path.join(__dirname, 'tokens.css'), 'utf8');
const themes = readThemes(css);

/** [foreground, background]: text drawn on a surface. */
const TEXT: [string, string][] = [
  ['ink', 'surface'],
  ['ink', 'surface-2'],
  ['ink-muted', 'surface'],
  ['ink-muted', 'surface-2'],
  ['accent', 'surface'],
  ['accent', 'surface-2'],
  ['accent-ink', 'accent'],
  ['danger', 'surface'],
  ['warn', 'surface'],
  ['warn', 'warn-surface'],
  ['ok', 'surface'],
  ['tip-ink', 'tip-surface'],
  ['tip-muted', 'tip-surface'],
  ['tip-meaning', 'tip-surface'],
  ['accent', 'tip-surface'],
  ['danger', 'tip-surface'],
  ['warn', 'tip-surface'],
  ['warn', 'warn-surface'],
  ['chip-ink', 'chip-surface'],
];

/** [state, background]: focus rings and selection marks next to what they sit on. */
const STATES: [string, string][] = [
  ['focus', 'surface'],
  ['focus', 'surface-2'],
  ['focus', 'tip-surface'],
  ['selected', 'surface'],
  ['selected', 'surface-2'],
  ['accent', 'tip-surface'],
];

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  const colours = themes[theme];

  it.each(TEXT)('draws %s text on %s at 4.5:1 or more', (fg, bg) => {
    expect(contrastRatio(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(STATES)('draws the %s state next to %s at 3:1 or more', (fg, bg) => {
    expect(contrastRatio(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(3);
  });
});

describe('the tokens', () => {
  it('define the same colours in both themes', () => {
    expect(Object.keys(themes.dark).sort()).toEqual(Object.keys(themes.light).sort());
  });

  it('compute contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
