import Decimal from 'decimal.js';

/**
 * Money in 医保明白纸: decimal.js end to end, yuan with at most two decimals (分).
 * Amounts are rounded half-up to 0.01 only where docs/contract says: once per payer per event.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

export const ZERO = new Money(0);
/** Largest amount accepted anywhere (1e9 yuan). */
export const MAX_AMOUNT = new Money(1e9);

const CACHE_LIMIT = 10_000;
const numberCache = new Map<number, Decimal>();
const stringCache = new Map<string, Decimal>();
const percentCache = new Map<number, Decimal>();

export function money(value: Decimal.Value): Decimal {
  if (value instanceof Money) return value; // immutable
  // Rule parameters are a few hundred fixed numbers and a scenario's amounts are read several times
  // per evaluation: reuse their (immutable) Decimals. The string cache starts afresh when full.
  if (typeof value === 'number') {
    let cached = numberCache.get(value);
    if (!cached) {
      cached = new Money(value);
      if (numberCache.size < CACHE_LIMIT) numberCache.set(value, cached);
    }
    return cached;
  }
  if (typeof value !== 'string') return new Money(value);
  let cached = stringCache.get(value);
  if (!cached) {
    cached = new Money(value);
    if (stringCache.size >= CACHE_LIMIT) stringCache.clear();
    stringCache.set(value, cached);
  }
  return cached;
}

/** A percentage written as in the handbook (90 → 0.9). */
export function percent(value: Decimal.Value): Decimal {
  if (typeof value !== 'number') return new Money(value).div(100);
  let cached = percentCache.get(value);
  if (!cached) {
    cached = new Money(value).div(100);
    if (percentCache.size < 10_000) percentCache.set(value, cached);
  }
  return cached;
}

export function round2(value: Decimal): Decimal {
  return value.decimalPlaces() <= 2 ? value : value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The smaller of two amounts (no new Decimal is made: this runs thousands of times per chart). */
export function min(a: Decimal, b: Decimal): Decimal {
  return b.lt(a) ? b : a;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return b.gt(a) ? b : a;
}

/** max(0, value) */
export function positive(value: Decimal): Decimal {
  return value.isNegative() ? ZERO : value;
}

/** "1234.5" → "1234.50" (the contract's amount strings). */
export function toAmountString(value: Decimal): string {
  // Fast path (this runs for every payer of every evaluation): amounts of at most two decimals in
  // plain notation only need their decimals padded; anything else goes through toFixed.
  if (value.decimalPlaces() <= 2 && !value.isNegative()) {
    const plain = value.toString();
    if (!plain.includes('e')) {
      const dot = plain.indexOf('.');
      if (dot < 0) return `${plain}.00`;
      return plain.length - dot === 2 ? `${plain}0` : plain;
    }
  }
  return value.toFixed(2); // Money rounds half-up
}

/** ¥12,345.60 — yuan with thousands separators, always two decimals. */
export function formatYuan(value: Decimal.Value): string {
  // money() keeps a Decimal as it is and reuses the Decimals of numbers (explanations format many amounts).
  const d = round2(money(value));
  const negative = d.isNegative();
  const [int, frac] = (negative ? d.abs() : d).toFixed(2).split('.');
  const grouped = int && int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : (int ?? '0');
  return `${negative ? '-' : ''}¥${grouped}.${frac}`;
}

/** Short form for large amounts: 5万, 12.5万, otherwise ¥ with separators. */
export function formatShort(value: Decimal.Value): string {
  const d = new Money(value);
  if (d.abs().gte(10000)) {
    const wan = d.div(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    return `${wan.toString()}万元`;
  }
  return formatYuan(d);
}

export type ParsedAmount = { ok: true; value: Decimal } | { ok: false; message: string };

const FULL_WIDTH_DIGITS = /[０-９．，]/g;
const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 俩: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9 };
const CHINESE_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const WAN = /[万萬]/;
/** What a resident may write after an amount: 元, 块, 块钱, 圆. */
const YUAN_SUFFIX = /(?:元|圆|块钱?)$/;

/**
 * A number as people say it, in Chinese numerals, digits or both: 五万 → 50000, 一万二 → 12000 (the
 * spoken short form: the last digit counts in the next lower unit), 三千五 → 3500, 两万五千 → 25000,
 * 一千零五十 → 1050, 十二 → 12, 5万2 → 52000, 1.5万 → 15000. Null when it is not such a number.
 */
export function parseSpokenNumber(text: string): Decimal | null {
  if (!text || !/^[\d.零〇一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬]+$/.test(text)) return null;
  let total = new Money(0);
  let section = new Money(0);
  let number: Decimal | null = null;
  let lastUnit = 0; // the unit just written (10, 100, 1000, 10000), 0 after a digit or 零
  let afterZero = false;
  for (let i = 0; i < text.length; ) {
    const digits = /^\d+(?:\.\d+)?/.exec(text.slice(i));
    if (digits) {
      if (number !== null) return null; // two numbers in a row
      number = new Money(digits[0]);
      i += digits[0].length;
      continue;
    }
    const ch = text[i]!;
    i++;
    if (ch in CHINESE_DIGITS) {
      const d = CHINESE_DIGITS[ch]!;
      if (d === 0) {
        afterZero = true;
        lastUnit = 0;
        continue;
      }
      if (number !== null) return null;
      number = new Money(d);
      continue;
    }
    if (ch in CHINESE_UNITS) {
      const unit = CHINESE_UNITS[ch]!;
      section = section.plus((number ?? new Money(1)).times(unit));
      number = null;
      lastUnit = unit;
      afterZero = false;
      continue;
    }
    if (WAN.test(ch)) {
      if (number === null && section.isZero()) return null;
      total = total.plus(section.plus(number ?? 0).times(10000));
      section = new Money(0);
      number = null;
      lastUnit = 10000;
      afterZero = false;
      continue;
    }
    return null;
  }
  if (number !== null) {
    // 一万二 = 12000, 三千五 = 3500, 5万2 = 52000: a last bare digit right after 百/千/万 counts in the next lower unit.
    const spokenShort = !afterZero && lastUnit >= 100 && number.isInteger() && number.lt(10);
    section = section.plus(spokenShort ? number.times(lastUnit / 10) : number);
  }
  return total.plus(section);
}

/**
 * Parses an amount as a resident types it: "5万", "5.5万元", "1,200", "5,0000", "１２００", "¥3000",
 * "3000元", "五万", "一万二", "三千五百块". Rejects anything else ("abc", "5-3", "1e5", negative numbers)
 * with a Chinese message.
 */
export function parseAmountInput(input: string): ParsedAmount {
  const raw = input
    .replace(FULL_WIDTH_DIGITS, (c) => (c === '．' ? '.' : c === '，' ? ',' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/\s+/g, '')
    .replace(/^[¥￥]/, '')
    .replace(YUAN_SUFFIX, '');
  if (raw === '') return { ok: false, message: '请输入金额' };
  if (/^[-－负]/.test(raw)) return { ok: false, message: '金额不能为负数' };
  // Digits grouped by commas, in threes (1,200) or as Chinese write them, in fours (5,0000).
  const grouped = /^((?:\d{1,4}(?:,\d{3})+|\d{1,4}(?:,\d{4})+|\d+)(?:\.\d+)?)(万)?$/.exec(raw);
  const value = grouped
    ? new Money((grouped[1] ?? '').replace(/,/g, '')).times(grouped[2] ? 10000 : 1)
    : parseSpokenNumber(raw);
  if (!value) return { ok: false, message: '请输入数字金额，例如 3000、1,200、5万 或 一万二' };
  if (value.decimalPlaces() > 2) return { ok: false, message: '金额最多精确到分（两位小数）' };
  if (value.gt(MAX_AMOUNT)) return { ok: false, message: '金额过大，请核对（不能超过 10 亿元）' };
  return { ok: true, value };
}
