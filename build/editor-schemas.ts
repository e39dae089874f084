/**
 * Which data files editors get a JSON Schema for, and from which of the build's valibot schemas
 * (written to dictionaries/schemas/ by `npm run schemas`; .vscode/settings.json maps the files to them).
 */

import * as v from 'valibot';
import { DocumentsFile, LifecycleFile, PinsFile, SourcesFile } from './checklist/schema-content.ts';
import { EligibilityFile } from './checklist/schema-eligibility.ts';
import type { ChecklistContext } from './checklist/schema-entries.ts';
import { GuideFile } from './checklist/schema-guide.ts';
import { Entry, SourceFileSchema } from './dictionary/validate-source.ts';
import { Attribute, EvidenceFile, PatternRule, TextRuleSchema } from './hints/compile-evidence.ts';
import { KindEntry, PinKindEntry, RulesFile } from './hints/compile-field-kinds.ts';
import { EntryShape, translationFile } from './i18n/translation-yaml.ts';
import { TRANSLATION_LANGUAGES } from './i18n/translations.ts';
import type { EditorSchema } from './lib/editor-schema.ts';
import { documentFile } from './lookup/compile-documents.ts';
import { profileFile } from './portals/compile-profiles.ts';

/** The checklists' schemas take what other files define (sources, string ids); for editors, nothing is known yet. */
const none: ChecklistContext = { strings: new Map(), sources: new Map() };
const checklist = (name: string, what: string, file: v.GenericSchema): EditorSchema => ({
  name: `checklist-${name}`,
  title: `The checklist's ${what} (dictionaries/checklists/SCHEMA.md)`,
  files: [`dictionaries/checklists/${name}.yaml`],
  file,
});

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
  checklist('sources', 'sources: the official pages its facts come from', SourcesFile(new Map())),
  checklist('eligibility', 'eligibility questions and outcomes', EligibilityFile(none, undefined)),
  checklist('documents', 'documents to bring', DocumentsFile(none)),
  checklist('pins', 'PINs and passwords', PinsFile(none, undefined)),
  checklist('lifecycle', 'validity, expiry and renewal facts', LifecycleFile(none)),
  checklist('guide', 'step-by-step guide', GuideFile(none, undefined)),
  ...TRANSLATION_LANGUAGES.map((lang): EditorSchema => ({
    name: `translation-${lang}`,
    title: `A translation into ${lang} (dictionaries/translations/README.md)`,
    files: [`dictionaries/translations/${lang}/*.yaml`],
    file: translationFile(lang),
    values: { entries: EntryShape },
  })),
];
