import { capabilityFor, SCHEMES_BY_CITY, type Capability, type EventCapability } from '@/lib/engine/capabilities';
import { bazhongChronicSubkinds, findBazhongChronic, findBazhongSpecial, findChangchunChronic, findChangchunSpecial } from '@/lib/engine/diseases';
import { MAX_AMOUNT, money, parseAmountInput } from '@/lib/money';
import type { RuleBook } from '@/lib/policy/schema';
import { CONDITION_LABELS, ASSISTANCE_LABELS, CITY_NAMES, DELIVERY_LABELS, EVENT_LABELS, LEVEL_NAMES, PERSON_FIELD_LABELS, PLACE_LABELS, SCHEME_LABELS } from './labels';
import {
  ASSISTANCE_STATUSES,
  CITY_IDS,
  CONDITIONS,
  DEFAULT_PERSON,
  DELIVERIES,
  EVENT_FIELDS,
  EVENT_TYPES,
  LEVELS,
  PERSON_FIELDS,
  PLACES,
  SCHEME_IDS,
  type CityId,
  type CustomProfile,
  type EventType,
  type FieldError,
  type MedicalEvent,
  type Person,
  type PersonField,
  type Scenario,
  type SchemeId,
} from './types';

/**
 * Validates a scenario (docs/contract.md) against what the chosen city and scheme can compute.
 * Unknown fields are errors; every message is Chinese and names the field's path.
 */
export type Validation = { ok: true; scenario: Scenario } | { ok: false; error: FieldError };

class Invalid extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const fail = (path: string, message: string): never => {
  throw new Invalid(path, message);
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function join(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

function onlyKnown(value: Record<string, unknown>, allowed: readonly string[], path: string, what: string) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(join(path, key), `${what}不使用字段“${key}”`);
  }
}

function oneOf<T extends string>(value: unknown, options: readonly T[], path: string, what: string, names?: Record<string, string>): T {
  if (typeof value !== 'string' || !options.includes(value as T)) {
    const list = options.map((o) => (names?.[o] ? `${o}（${names[o]}）` : o)).join('、');
    fail(path, `${what}应为以下之一：${list}`);
  }
  return value as T;
}

function bool(value: unknown, path: string, what: string): boolean {
  if (typeof value !== 'boolean') fail(path, `${what}应为 true 或 false`);
  return value as boolean;
}

/** An amount in yuan: a JSON number or a string as residents type it ("5万"). */
export function amount(value: unknown, path: string, what = '费用'): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(path, `${what}不是有效的数字`);
    if (value < 0) fail(path, `${what}不能为负数`);
    const d = money(value);
    if (d.gt(MAX_AMOUNT)) fail(path, `${what}过大，请核对（不能超过 10 亿元）`);
    if (d.decimalPlaces() > 2) fail(path, `${what}最多精确到分（两位小数）`);
    return d.toFixed(2);
  }
  if (typeof value === 'string') {
    const parsed = parseAmountInput(value);
    if (!parsed.ok) fail(path, parsed.message.replace(/^金额/, what));
    return parsed.ok ? parsed.value.toFixed(2) : '';
  }
  return fail(path, `${what}应为数字金额（元）`);
}

function integer(value: unknown, path: string, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(path, `${what}应为 ${min} 到 ${max} 之间的整数`);
  }
  return value as number;
}

function person(value: unknown, cap: Capability): Person {
  if (value === undefined) return { ...DEFAULT_PERSON };
  if (!isObject(value)) return fail('person', '参保人信息应为对象');
  const result: Person = { ...DEFAULT_PERSON };
  for (const key of Object.keys(value)) {
    const path = `person.${key}`;
    if (!(PERSON_FIELDS as readonly string[]).includes(key)) fail(path, `不认识的参保人字段“${key}”`);
    // age is part of every scenario (contract); the other fields only where the rules use them,
    // except that a field left at its default changes nothing (so a validated scenario validates again).
    const isDefault = value[key] === DEFAULT_PERSON[key as keyof Person];
    if (key !== 'age' && !isDefault && !(cap.personFields as string[]).includes(key)) {
      fail(path, `${CITY_NAMES[cap.city]}${SCHEME_LABELS[cap.scheme]}的计算不使用“${PERSON_FIELD_LABELS[key as PersonField]}”这一项`);
    }
  }
  if (value.age !== undefined) result.age = integer(value.age, 'person.age', PERSON_FIELD_LABELS.age, 0, 130);
  if (value.retired !== undefined) result.retired = bool(value.retired, 'person.retired', PERSON_FIELD_LABELS.retired);
  if (value.student !== undefined) result.student = bool(value.student, 'person.student', PERSON_FIELD_LABELS.student);
  if (value.civilServant !== undefined) result.civilServant = bool(value.civilServant, 'person.civilServant', PERSON_FIELD_LABELS.civilServant);
  if (value.majorDisease !== undefined) result.majorDisease = bool(value.majorDisease, 'person.majorDisease', PERSON_FIELD_LABELS.majorDisease);
  if (value.assistance !== undefined) {
    result.assistance = oneOf(value.assistance, ASSISTANCE_STATUSES, 'person.assistance', PERSON_FIELD_LABELS.assistance, ASSISTANCE_LABELS);
  }
  return result;
}


function level(value: Record<string, unknown>, path: string, ec: EventCapability, cap: Capability) {
  if (value.level === undefined) {
    if (ec.levelRequired) fail(join(path, 'level'), '请选择医院等级');
    return (ec.levels?.[0] ?? 'level2') as (typeof LEVELS)[number];
  }
  const l = oneOf(value.level, LEVELS, join(path, 'level'), '医院等级', LEVEL_NAMES);
  if (ec.levels && !ec.levels.includes(l)) {
    fail(join(path, 'level'), `${CITY_NAMES[cap.city]}${SCHEME_LABELS[cap.scheme]}的${EVENT_LABELS[value.type as EventType]}没有“${LEVEL_NAMES[l]}”（${l}），可选：${ec.levels.map((x) => `${x}（${LEVEL_NAMES[x]}）`).join('、')}`);
  }
  return l;
}

function amounts(value: Record<string, unknown>, path: string) {
  if (value.total === undefined) fail(join(path, 'total'), '请填写总费用');
  const total = amount(value.total, join(path, 'total'), '费用');
  const outOfScope = value.outOfScope === undefined ? '0.00' : amount(value.outOfScope, join(path, 'outOfScope'), '费用');
  if (money(outOfScope).gt(total)) fail(join(path, 'outOfScope'), '自费（目录外）金额不能超过总费用');
  return { total, outOfScope };
}

/** Amounts of the event types that have a 乙类 part (住院, 门诊特殊疾病). */
function amountsWithClassB(value: Record<string, unknown>, path: string) {
  const { total, outOfScope } = amounts(value, path);
  let classB = '0.00';
  if (value.classB !== undefined) {
    classB = amount(value.classB, join(path, 'classB'), '费用');
    if (money(classB).gt(money(total).minus(outOfScope))) fail(join(path, 'classB'), '乙类金额不能超过总费用减去自费部分');
  }
  return { total, outOfScope, classB };
}

function disease(rules: RuleBook, cap: Capability, type: 'chronic' | 'special', name: unknown, path: string): string {
  if (typeof name !== 'string' || !name.trim()) return fail(path, '请填写病种编码或手册中的病种名称');
  const where = `${CITY_NAMES[cap.city]}${EVENT_LABELS[type]}`;
  if (cap.city === 'bazhong') {
    if (type === 'special') {
      const found = findBazhongSpecial(rules.bazhong, name);
      if (!found) fail(path, `“${name}”不在${where}的 29 个病种中，请填写手册中的编码（如 M00500）或病种名称`);
      return found?.name ?? name;
    }
    const found = findBazhongChronic(rules.bazhong, name);
    if (!found) {
      const sub = bazhongChronicSubkinds(rules.bazhong, name);
      fail(path, sub.length ? `“${name}”下的亚类限额不同，请选择具体亚类：${sub.join('、')}` : `“${name}”不在${where}的病种中，请填写手册中的编码（如 M04600）或病种名称`);
    }
    if (found && found[cap.scheme] === null) fail(path, `“${found.name}”只纳入城乡居民医保门诊慢病，${SCHEME_LABELS[cap.scheme]}没有这一病种`);
    return found?.code ?? name;
  }
  if (type === 'special') {
    const found = findChangchunSpecial(rules.changchun, name);
    if (!found) fail(path, `“${name}”不在长春 43 种门诊特殊疾病中，请按手册中的病种名称填写`);
    return found ?? name;
  }
  const found = findChangchunChronic(rules.changchun, name);
  if (!found) fail(path, `“${name}”不在长春门诊慢性病病种中，请按手册中的病种名称填写`);
  if (found && found.cap === null) fail(path, `“${found.name}”的年度额度在原文表格中无法辨认（待核实），无法估算`);
  return found?.name ?? name;
}

function event(value: unknown, index: number, cap: Capability, rules: RuleBook): MedicalEvent {
  const path = `events[${index}]`;
  if (!isObject(value)) return fail(path, '每笔医疗费用应为对象');
  const type = oneOf(value.type, EVENT_TYPES, join(path, 'type'), '费用类型', EVENT_LABELS);
  const ec = cap.events[type];
  if (!ec) return fail(join(path, 'type'), `${CITY_NAMES[cap.city]}${SCHEME_LABELS[cap.scheme]}没有${EVENT_LABELS[type]}待遇`);
  if (ec.unavailable) return fail(join(path, 'type'), ec.unavailable);
  onlyKnown(value, EVENT_FIELDS[type], path, EVENT_LABELS[type]);
  switch (type) {
    case 'inpatient': {
      const where = value.where === undefined ? 'local' : oneOf(value.where, PLACES, join(path, 'where'), '就医地点', PLACE_LABELS);
      if (ec.places && !ec.places.includes(where)) {
        fail(join(path, 'where'), `${CITY_NAMES[cap.city]}${SCHEME_LABELS[cap.scheme]}没有“${PLACE_LABELS[where]}”这种就医情形，可选：${ec.places.map((x) => `${x}（${PLACE_LABELS[x]}）`).join('、')}`);
      }
      const transfer = value.transfer === undefined ? false : bool(value.transfer, join(path, 'transfer'), '是否同一治疗过程转院');
      if (transfer && !(cap.city === 'bazhong' && cap.scheme === 'resident')) {
        fail(join(path, 'transfer'), '转院补计起付线差额只适用于巴中城乡居民医保');
      }
      return { type, level: level(value, path, ec, cap), where, transfer, ...amountsWithClassB(value, path) };
    }
    case 'outpatient':
      return { type, level: level(value, path, ec, cap), ...amounts(value, path) };
    case 'chronic': {
      const list = value.diseases;
      if (!Array.isArray(list) || list.length === 0) return fail(join(path, 'diseases'), '请至少选择一种慢性病');
      const diseases = list.map((d, i) => disease(rules, cap, 'chronic', d, `${join(path, 'diseases')}[${i}]`));
      return { type, diseases, ...amounts(value, path) };
    }
    case 'special':
      return {
        type,
        disease: disease(rules, cap, 'special', value.disease, join(path, 'disease')),
        level: level(value, path, ec, cap),
        ...amountsWithClassB(value, path),
      };
    case 'twoDiseases': {
      const list = value.conditions;
      if (!Array.isArray(list) || list.length === 0 || list.length > 2) {
        return fail(join(path, 'conditions'), '请选择高血压（hypertension）、糖尿病（diabetes）或两者');
      }
      const conditions = list.map((c, i) => oneOf(c, CONDITIONS, `${join(path, 'conditions')}[${i}]`, '“两病”', CONDITION_LABELS));
      if (new Set(conditions).size !== conditions.length) fail(join(path, 'conditions'), '同一种病只需选择一次');
      return { type, conditions, total: amounts(value, path).total };
    }
    case 'maternity': {
      const delivery = oneOf(value.delivery, DELIVERIES, join(path, 'delivery'), '生育方式', DELIVERY_LABELS);
      if (ec.deliveries && !ec.deliveries.includes(delivery)) {
        fail(join(path, 'delivery'), `${CITY_NAMES[cap.city]}生育医疗费包干标准只分顺产和剖腹产，请选择其一`);
      }
      let weeks: number | undefined;
      if (delivery === 'termination') {
        if (value.weeks === undefined) fail(join(path, 'weeks'), '终止妊娠请填写怀孕周数');
        weeks = integer(value.weeks, join(path, 'weeks'), '孕周', 1, 45);
      } else if (value.weeks !== undefined) {
        fail(join(path, 'weeks'), '只有终止妊娠需要填写孕周');
      }
      const babies = value.babies === undefined ? 1 : integer(value.babies, join(path, 'babies'), '婴儿数', 1, 9);
      if (delivery === 'termination' && value.babies !== undefined && babies !== 1) fail(join(path, 'babies'), '终止妊娠不填写婴儿数');
      return { type, delivery, ...(weeks === undefined ? {} : { weeks }), babies, ...amounts(value, path) };
    }
    case 'injury':
    case 'drug':
      return { type, ...amounts(value, path) };
  }
}

function profile(value: unknown, city: CityId): Partial<CustomProfile> | undefined {
  if (value === undefined) return undefined;
  if (city !== 'custom') return fail('profile', '只有“其他地区（自定义）”可以修改计算参数');
  if (!isObject(value)) return fail('profile', '自定义参数应为对象');
  onlyKnown(value, ['deductible', 'ratio', 'annualCap', 'criticalDeductible', 'criticalSegments', 'criticalCap'], 'profile', '自定义参数');
  const out: Partial<CustomProfile> = {};
  const byLevel = (key: 'deductible' | 'ratio') => {
    const v = value[key];
    if (v === undefined) return;
    if (!isObject(v)) fail(`profile.${key}`, '应为按医院等级（level1、level2、level3）填写的对象');
    const obj = v as Record<string, unknown>;
    onlyKnown(obj, ['level1', 'level2', 'level3'], `profile.${key}`, '自定义参数');
    const m: Record<string, string> = {};
    for (const [k, x] of Object.entries(obj)) {
      m[k] = key === 'ratio' ? ratio(x, `profile.${key}.${k}`) : amount(x, `profile.${key}.${k}`, '起付线');
    }
    out[key] = m as CustomProfile['deductible'];
  };
  byLevel('deductible');
  byLevel('ratio');
  const optionalAmount = (key: 'annualCap' | 'criticalCap' | 'criticalDeductible', what: string) => {
    const v = value[key];
    if (v === undefined) return;
    out[key] = (v === null || v === '') && key !== 'criticalDeductible' ? '' : amount(v, `profile.${key}`, what);
  };
  optionalAmount('annualCap', '年度限额');
  optionalAmount('criticalCap', '大病保险限额');
  optionalAmount('criticalDeductible', '大病保险起付线');
  if (value.criticalSegments !== undefined) {
    const segs = value.criticalSegments;
    if (!Array.isArray(segs) || segs.length === 0 || segs.length > 6) fail('profile.criticalSegments', '大病保险分段应为 1 到 6 段');
    let last = -1;
    out.criticalSegments = (segs as unknown[]).map((s, i) => {
      const p = `profile.criticalSegments[${i}]`;
      if (!isObject(s)) return fail(p, '每一段应为 {upTo, ratio}');
      onlyKnown(s, ['upTo', 'ratio'], p, '大病保险分段');
      const isLast = i === (segs as unknown[]).length - 1;
      const upTo = s.upTo === null || s.upTo === undefined ? null : amount(s.upTo, `${p}.upTo`, '分段上限');
      if (upTo === null && !isLast) fail(`${p}.upTo`, '只有最后一段可以不设上限');
      if (upTo !== null && Number(upTo) <= last) fail(`${p}.upTo`, '分段上限应逐段增大');
      last = upTo === null ? last : Number(upTo);
      return { upTo, ratio: ratio(s.ratio, `${p}.ratio`) };
    });
  }
  return out;
}

function ratio(value: unknown, path: string): string {
  if (typeof value !== 'number' && typeof value !== 'string') return fail(path, '比例应为 0 到 100 之间的数字（百分比）');
  const n = Number(String(value).replace(/%$/, ''));
  if (!Number.isFinite(n) || n < 0 || n > 100) fail(path, '比例应为 0 到 100 之间的数字（百分比）');
  return String(n);
}

export function validateScenario(input: unknown, rules: RuleBook): Validation {
  try {
    if (!isObject(input)) fail('', '情形应为 JSON 对象');
    const value = input as Record<string, unknown>;
    onlyKnown(value, ['city', 'scheme', 'person', 'events', 'profile'], '', '情形');
    const city = oneOf(value.city, CITY_IDS, 'city', '城市', CITY_NAMES);
    const scheme = oneOf(value.scheme, SCHEME_IDS, 'scheme', '险种', SCHEME_LABELS);
    const cap = capabilityFor(rules, city, scheme);
    if (!cap) {
      const offered = SCHEMES_BY_CITY[city].map((s) => SCHEME_LABELS[s as SchemeId]).join('、');
      return { ok: false, error: { path: 'scheme', message: `${CITY_NAMES[city]}只能计算${offered}` } };
    }
    const p = person(value.person, cap);
    if (!Array.isArray(value.events) || value.events.length === 0) fail('events', '请至少添加一笔医疗费用');
    const list = value.events as unknown[];
    if (list.length > 50) fail('events', '一年最多计算 50 笔费用');
    const events = list.map((e, i) => event(e, i, cap, rules));
    const minorsBelowAge = cap.events.injury?.minorsBelowAge;
    if (minorsBelowAge !== undefined && events.some((e) => e.type === 'injury') && !(p.student || p.age < minorsBelowAge)) {
      const i = events.findIndex((e) => e.type === 'injury');
      fail(`events[${i}].type`, '门诊外伤待遇只适用于未成年人和在校学生');
    }
    const prof = profile(value.profile, city);
    return { ok: true, scenario: { city, scheme, person: p, events, ...(prof ? { profile: prof } : {}) } };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: { path: error.path, message: error.message } };
    throw error;
  }
}
