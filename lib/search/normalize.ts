import { T2S_PAIRS } from './t2s';

/**
 * Character folding shared by the index, the query and the highlighter. Every step maps one UTF-16
 * code unit to exactly one code unit, so a position in the folded text is the same position in the
 * original text (the highlighter relies on this):
 *  - full-width ASCII (ＡＰＰ、１２３９３、？) → half-width, ideographic space → space;
 *  - Latin capitals → lower case;
 *  - traditional characters → simplified (T2S_PAIRS).
 * Plain table look-ups, no Intl or locale data, so Node and every browser fold alike.
 */
const FOLD = new Map<number, string>();
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) FOLD.set(T2S_PAIRS.charCodeAt(i), T2S_PAIRS[i + 1]!);

export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : ch;
  if (code >= 0xff01 && code <= 0xff5e) {
    const half = code - 0xfee0;
    return String.fromCharCode(half >= 0x41 && half <= 0x5a ? half + 0x20 : half);
  }
  if (code === 0x3000) return ' ';
  return FOLD.get(code) ?? ch;
}

/** Folds a whole text; the result has the same length as the input. */
export function normalizeText(text: string): string {
  let out = '';
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const folded = foldChar(ch);
    if (folded !== ch) {
      out += text.slice(plainFrom, i) + folded;
      plainFrom = i + 1;
    }
  }
  return plainFrom === 0 ? text : out + text.slice(plainFrom);
}

/** CJK ideographs (basic, extension A, compatibility) and 〇. */
export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3007;
}

/** Lower-case Latin letters and digits (after folding). */
export function isAlnum(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** The Chinese numeral of each digit 1–9 (0 has no counted use here). */
const CJK_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/**
 * A single digit that counts where the handbooks always write the Chinese numeral: an ordinal (第2次,
 * 第3胎), a child (生3胎, 2孩), a contribution tier (1档) or a hospital grade (3级医院, 3甲). Other digits
 * stay digits: amounts, ages, months and disease grades (高血压2级) are written with digits in the handbooks.
 */
const COUNTED_DIGIT = /(?<![0-9.])([1-9])(?![0-9.])(?=[胎孩档甲]|级[医定公综专])|(?<=第)([1-9])(?![0-9.])/g;

/**
 * Spells out such digits (生3胎 → 生三胎, 3级医院 → 三级医院, 第2次 → 第二次), one character for one, so
 * positions stay the same. For a folded query, before it is matched.
 */
export function spellOutCountedDigits(text: string): string {
  return text.replace(COUNTED_DIGIT, (digit) => CJK_DIGITS[Number(digit)]!);
}
