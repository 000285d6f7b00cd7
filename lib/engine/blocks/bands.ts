import type Decimal from 'decimal.js';
import { ZERO } from '@/lib/money';
import { resolve } from '@/lib/policy/lookup';
import type { EventSpec } from '@/lib/policy/spec';
import { bandShares, type Band } from '../bands';
import { placeShown, whoOf, type Bill } from '../bill';

type Bands = Extract<NonNullable<EventSpec['pay']>, { kind: 'bands' }>;

/** How the rules change the bands for the place of treatment (lower ratios, or one flat ratio), if they do. */
function placeAdjustment(bill: Bill, block: Bands) {
  return block.places?.[bill.dims.where as keyof NonNullable<Bands['places']>];
}

/** The band table for this bill: each ratio looked up, then changed for the place of treatment (lower, or one flat ratio). */
export function bandTableFor(bill: Bill, block: Bands): Band[] {
  const adjust = placeAdjustment(bill, block);
  if (adjust?.flat !== undefined) return [{ upTo: null, ratio: adjust.flat }];
  const delta = adjust?.delta ?? 0;
  return block.bands.map((b) => ({ upTo: b.upTo, ratio: Math.max(0, (resolve(b.ratio, bill.dims) ?? 0) + delta) }));
}

/**
 * The basic fund pays by bands: of the bill (the part above the deductible falls in the bands of the
 * bill's eligible cost), or of the year (the bill occupies [before, before + covered] of the year's
 * cumulative eligible cost; its first `deductiblePaid` is the person's, the rest is paid at the band it falls in).
 */
export function payBands(bill: Bill, block: Bands, covered: Decimal, deductiblePaid: Decimal): Decimal {
  const table = bandTableFor(bill, block);
  let from = deductiblePaid;
  let to = covered;
  let yearTotal: Decimal | undefined;
  if (block.of === 'year') {
    const pool = block.pool ?? 'cumulativeCost';
    const before = bill.ledger.get(pool);
    yearTotal = bill.ledger.add(pool, covered);
    from = before.plus(deductiblePaid);
    to = yearTotal;
  }
  const shares = bandShares(from, to, table);
  let wanted = ZERO;
  for (const s of shares) wanted = wanted.plus(s.paid);
  const adjust = placeAdjustment(bill, block);
  if (block.note && adjust?.flat === undefined) bill.notes.add(block.note);
  if (bill.steps.on) {
    const place = placeShown(bill);
    bill.steps.add({
      kind: 'bands',
      params: { of: block.of, parts: shares, table, who: adjust?.flat === undefined ? whoOf(bill, ...block.bands.map((b) => b.ratio)) : [], ...(place ? { place } : {}), ...(yearTotal ? { yearTotal } : {}) },
      amount: wanted,
      source: adjust?.source ?? block.source,
    });
  }
  return wanted;
}
