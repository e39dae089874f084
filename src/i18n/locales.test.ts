/**
 * The locale files are complete: every UI language has every key English has (and no other), every catalogue table
 * every code (or declares the gap in declared-gaps.ts), the English of the checklist content is the YAML's,
 * placeholders and Japanese official names survive translation, and the manifest is localised in every language.
 * A missing key fails here, not in front of a user.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATE_MESSAGES } from '@/src/checklist/state';
import { realChecklists } from '@/src/checklist/test-checklists';
import { CHECKLIST_STRINGS, nestKeys } from './checklist-i18n';
import { CHECKLIST_GAPS, isDeclaredFallback, MESSAGE_FALLBACKS } from './declared-gaps';
import { pickLanguage, RESOURCES, UI_LANGUAGES, uiLanguageFor, type Strings } from './i18n';
import { checkMessageTable, japaneseNames, missingCodes } from './message-table';

const ROOT = path.resolve(__dirname, '../..');
const OTHERS = UI_LANGUAGES.filter((lang) => lang !== 'en');

/** Flattens nested strings into dotted keys. */
function flatten(tree: Strings, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') flat[`${prefix}${key}`] = value;
    else Object.assign(flat, flatten(value, `${prefix}${key}.`));
  }
  return flat;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const ui = Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, flatten(RESOURCES[lang])]));

describe('the UI locale files', () => {
  it.each(OTHERS)('%s has exactly the keys of en', (lang) => {
    expect(Object.keys(ui[lang]!).sort()).toEqual(Object.keys(ui['en']!).sort());
  });

  it.each(UI_LANGUAGES)('%s has no empty string and keeps every placeholder and Japanese name', (lang) => {
    for (const [key, text] of Object.entries(ui[lang]!)) {
      const en = ui['en']![key] ?? '';
      expect(text.trim(), `${lang} ${key}`).not.toBe('');
      expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(en));
      for (const name of japaneseNames(en)) expect(text, `${lang} ${key} keeps ${name}`).toContain(name);
    }
  });

  it('has the checklist state messages in English as state.ts writes them', () => {
    for (const message of Object.values(STATE_MESSAGES)) expect(ui['en']![message.id]).toBe(message.en);
  });

  it('names each language in itself, and no two alike', () => {
    const names = UI_LANGUAGES.map((lang) => ui[lang]!['language.name']);
    expect(new Set(names).size).toBe(UI_LANGUAGES.length);
  });
});

describe('the checklist locale files', () => {
  const { strings } = realChecklists();

  it('en is the English of dictionaries/checklists, id for id', () => {
    expect(CHECKLIST_STRINGS.en).toEqual(strings);
    expect(Object.keys(strings).length).toBeGreaterThanOrEqual(197);
  });

  // A language may lack ids (shown in English, the YAML's text being every string's default); ja is complete, as
  // the print sheet shows it to the office staff. A language with no file at all is a declared gap
  // (declared-gaps.ts). Coverage is printed for the translators.
  it.each(OTHERS)('%s has a checklist file, or its lack is a declared gap', (lang) => {
    expect(CHECKLIST_STRINGS[lang] !== undefined || CHECKLIST_GAPS.includes(lang)).toBe(true);
  });

  it.each(OTHERS)('%s has only ids of en', (lang) => {
    const own = Object.keys(CHECKLIST_STRINGS[lang] ?? {});
    expect(own.filter((id) => !(id in strings))).toEqual([]);
    console.log(`checklist strings in ${lang}: ${own.length} of ${Object.keys(strings).length}`);
  });

  it('ja has every id', () => {
    expect(Object.keys(CHECKLIST_STRINGS.ja ?? {}).sort()).toEqual(Object.keys(strings).sort());
  });

  it.each(OTHERS)('%s keeps every placeholder and the Japanese names of the English', (lang) => {
    for (const [id, en] of Object.entries(strings)) {
      const text = CHECKLIST_STRINGS[lang]?.[id];
      if (text === undefined) continue;
      expect(text.trim(), `${lang} ${id}`).not.toBe('');
      expect(placeholders(text), `${lang} ${id}`).toEqual(placeholders(en));
      for (const name of japaneseNames(en)) expect(text, `${lang} ${id} keeps ${name}`).toContain(name);
    }
  });

  it.each(UI_LANGUAGES)('%s nests without clashing with the UI strings', (lang) => {
    const nested = flatten(nestKeys(CHECKLIST_STRINGS[lang] ?? {}));
    const uiKeys = Object.keys(ui[lang]!);
    for (const key of Object.keys(nested)) {
      expect(
        uiKeys.some((k) => k === key || k.startsWith(`${key}.`) || key.startsWith(`${k}.`)),
        key,
      ).toBe(false);
    }
  });
});

describe('the catalogue tables (content script and background)', () => {
  const tables = OTHERS.map((lang) => {
    const file = path.join(ROOT, `src/i18n/messages/${lang}.json`);
    return [lang, existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : {}] as const;
  });

  it.each(tables)(
    '%s has valid messages: known codes, no empty text, plural forms of the language, placeholders and Japanese names kept',
    (lang, table) => {
      expect(checkMessageTable(lang, table).issues).toEqual([]);
    },
  );

  it.each(tables)('%s has every code of English, or declares the gap in declared-gaps.ts', (lang, table) => {
    const missing = missingCodes(checkMessageTable(lang, table).table);
    expect(missing.filter((code) => !isDeclaredFallback(lang, code))).toEqual([]);
  });

  it('declares no gap that is not one (a filled gap comes off the list)', () => {
    for (const [lang, table] of tables) {
      const missing = new Set(missingCodes(checkMessageTable(lang, table).table));
      for (const declared of MESSAGE_FALLBACKS[lang] ?? []) {
        const prefix = declared.endsWith('.*') ? declared.slice(0, -1) : null;
        const stillMissing = prefix
          ? [...missing].some((code) => code.startsWith(prefix))
          : missing.has(declared as never);
        expect(stillMissing, `${lang} ${declared}`).toBe(true);
      }
    }
  });
});

describe('the manifest locales', () => {
  const dir = path.join(ROOT, 'public/_locales');
  const folder = (lang: string) => lang.replace('-', '_');

  it.each(UI_LANGUAGES)('%s has the name, description and action title', (lang) => {
    const file = path.join(dir, folder(lang), 'messages.json');
    expect(existsSync(file), file).toBe(true);
    const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
    for (const key of ['extName', 'extDescription', 'extActionTitle']) expect(messages[key]?.message).toBeTruthy();
    // The stores' limits: name 75 characters, description 132.
    expect(messages['extName']!.message.length).toBeLessThanOrEqual(75);
    expect(messages['extDescription']!.message.length).toBeLessThanOrEqual(132);
  });

  it('has a folder for no language the UI lacks', () => {
    expect(readdirSync(dir).sort()).toEqual(UI_LANGUAGES.map(folder).sort());
  });
});

describe('choosing the UI language', () => {
  it.each([
    ['ja-JP', 'ja'],
    ['zh-CN', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['ko', 'ko'],
    ['vi-VN', 'vi'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['fil-PH', 'fil'],
    ['tl', 'fil'],
    ['ne-NP', 'ne'],
    ['id-ID', 'id'],
    ['in', 'id'],
    ['fr-FR', 'en'],
    [undefined, 'en'],
  ])('picks %s → %s', (tag, lang) => {
    expect(pickLanguage(tag)).toBe(lang);
  });

  it('follows the browser only when the setting is "auto"', () => {
    expect(uiLanguageFor('auto', 'vi-VN')).toBe('vi');
    expect(uiLanguageFor('ko', 'vi-VN')).toBe('ko');
  });
});

describe('the UI components', () => {
  /** Text between tags, or in a label-like attribute, written in the code rather than looked up. */
  const HARD_CODED = [/(?<![=-])>\s*\p{L}[^<>{}=;]*<\//u, /\b(?:aria-label|title|placeholder|alt)="[^"]*\p{L}/u];
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(path.join(dir, entry.name))
        : /\.tsx$/.test(entry.name) && !/\.test\.tsx$/.test(entry.name)
          ? [path.join(dir, entry.name)]
          : [],
    );

  it.each(files(path.join(ROOT, 'src/ui')).map((f) => [path.relative(ROOT, f), f]))(
    '%s has no UI string outside the locale files',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      for (const pattern of HARD_CODED) expect(text.match(pattern)?.[0]).toBeUndefined();
    },
  );
});
