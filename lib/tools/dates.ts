/** Calendar dates as YYYY-MM-DD strings (no time zones: a policy date is a day). */

export function parseDate(text: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d ? { y, m, d } : null;
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function toDate(text: string): Date {
  const p = parseDate(text);
  if (!p) throw new Error(`invalid date ${text}`);
  return new Date(Date.UTC(p.y, p.m - 1, p.d));
}

/** Same day `months` later; the last day of the month when that day does not exist (1-31 + 1 → 2-28). */
export function addMonths(text: string, months: number): string {
  const p = parseDate(text);
  if (!p) throw new Error(`invalid date ${text}`);
  const target = new Date(Date.UTC(p.y, p.m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(p.d, lastDay));
  return format(target);
}

export function addDays(text: string, days: number): string {
  const date = toDate(text);
  date.setUTCDate(date.getUTCDate() + days);
  return format(date);
}

export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 2026-04-01 → 2026年4月1日; a month or a year alone too: 2025-11 → 2025年11月, 2021 → 2021年. */
export function chineseDate(text: string): string {
  const p = parseDate(text);
  if (p) return `${p.y}年${p.m}月${p.d}日`;
  const partial = /^(\d{4})(?:-(\d{1,2}))?$/.exec(text);
  return partial ? `${partial[1]}年${partial[2] ? `${Number(partial[2])}月` : ''}` : text;
}
