import { MAX_AMOUNT, money, parseAmountInput } from '@/lib/money';
import { capabilityFor, deliveryUnavailable, transferPlaces, type Capability, type EventCapability } from '@/lib/policy/capabilities';
import { catalogueFor, diseaseCap, diseaseId, findDisease } from '@/lib/policy/diseases';
import { ASSISTANCE_LABELS, CONDITION_LABELS, DELIVERY_LABELS, EVENT_LABELS, LEVEL_NAMES, PERSON_FIELD_LABELS, PLACE_LABELS, quoted, SCHEME_LABELS } from '@/lib/policy/labels';
import { groupsOf, holds } from '@/lib/policy/lookup';
import { cityName, schemesOf } from '@/lib/policy/names';
import type { RuleBook } from '@/lib/policy/spec';
import { ASSISTANCE_STATUSES, CONDITIONS, DEFAULT_PERSON, DELIVERIES, EVENT_TYPES, LEVELS, PERSON_FIELDS, PLACES, SCHEME_IDS } from '@/lib/policy/vocabulary';
import {
  EVENT_FIELDS,
  type Condition,
  type CustomProfile,
  type EventType,
  type FieldError,
  type Level,
  type MedicalEvent,
  type Person,
  type PersonField,
  type Place,
  type Scenario,
} from './types';

/**
 * Validates a scenario (docs/contract.md) against what the chosen city and scheme can compute, and
 * reports every problem at once (the CLI shows the first). Unknown fields are errors; every message
 * is Chinese and names the field's path.
 */
export type Validation = { ok: true; scenario: Scenario } | { ok: false; error: FieldError; errors: FieldError[] };

/** The problems found so far; a check that fails reports and returns undefined, and the others go on. */
class Problems {
  readonly list: FieldError[] = [];
  add(path: string, message: string): undefined {
    if (!this.list.some((e) => e.path === path)) this.list.push({ path, message });
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function join(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

function onlyKnown(p: Problems, value: Record<string, unknown>, allowed: readonly string[], path: string, what: string): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) p.add(join(path, key), `${what}不使用字段“${key}”`);
}

function oneOf<T extends string>(p: Problems, value: unknown, options: readonly T[], path: string, what: string, names?: Record<string, string>): T | undefined {
  if (typeof value === 'string' && options.includes(value as T)) return value as T;
  const list = options.map((o) => (names?.[o] ? `${o}（${names[o]}）` : o)).join('、');
  return p.add(path, `${what}应为以下之一：${list}`);
}

function bool(p: Problems, value: unknown, path: string, what: string): boolean | undefined {
  return typeof value === 'boolean' ? value : p.add(path, `${what}应为 true 或 false`);
}

/** An amount in yuan: a JSON number or a string as residents type it ("5万"). Its two-decimal string, or the problem. */
export function checkAmount(value: unknown, what = '费用'): string | { problem: string } {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { problem: `${what}不是有效的数字` };
    if (value < 0) return { problem: `${what}不能为负数` };
    const d = money(value);
    if (d.gt(MAX_AMOUNT)) return { problem: `${what}过大，请核对（不能超过 10 亿元）` };
    if (d.decimalPlaces() > 2) return { problem: `${what}最多精确到分（两位小数）` };
    return d.toFixed(2);
  }
  if (typeof value === 'string') {
    const parsed = parseAmountInput(value);
    return parsed.ok ? parsed.value.toFixed(2) : { problem: parsed.message.replace(/^金额/, what) };
  }
  return { problem: `${what}应为数字金额（元）` };
}

function amount(p: Problems, value: unknown, path: string, what = '费用'): string | undefined {
  const r = checkAmount(value, what);
  return typeof r === 'string' ? r : p.add(path, r.problem);
}

/** An amount field of an event (its path is only written out when there is a problem). */
function eventAmount(p: Problems, value: unknown, path: string, key: string): string | undefined {
  const r = checkAmount(value);
  return typeof r === 'string' ? r : p.add(join(path, key), r.problem);
}

/** The event when every field came out valid (a field that did not is undefined, and reported). */
function complete<T extends object>(e: T): T | undefined {
  for (const k in e) if (e[k] === undefined) return undefined;
  return e;
}

function failed(p: Problems): Validation {
  return { ok: false, error: p.list[0] as FieldError, errors: p.list };
}

function integer(p: Problems, value: unknown, path: string, what: string, min: number, max: number): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  return p.add(path, `${what}应为 ${min} 到 ${max} 之间的整数`);
}

function person(p: Problems, value: unknown, cap: Capability, rules: RuleBook): Person {
  const result: Person = { ...DEFAULT_PERSON };
  if (value === undefined) return result;
  if (!isObject(value)) return p.add('person', '参保人信息应为对象') ?? result;
  for (const key of Object.keys(value)) {
    const path = `person.${key}`;
    if (!(PERSON_FIELDS as readonly string[]).includes(key)) {
      p.add(path, `不认识的参保人字段“${key}”`);
      continue;
    }
    // age is part of every scenario (contract); the other fields only where the rules use them,
    // except that a field left at its default changes nothing (so a validated scenario validates again).
    const isDefault = value[key] === DEFAULT_PERSON[key as keyof Person];
    if (key !== 'age' && !isDefault && !(cap.personFields as string[]).includes(key)) {
      p.add(path, `${cityName(rules, cap.city)}${SCHEME_LABELS[cap.scheme]}的计算不使用“${PERSON_FIELD_LABELS[key as PersonField]}”这一项`);
    }
  }
  if (value.age !== undefined) result.age = integer(p, value.age, 'person.age', PERSON_FIELD_LABELS.age, 0, 130) ?? result.age;
  for (const key of ['retired', 'student', 'civilServant', 'majorDisease'] as const) {
    if (value[key] !== undefined) result[key] = bool(p, value[key], `person.${key}`, PERSON_FIELD_LABELS[key]) ?? result[key];
  }
  if (value.assistance !== undefined) {
    result.assistance = oneOf(p, value.assistance, ASSISTANCE_STATUSES, 'person.assistance', PERSON_FIELD_LABELS.assistance, ASSISTANCE_LABELS) ?? result.assistance;
  }
  return result;
}

function level(p: Problems, value: Record<string, unknown>, path: string, ec: EventCapability, cap: Capability, rules: RuleBook): Level | undefined {
  if (value.level === undefined) {
    if (ec.levelRequired) return p.add(join(path, 'level'), '请选择医院等级');
    return ec.levels?.[0] ?? 'level2';
  }
  const l = typeof value.level === 'string' && ec.levels?.includes(value.level as Level) ? (value.level as Level) : oneOf(p, value.level, LEVELS, join(path, 'level'), '医院等级', LEVEL_NAMES);
  if (l && ec.levels && !ec.levels.includes(l)) {
    return p.add(
      join(path, 'level'),
      `${cityName(rules, cap.city)}${SCHEME_LABELS[cap.scheme]}的${EVENT_LABELS[value.type as EventType]}没有“${LEVEL_NAMES[l]}”（${l}），可选：${ec.levels.map((x) => `${x}（${LEVEL_NAMES[x]}）`).join('、')}`,
    );
  }
  return l;
}

interface Amounts {
  total?: string;
  outOfScope?: string;
  classB?: string;
}

/** total and outOfScope (and, for the types that have a 乙类 part — 住院, 门诊特殊疾病 — classB). */
function amounts(p: Problems, value: Record<string, unknown>, path: string, withClassB = false): Amounts {
  const total = value.total === undefined ? p.add(join(path, 'total'), '请填写总费用') : eventAmount(p, value.total, path, 'total');
  let outOfScope = value.outOfScope === undefined ? '0.00' : eventAmount(p, value.outOfScope, path, 'outOfScope');
  if (total !== undefined && outOfScope !== undefined && outOfScope !== '0.00' && money(outOfScope).gt(total)) outOfScope = p.add(join(path, 'outOfScope'), '自费（目录外）金额不能超过总费用');
  if (!withClassB) return { total, outOfScope };
  let classB: string | undefined = '0.00';
  if (value.classB !== undefined) {
    classB = eventAmount(p, value.classB, path, 'classB');
    if (classB !== undefined && total !== undefined && outOfScope !== undefined && money(classB).gt(money(total).minus(outOfScope))) {
      classB = p.add(join(path, 'classB'), '乙类金额不能超过总费用减去自费部分');
    }
  }
  return { total, outOfScope, classB };
}

function disease(p: Problems, rules: RuleBook, cap: Capability, person: Person, type: 'chronic' | 'special', name: unknown, path: string): string | undefined {
  if (typeof name !== 'string' || !name.trim()) return p.add(path, '请填写病种编码或手册中的病种名称');
  const spec = rules[cap.city];
  const catalogue = catalogueFor(spec, cap.scheme, type);
  const where = `${cityName(rules, cap.city)}${EVENT_LABELS[type]}`;
  if (!catalogue || !spec) return p.add(path, `${where}没有病种目录`);
  const dims = { scheme: cap.scheme, assistance: person.assistance, groups: groupsOf(spec.schemes[cap.scheme] ?? { person: [], payers: {}, events: {} }, person) };
  const capOf = (d: Parameters<typeof diseaseCap>[1]) => diseaseCap(catalogue, d, dims);
  const r = findDisease(catalogue, name, capOf);
  if (!r.found) {
    if (r.subkinds.length) return p.add(path, `“${name}”下的亚类限额不同，请选择具体亚类：${r.subkinds.map((d) => `${d.code ?? ''} ${d.name}`.trim()).join('、')}`);
    const how = catalogue.example ? `请填写手册中的编码（如 ${catalogue.example}）或病种名称` : '请按手册中的病种名称填写';
    return p.add(path, `“${name}”不在${where}的 ${catalogue.list.length} 个病种中，${how}`);
  }
  // A 门诊慢性病 is paid within its own cap: a disease whose cap the rules cannot give cannot be computed.
  if (type === 'chronic' && r.found.cap !== undefined && capOf(r.found) === null) {
    return p.add(path, (catalogue.noCap ?? '“{name}”的年度限额无法确定，无法估算').replace('{name}', r.found.name).replace('{scheme}', SCHEME_LABELS[cap.scheme]));
  }
  return diseaseId(r.found);
}

function event(p: Problems, value: unknown, index: number, cap: Capability, rules: RuleBook, who: Person): MedicalEvent | undefined {
  const path = `events[${index}]`;
  if (!isObject(value)) return p.add(path, '每笔医疗费用应为对象');
  const type = typeof value.type === 'string' && (EVENT_TYPES as readonly string[]).includes(value.type) ? (value.type as EventType) : oneOf(p, value.type, EVENT_TYPES, join(path, 'type'), '费用类型', EVENT_LABELS);
  if (!type) return undefined;
  const ec = cap.events[type];
  if (!ec) return p.add(join(path, 'type'), `${cityName(rules, cap.city)}${SCHEME_LABELS[cap.scheme]}没有${quoted(EVENT_LABELS[type])}待遇`);
  if (ec.unavailable) return p.add(join(path, 'type'), ec.unavailable);
  onlyKnown(p, value, EVENT_FIELDS[type], path, EVENT_LABELS[type]);
  if (ec.onlyFor && !holds(ec.onlyFor.when, who)) p.add(join(path, 'type'), ec.onlyFor.message);
  switch (type) {
    case 'inpatient': {
      const where = value.where === undefined ? 'local' : typeof value.where === 'string' && ec.places?.includes(value.where as Place) ? (value.where as Place) : oneOf(p, value.where, PLACES, join(path, 'where'), '就医地点', PLACE_LABELS);
      if (where && ec.places && !ec.places.includes(where)) {
        p.add(join(path, 'where'), `${cityName(rules, cap.city)}${SCHEME_LABELS[cap.scheme]}没有“${PLACE_LABELS[where]}”这种就医情形，可选：${ec.places.map((x) => `${x}（${PLACE_LABELS[x]}）`).join('、')}`);
      }
      const transfer = value.transfer === undefined ? false : bool(p, value.transfer, join(path, 'transfer'), '是否同一治疗过程转院');
      if (transfer && !ec.transfer) p.add(join(path, 'transfer'), `转院补计起付线差额只适用于${transferPlaces(rules)}`);
      const l = level(p, value, path, ec, cap, rules);
      return complete({ type, level: l, where: ec.places && where && !ec.places.includes(where) ? undefined : where, transfer: transfer && !ec.transfer ? undefined : transfer, ...amounts(p, value, path, true) }) as MedicalEvent | undefined;
    }
    case 'outpatient':
      return complete({ type, level: level(p, value, path, ec, cap, rules), ...amounts(p, value, path) }) as MedicalEvent | undefined;
    case 'chronic': {
      const list = value.diseases;
      const ok = Array.isArray(list) && list.length > 0;
      if (!ok) p.add(join(path, 'diseases'), '请至少选择一种慢性病');
      const diseases = ok ? list.map((d, i) => disease(p, rules, cap, who, 'chronic', d, `${join(path, 'diseases')}[${i}]`)) : [undefined];
      const a = amounts(p, value, path);
      if (diseases.some((d) => d === undefined)) return undefined;
      return complete({ type, diseases: diseases as string[], ...a }) as MedicalEvent | undefined;
    }
    case 'special': {
      const d = disease(p, rules, cap, who, 'special', value.disease, join(path, 'disease'));
      return complete({ type, disease: d, level: level(p, value, path, ec, cap, rules), ...amounts(p, value, path, true) }) as MedicalEvent | undefined;
    }
    case 'twoDiseases': {
      const list = value.conditions;
      let conditions: Condition[] | undefined;
      if (!Array.isArray(list) || list.length === 0 || list.length > 2) {
        p.add(join(path, 'conditions'), '请选择高血压（hypertension）、糖尿病（diabetes）或两者');
      } else {
        const picked = list.map((c, i) => oneOf(p, c, CONDITIONS, `${join(path, 'conditions')}[${i}]`, '“两病”', CONDITION_LABELS));
        if (picked.every((c) => c !== undefined)) {
          conditions = picked as Condition[];
          if (new Set(conditions).size !== conditions.length) conditions = p.add(join(path, 'conditions'), '同一种病只需选择一次');
        }
      }
      return complete({ type, conditions, total: amounts(p, value, path).total }) as MedicalEvent | undefined;
    }
    case 'maternity': {
      let delivery = oneOf(p, value.delivery, DELIVERIES, join(path, 'delivery'), '生育方式', DELIVERY_LABELS);
      if (delivery && ec.deliveries && !ec.deliveries.includes(delivery)) delivery = p.add(join(path, 'delivery'), deliveryUnavailable(ec, delivery, cityName(rules, cap.city)));
      let weeks: number | undefined;
      let weeksOk = true;
      if (value.delivery === 'termination') {
        weeks = value.weeks === undefined ? p.add(join(path, 'weeks'), '终止妊娠请填写怀孕周数') : integer(p, value.weeks, join(path, 'weeks'), '孕周', 1, 45);
        weeksOk = weeks !== undefined;
      } else if (value.weeks !== undefined) {
        weeksOk = p.add(join(path, 'weeks'), '只有终止妊娠需要填写孕周') ?? false;
      }
      let babies = value.babies === undefined ? 1 : integer(p, value.babies, join(path, 'babies'), '婴儿数', 1, 9);
      if (value.delivery === 'termination' && value.babies !== undefined && babies !== 1) babies = p.add(join(path, 'babies'), '终止妊娠不填写婴儿数');
      const a = amounts(p, value, path);
      if (!weeksOk) return undefined;
      return complete({ type, delivery, ...(weeks === undefined ? {} : { weeks }), babies, ...a }) as MedicalEvent | undefined;
    }
    case 'injury':
    case 'drug':
      return complete({ type, ...amounts(p, value, path) }) as MedicalEvent | undefined;
  }
}

function ratio(p: Problems, value: unknown, path: string): string | undefined {
  const message = '比例应为 0 到 100 之间的数字（百分比）';
  if (typeof value !== 'number' && typeof value !== 'string') return p.add(path, message);
  const n = Number(String(value).replace(/%$/, ''));
  if (!Number.isFinite(n) || n < 0 || n > 100) return p.add(path, message);
  return String(n);
}

function profile(p: Problems, value: unknown, cap: Capability, rules: RuleBook): Partial<CustomProfile> | undefined {
  if (value === undefined) return undefined;
  if (!cap.editable) {
    const editable = Object.keys(rules).filter((c) => schemesOf(rules, c).some((s) => capabilityFor(rules, c, s)?.editable));
    return p.add('profile', `只有${editable.map((c) => quoted(cityName(rules, c))).join('、')}可以修改计算参数`);
  }
  if (!isObject(value)) return p.add('profile', '自定义参数应为对象');
  onlyKnown(p, value, ['deductible', 'ratio', 'annualCap', 'criticalDeductible', 'criticalSegments', 'criticalCap'], 'profile', '自定义参数');
  const out: Partial<CustomProfile> = {};
  for (const key of ['deductible', 'ratio'] as const) {
    const v = value[key];
    if (v === undefined) continue;
    if (!isObject(v)) {
      p.add(`profile.${key}`, '应为按医院等级（level1、level2、level3）填写的对象');
      continue;
    }
    onlyKnown(p, v, ['level1', 'level2', 'level3'], `profile.${key}`, '自定义参数');
    const m: Record<string, string> = {};
    for (const [k, x] of Object.entries(v)) {
      const checked = key === 'ratio' ? ratio(p, x, `profile.${key}.${k}`) : amount(p, x, `profile.${key}.${k}`, '起付线');
      if (checked !== undefined) m[k] = checked;
    }
    out[key] = m as CustomProfile['deductible'];
  }
  const optionalAmount = (key: 'annualCap' | 'criticalCap' | 'criticalDeductible', what: string) => {
    const v = value[key];
    if (v === undefined) return;
    const checked = (v === null || v === '') && key !== 'criticalDeductible' ? '' : amount(p, v, `profile.${key}`, what);
    if (checked !== undefined) out[key] = checked;
  };
  optionalAmount('annualCap', '年度限额');
  optionalAmount('criticalCap', '大病保险限额');
  optionalAmount('criticalDeductible', '大病保险起付线');
  if (value.criticalSegments !== undefined) {
    const segs = value.criticalSegments;
    if (!Array.isArray(segs) || segs.length === 0 || segs.length > 6) {
      p.add('profile.criticalSegments', '大病保险分段应为 1 到 6 段');
    } else {
      let last = -1;
      const list = segs.map((s, i) => {
        const at = `profile.criticalSegments[${i}]`;
        if (!isObject(s)) return p.add(at, '每一段应为 {upTo, ratio}');
        onlyKnown(p, s, ['upTo', 'ratio'], at, '大病保险分段');
        const isLast = i === segs.length - 1;
        let upTo: string | null | undefined = s.upTo === null || s.upTo === undefined ? null : amount(p, s.upTo, `${at}.upTo`, '分段上限');
        if (upTo === null && !isLast) upTo = p.add(`${at}.upTo`, '只有最后一段可以不设上限');
        else if (typeof upTo === 'string' && Number(upTo) <= last) upTo = p.add(`${at}.upTo`, '分段上限应逐段增大');
        if (typeof upTo === 'string') last = Number(upTo);
        const r = ratio(p, s.ratio, `${at}.ratio`);
        return upTo === undefined || r === undefined ? undefined : { upTo, ratio: r };
      });
      if (list.every((s) => s !== undefined)) out.criticalSegments = list as CustomProfile['criticalSegments'];
    }
  }
  return out;
}

export function validateScenario(input: unknown, rules: RuleBook): Validation {
  const p = new Problems();
  if (!isObject(input)) {
    p.add('', '情形应为 JSON 对象');
    return failed(p);
  }
  onlyKnown(p, input, ['city', 'scheme', 'person', 'events', 'profile'], '', '情形');
  const city = typeof input.city === 'string' && Object.hasOwn(rules, input.city) ? input.city : oneOf(p, input.city, Object.keys(rules), 'city', '城市', Object.fromEntries(Object.keys(rules).map((c) => [c, cityName(rules, c)])));
  const scheme = oneOf(p, input.scheme, SCHEME_IDS, 'scheme', '险种', SCHEME_LABELS);
  if (!city || !scheme) return failed(p);
  const cap = capabilityFor(rules, city, scheme);
  if (!cap) {
    p.add('scheme', `${cityName(rules, city)}只能计算${schemesOf(rules, city).map((s) => SCHEME_LABELS[s]).join('、')}`);
    return failed(p);
  }
  const who = person(p, input.person, cap, rules);
  let events: (MedicalEvent | undefined)[] = [];
  if (!Array.isArray(input.events) || input.events.length === 0) p.add('events', '请至少添加一笔医疗费用');
  else if (input.events.length > 50) p.add('events', '一年最多计算 50 笔费用');
  else events = input.events.map((e, i) => event(p, e, i, cap, rules, who));
  const prof = profile(p, input.profile, cap, rules);
  if (p.list.length) return failed(p);
  return { ok: true, scenario: { city, scheme, person: who, events: events as MedicalEvent[], ...(prof ? { profile: prof } : {}) } };
}
