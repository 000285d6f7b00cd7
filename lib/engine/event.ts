import { ZERO } from '@/lib/money';
import type { Bill, Outcome } from './bill';
import { assistance } from './blocks/assistance';
import { payBands } from './blocks/bands';
import { applyCap } from './blocks/cap';
import { classBSelfPay } from './blocks/class-b';
import { payCumulative } from './blocks/cumulative';
import { cumulativeShare } from './blocks/cumulative-layer';
import { deductible } from './blocks/deductible';
import { eligibleAmount } from './blocks/eligible';
import { payLumpSum } from './blocks/lump-sum';
import { payRatio } from './blocks/ratio';
import { shareRatio } from './blocks/share-ratio';

const NONE: readonly never[] = [];

/**
 * One bill through its rules, in the order a 医保 office settles it: 政策范围内费用 → 乙类先行自付 →
 * 起付线 → 比例、分段或定额 → 年度限额 → the layers after the basic fund (each on what the ones before left).
 */
export function settle(bill: Bill): Outcome {
  const spec = bill.spec;
  const pay = spec.pay;
  if (!pay || spec.unavailable) throw new Error(`the rules cannot compute ${bill.event.type}: ${spec.unavailable ?? ''}`);
  const eligible = eligibleAmount(bill);
  const classBSelf = spec.classB ? classBSelfPay(bill, spec.classB) : ZERO;
  const covered = classBSelf.isZero() ? eligible : eligible.minus(classBSelf);
  const deductiblePaid = spec.deductible ? deductible(bill, spec.deductible, covered) : ZERO;

  let basic;
  switch (pay.kind) {
    case 'ratio':
      basic = payRatio(bill, pay, covered, deductiblePaid);
      break;
    case 'bands':
      basic = payBands(bill, pay, covered, deductiblePaid);
      break;
    case 'lumpSum':
      basic = payLumpSum(bill, pay, eligible);
      break;
    case 'cumulative':
      basic = payCumulative(bill, pay, eligible);
      break;
  }
  for (const cap of spec.caps ?? NONE) basic = applyCap(bill, cap, basic);

  const payers = { basic, critical: ZERO, civil: ZERO, assistance: ZERO };
  let share = eligible.minus(basic);
  for (const layer of spec.layers ?? NONE) {
    const paid = layer.kind === 'shareRatio' ? shareRatio(bill, layer, share) : layer.kind === 'cumulative' ? cumulativeShare(bill, layer, share) : assistance(bill, layer, share);
    if (paid.isZero()) continue;
    const before = payers[layer.payer];
    payers[layer.payer] = before.isZero() ? paid : before.plus(paid);
    share = share.minus(paid);
  }
  for (const note of spec.notes ?? NONE) bill.notes.add(note);
  return { payers, ceiling: eligible };
}
