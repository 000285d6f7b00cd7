import { describe, expect, it } from 'vitest';
import { loadRuleBook } from '@/lib/policy/load';
import { contributions, maternityAllowance } from './employee';
import { criticalCap } from './critical-cap';
import { addMonths } from './dates';
import { waitingPeriod, type WaitingInput } from './waiting';

const rules = loadRuleBook();
const waitingRules = rules.bazhong!.tools!.waitingPeriod!;
const capRules = rules.bazhong!.tools!.criticalCapAdjustment!;
const contributionRules = rules.changdu!.tools!.contributions!;
const allowanceRules = rules.changdu!.tools!.maternityAllowance!;
const start = (input: WaitingInput) => {
  const r = waitingPeriod(input, waitingRules);
  if (!r.ok) throw new Error(r.error.message);
  return r.result;
};

describe('巴中居民 待遇等待期: the seven worked examples of 第三章十问 (bazhong/resident/10)', () => {
  it('例一：上年度参保，1月1日前缴费 → 1月1日；1月1日至2月28日 → 缴费之日；3月1日起 → 3个月后', () => {
    expect(start({ coverageYear: 2026, paymentDate: '2025-12-20', brokenYears: 0 }).start).toBe('2026-01-01');
    expect(start({ coverageYear: 2026, paymentDate: '2026-02-10', brokenYears: 0 }).start).toBe('2026-02-10');
    expect(start({ coverageYear: 2026, paymentDate: '2026-03-05', brokenYears: 0 })).toMatchObject({ start: '2026-06-05', totalMonths: 3 });
  });
  it('例二：2025年未参保，1月1日前参保 → 4月1日；2月28日前缴费 → 缴费之日起3个月后', () => {
    expect(start({ coverageYear: 2026, paymentDate: '2025-12-15', brokenYears: 1 }).start).toBe('2026-04-01');
    expect(start({ coverageYear: 2026, paymentDate: '2026-02-20', brokenYears: 1 }).start).toBe('2026-05-20');
  });
  it('例三：断保后在2026年12月缴2026年保费 → 等待期跨入2027年，需同时缴2027年保费', () => {
    const r = start({ coverageYear: 2026, paymentDate: '2026-12-10', brokenYears: 1 });
    expect(r.start).toBe('2027-03-10');
    expect(r.withinCoverageYear).toBe(false);
  });
  it('例四：2025年未参保，1月2日参保 → 4月2日', () => {
    expect(start({ coverageYear: 2026, paymentDate: '2026-01-02', brokenYears: 1 }).start).toBe('2026-04-02');
  });
  it('例五：2025、2026年未参保，2027年集中缴费期参保 → 3+1=4个月，5月1日；修复1个月 → 3个月', () => {
    expect(start({ coverageYear: 2027, paymentDate: '2026-12-01', brokenYears: 2 })).toMatchObject({ start: '2027-05-01', fixedMonths: 3, variableMonths: 1 });
    expect(start({ coverageYear: 2027, paymentDate: '2026-12-01', brokenYears: 2, repairedYears: 1 })).toMatchObject({ start: '2027-04-01', totalMonths: 3 });
  });
  it('例六：2025—2029年连续5年未参保 → 3+4=7个月，8月1日；修复后不少于6个月', () => {
    expect(start({ coverageYear: 2030, paymentDate: '2029-11-20', brokenYears: 5 })).toMatchObject({ start: '2030-08-01', totalMonths: 7 });
    expect(start({ coverageYear: 2030, paymentDate: '2029-11-20', brokenYears: 5, repairedYears: 1 }).totalMonths).toBe(6);
    expect(start({ coverageYear: 2030, paymentDate: '2029-11-20', brokenYears: 5, repairedYears: 4 }).totalMonths).toBe(6);
  });
  it('例七：新生儿出生90天内参保不设等待期；出生两年后再参保 → 4个月，修复后3个月', () => {
    expect(start({ coverageYear: 2026, paymentDate: '2026-05-20', brokenYears: 0, birthDate: '2026-03-01' })).toMatchObject({ start: '2026-03-01', totalMonths: 0 });
    expect(start({ coverageYear: 2026, paymentDate: '2025-12-01', brokenYears: 2, birthDate: '2024-02-01' }).totalMonths).toBe(4);
    expect(start({ coverageYear: 2026, paymentDate: '2025-12-01', brokenYears: 2, repairedYears: 1, birthDate: '2024-02-01' }).totalMonths).toBe(3);
  });
  it('rejects bad input with a Chinese message', () => {
    const r = waitingPeriod({ coverageYear: 2026, paymentDate: '2026-02-30', brokenYears: 0 }, waitingRules);
    expect(r.ok).toBe(false);
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });
});

describe('巴中居民 大病保险限额 (bazhong/resident/9, /10)', () => {
  const cap = (input: Parameters<typeof criticalCap>[0]) => {
    const r = criticalCap(input, capRules);
    if ('message' in r) throw new Error(r.message);
    return r.cap;
  };
  it('reproduces the examples', () => {
    expect(cap({ continuousYears: 5, zeroClaimLastYear: false, brokenYears: 0 })).toBe(304000);
    expect(cap({ continuousYears: 6, zeroClaimLastYear: false, brokenYears: 0 })).toBe(308000);
    expect(cap({ continuousYears: 40, zeroClaimLastYear: true, brokenYears: 0 })).toBe(360000);
    expect(cap({ continuousYears: 2, zeroClaimLastYear: true, brokenYears: 0 })).toBe(304000);
    expect(cap({ continuousYears: 1, zeroClaimLastYear: false, brokenYears: 1 })).toBe(296000);
    expect(cap({ continuousYears: 1, zeroClaimLastYear: false, brokenYears: 2 })).toBe(292000);
    expect(cap({ continuousYears: 1, zeroClaimLastYear: false, brokenYears: 30 })).toBe(240000);
  });
});

describe('昌都 缴费、个人账户和生育津贴', () => {
  it('clamps the base to 60%–300% of the regional average and credits 2% to the account', () => {
    const low = contributions({ kind: 'enterprise', monthlyWage: 2000, regionalMonthlyAverage: 10000 }, contributionRules);
    expect(low).toMatchObject({ base: '6000.00', unit: '420.00', personal: '120.00', maternity: '30.00', accountMonthly: '120.00', accountYearly: '1440.00' });
    const high = contributions({ kind: 'institution', monthlyWage: 50000, regionalMonthlyAverage: 10000 }, contributionRules);
    expect(high).toMatchObject({ base: '30000.00', unit: '2100.00', personal: '600.00', maternity: '210.00' });
    const flexible = contributions({ kind: 'flexible', monthlyWage: 8000, regionalMonthlyAverage: 10000 }, contributionRules);
    expect(flexible).toMatchObject({ unit: '0.00', personal: '720.00' });
    const retired = contributions({ kind: 'retired', monthlyWage: 0, regionalMonthlyAverage: 10000 }, contributionRules);
    expect(retired).toMatchObject({ personal: '0.00', accountMonthly: '300.00', accountYearly: '3600.00' });
  });
  it('counts 生育津贴 days with every add-on, spouse care and the nutrition grant', () => {
    const twins = maternityAllowance(
      { event: { kind: 'birth', difficult: true, babies: 2, survivingTwoOrMore: true, lateFirstBirth: true }, unitMonthlyAverageBase: 9000, regionalAnnualAverage: 120000 },
      allowanceRules,
    );
    expect(twins).toMatchObject({ days: 120 + 15 + 15 + 30 + 30, daily: '300.00', allowance: '63000.00', spouseCare: '4500.00', nutrition: '1200.00' });
    expect(maternityAllowance({ event: { kind: 'termination', weeks: 6, iud: true }, unitMonthlyAverageBase: 9000 }, allowanceRules).days).toBe(23);
    expect(maternityAllowance({ event: { kind: 'termination', weeks: 12, implant: true }, unitMonthlyAverageBase: 9000 }, allowanceRules).days).toBe(35);
    expect(maternityAllowance({ event: { kind: 'termination', weeks: 20 }, unitMonthlyAverageBase: 9000 }, allowanceRules).days).toBe(50);
    expect(maternityAllowance({ event: { kind: 'ectopic' }, unitMonthlyAverageBase: 9000 }, allowanceRules).days).toBe(50);
    expect(maternityAllowance({ event: { kind: 'sterilisation' }, unitMonthlyAverageBase: 9000 }, allowanceRules).days).toBe(20);
  });
});
