import type Decimal from 'decimal.js';
import { max, min, percent, positive, round2, ZERO, money } from '@/lib/money';

/** A band of an amount (a bill, or a year's cumulative amount): everything up to `upTo` (null = no upper bound) at `ratio` percent. */
export interface Band {
  upTo: number | null;
  ratio: number;
}

export interface BandShare {
  from: Decimal;
  to: Decimal;
  ratio: number;
  paid: Decimal;
}

/**
 * The part of the interval [from, to] of a cumulative amount falling in each band, and what each pays.
 * Bands start at 0 and follow each other (`upTo` ascending). Amounts beyond the last bounded band pay nothing.
 */
export function bandShares(from: Decimal, to: Decimal, bands: readonly Band[]): BandShare[] {
  const shares: BandShare[] = [];
  let lower = ZERO;
  for (const band of bands) {
    const upper = band.upTo === null ? null : money(band.upTo);
    const start = max(from, lower);
    const end = upper === null ? to : min(to, upper);
    if (end.gt(start)) shares.push({ from: start, to: end, ratio: band.ratio, paid: end.minus(start).times(percent(band.ratio)) });
    // The bands above `to` hold none of it.
    if (upper === null || !to.gt(upper)) break;
    lower = upper;
  }
  return shares;
}

/** Σ ratio × portion of [from, to] in each band. */
export function paidBetween(from: Decimal, to: Decimal, bands: readonly Band[]): Decimal {
  let paid = ZERO;
  for (const share of bandShares(from, to, bands)) paid = paid.plus(share.paid);
  return paid;
}

/** What a layer has paid in total, in fen, when the cumulative excess is `x`. */
function paidUpTo(x: Decimal, bands: readonly Band[], cap: Decimal | null): Decimal {
  if (x.isZero()) return ZERO;
  const paid = paidBetween(ZERO, x, bands);
  return round2(cap === null ? paid : min(paid, cap));
}

/**
 * A layer paid on a year's cumulative amount above a deductible, in bands of the excess, up to a cap:
 * what this event adds when the cumulative amount goes from `before` to `after`.
 */
export function cumulativeLayer(
  before: Decimal,
  after: Decimal,
  deductible: Decimal,
  bands: readonly Band[],
  cap: Decimal | null,
): { paid: Decimal; from: Decimal; to: Decimal } {
  const from = positive(before.minus(deductible));
  const to = positive(after.minus(deductible));
  // Paid so far and paid after this event are each counted in fen, so the year's payments add up
  // exactly to what the year's cumulative amount earns (and never exceed the cap).
  const paid = to.eq(from) ? ZERO : positive(paidUpTo(to, bands, cap).minus(paidUpTo(from, bands, cap)));
  return { paid, from, to }; // bandShares(from, to, bands) details the event's part of each band
}
