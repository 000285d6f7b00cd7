import type Decimal from 'decimal.js';
import { max, min, money, percent, positive, ZERO } from '@/lib/money';
import type { BazhongRules } from '@/lib/policy/schema';
import { ASSISTANCE_LABELS, DELIVERY_LABELS, levelLabel } from '@/lib/scenario/labels';
import type {
  ChronicEvent,
  DrugEvent,
  InpatientEvent,
  MaternityEvent,
  MedicalEvent,
  OutpatientEvent,
  SchemeId,
  SpecialEvent,
  TwoDiseasesEvent,
} from '@/lib/scenario/types';
import { findBazhongChronic } from './diseases';
import { bandShares, cumulativeLayer, type Band } from './segments';
import { capWords, deductibleWords, pct, yuan } from './steps';
import type { EventContext, EventOutcome, Payers } from './types';

/** 巴中: 职工 and 城乡居民. Rules: content/bazhong/rules.yaml. */

const none = (): Payers => ({ basic: ZERO, critical: ZERO, civil: ZERO, assistance: ZERO });
const eligibleOf = (e: { total: string; outOfScope: string }) => money(e.total).minus(e.outOfScope);

function noteNoClassB(ctx: EventContext, classB: string, source: string) {
  if (money(classB).gt(ZERO)) {
    ctx.steps.add('巴中手册未规定住院乙类先行自付比例，乙类费用按政策范围内费用计算', source);
  }
}

/** The basic fund's annual cap (住院 + 二类门特 + 生育医疗费 together). */
function takeBasicCap(ctx: EventContext, rules: BazhongRules, scheme: SchemeId, wanted: Decimal): Decimal {
  const cap = rules.schemes[scheme].basicCap;
  const capAmount = cap.amount === null ? null : money(cap.amount);
  const granted = ctx.ledger.takeFromCap('basicCap', capAmount, wanted);
  if (granted.lt(wanted)) {
    ctx.steps.add(() => `已达统筹基金年度最高支付限额 ${yuan(capAmount ?? ZERO)}，超出部分统筹基金不再支付（计入个人自付，大病保险、大额补助等按下面各步计算）`, cap.source, granted);
  }
  return granted;
}

// ——— layers after the basic fund ———

/** 公务员医疗补助 (职工, 住院和二类门特): 60% of the personal share left by the basic fund, 2万 a year. */
function civilServantLayer(ctx: EventContext, rules: BazhongRules, share: Decimal): Decimal {
  const r = rules.schemes.employee.civilServant;
  if (!ctx.person.civilServant || share.lte(ZERO)) return ZERO;
  const paid = ctx.ledger.takeFromCap('civilCap', money(r.cap), share.times(percent(r.ratio)));
  ctx.steps.add(() => `公务员医疗补助：基本医保支付后剩余的 ${yuan(share)} 报销 ${pct(r.ratio)}（年度限额 ${yuan(r.cap)}）`, r.source, paid);
  return paid;
}

function criticalGroupOf(ctx: EventContext, rules: BazhongRules) {
  const groups = rules.schemes.employee.critical.groups;
  if (ctx.person.age >= groups.aged80.age) return groups.aged80;
  if (ctx.person.retired || ctx.person.majorDisease) return groups.retiredOrMajor;
  return groups.ordinary;
}

/** 职工大额医疗费用补助: the year's cumulative remaining share, once-a-year deductible, two bands, 50万. */
function employeeCriticalLayer(ctx: EventContext, rules: BazhongRules, share: Decimal): Decimal {
  const r = rules.schemes.employee.critical;
  const group = criticalGroupOf(ctx, rules);
  const bands: Band[] = [
    { upTo: r.segmentLimit, ratio: group.ratios[0] },
    { upTo: null, ratio: group.ratios[1] },
  ];
  const before = ctx.ledger.get('criticalBase');
  const after = ctx.ledger.add('criticalBase', share);
  const { paid } = cumulativeLayer(before, after, money(group.deductible), bands, money(r.cap));
  ctx.steps.add(
    () => `职工大额医疗费用补助（${group.label}）：年度累计剩余自付 ${yuan(after)}，扣除起付线 ${yuan(group.deductible)} 后，10万元以内报销 ${pct(group.ratios[0])}、以上报销 ${pct(group.ratios[1])}（年度限额 ${yuan(r.cap)}）`,
    r.source,
    paid,
  );
  return paid;
}

function isFavoured(ctx: EventContext, rules: BazhongRules): boolean {
  return (rules.schemes.resident.critical.favoured.statuses as string[]).includes(ctx.person.assistance);
}

/** 城乡居民大病保险: the year's cumulative personal share above 14448, three bands, 30万 (特困/孤儿/低保 favoured). */
function residentCriticalLayer(ctx: EventContext, rules: BazhongRules, share: Decimal): Decimal {
  const r = rules.schemes.resident.critical;
  const favoured = isFavoured(ctx, rules);
  const deductible = favoured ? money(r.deductible.amount ?? 0).times(percent(r.favoured.deductibleFactor)) : money(r.deductible.amount ?? 0);
  const bands: Band[] = r.segments.map((s) => ({ upTo: s.upTo, ratio: s.ratio + (favoured ? r.favoured.ratioBonus : 0) }));
  const cap = favoured && r.favoured.uncapped ? null : money(r.cap.amount ?? 0);
  const before = ctx.ledger.get('criticalBase');
  const after = ctx.ledger.add('criticalBase', share);
  const { paid, from, to } = cumulativeLayer(before, after, deductible, bands, cap);
  ctx.steps.add(
    () => {
      const bandText = bandShares(from, to, bands).map((s) => `${yuan(s.to.minus(s.from))}×${pct(s.ratio)}`).join(' + ');
      return `城乡居民大病保险：年度累计个人自付（政策范围内）${yuan(after)}，起付线 ${yuan(deductible)}${favoured ? `（${ASSISTANCE_LABELS[ctx.person.assistance]}降低50%，比例提高5个百分点，不设限额）` : `，年度限额 ${yuan(cap ?? ZERO)}`}${bandText ? `；本次 ${bandText}` : '，本次未超过起付线'}`;
    },
    favoured ? r.favoured.source : r.source,
    paid,
  );
  return paid;
}

/** 医疗救助: 常规救助 then 倾斜救助, on the year's remaining eligible personal share. */
function assistanceLayer(ctx: EventContext, rules: BazhongRules, share: Decimal, place: string): Decimal {
  const status = ctx.person.assistance;
  const a = rules.assistance;
  if (status === 'none' || share.lte(ZERO)) return ZERO;
  if ((a.excludedPlaces as string[]).includes(place)) {
    ctx.steps.add('未按规定转诊的费用原则上不纳入医疗救助范围', a.source, ZERO);
    return ZERO;
  }
  const s = a.statuses[status];
  const deductible = money(a.income.amount).times(percent(s.deductiblePercent));
  const before = ctx.ledger.get('assistanceBase');
  const after = ctx.ledger.add('assistanceBase', share);
  const regular = cumulativeLayer(before, after, deductible, [{ upTo: null, ratio: s.ratio }], money(s.cap)).paid;
  ctx.steps.add(
    () => `医疗救助（${s.label}）：年度累计剩余自付 ${yuan(after)}，起付标准 ${yuan(deductible)}，救助 ${pct(s.ratio)}，年度限额 ${yuan(s.cap)}`,
    a.source,
    regular,
  );
  let tilted = ZERO;
  if ((a.tilted.places as string[]).includes(place)) {
    const t = a.tilted;
    const ratio = status === 'tekun' || status === 'orphan' ? t.ratio[status] : t.ratio.other;
    const tBefore = ctx.ledger.get('tiltedBase');
    const tAfter = ctx.ledger.add('tiltedBase', share.minus(regular));
    tilted = cumulativeLayer(tBefore, tAfter, money(t.threshold), [{ upTo: null, ratio }], money(t.cap)).paid;
    if (tilted.gt(ZERO)) {
      ctx.steps.add(
        () => `倾斜救助（规范转诊且在省域内就医，含市内住院；急诊和异地长期备案不计）：常规救助后年度累计个人自付 ${yuan(tAfter)}，超过防止返贫监测线 ${yuan(t.threshold)} 的部分救助 ${pct(ratio)}（年度限额 ${yuan(t.cap)}）`,
        a.source,
        tilted,
      );
    }
  }
  return regular.plus(tilted);
}

/** The layers after the basic fund for 住院 and 二类门特 (and 救助 for 慢病). */
function afterBasic(
  ctx: EventContext,
  rules: BazhongRules,
  scheme: SchemeId,
  eligible: Decimal,
  basic: Decimal,
  place: string,
  withCritical: boolean,
): Payers {
  const payers = { ...none(), basic };
  let share = eligible.minus(basic);
  if (withCritical && scheme === 'employee') {
    payers.civil = civilServantLayer(ctx, rules, share);
    share = share.minus(payers.civil);
    payers.critical = employeeCriticalLayer(ctx, rules, share);
  } else if (withCritical) {
    payers.critical = residentCriticalLayer(ctx, rules, share);
  }
  share = share.minus(payers.critical);
  payers.assistance = assistanceLayer(ctx, rules, share, place);
  return payers;
}

// ——— benefits ———

function inpatient(ctx: EventContext<InpatientEvent>, rules: BazhongRules, scheme: SchemeId): EventOutcome {
  const { event } = ctx;
  const r = rules.schemes[scheme].inpatient;
  const place = r.places[event.where];
  const row = place?.table[event.level];
  if (!place || !row) throw new Error(`no 巴中 inpatient rule for ${event.where}/${event.level}`);
  const [deductible, ratio] = row;
  const eligible = eligibleOf(event);
  ctx.steps.add(() => `政策范围内费用：总费用 ${yuan(money(event.total))} − 个人自费 ${yuan(money(event.outOfScope))} = ${yuan(eligible)}`, r.source, eligible);
  noteNoClassB(ctx, event.classB, r.source);

  let due = money(deductible);
  if (event.transfer && r.transferSource) {
    const paidInCourse = ctx.ledger.get('courseDeductible');
    due = positive(due.minus(paidInCourse));
    ctx.ledger.set('courseDeductible', max(paidInCourse, money(deductible)));
    ctx.steps.add(
      () => `同一治疗过程转院：只补计起付标准差额 ${yuan(due)}（本院 ${yuan(deductible)}，已计 ${yuan(paidInCourse)}）`,
      r.transferSource,
      due,
    );
  } else {
    ctx.ledger.set('courseDeductible', money(deductible));
  }
  const deductiblePaid = min(due, eligible);
  ctx.steps.add(() => `${place.label}，${levelLabel('bazhong', event.level)}${deductibleWords(money(deductible), eligible, due)}`, r.source, deductiblePaid);
  const wanted = eligible.minus(deductiblePaid).times(percent(ratio));
  ctx.steps.add(() => `起付线以上 ${yuan(eligible.minus(deductiblePaid))} 由统筹基金报销 ${pct(ratio)}`, r.source, wanted);
  const basic = takeBasicCap(ctx, rules, scheme, wanted);
  return { payers: afterBasic(ctx, rules, scheme, eligible, basic, event.where, true), ceiling: eligible };
}

function special(ctx: EventContext<SpecialEvent>, rules: BazhongRules, scheme: SchemeId): EventOutcome {
  const { event } = ctx;
  const r = rules.schemes[scheme].special;
  const deductible = money(rules.schemes[scheme].inpatient.places.local?.table[r.deductibleLevel]?.[0] ?? 0);
  const eligible = eligibleOf(event);
  ctx.steps.add(() => `门诊特殊疾病（${event.disease}）政策范围内费用 ${yuan(eligible)}`, r.source, eligible);
  noteNoClassB(ctx, event.classB, r.source);
  const due = positive(deductible.minus(ctx.ledger.get('specialDeductible')));
  const deductiblePaid = min(due, eligible);
  ctx.ledger.add('specialDeductible', deductiblePaid);
  ctx.steps.add(() => `一个自然年度只扣减一次二级医疗机构住院起付标准 ${yuan(deductible)}，本次扣减`, r.source, deductiblePaid);
  const wanted = eligible.minus(deductiblePaid).times(percent(r.ratio));
  ctx.steps.add(() => `其余 ${yuan(eligible.minus(deductiblePaid))} 由统筹基金报销 ${pct(r.ratio)}（计入住院年度限额）`, r.source, wanted);
  const basic = takeBasicCap(ctx, rules, scheme, wanted);
  return { payers: afterBasic(ctx, rules, scheme, eligible, basic, 'local', true), ceiling: eligible };
}

function outpatient(ctx: EventContext<OutpatientEvent>, rules: BazhongRules, scheme: SchemeId): EventOutcome {
  const { event } = ctx;
  const eligible = eligibleOf(event);
  const payers = none();
  if (scheme === 'resident') {
    const r = rules.schemes.resident.outpatient;
    const wanted = eligible.times(percent(r.ratio));
    const paidBefore = ctx.ledger.get('outpatientCap');
    payers.basic = ctx.ledger.takeFromCap('outpatientCap', money(r.cap), wanted);
    ctx.steps.add(
      () => `门诊统筹：政策范围内费用 ${yuan(eligible)} 报销 ${pct(r.ratio)}，不设起付线，年度限额 ${yuan(r.cap)}${capWords(wanted, payers.basic, paidBefore)}`,
      r.source,
      payers.basic,
    );
    return { payers, ceiling: eligible };
  }
  const r = rules.schemes.employee.outpatient;
  const group = ctx.person.retired ? r.retired : r.active;
  const ratio = group.ratio[event.level] ?? 0;
  const due = positive(money(group.deductible).minus(ctx.ledger.get('outpatientDeductible')));
  const deductiblePaid = min(due, eligible);
  ctx.ledger.add('outpatientDeductible', deductiblePaid);
  ctx.steps.add(() => `门诊统筹年度起付标准 ${yuan(group.deductible)}（${ctx.person.retired ? '退休人员' : '在职职工'}），本次由个人支付`, r.source, deductiblePaid);
  const wanted = eligible.minus(deductiblePaid).times(percent(ratio));
  payers.basic = ctx.ledger.takeFromCap('outpatientCap', money(group.cap), wanted);
  ctx.steps.add(
    () => `${levelLabel('bazhong', event.level)}报销 ${pct(ratio)}，基本医疗年度支付限额 ${yuan(group.cap)}`,
    r.source,
    payers.basic,
  );
  let rest = eligible.minus(payers.basic);
  if (ctx.person.civilServant) {
    payers.civil = ctx.ledger.takeFromCap('outpatientCivil', money(r.civil.cap), rest.times(percent(r.civil.ratio)));
    ctx.steps.add(() => `公务员医疗补助报销剩余部分的 ${pct(r.civil.ratio)}（年度限额 ${yuan(r.civil.cap)}）`, r.source, payers.civil);
    rest = rest.minus(payers.civil);
  }
  payers.critical = ctx.ledger.takeFromCap('outpatientCritical', money(r.critical.cap), rest.times(percent(r.critical.ratio)));
  ctx.steps.add(() => `职工大额医疗费用补助报销剩余部分的 ${pct(r.critical.ratio)}（年度限额 ${yuan(r.critical.cap)}）`, r.source, payers.critical);
  return { payers, ceiling: eligible };
}

function chronic(ctx: EventContext<ChronicEvent>, rules: BazhongRules, scheme: SchemeId): EventOutcome {
  const { event } = ctx;
  const r = rules.schemes[scheme].chronic;
  const eligible = eligibleOf(event);
  const caps = event.diseases.map((d) => {
    const found = findBazhongChronic(rules, d);
    const cap = found?.[scheme];
    if (!found || cap === null || cap === undefined) throw new Error(`no 巴中 chronic cap for ${d}`);
    return { name: found.name, cap: money(cap) };
  });
  const highest = caps.reduce((a, b) => (b.cap.gt(a.cap) ? b : a));
  const yearCap = max(ctx.ledger.get('chronicCapLevel'), highest.cap);
  ctx.ledger.set('chronicCapLevel', yearCap);
  if (caps.length > 1) {
    ctx.steps.add(() => `患有多种慢性病，只按限额最高的一种（${highest.name} ${yuan(highest.cap)}）结算`, r.source);
  }
  const wanted = eligible.times(percent(r.ratio));
  const payers = none();
  payers.basic = ctx.ledger.takeFromCap('chronicCap', yearCap, wanted);
  ctx.steps.add(() => `门诊慢性病：政策范围内费用 ${yuan(eligible)} 由统筹基金支付 ${pct(r.ratio)}，年度限额 ${yuan(yearCap)}`, r.source, payers.basic);
  let share = eligible.minus(payers.basic);
  if (scheme === 'employee' && ctx.person.civilServant) {
    const c = rules.schemes.employee.civilServant;
    payers.civil = ctx.ledger.takeFromCap('chronicCivil', money(c.chronicCap), share);
    ctx.steps.add(() => `公务员医疗补助：一类门特基本医保支付后的剩余部分（年度限额 ${yuan(c.chronicCap)}）`, c.source, payers.civil);
    share = share.minus(payers.civil);
  }
  payers.assistance = assistanceLayer(ctx, rules, share, 'local');
  return { payers, ceiling: eligible };
}

function twoDiseases(ctx: EventContext<TwoDiseasesEvent>, rules: BazhongRules, scheme: SchemeId): EventOutcome {
  const { event } = ctx;
  const r = rules.schemes[scheme].twoDiseases;
  const seen = new Set([...(ctx.ledger.get('twoHypertension').gt(ZERO) ? ['hypertension'] : []), ...(ctx.ledger.get('twoDiabetes').gt(ZERO) ? ['diabetes'] : [])]);
  event.conditions.forEach((c) => seen.add(c));
  if (seen.has('hypertension')) ctx.ledger.set('twoHypertension', money(1));
  if (seen.has('diabetes')) ctx.ledger.set('twoDiabetes', money(1));
  const cap = money(seen.size === 2 ? r.caps.both : seen.has('diabetes') ? r.caps.diabetes : r.caps.hypertension);
  const total = money(event.total);
  const payers = none();
  payers.basic = ctx.ledger.takeFromCap('twoDiseasesCap', cap, total.times(percent(r.ratio)));
  ctx.steps.add(() => `“两病”门诊降压降糖药费 ${yuan(total)} 报销 ${pct(r.ratio)}，年度限额 ${yuan(cap)}`, r.source, payers.basic);
  return { payers, ceiling: total };
}

function maternity(ctx: EventContext<MaternityEvent>, rules: BazhongRules, scheme: SchemeId): EventOutcome {
  const { event } = ctx;
  const r = rules.schemes[scheme].maternity;
  const eligible = eligibleOf(event);
  let limit: Decimal;
  let what: string;
  if (event.delivery === 'termination') {
    const weeks = event.weeks ?? 0;
    limit = money(weeks >= 16 ? r.termination.from16Weeks : r.termination.before16Weeks);
    what = `孕${weeks}周终止妊娠（${weeks >= 16 ? '满' : '不满'}4个月/16周）`;
    ctx.notes.add(`施行剖宫术终止妊娠的，限额另加 ${yuan(r.termination.cesareanExtra)}（${scheme === 'employee' ? '职工' : '居民'}），本工具未计入。`);
  } else {
    const extra = Math.max(0, event.babies - 1);
    limit = money(r.delivery[event.delivery]).plus(money(r.delivery.extraBaby).times(extra));
    what = `${DELIVERY_LABELS[event.delivery]}${extra ? `，多胞胎每多一个婴儿增加 ${yuan(r.delivery.extraBaby)}` : ''}`;
  }
  const wanted = min(eligible, limit);
  ctx.steps.add(() => `生育医疗费限额支付：${what}，限额 ${yuan(limit)}；政策范围内费用不足限额的据实支付`, r.source, wanted);
  const payers = none();
  payers.basic = takeBasicCap(ctx, rules, scheme, wanted);
  const prenatal = prenatalSubsidy(rules, scheme, event);
  if (prenatal) ctx.notes.add(`另有产前检查费定额补助 ${yuan(prenatal)}，单独申领，不计入本次账单的报销金额。`);
  return { payers, ceiling: eligible };
}

/** 产前检查费定额补助 (paid separately, not part of the bill). */
export function prenatalSubsidy(rules: BazhongRules, scheme: SchemeId, event: MaternityEvent): number {
  const p = rules.schemes[scheme].maternity.prenatal;
  if (event.delivery !== 'termination') return p.delivery;
  const weeks = event.weeks ?? 0;
  if (p.terminationFromMonths !== undefined) return weeks >= p.terminationFromMonths * 4 ? p.delivery : 0;
  return weeks >= 16 ? (p.terminationFrom16Weeks ?? 0) : (p.terminationBefore16Weeks ?? 0);
}

/** 单行支付药品: no deductible, 职工 70% / 居民 60%; the personal share gets no 大额/公务员/大病 layer. */
function singleDrug(ctx: EventContext<DrugEvent>, rules: BazhongRules, scheme: SchemeId): EventOutcome {
  const { event } = ctx;
  const r = rules.singleDrugs;
  const eligible = eligibleOf(event);
  const ratio = r.ratio[scheme];
  const payers = none();
  payers.basic = ctx.ledger.takeFromCap('singleDrug', null, eligible.times(percent(ratio)));
  ctx.steps.add(() => `单行支付药品不计起付线，政策范围内药费 ${yuan(eligible)} 由统筹基金支付 ${pct(ratio)}；个人负担部分不纳入大额补助、公务员补助和大病保险`, r.source, payers.basic);
  ctx.notes.add('单行支付药品是否计入基本医保年度限额，手册没有说明，本工具未计入。高值药品按乙类管理（先自付10%），请按住院或门诊计算。');
  return { payers, ceiling: eligible };
}

export function evaluateBazhongEvent(ctx: EventContext, rules: BazhongRules, scheme: SchemeId): EventOutcome {
  const event: MedicalEvent = ctx.event;
  switch (event.type) {
    case 'inpatient':
      return inpatient({ ...ctx, event }, rules, scheme);
    case 'special':
      return special({ ...ctx, event }, rules, scheme);
    case 'outpatient':
      return outpatient({ ...ctx, event }, rules, scheme);
    case 'chronic':
      return chronic({ ...ctx, event }, rules, scheme);
    case 'twoDiseases':
      return twoDiseases({ ...ctx, event }, rules, scheme);
    case 'maternity':
      return maternity({ ...ctx, event }, rules, scheme);
    case 'drug':
      return singleDrug({ ...ctx, event }, rules, scheme);
    case 'injury':
      throw new Error('巴中 has no 门诊外伤 rule');
  }
}
