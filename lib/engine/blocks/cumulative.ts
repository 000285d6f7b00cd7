import type Decimal from 'decimal.js';
import { money } from '@/lib/money';
import { resolve } from '@/lib/policy/lookup';
import type { EventSpec } from '@/lib/policy/spec';
import { cumulativeLayer } from '../bands';
import type { Bill } from '../bill';

type Cumulative = Extract<NonNullable<EventSpec['pay']>, { kind: 'cumulative' }>;

/** The basic fund pays on the year's cumulative eligible cost above a deductible, in bands, up to a cap. */
export function payCumulative(bill: Bill, block: Cumulative, eligible: Decimal): Decimal {
  const before = bill.ledger.get(block.pool);
  const after = bill.ledger.add(block.pool, eligible);
  const bands = block.bands.map((b) => ({ upTo: b.upTo, ratio: resolve(b.ratio, bill.dims) ?? 0 }));
  const { paid } = cumulativeLayer(before, after, money(block.deductible), bands, block.cap === null ? null : money(block.cap));
  if (bill.steps.on) bill.steps.add({ kind: 'cumulativePay', params: { yearTotal: after, deductible: block.deductible, table: bands }, amount: paid, source: block.source });
  return paid;
}
