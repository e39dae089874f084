/**
 * The compiled dictionary index, produced at build time by scripts/vite-plugin-dictionaries.ts.
 * @example import index from 'virtual:tebiki-index'; const glosser = createGlosser(index);
 */
declare module 'virtual:tebiki-index' {
  const index: import('./compiled-index').CompiledIndex;
  export default index;
}
