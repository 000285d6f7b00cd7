import type { Tools } from '@/lib/policy/spec';
import { addDays, addMonths, chineseDate, compareDates, parseDate } from './dates';
import type { Step } from '@/lib/scenario/types';

/**
 * 城乡居民 待遇等待期: when cover starts, from enrolment history and payment date (a rules file's `tools.waitingPeriod`).
 */
export interface WaitingInput {
  /** 参保年度, e.g. 2026. */
  coverageYear: number;
  /** 缴费日期 YYYY-MM-DD. */
  paymentDate: string;
  /** Consecutive years without 居民/职工医保 just before the coverage year (0 = insured last year). */
  brokenYears: number;
  /** Missed years repaired by paying for them (each removes one month of the variable wait). */
  repairedYears?: number;
  /** 新生儿: birth date YYYY-MM-DD. */
  birthDate?: string;
}

export interface WaitingResult {
  /** First day on which costs are reimbursed. */
  start: string;
  fixedMonths: number;
  variableMonths: number;
  totalMonths: number;
  /** Whether the start falls inside the coverage year (otherwise next year's premium is needed too). */
  withinCoverageYear: boolean;
  steps: Step[];
}

export type WaitingOutcome = { ok: true; result: WaitingResult } | { ok: false; error: { path: string; message: string } };

export function validateWaitingInput(input: WaitingInput): { path: string; message: string } | null {
  if (!Number.isInteger(input.coverageYear) || input.coverageYear < 2000 || input.coverageYear > 2100) return { path: 'coverageYear', message: '请填写参保年度，如 2026' };
  if (!parseDate(input.paymentDate)) return { path: 'paymentDate', message: '请填写缴费日期，格式如 2026-01-15' };
  if (!Number.isInteger(input.brokenYears) || input.brokenYears < 0 || input.brokenYears > 80) return { path: 'brokenYears', message: '断保年数应为 0 到 80 之间的整数' };
  const repaired = input.repairedYears ?? 0;
  if (!Number.isInteger(repaired) || repaired < 0 || repaired > input.brokenYears) return { path: 'repairedYears', message: '补缴修复的年数应为 0 到断保年数之间的整数' };
  if (input.birthDate !== undefined && !parseDate(input.birthDate)) return { path: 'birthDate', message: '请填写出生日期，格式如 2026-03-05' };
  if (input.birthDate && compareDates(input.paymentDate, input.birthDate) < 0) return { path: 'paymentDate', message: '缴费日期不能早于出生日期' };
  const first = `${input.coverageYear - 1}-01-01`;
  const last = `${input.coverageYear}-12-31`;
  if (compareDates(input.paymentDate, first) < 0 || compareDates(input.paymentDate, last) > 0) {
    return { path: 'paymentDate', message: `${input.coverageYear}年度的保费应在${input.coverageYear - 1}年或${input.coverageYear}年内缴纳` };
  }
  return null;
}

export function waitingPeriod(input: WaitingInput, w: NonNullable<Tools['waitingPeriod']>): WaitingOutcome {
  const error = validateWaitingInput(input);
  if (error) return { ok: false, error };
  const steps: Step[] = [];
  const yearStart = `${input.coverageYear}-01-01`;
  const paidBeforeYear = compareDates(input.paymentDate, yearStart) < 0;
  const done = (start: string, fixed: number, variable: number, total: number): WaitingOutcome => {
    const withinCoverageYear = compareDates(start, `${input.coverageYear}-12-31`) <= 0;
    if (!withinCoverageYear) {
      steps.push({
        text: `等待期结束时已超出${input.coverageYear}年度：需同时缴纳${input.coverageYear + 1}年度保费，才能从${chineseDate(start)}起享受待遇`,
        source: w.source,
      });
    }
    return { ok: true, result: { start, fixedMonths: fixed, variableMonths: variable, totalMonths: total, withinCoverageYear, steps } };
  };

  if (input.birthDate) {
    const deadline = addDays(input.birthDate, w.newbornDays);
    if (compareDates(input.paymentDate, deadline) <= 0) {
      steps.push({ text: `新生儿出生后 ${w.newbornDays} 天内参保缴费，不设待遇等待期，自出生之日（${chineseDate(input.birthDate)}）起享受待遇`, source: w.newbornSource });
      return done(input.birthDate, 0, 0, 0);
    }
    steps.push({ text: `新生儿出生 ${w.newbornDays} 天后才参保，按未连续参保人员计算等待期`, source: w.source });
  }

  if (input.brokenYears === 0) {
    const graceEnd = addMonths(`${input.coverageYear}-${w.continuousGraceUntil}`, 0);
    const februaryEnd = addDays(`${input.coverageYear}-03-01`, -1);
    const lastGraceDay = compareDates(graceEnd, februaryEnd) < 0 ? februaryEnd : graceEnd;
    if (paidBeforeYear) {
      steps.push({ text: `上年度已参保，在集中缴费期内（${input.coverageYear}年1月1日前）缴费，自${chineseDate(yearStart)}起享受待遇`, source: w.source });
      return done(yearStart, 0, 0, 0);
    }
    if (compareDates(input.paymentDate, lastGraceDay) <= 0) {
      steps.push({ text: `上年度已参保，在1月1日至2月底之间缴费，自缴费之日（${chineseDate(input.paymentDate)}）起享受待遇`, source: w.source });
      return done(input.paymentDate, 0, 0, 0);
    }
    const start = addMonths(input.paymentDate, w.fixedMonths);
    steps.push({ text: `3月1日以后才缴费，设固定待遇等待期 ${w.fixedMonths} 个月，自缴费之日起 ${w.fixedMonths} 个月后（${chineseDate(start)}）享受待遇`, source: w.source });
    return done(start, w.fixedMonths, 0, w.fixedMonths);
  }

  const fixed = w.fixedMonths;
  const variableBefore = (input.brokenYears - 1) * w.variableMonthsPerExtraYear;
  const repaired = input.repairedYears ?? 0;
  const variable = Math.max(0, variableBefore - repaired * w.variableMonthsPerExtraYear);
  let total = fixed + variable;
  steps.push({
    text: `断保 ${input.brokenYears} 年：固定等待期 ${fixed} 个月${variableBefore ? `，每多断 1 年加变动等待期 1 个月，共 ${variableBefore} 个月` : ''}`,
    source: w.source,
  });
  if (repaired > 0) {
    steps.push({ text: `补缴 ${repaired} 年修复变动等待期，减少 ${repaired * w.variableMonthsPerExtraYear} 个月`, source: w.source });
    if (input.brokenYears >= w.minimumAfterRepairFromBrokenYears && total < w.minimumAfterRepairMonths) {
      total = w.minimumAfterRepairMonths;
      steps.push({ text: `连续断缴 ${w.minimumAfterRepairFromBrokenYears} 年及以上的，修复后固定和变动等待期之和不少于 ${w.minimumAfterRepairMonths} 个月`, source: w.source });
    }
  }
  const from = paidBeforeYear ? yearStart : input.paymentDate;
  const start = addMonths(from, total);
  steps.push({
    text: `等待期共 ${total} 个月，自${paidBeforeYear ? '1月1日' : `缴费之日（${chineseDate(input.paymentDate)}）`}起算，${chineseDate(start)}起享受待遇`,
    source: w.source,
  });
  return done(start, fixed, total - fixed, total);
}
