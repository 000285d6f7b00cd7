import type Decimal from 'decimal.js';
import { money, ZERO } from '@/lib/money';
import { catalogueOf, findDisease } from '@/lib/policy/diseases';
import type { Bill } from '../bill';

/** 政策范围内费用 = 总费用 − 个人自费 (目录外/丙类). */
export function eligibleAmount(bill: Bill): Decimal {
  const e = bill.event;
  const total = money(e.total);
  const out = 'outOfScope' in e ? money(e.outOfScope) : ZERO;
  const eligible = total.minus(out);
  const block = bill.spec.eligible;
  if (bill.steps.on && block && (e.type === 'inpatient' || e.type === 'special' || !out.isZero())) {
    const catalogue = catalogueOf(bill.city, bill.spec);
    const disease = e.type === 'special' && catalogue ? (findDisease(catalogue, e.disease).found?.name ?? e.disease) : undefined;
    bill.steps.add({ kind: 'eligible', params: { total, outOfScope: out, word: block.outOfScope, ...(disease ? { disease } : {}) }, amount: eligible, source: block.source });
  }
  return eligible;
}
