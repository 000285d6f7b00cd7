import type { Tools } from '@/lib/policy/spec';
import type { Step } from '@/lib/scenario/types';

/**
 * 城乡居民大病保险 年度最高支付限额 after continuous or broken cover: a rules file's `tools.criticalCapAdjustment`.
 */
export interface CriticalCapInput {
  /** Consecutive years of 居民医保 up to and including this year (1 = enrolled this year only). */
  continuousYears: number;
  /** No fund reimbursement at all last year (基金零报销). */
  zeroClaimLastYear: boolean;
  /** Years without cover before this enrolment (断保年数). */
  brokenYears: number;
}

export interface CriticalCapResult {
  base: number;
  bonus: number;
  penalty: number;
  cap: number;
  steps: Step[];
}

export function criticalCap(input: CriticalCapInput, a: NonNullable<Tools['criticalCapAdjustment']>): CriticalCapResult | { path: string; message: string } {
  if (!Number.isInteger(input.continuousYears) || input.continuousYears < 0 || input.continuousYears > 100) return { path: 'continuousYears', message: '连续参保年数应为 0 到 100 之间的整数' };
  if (!Number.isInteger(input.brokenYears) || input.brokenYears < 0 || input.brokenYears > 100) return { path: 'brokenYears', message: '断保年数应为 0 到 100 之间的整数' };
  const base = a.base;
  const limit = (base * a.maxPercent) / 100;
  const steps: Step[] = [{ text: `大病保险年最高赔付限额 ${base} 元`, source: a.baseSource }];
  const continuity = Math.max(0, input.continuousYears - a.freeYears) * a.step;
  if (continuity > 0) steps.push({ text: `连续参保满 ${a.freeYears} 年后，每再连续参保 1 年提高 ${a.step} 元：+${continuity} 元`, source: a.source });
  const zeroClaim = input.zeroClaimLastYear ? a.step : 0;
  if (zeroClaim) steps.push({ text: `上年度基金零报销，本年度提高 ${a.step} 元（不累计）`, source: a.source });
  const bonus = Math.min(continuity + zeroClaim, limit);
  if (continuity + zeroClaim > limit) steps.push({ text: `累计提高不超过原封顶线的 ${a.maxPercent}%（${limit} 元）`, source: a.source });
  const penalty = Math.min(input.brokenYears * a.step, limit);
  if (input.brokenYears > 0) {
    steps.push({ text: `断保 ${input.brokenYears} 年，每断保 1 年降低 ${a.step} 元，累计不超过 ${limit} 元：−${penalty} 元`, source: a.brokenSource });
  }
  const cap = base + bonus - penalty;
  steps.push({ text: `本年度大病保险最高赔付限额 ${cap} 元`, source: a.source });
  return { base, bonus, penalty, cap, steps };
}
