import type Decimal from 'decimal.js';
import { min, money, percent, positive, ZERO } from '@/lib/money';
import type { ChangduRules } from '@/lib/policy/schema';
import { DELIVERY_LABELS, levelLabel } from '@/lib/scenario/labels';
import type { InpatientEvent, MaternityEvent, MedicalEvent, OutpatientEvent } from '@/lib/scenario/types';
import { bandShares } from './segments';
import { capWords, deductibleWords, pct, yuan } from './steps';
import type { EventContext, EventOutcome, Payers } from './types';

/** 昌都 职工. Rules: content/changdu/rules.yaml. */

type Rules = ChangduRules['schemes']['employee'];
const none = (): Payers => ({ basic: ZERO, critical: ZERO, civil: ZERO, assistance: ZERO });
const ORDINALS = ['第一次', '第二次', '第三次及以后'];

function inpatient(ctx: EventContext<InpatientEvent>, r: Rules): EventOutcome {
  const { event } = ctx;
  const i = r.inpatient;
  const table = ctx.person.retired ? i.deductible.retired : i.deductible.active;
  const byAdmission = table[event.level] ?? [];
  const index = Math.min(ctx.nthInpatient, byAdmission.length) - 1;
  const deductible = money(byAdmission[index] ?? 0);
  const eligible = money(event.total).minus(event.outOfScope);
  ctx.steps.add(() => `政策范围内费用：总费用 ${yuan(money(event.total))} − 个人自费 ${yuan(money(event.outOfScope))} = ${yuan(eligible)}`, i.source, eligible);
  const classBSelf = money(event.classB).times(percent(i.classBSelfPay.ratio));
  if (classBSelf.gt(ZERO)) {
    ctx.steps.add(() => `乙类药品和诊疗项目 ${yuan(money(event.classB))} 个人先自付 ${pct(i.classBSelfPay.ratio)}`, i.classBSelfPay.source, classBSelf);
  }
  const covered = eligible.minus(classBSelf);
  const deductiblePaid = min(deductible, covered);
  ctx.steps.add(
    () => `${ctx.person.retired ? '退休人员' : '在职人员'}${ORDINALS[index] ?? ''}住院，${levelLabel('changdu', event.level)}${deductibleWords(deductible, covered)}`,
    i.source,
    deductiblePaid,
  );
  // The admission occupies [before, before + covered] of the year's cumulative eligible cost;
  // its first `deductiblePaid` is the person's, the rest is paid at the band it falls in.
  const before = ctx.ledger.get('cumulativeCost');
  const after = ctx.ledger.add('cumulativeCost', covered);
  const shares = bandShares(before.plus(deductiblePaid), after, i.segments.list);
  const wanted = shares.reduce((s, x) => s.plus(x.paid), ZERO);
  const detail = shares.map((s) => `${yuan(s.to.minus(s.from))}×${pct(s.ratio)}`).join(' + ') || '无';
  ctx.steps.add(
    () => `按年度累计费用分段报销（20万以内93%、20万至40万96%、40万至60万98%，与医院等级无关）：年度累计 ${yuan(after)}，本次 ${detail}`,
    i.segments.source,
    wanted,
  );
  const cap = money(r.basicCap.amount ?? 0);
  const basic = ctx.ledger.takeFromCap('basicCap', cap, wanted);
  if (basic.lt(wanted)) ctx.steps.add(() => `已达统筹基金年度最高支付限额 ${yuan(cap)}`, r.basicCap.source, basic);
  return { payers: { ...none(), basic }, ceiling: eligible };
}

function outpatient(ctx: EventContext<OutpatientEvent>, r: Rules): EventOutcome {
  const { event } = ctx;
  const o = r.outpatient;
  const group = ctx.person.retired ? o.retired : o.active;
  const eligible = money(event.total).minus(event.outOfScope);
  const due = positive(money(group.deductible).minus(ctx.ledger.get('outpatientDeductible')));
  const deductiblePaid = min(due, eligible);
  ctx.ledger.add('outpatientDeductible', deductiblePaid);
  ctx.steps.add(() => `普通门诊年度起付线 ${yuan(group.deductible)}（${ctx.person.retired ? '退休人员' : '在职人员'}），本次由个人支付`, o.source, deductiblePaid);
  const ratio = group.ratio[event.level] ?? 0;
  const wanted = eligible.minus(deductiblePaid).times(percent(ratio));
  const paidBefore = ctx.ledger.get('outpatientCap');
  const basic = ctx.ledger.takeFromCap('outpatientCap', money(group.cap), wanted);
  ctx.steps.add(() => `${levelLabel('changdu', event.level)}报销 ${pct(ratio)}，年度最高支付限额 ${yuan(group.cap)}（原文如此，待核实）${capWords(wanted, basic, paidBefore)}`, o.source, basic);
  ctx.notes.add(o.unverified);
  return { payers: { ...none(), basic }, ceiling: eligible };
}

/** 生育医疗费 / 计划生育手术 包干标准 for one maternity event. */
export function changduMaternityLump(r: Rules, event: MaternityEvent): { amount: Decimal; what: string; source: string } {
  const m = r.maternity;
  if (event.delivery === 'termination') {
    const months = (event.weeks ?? 0) / m.termination.weeksPerMonth;
    const band = m.termination.bands.find((b) => b.belowMonths === null || months < b.belowMonths);
    return { amount: money(band?.amount ?? 0), what: `怀孕约 ${months.toFixed(1)} 个月终止妊娠`, source: m.termination.source };
  }
  const base = money(event.delivery === 'cesarean' ? m.delivery.cesarean : m.delivery.natural);
  const extra = Math.max(0, event.babies - 1);
  const amount = base.plus(base.times(percent(m.extraBabyPercent)).times(extra));
  return {
    amount,
    what: `${DELIVERY_LABELS[event.delivery]}${extra ? `，多胞胎每多一个婴儿增加 ${pct(m.extraBabyPercent)}` : ''}`,
    source: m.source,
  };
}

function maternity(ctx: EventContext<MaternityEvent>, r: Rules): EventOutcome {
  const { event } = ctx;
  const eligible = money(event.total).minus(event.outOfScope);
  const lump = changduMaternityLump(r, event);
  const basic = min(eligible, lump.amount);
  ctx.steps.add(() => `生育保险包干标准：${lump.what}，包干 ${yuan(lump.amount)}${event.delivery === 'termination' ? '' : '（含产前检查费）'}`, lump.source, basic);
  ctx.notes.add('昌都生育医疗费实行包干：本工具按“包干额与实际政策范围内费用取低者”估算生育保险基金支付，实际以经办机构结算为准。');
  if (event.delivery === 'termination') {
    ctx.notes.add(`孕周按每月 ${r.maternity.termination.weeksPerMonth} 周折算为月数（巴中手册“怀孕满4个月（孕16周）”的写法）。`);
  }
  return { payers: { ...none(), basic }, ceiling: eligible };
}

export function evaluateChangduEvent(ctx: EventContext, rules: ChangduRules): EventOutcome {
  const r = rules.schemes.employee;
  const event: MedicalEvent = ctx.event;
  switch (event.type) {
    case 'inpatient':
      return inpatient({ ...ctx, event }, r);
    case 'outpatient':
      return outpatient({ ...ctx, event }, r);
    case 'maternity':
      return maternity({ ...ctx, event }, r);
    default:
      throw new Error(`昌都 cannot compute ${event.type}`);
  }
}
