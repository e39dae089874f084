/**
 * The compiled dictionary index, produced at build time by scripts/vite-plugin-dictionaries.ts and parsed on the
 * first call (then kept).
 * @example import { loadIndex } from 'virtual:tebiki-index'; const glosser = createGlosser(loadIndex());
 */
declare module 'virtual:tebiki-index' {
  export function loadIndex(): import('./compiled-index').CompiledIndex;
}
