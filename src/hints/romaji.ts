/**
 * Romaji → katakana, for the reading (フリガナ) of a name typed in the alphabet.
 *
 * Each word is read in one of two ways (the rules, in order):
 * 1. **Japanese romaji** — if the whole word parses as Hepburn or kunrei syllables, it is read as written:
 *    shi/si → シ, chi → チ, tsu → ツ, fu/hu → フ, ji/zi → ジ, sha/sya → シャ, cha/tya → チャ, ja/zya → ジャ;
 *    n before a consonant or at the end → ン, and n' before a vowel or y → ン (shin'ichi → シンイチ, shinichi →
 *    シニチ); m before b/m/p → ン (passport Hepburn: homma → ホンマ); a doubled consonant → ッ (kk, ss, tt, pp,
 *    and tch → ッチ); vowels as written (satou → サトウ, oono → オオノ); a long vowel with a macron or circumflex
 *    (ō, â) → the vowel + ー, or with `longVowel: 'kana'` the kana spelling (ō → オウ, ē → エイ, others doubled);
 *    passport-style oh before a syllable or at the end is a long o (itoh → イトー / イトウ).
 *    ti/tu/di/du/wo are read as ティ/トゥ/ディ/ドゥ/ウォ (they occur in foreign names, and Hepburn writes chi/tsu),
 *    or as kunrei/nihon-shiki チ/ツ/ヂ/ヅ/ヲ with `system: 'kunrei'`.
 * 2. **A foreign name** — otherwise the spelling is rewritten towards its sound, then read with the extended
 *    syllables (she シェ, che チェ, je ジェ, fa ファ, fi フィ, wi ウィ, we ウェ, ye イェ…), a leftover consonant
 *    getting the vowel Japanese gives it (t/d → ト/ド, others → ウ-column: ス, ク, ム, ル…; ch → チ, sh → シュ):
 *    initial ng → g and uye → ue (Nguyen → グエン); ph → f (Pham → ファム); th → t before a vowel, s otherwise
 *    (Thomas → トマス, Smith → スミス); ck → kk (Jack → ジャック); c → s before e/i/y, else k (Garcia → ガルシア);
 *    initial x → sh, else ks (Xu → シュ, Alex → アレクス); que → ke, qu → ku (Enrique → エンリケ, Quinn → クイン);
 *    zh → j; final ng → n (Wang → ワン);
 *    l → r, v → b (Olga → オルガ, David → ダビド; ヴ is avoided because bank systems often refuse it);
 *    ee → イー, oo → ウー (Lee → リー); y after a consonant → イ, at the end → イー (Mary → マリー);
 *    h after a vowel and not before one is silent (Sarah → サラ, John → ジョン); doubled letters collapse
 *    except p/t/k (→ ッ: Scott → スコット) and n (Anna → アンナ); accents are dropped, ñ → ny.
 *
 * Spelling cannot tell pronunciation (Michael → ミチャエル, not マイケル), so the tooltip offers the result for
 * the user to check and edit: the reading must be how they say their name.
 *
 * The rules (data below: syllables, passport spellings, foreign rewrites, lone consonants) decide which syllables a
 * word is; wanakana writes their kana, so no kana table is kept here.
 */
import { toKatakana } from 'wanakana';
import { foldLatin } from '../text/latin.ts';

export interface RomajiOptions {
  /** 'auto' (default) or 'kunrei' (ti tu di du wo → チ ツ ヂ ヅ ヲ). */
  system?: 'auto' | 'kunrei';
  /** Long vowels written ō/â or passport oh: 'bar' → オー (default), 'kana' → オウ. */
  longVowel?: 'bar' | 'kana';
  /** Written between the words of the input (default: the full-width space). */
  separator?: string;
}

const VOWELS = 'aiueo';
const Y_VOWELS = ['a', 'u', 'o'];
/** The consonants that take every vowel (ka…ko, ti, tu, si, zi, di, du, hu: Hepburn and kunrei spellings alike). */
const ROW_CONSONANTS = 'kgsztdnhbpmr';

/**
 * The syllables a Japanese romaji word is made of, as spellings: wanakana writes their kana. kunrei and nihon-shiki
 * add dya/dyu/dyo (ヂャ…); Hepburn writes ヂ as ji, so in a name they are foreign.
 */
function japaneseSyllables(system: 'auto' | 'kunrei'): Set<string> {
  const syllables = new Set<string>([...VOWELS, 'ya', 'yu', 'yo', 'wa', 'wo', 'shi', 'chi', 'tsu', 'fu', 'ji']);
  for (const c of ROW_CONSONANTS) {
    for (const v of VOWELS) syllables.add(c + v);
    if (c !== 'd' || system === 'kunrei') for (const v of Y_VOWELS) syllables.add(`${c}y${v}`);
  }
  for (const c of ['sh', 'ch', 'j', 'jy']) for (const v of Y_VOWELS) syllables.add(c + v);
  return syllables;
}

/** Syllables of loanwords and foreign names, on top of the Japanese ones (シェ, チェ, ジェ, イェ, ファ…, ウィ, ツァ…). */
const EXTENDED = ['she', 'che', 'je', 'ye', 'fa', 'fi', 'fe', 'fo', 'fyu', 'wi', 'we', 'tsa', 'tse', 'tso'];

/**
 * What wanakana writes differently from the rules above: in the default system ti tu di du wo are the foreign
 * sounds ティ トゥ ディ ドゥ ウォ (Hepburn spells チ ツ ヂ ヅ ヲ as chi tsu ji zu o).
 */
const FOREIGN_SOUNDS = { ti: 'ティ', tu: 'トゥ', di: 'ディ', du: 'ドゥ', wo: 'ウォ' };

/** What a consonant with no vowel after it becomes in a foreign word, as the romaji of its kana (k → ku: ク). */
const LONE: Record<string, string> = {
  k: 'ku',
  g: 'gu',
  s: 'su',
  z: 'zu',
  t: 'to',
  d: 'do',
  h: 'fu',
  b: 'bu',
  p: 'pu',
  m: 'mu',
  r: 'ru',
  f: 'fu',
  j: 'ji',
  w: 'u',
  y: 'i',
  ch: 'chi',
  sh: 'shu',
  ts: 'tsu',
};

const SYLLABLES = {
  auto: { ja: japaneseSyllables('auto'), foreign: new Set([...japaneseSyllables('auto'), ...EXTENDED]) },
  kunrei: { ja: japaneseSyllables('kunrei'), foreign: new Set([...japaneseSyllables('kunrei'), ...EXTENDED]) },
};

const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);
/**
 * True where a consonant is doubled and becomes ッ (kk, tt, tch…). In a foreign word only p/t/k: the rewrites
 * have already collapsed the other doubles, and Carlos's r + l (→ rr) is two sounds, not ッ.
 */
const doubles = (s: string, i: number, foreign: boolean) => {
  const c = s[i]!;
  if (isVowel(c) || c === 'n' || c === '^' || c === "'" || (foreign && !'ptk'.includes(c))) return false;
  return s[i + 1] === c || (c === 't' && s[i + 1] === 'c' && s[i + 2] === 'h');
};
const startsSyllable = (s: string, i: number) =>
  !isVowel(s[i]) && s[i] !== undefined && (isVowel(s[i + 1]) || (s[i + 1] === 'y' && isVowel(s[i + 2])));

/** Lower-cases, spells ñ as ny, turns marked long vowels into `^` (bar) or kana spellings, drops other accents. */
function prepare(word: string, longVowel: 'bar' | 'kana'): string {
  const KANA_LONG: Record<string, string> = { a: 'aa', i: 'ii', u: 'uu', e: 'ei', o: 'ou' };
  const marked = word
    .toLowerCase()
    .replace(/ñ/g, 'ny')
    .replace(/[āâ]|[īî]|[ūû]|[ēê]|[ōô]/g, (ch) => {
      const v = ch.normalize('NFD')[0]!;
      return longVowel === 'bar' ? v + '^' : KANA_LONG[v]!;
    });
  return foldLatin(marked).replace(/[^a-z'^]/g, '');
}

/** The foreign-name spelling rewrites of rule 2, in order. */
const FOREIGN_REWRITES: [RegExp, string][] = [
  [/'/g, ''],
  [/^ng(?=[aeiouy])/, 'g'],
  [/uye/g, 'ue'],
  [/ph/g, 'f'],
  [/th(?=[aeiouy])/g, 't'],
  [/th/g, 's'],
  [/ck/g, 'kk'],
  [/zh/g, 'j'],
  [/^x/, 'sh'],
  [/x/g, 'ks'],
  [/qu(?=e)/g, 'k'],
  [/qu/g, 'ku'],
  [/q/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c(?!h)/g, 'k'],
  [/ng$/, 'n'],
  [/([bdfghjlmrsvwz])\1/g, '$1'],
  [/l/g, 'r'],
  [/v/g, 'b'],
  [/([aeiou])h(?![aeiouy])/g, '$1'],
  [/ee/g, 'i^'],
  [/oo/g, 'u^'],
  [/(?<=[^aeiou])y$/, 'i^'],
  [/(?<=[^aeiou])y(?=[^aeiou^]|$)/g, 'i'],
  [/(?<=[aeiou])y(?![aeiou])/g, 'i'],
  [/nn$/, 'n'],
];

/**
 * Spells a prepared word as the romaji syllables wanakana reads, with ン, ッ and ー already written as kana, or
 * returns null (Japanese mode only) when a part is not a syllable. Foreign mode never fails: a consonant with no
 * vowel gets the vowel Japanese gives it.
 */
function syllabify(s: string, syllables: Set<string>, foreign: boolean, longVowel: 'bar' | 'kana'): string | null {
  let out = '';
  for (let i = 0; i < s.length;) {
    const c = s[i]!;
    const next = s[i + 1];
    if (c === '^') {
      out += 'ー';
      i++;
    } else if (c === "'") {
      i++;
    } else if (c === 'n' && !isVowel(next) && next !== 'y') {
      // A word cannot start with ン in Japanese: Nguyen is a foreign name.
      if (!foreign && i === 0 && next !== undefined && next !== "'") return null;
      out += 'ン';
      i++;
    } else if (c === 'm' && next !== undefined && 'bmp'.includes(next) && i > 0 && !foreign) {
      // Passport Hepburn writes ン before b, m, p as m (HOMMA, NAMBA).
      out += 'ン';
      i++;
    } else if (doubles(s, i, foreign)) {
      out += 'ッ';
      i++;
    } else if (!foreign && c === 'h' && s[i - 1] === 'o' && (next === undefined || startsSyllable(s, i + 1))) {
      // Passport Hepburn writes a long o as oh (ITOH, OHNO).
      out += longVowel === 'bar' ? 'ー' : 'u';
      i++;
    } else {
      const len = [3, 2, 1].find((n) => syllables.has(s.slice(i, i + n)));
      if (len !== undefined) {
        out += s.slice(i, i + len);
        i += len;
      } else if (!foreign) {
        return null;
      } else {
        const two = s.slice(i, i + 2);
        const lone = LONE[two] !== undefined && two.length === 2 ? two : c;
        out += LONE[lone] ?? '';
        i += lone.length;
      }
    }
  }
  return out;
}

/** Converts one word (letters only) to katakana. */
function convertWord(word: string, options: Required<RomajiOptions>): string {
  const s = prepare(word, options.longVowel);
  const syllables = SYLLABLES[options.system];
  const kana = (romaji: string) =>
    toKatakana(romaji, options.system === 'kunrei' ? {} : { customKanaMapping: FOREIGN_SOUNDS });
  const japanese = syllabify(s, syllables.ja, false, options.longVowel);
  if (japanese !== null) return kana(japanese);
  const rewritten = FOREIGN_REWRITES.reduce((w, [re, to]) => w.replace(re, to), s);
  return kana(syllabify(rewritten, syllables.foreign, true, options.longVowel) ?? '');
}

/**
 * Romaji (or a name in the alphabet) → full-width katakana. Words are separated by `separator`; spaces and
 * hyphens in the input separate words; anything that is not a Latin letter passes through unchanged.
 * @example romajiToKatakana('Nguyen Van An') === 'グエン\u3000バン\u3000アン'
 * @example romajiToKatakana("Shin'ichi Satō", { longVowel: 'kana' }) === 'シンイチ\u3000サトウ'
 */
export function romajiToKatakana(text: string, options: RomajiOptions = {}): string {
  const opts: Required<RomajiOptions> = {
    system: options.system ?? 'auto',
    longVowel: options.longVowel ?? 'bar',
    separator: options.separator ?? '\u3000',
  };
  return text
    .trim()
    .split(/[\s\-‐]+/)
    .map((part) => part.replace(/[A-Za-z\u00c0-\u024f\u1e00-\u1eff'’]+/g, (word) => convertWord(word, opts)))
    .filter(Boolean)
    .join(opts.separator);
}
