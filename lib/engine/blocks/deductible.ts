import type Decimal from 'decimal.js';
import { max, min, money, percent, positive } from '@/lib/money';
import { resolve } from '@/lib/policy/lookup';
import { levelName } from '@/lib/policy/names';
import type { EventSpec } from '@/lib/policy/spec';
import type { Level } from '@/lib/policy/vocabulary';
import { placeShown, whoOf, type Bill } from '../bill';

type Deductible = NonNullable<EventSpec['deductible']>;

/** The ledger key of the deductible counted in the current course of treatment (转院). */
const COURSE = 'courseDeductible';

/** The full deductible for this bill: the lookup (at `atLevel` where given), times `factor` percent. */
function fullDeductible(bill: Bill, block: Deductible): Decimal {
  const dims = block.atLevel ? { ...bill.dims, level: block.atLevel } : bill.dims;
  const amount = money(resolve(block.amount, dims) ?? 0);
  if (block.factor === undefined) return amount;
  return amount.times(percent(resolve(block.factor, bill.dims) ?? 100));
}

/**
 * 起付线: what of `covered` (the eligible cost after 乙类 self-pay) the person pays first. Per admission
 * (a 转院 in one course of treatment pays only the difference) or once a year (kept in `pool`).
 */
export function deductible(bill: Bill, block: Deductible, covered: Decimal): Decimal {
  const full = fullDeductible(bill, block);
  let due = full;
  if (block.per === 'admission') {
    if (block.transfer) {
      const e = bill.event;
      if (e.type === 'inpatient' && e.transfer) {
        const paidBefore = bill.ledger.get(COURSE);
        due = positive(full.minus(paidBefore));
        bill.ledger.set(COURSE, max(paidBefore, full));
        if (bill.steps.on) bill.steps.add({ kind: 'transfer', params: { due, full, paidBefore }, amount: due, source: block.transfer.source });
      } else {
        bill.ledger.set(COURSE, full);
      }
    }
  } else {
    due = positive(full.minus(bill.ledger.get(block.pool)));
  }
  const paid = min(due, covered);
  if (block.per === 'year') bill.ledger.add(block.pool, paid);
  if (bill.steps.on) explain(bill, block, full, due, covered, paid);
  return paid;
}

function explain(bill: Bill, block: Deductible, full: Decimal, due: Decimal, covered: Decimal, paid: Decimal) {
  const e = bill.event;
  const level = 'level' in e && bill.spec.levels && bill.spec.levels.length > 1 ? levelName(bill.city, e.level) : undefined;
  const place = placeShown(bill);
  const usesAdmission = typeof block.amount === 'object' && block.amount !== null && block.amount.by.includes('admission');
  bill.steps.add({
    kind: 'deductible',
    params: {
      per: block.per,
      full,
      due,
      covered,
      ...(level && !block.atLevel ? { level } : {}),
      ...(place ? { place } : {}),
      who: whoOf(bill, block.amount, block.factor),
      ...(usesAdmission ? { admission: bill.dims.admission ?? 1 } : {}),
      ...(block.atLevel ? { atLevel: levelName(bill.city, block.atLevel as Level) } : {}),
      ...(block.factor !== undefined ? { factor: resolve(block.factor, bill.dims) ?? 100 } : {}),
    },
    amount: paid,
    source: block.source,
  });
}
