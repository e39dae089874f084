/** The compiled field-kind rules, produced at build time by scripts/vite-plugin-field-kinds.ts. */
declare module 'virtual:tebiki-field-kinds' {
  const rules: import('./types').FieldKindRules;
  export default rules;
}

/** The compiled evidence rules (dictionaries/hints/evidence.yaml), from the same plugin. */
declare module 'virtual:tebiki-evidence' {
  const rules: import('./evidence').EvidenceRules;
  export default rules;
}

/** The compiled portal profiles (dictionaries/portals/*.yaml), from the same plugin. */
declare module 'virtual:tebiki-portals' {
  const profiles: import('../portals/profile-types').PortalProfiles;
  export default profiles;
}
