/**
 * Writes dictionaries/translations/<lang>/names-isa-periods.yaml: the residence application's 在留期間 options
 * (留学（１年３月）) in each language, composed from the status's name in that language's residence.yaml and the
 * period written out, so that （３月） reads "3 months", never March, and a status is named as everywhere else.
 *
 *   npx tsx scripts/i18n/compose-periods.ts          (after changing a status's name in a residence.yaml)
 *
 * Build-time only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';
import { PROJECT_ROOT } from '../lib/load-dictionaries.ts';
import { TRANSLATION_LANGUAGES, type TranslationLanguage } from '../../build/i18n/translations.ts';

const PERIODS_PATH = 'dictionaries/glossary/names-isa-periods.yaml';

/** Abbreviations the period options use → the status's term in dictionaries/glossary/residence.yaml. */
const ABBREVIATED: Record<string, string> = {
  '法律・会計': '法律・会計業務',
  '技術・人文・国際': '技術・人文知識・国際業務',
  永住者配偶者: '永住者の配偶者等',
  日本人配偶者: '日本人の配偶者等',
};

interface Language {
  name: string;
  /** The marker residence.yaml puts after a status's name ("(status of residence)"), removed here. */
  marker: RegExp;
  /** y years, m months, d days (0 when absent) written out. */
  period: (y: number, m: number, d: number) => string;
  /** The status and its period together. */
  join: (status: string, period: string) => string;
}

const parts = (list: Array<string | false>, separator: string) => list.filter(Boolean).join(separator);
const count = (n: number, one: string, many: string) => n > 0 && `${n} ${n === 1 ? one : many}`;
const latin = (status: string, period: string) => `${status} (${period})`;
/** A period as "<n><unit>" for each part that is not 0, joined by `separator`: units(['年', '个月', '天'], ''). */
const units =
  ([year, month, day]: readonly [string, string, string], separator: string) =>
  (y: number, m: number, d: number) =>
    parts([y > 0 && `${y}${year}`, m > 0 && `${m}${month}`, d > 0 && `${d}${day}`], separator);

const LANGUAGES: Record<TranslationLanguage, Language> = {
  'zh-CN': {
    name: 'Simplified Chinese',
    marker: /（在留资格[^）]*）/,
    period: units(['年', '个月', '天'], ''),
    join: (status, period) => `${status}（${period}）`,
  },
  ko: {
    name: 'Korean',
    marker: /\(재류자격[^)]*\)/,
    period: units(['년', '개월', '일'], ' '),
    join: (status, period) => `${status}(${period})`,
  },
  vi: {
    name: 'Vietnamese',
    marker: / \(tư cách lưu trú[^)]*\)/,
    period: units([' năm', ' tháng', ' ngày'], ' '),
    join: latin,
  },
  'pt-BR': {
    name: 'Brazilian Portuguese',
    marker: / \(status de residência[^)]*\)/,
    period: (y, m, d) => parts([count(y, 'ano', 'anos'), count(m, 'mês', 'meses'), count(d, 'dia', 'dias')], ' e '),
    join: latin,
  },
  fil: {
    name: 'Filipino',
    marker: / \(status of residence[^)]*\)/,
    period: units([' taon', ' buwan', ' araw'], ' at '),
    join: latin,
  },
  ne: {
    name: 'Nepali',
    marker: / \(निवासको स्थिति[^)]*\)/,
    period: units([' वर्ष', ' महिना', ' दिन'], ' '),
    join: latin,
  },
  id: {
    name: 'Indonesian',
    marker: / \(status izin tinggal[^)]*\)/,
    period: units([' tahun', ' bulan', ' hari'], ' '),
    join: latin,
  },
};

const ascii = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * A period option split into its status (as residence.yaml's term) and years, months, days.
 * @example splitPeriod('留学（１年３月）') // { status: '留学', years: 1, months: 3, days: 0 }
 */
export function splitPeriod(term: string): { status: string; years: number; months: number; days: number } {
  const m = /^(.+?)（(?:([０-９]+)年)?(?:([０-９]+)月)?(?:([０-９]+)日)?）$/.exec(term);
  if (!m || !(m[2] || m[3] || m[4])) throw new Error(`not a period of stay: ${term}`);
  const n = (s: string | undefined) => (s ? Number(ascii(s)) : 0);
  return { status: ascii(ABBREVIATED[m[1]!] ?? m[1]!), years: n(m[2]), months: n(m[3]), days: n(m[4]) };
}

/**
 * A status's name without residence.yaml's marker and second senses.
 * @example statusName('vi', 'Du học (tư cách lưu trú); du học') // 'Du học'
 */
export function statusName(lang: TranslationLanguage, gloss: string): string {
  return gloss.split(/[;；]/)[0]!.replace(LANGUAGES[lang].marker, '').trim();
}

/**
 * The period option in a language, given the status names of its residence.yaml (term → gloss).
 * @example composePeriod('vi', '留学（１月）', new Map([['留学', 'Du học (tư cách lưu trú); du học']])) // 'Du học (1 tháng)'
 */
export function composePeriod(lang: TranslationLanguage, term: string, statuses: ReadonlyMap<string, string>): string {
  const { status, years, months, days } = splitPeriod(term);
  const gloss = statuses.get(status);
  if (gloss === undefined) throw new Error(`dictionaries/translations/${lang}/residence.yaml has no ${status}`);
  const language = LANGUAGES[lang];
  return language.join(statusName(lang, gloss), language.period(years, months, days));
}

/** The glosses of a translation file by term (a hint-bearing entry gives its gloss). */
function readGlosses(file: string): Map<string, string> {
  const data = parse(readFileSync(file, 'utf8')) as { entries: Record<string, string | { gloss: string }> };
  return new Map(Object.entries(data.entries).map(([term, v]) => [term, typeof v === 'string' ? v : v.gloss]));
}

/** The text of names-isa-periods.yaml in a language, composed from the files under `root`. */
export function periodsFile(lang: TranslationLanguage, root: string = PROJECT_ROOT): string {
  const glossary = parse(readFileSync(path.join(root, PERIODS_PATH), 'utf8')) as { entries: Array<{ term: string }> };
  const statuses = readGlosses(path.join(root, `dictionaries/translations/${lang}/residence.yaml`));
  const line = (value: string) => stringify(value, { lineWidth: 0 }).trim();
  return [
    `# ${LANGUAGES[lang].name} glosses for ${PERIODS_PATH}`,
    '# Composed by scripts/i18n/compose-periods.ts from the status names of residence.yaml in this language and the',
    '# period written out (（３月） is three months, not March). Run it again after renaming a status; do not edit by hand.',
    `language: ${lang}`,
    'sources:',
    `  - ${line('[G] moj.go.jp/isa: 在留申請オンラインシステム 一括入力用様式 (the option texts, via dictionaries/glossary)')}`,
    'entries:',
    ...glossary.entries.map(({ term }) => `  ${line(term)}: ${line(composePeriod(lang, term, statuses))}`),
    '',
  ].join('\n');
}

function main(): void {
  for (const lang of TRANSLATION_LANGUAGES) {
    const file = path.join(PROJECT_ROOT, `dictionaries/translations/${lang}/names-isa-periods.yaml`);
    writeFileSync(file, periodsFile(lang));
    console.log(`wrote ${path.relative(PROJECT_ROOT, file)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
