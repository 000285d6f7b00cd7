import type Decimal from 'decimal.js';
import { formatYuan as yuan, max, min, money, percent, round2 } from '@/lib/money';
import type { Tools } from '@/lib/policy/spec';
import type { Step } from '@/lib/scenario/types';


/** 职工医保: contributions, the personal account, and 生育津贴 (separate tools, not part of a scenario; a rules file's `tools`). */

export type EmployerKind = 'institution' | 'enterprise' | 'flexible' | 'retired';

export interface ContributionInput {
  kind: EmployerKind;
  /** 本人月缴费工资 (yuan). */
  monthlyWage: Decimal.Value;
  /** 上年度全区在岗职工月平均工资 (yuan): the document gives no figure, so the user enters it. */
  regionalMonthlyAverage: Decimal.Value;
}

export interface ContributionResult {
  base: string;
  unit: string;
  personal: string;
  maternity: string;
  accountMonthly: string;
  accountYearly: string;
  steps: Step[];
}

export function contributions(input: ContributionInput, c: NonNullable<Tools['contributions']>): ContributionResult {
  const rate = c.rates[input.kind];
  if (!rate) throw new Error(`unknown kind ${input.kind}`);
  const average = money(input.regionalMonthlyAverage);
  const low = average.times(percent(c.baseMinPercent));
  const high = average.times(percent(c.baseMaxPercent));
  const wage = money(input.monthlyWage);
  const base = input.kind === 'retired' ? money(0) : min(max(wage, low), high);
  const steps: Step[] = [];
  if (input.kind !== 'retired') {
    steps.push({
      text: `缴费基数：本人工资 ${yuan(wage)}，按全区上年度在岗职工月平均工资的 ${c.baseMinPercent}%（${yuan(low)}）至 ${c.baseMaxPercent}%（${yuan(high)}）取值，为 ${yuan(base)}`,
      source: c.source,
    });
  }
  const unit = round2(base.times(percent(rate.unit)));
  const personal = round2(base.times(percent(rate.personal)));
  const maternity = round2(base.times(percent(rate.maternity)));
  steps.push({ text: `${rate.label}：单位缴 ${rate.unit}%，个人缴 ${rate.personal}%${rate.maternity ? `，生育保险（单位缴）${rate.maternity}%` : ''}`, source: c.source });
  const a = c.account;
  const accountMonthly = input.kind === 'retired' ? money(a.retiredMonthly) : round2(base.times(percent(a.activePercentOfBase)));
  steps.push({
    text: input.kind === 'retired' ? `退休人员个人账户每月计入 ${yuan(a.retiredMonthly)}` : `在职人员个人账户每月按缴费基数的 ${a.activePercentOfBase}% 计入`,
    source: a.source,
  });
  return {
    base: base.toFixed(2),
    unit: unit.toFixed(2),
    personal: personal.toFixed(2),
    maternity: maternity.toFixed(2),
    accountMonthly: accountMonthly.toFixed(2),
    accountYearly: accountMonthly.times(12).toFixed(2),
    steps,
  };
}

export type AllowanceEvent =
  | { kind: 'birth'; difficult: boolean; babies: number; survivingTwoOrMore: boolean; lateFirstBirth: boolean }
  | { kind: 'termination'; weeks: number; iud?: boolean; implant?: boolean }
  | { kind: 'ectopic'; iud?: boolean; implant?: boolean }
  | { kind: 'sterilisation' };

export interface AllowanceInput {
  event: AllowanceEvent;
  /** 单位上年度在岗职工月平均缴费工资基数. */
  unitMonthlyAverageBase: Decimal.Value;
  /** 全区上年度在岗职工年平均工资 (for the 营养补助), optional. */
  regionalAnnualAverage?: Decimal.Value;
}

export interface AllowanceResult {
  days: number;
  daily: string;
  allowance: string;
  spouseCareDays: number;
  spouseCare: string;
  nutrition: string | null;
  steps: Step[];
}

export function maternityAllowance(input: AllowanceInput, m: NonNullable<Tools['maternityAllowance']>): AllowanceResult {
  const steps: Step[] = [];
  let days = 0;
  const e = input.event;
  if (e.kind === 'birth') {
    days = m.baseDays;
    steps.push({ text: `生育津贴 ${m.baseDays} 天（含产前休假15天）`, source: m.source });
    if (e.difficult) {
      days += m.difficultDays;
      steps.push({ text: `难产（含剖宫产）增加 ${m.difficultDays} 天`, source: m.source });
    }
    if (e.babies > 1) {
      days += (e.babies - 1) * m.extraBabyDays;
      steps.push({ text: `多胞胎每多生育一个婴儿增加 ${m.extraBabyDays} 天`, source: m.source });
    }
    if (e.survivingTwoOrMore) {
      days += m.survivingTwoOrMoreDays;
      steps.push({ text: `两个及以上婴儿存活4个月及以上，增加 ${m.survivingTwoOrMoreDays} 天`, source: m.source });
    }
    if (e.lateFirstBirth) {
      days += m.lateFirstBirthDays;
      steps.push({ text: `第一胎为晚育，增加 ${m.lateFirstBirthDays} 天`, source: m.source });
    }
  } else if (e.kind === 'sterilisation') {
    days = m.termination.sterilisationDays;
    steps.push({ text: `输卵（精）管结扎手术 ${days} 天`, source: m.termination.source });
  } else {
    const t = m.termination;
    if (e.kind === 'ectopic') {
      days = t.ectopicDays;
      steps.push({ text: `宫外孕 ${days} 天`, source: t.source });
    } else {
      const months = e.weeks / m.weeksPerMonth;
      const band = t.bands.find((b) => b.belowMonths === null || months < b.belowMonths);
      days = band?.days ?? 0;
      steps.push({ text: `怀孕约 ${months.toFixed(1)} 个月终止妊娠 ${days} 天`, source: t.source });
    }
    if (e.iud) {
      days += t.iudExtraDays;
      steps.push({ text: `同时放置节育环增加 ${t.iudExtraDays} 天`, source: t.source });
    }
    if (e.implant) {
      days += t.implantExtraDays;
      steps.push({ text: `同时实施皮下埋植手术增加 ${t.implantExtraDays} 天`, source: t.source });
    }
  }
  const daily = money(input.unitMonthlyAverageBase).div(m.daysPerMonthOfPay);
  const allowance = round2(daily.times(days));
  steps.push({ text: `生育津贴 = 单位上年度在岗职工月平均缴费工资基数 ÷ ${m.daysPerMonthOfPay} × ${days} 天 = ${yuan(allowance)}`, source: m.formulaSource });
  const spouseCare = e.kind === 'birth' ? round2(daily.times(m.spouseCareDays)) : money(0);
  if (e.kind === 'birth') steps.push({ text: `配偶护理津贴 ${m.spouseCareDays} 天，按生育津贴标准计发：${yuan(spouseCare)}`, source: m.source });
  let nutrition: string | null = null;
  if (e.kind === 'birth' && input.regionalAnnualAverage !== undefined) {
    const n = round2(money(input.regionalAnnualAverage).times(percent(m.nutrition.percentOfAnnualWage)));
    nutrition = n.toFixed(2);
    steps.push({ text: `一次性营养补助费：全区上年度在岗职工年平均工资的 ${m.nutrition.percentOfAnnualWage}% = ${yuan(n)}`, source: m.nutrition.source });
  }
  return {
    days,
    daily: round2(daily).toFixed(2),
    allowance: allowance.toFixed(2),
    spouseCareDays: e.kind === 'birth' ? m.spouseCareDays : 0,
    spouseCare: spouseCare.toFixed(2),
    nutrition,
    steps,
  };
}
