import type Decimal from 'decimal.js';
import { percent } from '@/lib/money';
import { resolve } from '@/lib/policy/lookup';
import type { Lookup } from '@/lib/policy/spec';
import { whoOf, type Bill } from '../bill';

/** The basic fund pays one ratio of what is above the deductible. */
export function payRatio(bill: Bill, block: { ratio: Lookup; source: string }, covered: Decimal, deductiblePaid: Decimal): Decimal {
  const ratio = resolve(block.ratio, bill.dims) ?? 0;
  const base = covered.minus(deductiblePaid);
  const wanted = base.times(percent(ratio));
  if (bill.steps.on) {
    bill.steps.add({ kind: 'ratio', params: { base, ratio, afterDeductible: bill.spec.deductible !== undefined, who: whoOf(bill, block.ratio) }, amount: wanted, source: block.source });
  }
  return wanted;
}
