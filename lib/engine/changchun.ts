import type Decimal from 'decimal.js';
import { min, money, percent, positive, ZERO } from '@/lib/money';
import type { ChangchunRules } from '@/lib/policy/schema';
import { levelLabel } from '@/lib/scenario/labels';
import type {
  ChronicEvent,
  InjuryEvent,
  InpatientEvent,
  Level,
  MedicalEvent,
  OutpatientEvent,
  Place,
  SpecialEvent,
} from '@/lib/scenario/types';
import { findChangchunChronic } from './diseases';
import { bandShares, cumulativeLayer, type Band } from './segments';
import { capWords, deductibleWords, pct, yuan } from './steps';
import type { EventContext, EventOutcome, Payers } from './types';

/** 长春 城乡居民. Rules: content/changchun/rules.yaml. */

type Rules = ChangchunRules['schemes']['resident'];
const none = (): Payers => ({ basic: ZERO, critical: ZERO, civil: ZERO, assistance: ZERO });

export const RECONSTRUCTED_NOTE = '长春住院分段报销比例表在原文提取中错位一行，本工具按还原后的表格计算（与第4问所述比例区间一致），据原文表格整理，以经办机构为准。';

function isMinor(ctx: EventContext, r: Rules): boolean {
  return ctx.person.student || ctx.person.age < r.minorAge;
}

/** The inpatient segment table for a level, adjusted for the place of treatment. */
function inpatientBands(r: Rules, level: Level, minor: boolean, where: Place): { bands: Band[]; label: string } {
  const place = r.inpatient.places[where];
  if (!place) throw new Error(`no 长春 place ${where}`);
  if (place.mode === 'flat') return { bands: [{ upTo: null, ratio: place.ratio ?? 0 }], label: place.label };
  const delta = place.mode === 'lower' ? (place.ratioDelta ?? 0) : 0;
  const bands = r.inpatient.segments.map((s) => ({
    upTo: s.upTo,
    ratio: Math.max(0, ((minor ? s.student : s.adult)[level] ?? 0) + delta),
  }));
  return { bands, label: place.label };
}

/** Shared by 住院 and 门诊特殊疾病: 乙类 10%, deductible, the segment table, the 20万 cap, then 大病补充保险. */
function inpatientLike(
  ctx: EventContext,
  r: Rules,
  e: { level: Level; total: string; outOfScope: string; classB: string },
  where: Place,
  deductibleDue: (full: Decimal) => Decimal,
  extraCap: { key: string; amount: Decimal; label: string } | null,
): EventOutcome {
  const minor = isMinor(ctx, r);
  const eligible = money(e.total).minus(e.outOfScope);
  ctx.steps.add(() => `政策范围内费用：总费用 ${yuan(money(e.total))} − 丙类等自费 ${yuan(money(e.outOfScope))} = ${yuan(eligible)}`, r.inpatient.source, eligible);
  const classBSelf = money(e.classB).times(percent(r.inpatient.classBSelfPay.ratio));
  if (classBSelf.gt(ZERO)) {
    ctx.steps.add(() => `乙类药品和诊疗项目 ${yuan(money(e.classB))} 个人先自付 ${pct(r.inpatient.classBSelfPay.ratio)}`, r.inpatient.classBSelfPay.source, classBSelf);
  }
  const covered = eligible.minus(classBSelf);
  const fullDeductible = money(r.inpatient.deductible[e.level] ?? 0).times(minor ? percent(r.inpatient.studentDeductibleFactor) : 1);
  const due = deductibleDue(fullDeductible);
  const deductiblePaid = min(due, covered);
  ctx.steps.add(
    () => `${levelLabel('changchun', e.level)}${deductibleWords(fullDeductible, covered, due)}${minor ? '（学生及未成年减半）' : ''}`,
    r.inpatient.deductibleSource,
    deductiblePaid,
  );
  const { bands, label } = inpatientBands(r, e.level, minor, where);
  const place = r.inpatient.places[where];
  const shares = bandShares(deductiblePaid, covered, bands);
  const wanted = shares.reduce((s, x) => s.plus(x.paid), ZERO);
  const detail = shares.map((s) => `${yuan(s.to.minus(s.from))}×${pct(s.ratio)}`).join(' + ') || '无';
  ctx.steps.add(() => `${label}：起付线以上按费用分段报销（${minor ? '学生及未成年' : '成年居民'}）：${detail}`, place?.source ?? r.inpatient.source, wanted);
  if (place?.mode === 'local') ctx.notes.add(RECONSTRUCTED_NOTE);
  let basic = wanted;
  if (extraCap) {
    basic = ctx.ledger.takeFromCap(extraCap.key, extraCap.amount, basic);
    if (basic.lt(wanted)) ctx.steps.add(() => `${extraCap.label}年度额度 ${yuan(extraCap.amount)}`, r.special.source, basic);
  }
  const capped = ctx.ledger.takeFromCap('basicCap', money(r.basicCap.amount ?? 0), basic);
  if (capped.lt(basic)) ctx.steps.add(() => `已达统筹基金年度最高支付限额 ${yuan(money(r.basicCap.amount ?? 0))}`, r.basicCap.source, capped);
  const payers = { ...none(), basic: capped };
  payers.critical = criticalLayer(ctx, r, eligible.minus(capped));
  return { payers, ceiling: covered.plus(classBSelf) };
}

/** 大病补充保险: the year's cumulative personal payment on covered items above 10000, in bands, 30万. */
function criticalLayer(ctx: EventContext, r: Rules, share: Decimal): Decimal {
  const c = r.critical;
  const before = ctx.ledger.get('criticalBase');
  const after = ctx.ledger.add('criticalBase', share);
  const { paid } = cumulativeLayer(before, after, money(c.deductible), c.segments, money(c.cap));
  ctx.steps.add(
    () => `大病补充保险：年度累计个人支付（不含丙类）${yuan(after)}，超过 ${yuan(c.deductible)} 的部分分段报销（1万以内60%、1万至10万70%、10万以上80%，年度限额 ${yuan(c.cap)}）`,
    c.source,
    paid,
  );
  return paid;
}

function inpatient(ctx: EventContext<InpatientEvent>, r: Rules): EventOutcome {
  return inpatientLike(ctx, r, ctx.event, ctx.event.where, (full) => full, null);
}

function special(ctx: EventContext<SpecialEvent>, r: Rules): EventOutcome {
  const { event } = ctx;
  const minor = isMinor(ctx, r);
  const listed = r.special.caps.find((c) => c.disease === event.disease);
  ctx.steps.add(() => `门诊特殊疾病（${event.disease}）按住院比例报销，一年只收取一次起付线`, r.special.source);
  const extraCap = listed ? { key: `specialCap:${event.disease}`, amount: money(minor ? listed.minor : listed.adult), label: event.disease } : null;
  return inpatientLike(
    ctx,
    r,
    event,
    'local',
    (full) => {
      const due = positive(full.minus(ctx.ledger.get('specialDeductible')));
      ctx.ledger.add('specialDeductible', due);
      return due;
    },
    extraCap,
  );
}

function outpatient(ctx: EventContext<OutpatientEvent>, r: Rules): EventOutcome {
  const { event } = ctx;
  const o = r.outpatient;
  const eligible = money(event.total).minus(event.outOfScope);
  const full = money(o.deductible[event.level] ?? 0);
  const due = positive(full.minus(ctx.ledger.get('outpatientDeductible')));
  const deductiblePaid = min(due, eligible);
  ctx.ledger.add('outpatientDeductible', deductiblePaid);
  ctx.steps.add(() => (full.isZero() ? `门诊统筹：${levelLabel('changchun', event.level)}无起付线` : `门诊统筹：${levelLabel('changchun', event.level)}起付线 ${yuan(full)}（一年一次），本次由个人支付`), o.source, deductiblePaid);
  const wanted = eligible.minus(deductiblePaid).times(percent(o.ratio));
  const paidBefore = ctx.ledger.get('outpatientCap');
  const afterOwnCap = ctx.ledger.takeFromCap('outpatientCap', money(o.cap), wanted);
  const basic = ctx.ledger.takeFromCap('outpatientCombined', money(r.chronic.combinedCapWithOutpatient), afterOwnCap);
  ctx.steps.add(() => `起付线以上报销 ${pct(o.ratio)}，年度额度 ${yuan(o.cap)}（与门诊慢性病合计不超过 ${yuan(r.chronic.combinedCapWithOutpatient)}）${capWords(wanted, basic, paidBefore)}`, o.capSource, basic);
  return { payers: { ...none(), basic }, ceiling: eligible };
}

export function changchunChronicCap(rules: ChangchunRules, caps: Decimal[], extra: number): Decimal {
  const highest = caps.reduce((a, b) => (b.gt(a) ? b : a), ZERO);
  return highest.plus(money(rules.schemes.resident.chronic.extraDiseaseAddition).times(extra));
}

function chronic(ctx: EventContext<ChronicEvent>, r: Rules, rules: ChangchunRules): EventOutcome {
  const { event } = ctx;
  const c = r.chronic;
  const eligible = money(event.total).minus(event.outOfScope);
  for (const d of event.diseases) {
    const found = findChangchunChronic(rules, d);
    if (!found || found.cap === null) throw new Error(`no 长春 chronic cap for ${d}`);
    ctx.ledger.set(`chronicDisease:${found.name}`, money(found.cap));
  }
  const diseaseCaps = [...rules.chronicDiseases.list]
    .filter((d) => ctx.ledger.get(`chronicDisease:${d.name}`).gt(ZERO))
    .map((d) => money(d.cap ?? 0));
  const yearCap = changchunChronicCap(rules, diseaseCaps, diseaseCaps.length - 1);
  ctx.steps.add(
    () => `门诊慢性病年度额度 ${yuan(yearCap)}${diseaseCaps.length > 1 ? `（最高单病种额度，每增加一个病种加 ${yuan(c.extraDiseaseAddition)}）` : ''}`,
    rules.chronicDiseases.source,
    yearCap,
  );
  const wanted = eligible.times(percent(c.ratio));
  const afterOwnCap = ctx.ledger.takeFromCap('chronicCap', yearCap, wanted);
  const basic = ctx.ledger.takeFromCap('outpatientCombined', money(c.combinedCapWithOutpatient), afterOwnCap);
  ctx.steps.add(() => `政策范围内费用 ${yuan(eligible)} 报销 ${pct(c.ratio)}，与门诊统筹合计年度不超过 ${yuan(c.combinedCapWithOutpatient)}`, c.source, basic);
  return { payers: { ...none(), basic }, ceiling: eligible };
}

function injury(ctx: EventContext<InjuryEvent>, r: Rules): EventOutcome {
  const { event } = ctx;
  const i = r.injury;
  const eligible = money(event.total).minus(event.outOfScope);
  const before = ctx.ledger.get('injuryBase');
  const after = ctx.ledger.add('injuryBase', eligible);
  const bands: Band[] = [{ upTo: i.ceiling - i.floor, ratio: i.ratio }];
  const { paid } = cumulativeLayer(before, after, money(i.floor), bands, null);
  ctx.steps.add(
    () => `门诊外伤（学生及未成年人）：年度内 ${yuan(i.floor)} 以上、${yuan(i.ceiling)} 以下的合规费用报销 ${pct(i.ratio)}`,
    i.source,
    paid,
  );
  return { payers: { ...none(), basic: paid }, ceiling: eligible };
}

export function evaluateChangchunEvent(ctx: EventContext, rules: ChangchunRules): EventOutcome {
  const r = rules.schemes.resident;
  const event: MedicalEvent = ctx.event;
  switch (event.type) {
    case 'inpatient':
      return inpatient({ ...ctx, event }, r);
    case 'special':
      return special({ ...ctx, event }, r);
    case 'outpatient':
      return outpatient({ ...ctx, event }, r);
    case 'chronic':
      return chronic({ ...ctx, event }, r, rules);
    case 'injury':
      return injury({ ...ctx, event }, r);
    case 'maternity':
    case 'twoDiseases':
    case 'drug':
      throw new Error(`长春 cannot compute ${event.type}`);
  }
}
