import type Decimal from 'decimal.js';
import { formatYuan, toAmountString } from '@/lib/money';
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
export const pct = (ratio: number) => `${ratio}%`;
