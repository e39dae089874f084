/**
 * Reading the colour tokens of tokens.css and measuring their contrast (for tests and the report: the CSS file is
 * the one source of the colours).
 */

/** Colour tokens by name without the `--tb-` prefix, for the light and the dark theme. */
export interface Themes {
  light: Record<string, string>;
  dark: Record<string, string>;
}

/** The hex colour tokens (`--tb-name: #rrggbb;`) of a CSS text. */
function hexTokens(css: string): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const match of css.matchAll(/--tb-([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)) tokens[match[1]!] = match[2]!;
  return tokens;
}

/**
 * The light theme (the first rule) and the dark theme (the light one with the prefers-color-scheme: dark rule's
 * values over it).
 */
export function readThemes(css: string): Themes {
  const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
  const light = hexTokens(darkAt < 0 ? css : css.slice(0, darkAt));
  const dark = { ...light, ...(darkAt < 0 ? {} : hexTokens(css.slice(darkAt))) };
  return { light, dark };
}

/** Relative luminance of an sRGB colour (#rrggbb), as WCAG 2.x defines it. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/**
 * WCAG 2.x contrast ratio of two colours.
 * @example contrastRatio('#000000', '#ffffff') // 21
 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
