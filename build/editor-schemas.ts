/**
 * Which data files editors get a JSON Schema for, and from which of the build's valibot schemas
 * (written to dictionaries/schemas/ by `npm run schemas`; .vscode/settings.json maps the files to them).
 */

import * as v from 'valibot';
import { Entry, SourceFileSchema } from './dictionary/validate-source.ts';
import { Attribute, EvidenceFile, PatternRule, TextRuleSchema } from './hints/compile-evidence.ts';
import { KindEntry, PinKindEntry, RulesFile } from './hints/compile-field-kinds.ts';
import type { EditorSchema } from './lib/editor-schema.ts';
import { documentFile } from './lookup/compile-documents.ts';
import { profileFile } from './portals/compile-profiles.ts';

export const EDITOR_SCHEMAS: readonly EditorSchema[] = [
  {
    name: 'dictionary',
    title: 'A glossary or vocabulary file (dictionaries/SCHEMA.md)',
    files: ['dictionaries/glossary/*.yaml', 'dictionaries/vocabulary/*.yaml'],
    file: SourceFileSchema,
    entries: { entries: Entry },
  },
  {
    name: 'evidence',
    title: "The page's evidence about a field: rules over its texts and attributes",
    files: ['dictionaries/hints/evidence.yaml'],
    file: EvidenceFile,
    entries: { text: TextRuleSchema, patterns: PatternRule, attributes: Attribute },
  },
  {
    name: 'field-kinds',
    title: 'Field kinds: how a field is recognised and what its tooltip says',
    files: ['dictionaries/hints/field-kinds.yaml'],
    file: RulesFile,
    entries: { kinds: v.union([KindEntry, PinKindEntry]) },
  },
  {
    name: 'document',
    title: 'A document a resident receives, for Look up (dictionaries/documents/SCHEMA.md)',
    files: ['dictionaries/documents/*.yaml'],
    file: documentFile(''),
  },
  {
    name: 'portal',
    title: "A portal's profile: its screens and the secrets each asks for",
    files: ['dictionaries/portals/*.yaml'],
    file: profileFile('', new Set()),
  },
];
