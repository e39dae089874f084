/** What each language covers, counted from the language packs at build time (scripts/i18n/vite-plugin-language-packs.ts). */
declare module 'virtual:tebiki-language-coverage' {
  const coverage: import('./coverage').CoverageTable;
  export default coverage;
}
