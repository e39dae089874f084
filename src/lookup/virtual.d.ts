/**
 * The known documents, compiled at build time from dictionaries/documents/*.yaml by scripts/vite-plugin-documents.ts
 * (the build fails on any error; see compile-documents.ts).
 * @example import documents from 'virtual:tebiki-documents'; recogniseDocuments(text, documents)
 */
declare module 'virtual:tebiki-documents' {
  const documents: import('./documents').KnownDocument[];
  export default documents;
}
