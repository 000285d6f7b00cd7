import { formatShort, min, money, percent, positive, ZERO } from '@/lib/money';
import type { CustomResidentRules } from '@/lib/policy/schema';
import { levelLabel } from '@/lib/scenario/labels';
import type { CustomProfile, InjuryEvent, InpatientEvent, MedicalEvent, OutpatientEvent } from '@/lib/scenario/types';
import { cumulativeLayer } from './segments';
import { capWords, deductibleWords, pct, yuan } from './steps';
import type { EventContext, EventOutcome, Payers } from './types';

/**
 * "其他地区（自定义）": 002's national reference figures as editable defaults.
 * The profile's values (user-edited or default) are the parameters; steps cite 002.
 */

const none = (): Payers => ({ basic: ZERO, critical: ZERO, civil: ZERO, assistance: ZERO });

/** The national defaults as an editable profile. */
export function defaultCustomProfile(r: CustomResidentRules): CustomProfile {
  const lv = (m: Partial<Record<string, number>>, k: 'level1' | 'level2' | 'level3') => String(m[k] ?? 0);
  return {
    deductible: { level1: lv(r.inpatient.deductible, 'level1'), level2: lv(r.inpatient.deductible, 'level2'), level3: lv(r.inpatient.deductible, 'level3') },
    ratio: { level1: lv(r.inpatient.ratio, 'level1'), level2: lv(r.inpatient.ratio, 'level2'), level3: lv(r.inpatient.ratio, 'level3') },
    annualCap: r.basicCap.amount === null ? '' : String(r.basicCap.amount),
    criticalDeductible: String(r.critical.deductible),
    criticalSegments: r.critical.segments.map((s) => ({ upTo: s.upTo === null ? null : String(s.upTo), ratio: String(s.ratio) })),
    criticalCap: r.critical.cap === null ? '' : String(r.critical.cap),
  };
}

export function mergeProfile(r: CustomResidentRules, overrides: Partial<CustomProfile> | undefined): CustomProfile {
  const base = defaultCustomProfile(r);
  return {
    ...base,
    ...overrides,
    deductible: { ...base.deductible, ...overrides?.deductible },
    ratio: { ...base.ratio, ...overrides?.ratio },
  };
}

function inpatient(ctx: EventContext<InpatientEvent>, r: CustomResidentRules, p: CustomProfile): EventOutcome {
  const { event } = ctx;
  const level = event.level as 'level1' | 'level2' | 'level3';
  const eligible = money(event.total).minus(event.outOfScope);
  ctx.steps.add(() => `政策范围内费用：总费用 ${yuan(money(event.total))} − 个人自费 ${yuan(money(event.outOfScope))} = ${yuan(eligible)}`, r.inpatient.source, eligible);
  const deductible = money(p.deductible[level]);
  const deductiblePaid = min(deductible, eligible);
  ctx.steps.add(() => `${levelLabel('custom', level)}${deductibleWords(deductible, eligible)}（起付线可按当地标准修改）`, r.inpatient.source, deductiblePaid);
  const ratio = Number(p.ratio[level]);
  const wanted = eligible.minus(deductiblePaid).times(percent(ratio));
  ctx.steps.add(() => `起付线以上报销 ${pct(ratio)}（全国参考：一级≥85%、二级≥75%、三级≥65%）`, r.inpatient.source, wanted);
  const cap = p.annualCap === '' ? null : money(p.annualCap);
  const basic = ctx.ledger.takeFromCap('basicCap', cap, wanted);
  if (basic.lt(wanted)) ctx.steps.add(() => `已达年度最高支付限额 ${yuan(cap ?? ZERO)}`, r.basicCap.source, basic);
  const share = eligible.minus(basic);
  const before = ctx.ledger.get('criticalBase');
  const after = ctx.ledger.add('criticalBase', share);
  const bands = p.criticalSegments.map((s) => ({ upTo: s.upTo === null ? null : Number(s.upTo), ratio: Number(s.ratio) }));
  const criticalCap = p.criticalCap === '' ? null : money(p.criticalCap);
  const { paid } = cumulativeLayer(before, after, money(p.criticalDeductible), bands, criticalCap);
  ctx.steps.add(
    () => `大病保险：年度累计个人自付 ${yuan(after)}，超过 ${yuan(money(p.criticalDeductible))} 的部分分段报销（${bands.map((b) => (b.upTo === null ? `其余 ${pct(b.ratio)}` : `超出部分的前${formatShort(b.upTo)} ${pct(b.ratio)}`)).join('、')}）`,
    r.critical.source,
    paid,
  );
  return { payers: { ...none(), basic, critical: paid }, ceiling: eligible };
}

/**
 * A benefit with a year's deductible (paid once a year) and a year's cap, kept in the ledger under
 * `${key}Deductible` and `${key}Cap`: what this bill gets, and what it would have got without the cap.
 */
function yearlyDeductibleAndCap(
  ctx: EventContext,
  key: string,
  p: { deductible: number; ratio: number; cap: number },
  event: { total: string; outOfScope: string },
) {
  const eligible = money(event.total).minus(event.outOfScope);
  const due = positive(money(p.deductible).minus(ctx.ledger.get(`${key}Deductible`)));
  const deductiblePaid = min(due, eligible);
  ctx.ledger.add(`${key}Deductible`, deductiblePaid);
  const wanted = eligible.minus(deductiblePaid).times(percent(p.ratio));
  const paidBefore = ctx.ledger.get(`${key}Cap`);
  const basic = ctx.ledger.takeFromCap(`${key}Cap`, money(p.cap), wanted);
  return { eligible, wanted, basic, paidBefore };
}

function outpatient(ctx: EventContext<OutpatientEvent>, r: CustomResidentRules): EventOutcome {
  const o = r.outpatient;
  const { eligible, basic } = yearlyDeductibleAndCap(ctx, 'outpatient', o, ctx.event);
  ctx.steps.add(() => `门诊统筹（全国参考）：起付标准 ${yuan(o.deductible)}，报销 ${pct(o.ratio)}，年支付限额 ${yuan(o.cap)}`, o.source, basic);
  return { payers: { ...none(), basic }, ceiling: eligible };
}

/** 意外伤害门（急）诊 (002): above the deductible at the ratio, up to the cap (read as a year's, see `reading`). */
function injury(ctx: EventContext<InjuryEvent>, r: CustomResidentRules): EventOutcome {
  const i = r.injury;
  const { eligible, wanted, basic, paidBefore } = yearlyDeductibleAndCap(ctx, 'injury', i, ctx.event);
  ctx.steps.add(
    () => `门诊外伤（意外伤害门急诊，全国参考）：年度内超过 ${yuan(i.deductible)} 的部分报销 ${pct(i.ratio)}，最高支付限额 ${yuan(i.cap)}${capWords(wanted, basic, paidBefore)}`,
    i.source,
    basic,
  );
  ctx.notes.add(i.reading);
  return { payers: { ...none(), basic }, ceiling: eligible };
}

export function evaluateCustomEvent(ctx: EventContext, r: CustomResidentRules, profile: CustomProfile): EventOutcome {
  const event: MedicalEvent = ctx.event;
  if (event.type === 'inpatient') return inpatient({ ...ctx, event }, r, profile);
  if (event.type === 'outpatient') return outpatient({ ...ctx, event }, r);
  if (event.type === 'injury') return injury({ ...ctx, event }, r);
  throw new Error(`custom profile cannot compute ${event.type}`);
}
