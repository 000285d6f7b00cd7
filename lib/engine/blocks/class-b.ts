import type Decimal from 'decimal.js';
import { money, percent, ZERO } from '@/lib/money';
import type { EventSpec } from '@/lib/policy/spec';
import type { Bill } from '../bill';

type ClassB = NonNullable<EventSpec['classB']>;

/** 乙类先行自付: the share of the 乙类 amount the person pays before anything else (0 where the rules have none). */
export function classBSelfPay(bill: Bill, block: ClassB): Decimal {
  const e = bill.event;
  const classB = 'classB' in e ? money(e.classB) : ZERO;
  if (classB.isZero()) return ZERO;
  const self = block.selfPay > 0 ? classB.times(percent(block.selfPay)) : ZERO;
  if (bill.steps.on) {
    bill.steps.add({ kind: 'classB', params: { classB, selfPay: block.selfPay, ...(block.selfPay === 0 && block.note ? { note: block.note } : {}) }, ...(self.isZero() ? {} : { amount: self }), source: block.source });
  }
  return self;
}
