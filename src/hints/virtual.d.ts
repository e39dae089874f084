/** The compiled field-kind rules, produced at build time by scripts/vite-plugin-field-kinds.ts. */
declare module 'virtual:tebiki-field-kinds' {
  const rules: import('./types').FieldKindRules;
  export default rules;
}
