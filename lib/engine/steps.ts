import type Decimal from 'decimal.js';
import { formatYuan, toAmountString } from '@/lib/money';
import type { Step } from '@/lib/scenario/types';

/** Explanation steps of one event, in plain Chinese, each citing the handbook entry it rests on. */
export class StepList {
  readonly steps: Step[] = [];

  add(text: string, source: string, amount?: Decimal): void {
    this.steps.push(amount === undefined ? { text, source } : { text, source, amount: toAmountString(amount) });
  }
}

export const yuan = (value: Decimal | number) => formatYuan(value);
export const pct = (ratio: number) => `${ratio}%`;
