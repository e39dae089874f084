/**
 * What a field accepts, as facts in one small vocabulary: the page's own rules (read from its attributes and the
 * text next to the field: dictionaries/hints/evidence.yaml) and a field kind's template (field-kinds.yaml `facts`)
 * are both written in it, so they can be merged key by key, with the page winning, and stated in one "Enter: …"
 * line. Pure data and functions: no DOM.
 */

/** Which characters a field takes. */
/** `ascii`: half-width letters, digits and symbols (半角英数字記号). */
export const CHARSETS = ['katakana', 'hiragana', 'digits', 'alnum', 'ascii', 'alphabet', 'email'] as const;
export type Charset = (typeof CHARSETS)[number];

/** What a password must contain at least one of. */
export const MUST_CONTAIN = ['letter', 'digit', 'lower', 'upper', 'symbol'] as const;
export type MustContain = (typeof MUST_CONTAIN)[number];

/** Date formats a page may ask for, written as the pages write them. */
export const DATE_FORMATS = ['YYYYMMDD', 'YYYY/MM/DD', 'YYYY-MM-DD', 'YYYYMM'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** What a field accepts. Every key is optional: a page states some, a template others. */
export interface FieldFacts {
  charset?: Charset;
  /** Half-width (半角) or full-width (全角) characters. */
  width?: 'half' | 'full';
  /** Exactly this many characters (digits for a digits field). */
  length?: number;
  minLength?: number;
  maxLength?: number;
  /** Hyphens: none (ハイフンなし) or required (ハイフンあり); absent when either is fine. */
  hyphen?: 'none' | 'required';
  /** Spaces: none, one between the family and the given name, or between the parts (スペース区切り). */
  spaces?: 'none' | 'between' | 'separated';
  calendar?: 'western' | 'era';
  dateFormat?: DateFormat;
  mustContain?: MustContain[];
  /** Letters in capitals (英字は大文字). */
  uppercase?: boolean;
  /** The unit a number is in (円, 年, %…). */
  unit?: 'yen' | 'years' | 'months' | 'hours' | 'percent' | 'sqm';
  /** Shorter numbers are filled with leading zeros to the full length (先頭に0を付けて). */
  zeroPad?: boolean;
  /** The length limit counts this box together with others (セイとメイ合わせて12文字以内). */
  combined?: boolean;
  /** How a negative amount is written: a minus sign or a triangle (△) in front. */
  negative?: 'minus' | 'triangle';
  /** What to enter when the value is not known (年月日不詳：99999999), as the page writes it. */
  ifUnknown?: string;
  /** A file's accepted types (JPEG) and size range (20KB–7MB), as the page writes them. */
  fileType?: string;
  fileSize?: string;
  /** The page's own example (例：…), as written. */
  example?: string;
  required?: boolean;
  /** The page says this secret is not a PIN of the My Number Card (…マイナンバーカードの暗証番号とは異なります). */
  notCardPin?: boolean;
}

export type FactKey = keyof FieldFacts;

/** How each fact is validated in the YAML (and what `key=value` evidence weights may name). */
export const FACT_TYPES: Readonly<Record<FactKey, readonly string[] | 'number' | 'boolean' | 'text' | 'list'>> = {
  charset: CHARSETS,
  width: ['half', 'full'],
  length: 'number',
  minLength: 'number',
  maxLength: 'number',
  hyphen: ['none', 'required'],
  spaces: ['none', 'between', 'separated'],
  calendar: ['western', 'era'],
  dateFormat: DATE_FORMATS,
  mustContain: 'list',
  uppercase: 'boolean',
  unit: ['yen', 'years', 'months', 'hours', 'percent', 'sqm'],
  zeroPad: 'boolean',
  combined: 'boolean',
  negative: ['minus', 'triangle'],
  ifUnknown: 'text',
  fileType: 'text',
  fileSize: 'text',
  example: 'text',
  required: 'boolean',
  notCardPin: 'boolean',
};

export const FACT_KEYS = Object.keys(FACT_TYPES) as FactKey[];

/** Longest example kept from a page: an example is a value, not a paragraph. */
export const MAX_EXAMPLE_LENGTH = 40;

/**
 * Why `value` cannot be the fact `key`, or undefined when it can.
 * @example factProblem('charset', 'kanji') // 'charset must be one of katakana, hiragana, …'
 */
export function factProblem(key: string, value: unknown): string | undefined {
  if (!Object.hasOwn(FACT_TYPES, key)) return `unknown fact \`${key}\` (one of ${FACT_KEYS.join(', ')})`;
  const type = FACT_TYPES[key as FactKey];
  if (type === 'number')
    return Number.isInteger(value) && (value as number) > 0 ? undefined : `${key} must be a positive integer`;
  if (type === 'boolean') return typeof value === 'boolean' ? undefined : `${key} must be true or false`;
  if (type === 'text') return typeof value === 'string' && value !== '' ? undefined : `${key} must be text`;
  if (type === 'list') {
    const ok = Array.isArray(value) && value.length > 0 && value.every((v) => MUST_CONTAIN.includes(v as MustContain));
    return ok ? undefined : `${key} must be a list of ${MUST_CONTAIN.join(', ')}`;
  }
  return typeof value === 'string' && type.includes(value) ? undefined : `${key} must be one of ${type.join(', ')}`;
}

/**
 * Merges facts: earlier sources win key by key (the page's text, then its attributes, then a template), except
 * `mustContain`, whose lists add up.
 * @example mergeFacts({ maxLength: 11 }, { charset: 'katakana', maxLength: 20 }) // { maxLength: 11, charset: 'katakana' }
 */
export function mergeFacts(...sources: (FieldFacts | undefined)[]): FieldFacts {
  const out: FieldFacts = {};
  for (const facts of sources) {
    if (!facts) continue;
    for (const key of FACT_KEYS) {
      const value = facts[key];
      if (value === undefined) continue;
      if (key === 'mustContain') {
        const list = new Set([...(out.mustContain ?? []), ...(value as MustContain[])]);
        out.mustContain = [...list];
      } else if (out[key] === undefined) {
        (out as Record<string, unknown>)[key] = value;
      }
    }
  }
  // An exact length makes a range redundant (and a contradicting range is the template's, not the page's).
  if (out.length !== undefined) {
    delete out.minLength;
    if (out.maxLength !== undefined && out.maxLength >= out.length) delete out.maxLength;
  }
  return out;
}

/** True when the facts say anything at all. */
export function hasFacts(facts: FieldFacts | undefined): boolean {
  return !!facts && FACT_KEYS.some((key) => facts[key] !== undefined);
}

/**
 * The `key=value` names of facts, for evidence weights in field-kinds.yaml (`calendar=western: -100`).
 * @example factNames({ charset: 'digits', length: 8 }) // ['charset=digits', 'length=8', 'length']
 */
export function factNames(facts: FieldFacts): string[] {
  const names: string[] = [];
  for (const key of FACT_KEYS) {
    const value = facts[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) names.push(`${key}=${v}`);
    else names.push(`${key}=${String(value)}`);
    names.push(key);
  }
  return names;
}
