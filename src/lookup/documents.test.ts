import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import documents from 'virtual:tebiki-documents';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readDocumentFiles } from '../../scripts/vite-plugin-documents.ts';
import { realChecklists } from '../checklist/test-checklists.ts';
import { UI_LANGUAGES } from '../i18n/i18n.ts';
import { compileDocuments, formatDocumentIssue } from '../../build/lookup/compile-documents';
import { localText, recogniseDocuments, type Texts } from './documents';
import { TEST_LETTERS } from './test-letters';

const ROOT = path.resolve(__dirname, '../..');
/** Runs of kanji and katakana (names such as 住民票, 通知カード) in a text: a translation keeps them. */
const japaneseNames = (text: string) => [...text.matchAll(/[\u30a0-\u30ff\u3400-\u9fff々〆ー]{2,}/g)].map((m) => m[0]);
/** Every text of every document, with where it is. */
const allTexts = documents.flatMap((d) => [
  [`${d.id} title`, d.title] as const,
  [`${d.id} what`, d.what.text] as const,
  ...d.next.map((item, i) => [`${d.id} next ${i}`, item.text] as const),
]);

describe('the known documents', () => {
  it('compile from dictionaries/documents without a problem, as the build does', () => {
    const { documents: compiled, issues } = compileDocuments(readDocumentFiles());
    expect(issues.map(formatDocumentIssue)).toEqual([]);
    expect(compiled).toEqual(documents);
    expect(documents.map((d) => d.id)).toEqual(
      expect.arrayContaining(['pickup-notice', 'card-expiry-notice', 'certificate-expiry-notice', 'my-number-notice']),
    );
  });

  it.each(TEST_LETTERS)('recognise $name', ({ text, document }) => {
    const found = recogniseDocuments(text, documents);
    expect(found[0]?.document.id ?? null).toBe(document);
    if (document) expect(found).toHaveLength(1);
  });

  it.each(UI_LANGUAGES)('are written in %s, every text', (lang) => {
    for (const [where, texts] of allTexts) expect(texts[lang], `${where} ${lang}`).toBeTruthy();
  });

  it('keep the Japanese names of the English in every translation', () => {
    for (const [where, texts] of allTexts) {
      for (const [lang, text] of Object.entries(texts)) {
        for (const name of japaneseNames(texts.en)) expect(text, `${where} ${lang} keeps ${name}`).toContain(name);
      }
    }
  });

  it('name sources that dictionaries/checklists/sources.yaml defines', () => {
    const known = new Set(Object.keys(realChecklists().sources));
    const used = documents.flatMap((d) => [d.what, ...d.next]).flatMap((item) => item.sources);
    expect(used.filter((id) => !known.has(id))).toEqual([]);
  });

  const guideFile = path.join(ROOT, 'dictionaries/checklists/guide.yaml');
  it.skipIf(!existsSync(guideFile))('belong to steps of the checklist guide', () => {
    const guide = parse(readFileSync(guideFile, 'utf8')) as { steps?: { id: string }[]; reference?: { id: string }[] };
    const ids = new Set([...(guide.steps ?? []), ...(guide.reference ?? [])].map((s) => s.id));
    for (const d of documents) if (d.step) expect(ids, `${d.id} step ${d.step}`).toContain(d.step);
  });

  it('show a text in the user’s language, or the English marked as the fallback', () => {
    const texts: Texts = { en: 'Pickup notice', vi: 'Giấy báo nhận thẻ' };
    expect(localText(texts, 'vi')).toEqual({ text: 'Giấy báo nhận thẻ', lang: 'vi' });
    expect(localText(texts, 'ko')).toEqual({ text: 'Pickup notice', lang: 'en', fallback: true });
    expect(localText(texts, 'en')).toEqual({ text: 'Pickup notice', lang: 'en' });
  });
});
