import type Decimal from 'decimal.js';
import { min, money, round2, ZERO } from '@/lib/money';
import { capabilityFor, transferPlaces, usesClassB } from '@/lib/policy/capabilities';
import { catalogueFor, diseaseCap, findDisease } from '@/lib/policy/diseases';
import { ASSISTANCE_LABELS, DELIVERY_LABELS, EVENT_LABELS, quoted, SCHEME_LABELS } from '@/lib/policy/labels';
import { groupsOf } from '@/lib/policy/lookup';
import { cityName, levelName, placeName, schemesOf } from '@/lib/policy/names';
import type { RuleBook } from '@/lib/policy/spec';
import {
  EVENT_FIELDS,
  LEVELS,
  type CityId,
  type EstimateResult,
  type Level,
  type MedicalEvent,
  type Person,
  type PersonField,
  type Place,
  type Scenario,
  type SchemeId,
} from '@/lib/scenario/types';
import { estimate, estimateInput } from './estimate';

/**
 * What-if views of one scenario, all computed by the engine itself (`estimate`): "you pay" against
 * the bill amount, the same bill at every hospital level and place, and the same scenario in every city.
 * Pure functions on validated scenarios; amounts are the contract's two-decimal strings.
 */

export interface Point {
  /** The varied event's 总费用. */
  total: string;
  /** What all payers pay for the year. */
  fund: string;
  /** What the resident pays for the year (自付 + 自费). */
  personal: string;
}

const pointOf = (total: Decimal, r: EstimateResult): Point => ({ total: round2(total).toFixed(2), fund: r.fund, personal: r.personal });

/**
 * The scenario with one event's 总费用 changed; its 自费 and 乙类 keep their share of the bill
 * (the same kind of bill, larger or smaller).
 */
export function scaleEvent(scenario: Scenario, index: number, total: Decimal.Value): Scenario {
  const event = scenario.events[index];
  if (!event) throw new Error(`no event ${index}`);
  const next = round2(money(total));
  const old = money(event.total);
  const scale = (part: string) => (old.isZero() ? ZERO : round2(money(part).times(next).div(old)));
  const changed: MedicalEvent = { ...event, total: next.toFixed(2) } as MedicalEvent;
  if ('outOfScope' in event && 'outOfScope' in changed) {
    const out = min(scale(event.outOfScope), next);
    changed.outOfScope = out.toFixed(2);
    if ('classB' in event && 'classB' in changed) changed.classB = min(scale(event.classB), next.minus(out)).toFixed(2);
  }
  return withEvent(scenario, index, changed);
}

/** The scenario with its event `index` replaced. */
function withEvent(scenario: Scenario, index: number, event: MedicalEvent): Scenario {
  return { ...scenario, events: scenario.events.map((e, i) => (i === index ? event : e)) };
}

function fundAt(scenario: Scenario, rules: RuleBook, index: number, total: number, cache: Map<number, string>): string {
  let fund = cache.get(total);
  if (fund === undefined) {
    fund = estimate(scaleEvent(scenario, index, total), rules, { explain: false }).fund;
    cache.set(total, fund);
  }
  return fund;
}

const GRID = [1, 1.5, 2, 3, 4, 5, 6, 8];
/** 100, 150, 200, 300, … 8 000 000: round amounts a chart axis can end on. */
const NICE: number[] = [2, 3, 4, 5, 6].flatMap((exp) => GRID.map((g) => g * 10 ** exp));

/** The smallest round amount (100, 150, 200, 300, 400, 500, 600, 800, 1000, …) not below `value`. */
export function niceCeil(value: number): number {
  for (const n of NICE) if (n >= value) return n;
  const exp = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / exp) * exp;
}

/** Beyond this amount an uncapped layer is not followed further (the chart ends here). */
export const UNCAPPED_MAX = 1_000_000;

/**
 * Where the chart of one event should end: the bill at which every payer has reached its cap (the fund
 * pays nothing more for a larger bill), and at least a quarter beyond the current bill.
 */
export function rangeMax(scenario: Scenario, rules: RuleBook, index: number): number {
  const cache = new Map<number, string>();
  const current = Number(scenario.events[index]?.total ?? 0);
  let saturated: number | undefined;
  for (const c of NICE) {
    if (c > UNCAPPED_MAX) break;
    const fund = fundAt(scenario, rules, index, c, cache);
    // Below a deductible the fund pays nothing yet: that is not the end of the chart.
    if (Number(fund) > 0 && fund === fundAt(scenario, rules, index, c * 2, cache)) {
      saturated = c;
      break;
    }
  }
  const fallback = Number(fundAt(scenario, rules, index, UNCAPPED_MAX, cache)) > 0 ? UNCAPPED_MAX : 0;
  return Math.max(saturated ?? fallback, niceCeil(Math.max(current * 1.25, 100)));
}

export interface WhatIfSeries {
  eventIndex: number;
  max: number;
  points: Point[];
  current: Point;
}

/**
 * "You pay" for the year as one event's bill goes from 0 to `max` (default: `rangeMax`): `count` points
 * (default 201, i.e. 200 equal steps), each a full engine evaluation.
 */
export function whatIfSeries(
  scenario: Scenario,
  rules: RuleBook,
  options: { eventIndex: number; count?: number; max?: number },
): WhatIfSeries {
  const { eventIndex } = options;
  const count = Math.max(2, options.count ?? 201);
  const max = options.max ?? rangeMax(scenario, rules, eventIndex);
  const points: Point[] = [];
  for (let i = 0; i < count; i++) {
    const total = round2(money(max).times(i).div(count - 1));
    points.push(pointOf(total, estimate(scaleEvent(scenario, eventIndex, total), rules, { explain: false })));
  }
  const event = scenario.events[eventIndex];
  const current = pointOf(money(event?.total ?? 0), estimate(scenario, rules, { explain: false }));
  return { eventIndex, max, points, current };
}

/** The event whose amount a what-if chart varies by default: the largest bill. */
export function mainEventIndex(scenario: Scenario): number {
  let best = 0;
  scenario.events.forEach((e, i) => {
    if (money(e.total).gt(money(scenario.events[best]?.total ?? 0))) best = i;
  });
  return best;
}

// ————————————————————————————— levels and places —————————————————————————————

export interface Alternative<K extends string> {
  key: K;
  label: string;
  /** The scenario's own choice. */
  current: boolean;
  fund: string;
  personal: string;
}

/** The same bill with `change` made for each key in turn, in numbers only: one alternative per key. */
function alternatives<K extends string>(
  scenario: Scenario,
  rules: RuleBook,
  index: number,
  keys: readonly K[],
  current: K,
  change: (key: K) => Partial<MedicalEvent>,
  label: (key: K) => string,
): Alternative<K>[] {
  const event = scenario.events[index]!;
  return keys.map((key) => {
    const r = estimate(withEvent(scenario, index, { ...event, ...change(key) } as MedicalEvent), rules, { explain: false });
    return { key, label: label(key), current: key === current, fund: r.fund, personal: r.personal };
  });
}

/** The same bill at every hospital level the city's rules name for this kind of event. */
export function compareLevels(scenario: Scenario, rules: RuleBook, index: number): Alternative<Level>[] {
  const event = scenario.events[index];
  if (!event || !('level' in event)) return [];
  const ec = capabilityFor(rules, scenario.city, scenario.scheme)?.events[event.type];
  const levels = ec?.levels ?? [];
  if (levels.length < 2) return [];
  return alternatives(scenario, rules, index, levels, event.level, (level) => ({ level }), (level) => levelName(rules[scenario.city], level));
}

/** The same 住院 bill in every place of treatment the city's rules distinguish (本地, 异地 …). */
export function comparePlaces(scenario: Scenario, rules: RuleBook, index: number): Alternative<Place>[] {
  const event = scenario.events[index];
  if (!event || event.type !== 'inpatient') return [];
  const places = capabilityFor(rules, scenario.city, scenario.scheme)?.events.inpatient?.places ?? [];
  if (places.length < 2) return [];
  return alternatives(scenario, rules, index, places, event.where, (where) => ({ where }), (where) => placeName(rules[scenario.city], scenario.scheme, where));
}

// ————————————————————————————— across cities —————————————————————————————

const LEVEL_NEAREST: Record<Level, Level[]> = {
  village: ['village', 'township', 'level1'],
  township: ['township', 'level1', 'village'],
  level1: ['level1', 'township'],
  level2: ['level2'],
  level3: ['level3', 'level3-provincial'],
  'level3-provincial': ['level3-provincial', 'level3'],
  pharmacy: ['pharmacy', 'level1', 'township', 'village'],
};

/** The level of `offered` closest to `level`: the same kind of hospital first, then the nearest grade. */
export function nearestLevel(level: Level, offered: readonly Level[]): Level | undefined {
  for (const l of LEVEL_NEAREST[level]) if (offered.includes(l)) return l;
  const order: readonly Level[] = LEVELS.filter((l) => l !== 'pharmacy');
  const at = order.indexOf(level === 'pharmacy' ? 'level1' : level);
  let best: Level | undefined;
  let distance = Infinity;
  for (const l of offered) {
    const d = Math.abs(order.indexOf(l) - at);
    if (order.includes(l) && d < distance) {
      best = l;
      distance = d;
    }
  }
  return best;
}

const PERSON_NAMES: Record<Exclude<PersonField, 'age' | 'assistance'>, string> = {
  retired: '退休人员',
  student: '在校学生',
  civilServant: '享受公务员医疗补助',
  majorDisease: '大额补助规定的重大疾病',
};

/** A disease of one city's catalogue by its name (the handbook's words), to look it up in another's. */
function diseaseName(rules: RuleBook, city: CityId, scheme: SchemeId, kind: 'chronic' | 'special', query: string): string {
  const c = catalogueFor(rules[city], scheme, kind);
  return (c && findDisease(c, query).found?.name) ?? query;
}

/** The same disease in another city's catalogue (for 门诊慢性病 only where its cap can be given). */
function diseaseIn(rules: RuleBook, city: CityId, scheme: SchemeId, kind: 'chronic' | 'special', name: string, person: Person): string | undefined {
  const spec = rules[city];
  const c = catalogueFor(spec, scheme, kind);
  const s = spec?.schemes[scheme];
  if (!c || !s) return undefined;
  const found = findDisease(c, name).found;
  if (!found) return undefined;
  if (kind === 'chronic' && diseaseCap(c, found, { scheme, assistance: person.assistance, groups: groupsOf(s, person) }) === null) return undefined;
  return found.code ?? found.name;
}

export interface CityMapping {
  city: CityId;
  scheme?: SchemeId;
  /** The scenario as the target city is asked about (contract JSON), when anything is left to ask. */
  input?: Record<string, unknown>;
  /** What was translated to the city's nearest equivalent, in words. */
  mapped: string[];
  /** What the city cannot compute and was left out, in words. */
  skipped: string[];
}

/** The scenario translated to another city's rules: nearest levels and fields, and what had to change. */
export function mapToCity(scenario: Scenario, rules: RuleBook, city: CityId): CityMapping {
  const name = cityName(rules, city);
  const mapped: string[] = [];
  const skipped: string[] = [];
  const schemes = schemesOf(rules, city);
  const scheme = schemes.includes(scenario.scheme) ? scenario.scheme : schemes[0];
  if (!scheme) return { city, mapped, skipped: [`${name}没有可以计算的险种`] };
  if (scheme !== scenario.scheme) mapped.push(`${name}手册只有${SCHEME_LABELS[scheme]}，按${SCHEME_LABELS[scheme]}计算`);
  const cap = capabilityFor(rules, city, scheme);
  if (!cap) return { city, scheme, mapped, skipped: [`${name}${SCHEME_LABELS[scheme]}无法计算`] };

  const person: Partial<Person> = {};
  const p = scenario.person;
  if (cap.personFields.includes('age')) person.age = p.age;
  for (const key of ['retired', 'student', 'civilServant', 'majorDisease'] as const) {
    if (!p[key]) continue;
    if (cap.personFields.includes(key)) person[key] = true;
    else skipped.push(`${name}${SCHEME_LABELS[scheme]}的计算不区分“${PERSON_NAMES[key]}”，没有计入`);
  }
  if (p.assistance !== 'none') {
    if (cap.personFields.includes('assistance')) person.assistance = p.assistance;
    else skipped.push(`${name}的计算不包括医疗救助，${quoted(ASSISTANCE_LABELS[p.assistance])}身份没有计入`);
  }

  const events: Record<string, unknown>[] = [];
  scenario.events.forEach((event, i) => {
    const what = `第${i + 1}笔${EVENT_LABELS[event.type]}`;
    const there = (l: Level) => levelName(rules[city], l);
    const ec = cap.events[event.type];
    if (!ec || ec.unavailable) {
      skipped.push(`${what}没有计入：${ec?.unavailable ?? `${name}没有这项待遇。`}`);
      return;
    }
    const out: Record<string, unknown> = { ...event };
    // A validated event may carry amounts its type does not use (validation fills them in): leave them out.
    for (const key of Object.keys(out)) if (!EVENT_FIELDS[event.type].includes(key)) delete out[key];
    if ('level' in event) {
      const offered = ec.levels ?? [];
      if (offered.length === 0 || (!ec.levelRequired && event.type === 'special')) {
        delete out.level;
      } else if (!offered.includes(event.level)) {
        const near = nearestLevel(event.level, offered);
        if (!near) {
          skipped.push(`${what}没有计入：${name}没有相近的医院等级。`);
          return;
        }
        out.level = near;
        mapped.push(`${what}：“${levelName(rules[scenario.city], event.level)}”按${name}的“${there(near)}”计算`);
      }
    } else if (ec.levelRequired && ec.levels?.length) {
      const level = ec.levels.includes('level3') ? 'level3' : ec.levels[0];
      out.level = level;
      mapped.push(`${what}：${name}按医院等级计算，这里按“${there(level as Level)}”计算`);
    }
    if (event.type === 'inpatient') {
      const places = ec.places ?? ['local'];
      if (!places.includes(event.where)) {
        out.where = 'local';
        mapped.push(`${what}：${name}手册只有参保地（备案地）就医的标准，按本地住院计算`);
      }
      if (event.transfer && !ec.transfer) {
        delete out.transfer;
        skipped.push(`${what}：“转院只补起付线差额”是${transferPlaces(rules)}的规定，${name}没有计入`);
      }
    }
    if ((event.type === 'inpatient' || event.type === 'special') && money(event.classB).gt(ZERO) && !usesClassB(rules, city, scheme)) {
      mapped.push(`${what}：${name}没有乙类先行自付的规定，乙类费用按政策范围内费用计算`);
    }
    if (event.type === 'chronic') {
      const found: string[] = [];
      for (const d of event.diseases) {
        const label = diseaseName(rules, scenario.city, scenario.scheme, 'chronic', d);
        const inCity = diseaseIn(rules, city, scheme, 'chronic', label, scenario.person);
        if (inCity) found.push(inCity);
        else skipped.push(`${what}：${name}的门诊慢性病病种中没有“${label}”（或手册里看不清它的限额），没有计入`);
      }
      if (found.length === 0) return;
      out.diseases = found;
    }
    if (event.type === 'special') {
      const label = diseaseName(rules, scenario.city, scenario.scheme, 'special', event.disease);
      const inCity = diseaseIn(rules, city, scheme, 'special', label, scenario.person);
      if (!inCity) {
        skipped.push(`${what}：${name}的门诊特殊疾病病种中没有“${label}”，没有计入`);
        return;
      }
      out.disease = inCity;
    }
    if (event.type === 'maternity' && ec.deliveries && !ec.deliveries.includes(event.delivery)) {
      const instead = ec.deliveries.includes('natural') ? 'natural' : ec.deliveries[0];
      if (!instead) return;
      out.delivery = instead;
      mapped.push(`${what}：${name}生育医疗费只分${ec.deliveries.map((d) => DELIVERY_LABELS[d]).join('、')}，“${DELIVERY_LABELS[event.delivery]}”按“${DELIVERY_LABELS[instead]}”计算`);
    }
    events.push(out);
  });
  if (events.length === 0) return { city, scheme, mapped, skipped };
  const input: Record<string, unknown> = { city, scheme, person, events };
  if (city === scenario.city && scenario.profile) input.profile = scenario.profile;
  return { city, scheme, input, mapped, skipped };
}

export interface CityComparison extends CityMapping {
  result?: EstimateResult;
  /** Why the city cannot compute this scenario (nothing left, or the engine's own message). */
  reason?: string;
}

/** The scenario in every city: each city's nearest equivalent, computed by the same engine. */
export function compareCities(scenario: Scenario, rules: RuleBook, cities: readonly CityId[] = Object.keys(rules)): CityComparison[] {
  return cities.map((city) => {
    const m = mapToCity(scenario, rules, city);
    if (!m.input) return { ...m, reason: `这些费用${cityName(rules, city)}都无法估算` };
    const outcome = estimateInput(m.input, rules);
    if (!outcome.ok) return { ...m, reason: outcome.error.message };
    return { ...m, result: outcome.result };
  });
}

/** Round axis marks from 0 to `max` (about `count` of them). */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const exp = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * exp).find((s) => s >= raw) ?? 10 * exp;
  const ticks: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) ticks.push(Math.round(v * 100) / 100);
  return ticks;
}
