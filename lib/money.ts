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

/**
 * Parses an amount as a resident types it: "5万", "5.5万元", "1,200", "１２００", "¥3000", "3000元".
 * Rejects anything else ("abc", "5-3", "1e5", negative numbers) with a Chinese message.
 */
export function parseAmountInput(input: string): ParsedAmount {
  const raw = input
    .replace(FULL_WIDTH_DIGITS, (c) => (c === '．' ? '.' : c === '，' ? ',' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/\s+/g, '')
    .replace(/^[¥￥]/, '');
  if (raw === '') return { ok: false, message: '请输入金额' };
  if (/^-/.test(raw)) return { ok: false, message: '金额不能为负数' };
  const match = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(万)?(元)?$/.exec(raw);
  if (!match) return { ok: false, message: '请输入数字金额，例如 3000、1,200 或 5万' };
  let value = new Money((match[1] ?? '').replace(/,/g, ''));
  if (match[2]) value = value.times(10000);
  if (value.decimalPlaces() > 2) return { ok: false, message: '金额最多精确到分（两位小数）' };
  if (value.gt(MAX_AMOUNT)) return { ok: false, message: '金额过大，请核对（不能超过 10 亿元）' };
  return { ok: true, value };
}
