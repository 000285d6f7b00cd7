import type Decimal from 'decimal.js';
import { formatYuan, round2, toAmountString } from '@/lib/money';
import type { Step } from '@/lib/scenario/types';

/** Explanation steps of one event, in plain Chinese, each citing the handbook entry it rests on. */
export class StepList {
  readonly steps: Step[] = [];

  /** `explain: false` skips the wording (what-if charts need only the numbers). */
  constructor(private readonly explain = true) {}

  /** `text` is a function so that no wording is built when the steps are not wanted. */
  add(text: string | (() => string), source: string, amount?: Decimal): void {
    if (!this.explain) return;
    const words = typeof text === 'function' ? text() : text;
    this.steps.push(amount === undefined ? { text: words, source } : { text: words, source, amount: toAmountString(amount) });
  }
}

export const yuan = (value: Decimal | number) => formatYuan(value);

/** What an annual limit did to this bill, after the step's own words (nothing when it did not cut it). */
export function capWords(wanted: Decimal, granted: Decimal, paidBefore: Decimal): string {
  if (!granted.lt(round2(wanted))) return '';
  const before = paidBefore.isZero() ? '' : `本年此前已支付 ${yuan(paidBefore)}，`;
  return `；${before}受年度限额所限，本次支付 ${yuan(granted)}`;
}

/**
 * “起付线 ¥700.00，由个人支付”; or that there is none; or that this bill stays below it (and is all the
 * person's). `due` is what this bill still owes of the deductible (less when part was paid before).
 */
export function deductibleWords(deductible: Decimal, eligible: Decimal, due: Decimal = deductible): string {
  if (deductible.isZero()) return '无起付线';
  if (eligible.lt(due)) return `起付线 ${yuan(deductible)}，本次政策范围内费用 ${yuan(eligible)} 未超过起付线，由个人支付`;
  return `起付线 ${yuan(deductible)}，由个人支付`;
}
export const pct = (ratio: number) => `${ratio}%`;
