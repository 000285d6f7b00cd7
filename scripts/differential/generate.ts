/**
 * Random valid scenarios for the differential test (scripts/differential/differential.test.ts).
 *
 *   npx tsx scripts/differential/generate.ts [N] [SEED]
 *
 * Writes scripts/differential/fixture.json.gz: N scenarios (default 6000) across every profile, every
 * event type each profile computes, multi-event years, 转院, person fields, 医疗救助 statuses, diseases
 * and the custom profile's overrides, each with the amounts `estimate` gave for it when it was recorded
 * (every payer, fund and personal, for the year and per event). The recorded amounts are the reference:
 * after a change of the engine, the test recomputes every scenario and must find every amount identical.
 * Only the public door (`estimateInput`) is used, so the fixture outlives any rewrite of the engine.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { estimateInput } from '@/lib/engine/estimate';
import { getRuleBook } from '@/lib/policy/load';
import type { EstimateResult } from '@/lib/scenario/types';
import { BAZHONG_CHRONIC, BAZHONG_SPECIAL, CHANGCHUN_CHRONIC, CHANGCHUN_SPECIAL } from './diseases';

export const FIXTURE = path.join(__dirname, 'fixture.json.gz');

/** mulberry32: a small seeded PRNG, so that the same seed gives the same scenarios. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = Record<string, unknown>;

export function scenarios(n: number, seed: number): Json[] {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const chance = (p: number) => rnd() < p;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const subset = <T>(xs: readonly T[], max: number): T[] => {
    const k = int(1, max);
    const out: T[] = [];
    while (out.length < k) {
      const x = pick(xs);
      if (!out.includes(x)) out.push(x);
    }
    return out;
  };

  /** Thresholds where deductibles, bands and caps bite (yuan). */
  const EDGES = [100, 150, 200, 210, 300, 400, 700, 800, 1000, 1200, 1444.8, 2889.6, 5000, 7224, 8500, 10000, 14448, 20000, 30000, 60000, 100000, 110000, 140000, 200000, 300000, 400000, 500000, 600000];
  /** An amount in yuan with at most two decimals, as a number or (sometimes) as residents type it. */
  const yuanNumber = (): number => {
    const r = rnd();
    let v: number;
    if (r < 0.25) v = int(0, 2000);
    else if (r < 0.55) v = int(0, 60000);
    else if (r < 0.75) v = int(0, 700000);
    else if (r < 0.9) v = pick(EDGES) + pick([-0.01, 0, 0.01, -1, 1, 37.5]);
    else v = int(0, 2_000_000);
    if (chance(0.3)) v += int(0, 99) / 100;
    return Math.max(0, Math.round(v * 100) / 100);
  };
  const typed = (v: number): number | string => {
    if (!chance(0.08)) return v;
    if (v >= 10000 && v % 100 === 0) return `${v / 10000}万`;
    return v.toFixed(2);
  };
  /** total, outOfScope (part of total) and, where asked, classB (part of the rest). */
  const amounts = (classB: boolean): Json => {
    const total = yuanNumber();
    const out: Json = { total: typed(total) };
    let rest = total;
    if (chance(0.45)) {
      const o = Math.floor(total * rnd() * (chance(0.2) ? 1 : 0.3) * 100) / 100;
      out.outOfScope = o;
      rest = Math.round((total - o) * 100) / 100;
    }
    if (classB && chance(0.45)) out.classB = Math.floor(rest * rnd() * 100) / 100;
    return out;
  };
  const maternity = (deliveries: readonly string[]): Json => {
    const delivery = pick(deliveries);
    const e: Json = { type: 'maternity', delivery };
    if (delivery === 'termination') e.weeks = int(1, 45);
    else if (chance(0.4)) e.babies = int(1, 3);
    return { ...e, ...amounts(false) };
  };
  const ASSISTANCE = ['none', 'tekun', 'orphan', 'dibao', 'monitor', 'edge', 'illness'] as const;
  const PLACES = ['local', 'longterm', 'referral', 'emergency', 'unreferred'] as const;

  function bazhong(scheme: 'employee' | 'resident'): Json {
    const person: Json = {};
    if (scheme === 'employee') {
      if (chance(0.6)) person.age = int(18, 95);
      if (chance(0.3)) person.retired = true;
      if (chance(0.25)) person.civilServant = true;
      if (chance(0.2)) person.majorDisease = true;
    }
    if (chance(0.4)) person.assistance = pick(ASSISTANCE);
    const levels = ['township', 'level1', 'level2', 'level3'] as const;
    const chronicCodes = BAZHONG_CHRONIC.filter((d) => scheme === 'resident' || d[3]);
    const events: Json[] = [];
    const count = chance(0.5) ? 1 : int(2, 8);
    for (let i = 0; i < count; i++) {
      const type = pick(['inpatient', 'inpatient', 'inpatient', 'outpatient', 'chronic', 'special', 'special', 'twoDiseases', 'maternity', 'drug'] as const);
      if (type === 'inpatient') {
        const e: Json = { type, level: pick(levels), where: pick(PLACES), ...amounts(true) };
        if (scheme === 'resident' && events.some((x) => x.type === 'inpatient') && chance(0.4)) e.transfer = true;
        events.push(e);
      } else if (type === 'outpatient') {
        const e: Json = { type };
        if (scheme === 'employee' || chance(0.7)) e.level = pick(scheme === 'employee' ? [...levels, 'pharmacy'] : [...levels, 'village']);
        events.push({ ...e, ...amounts(false) });
      } else if (type === 'chronic') {
        // codes, names, and group codes whose sub-kinds share one cap
        const diseases: string[] = subset(chronicCodes, 3).map((d) => (chance(0.3) ? d[1] : d[0]));
        if (chance(0.1)) diseases[0] = pick(['M01700', 'M00200', 'M07605']);
        events.push({ type, diseases: [...new Set(diseases)], ...amounts(false) });
      } else if (type === 'special') {
        const d = pick(BAZHONG_SPECIAL);
        const e: Json = { type, disease: chance(0.5) ? d[0] : d[1] };
        if (chance(0.3)) e.level = pick(levels);
        events.push({ ...e, ...amounts(true) });
      } else if (type === 'twoDiseases') {
        events.push({ type, conditions: subset(['hypertension', 'diabetes'], 2), total: typed(Math.round((yuanNumber() % 3000) * 100) / 100) });
      } else if (type === 'maternity') {
        events.push(maternity(['natural', 'difficult', 'cesarean', 'termination']));
      } else {
        events.push({ type, ...amounts(false) });
      }
    }
    return { city: 'bazhong', scheme, person, events };
  }

  function changchun(): Json {
    const person: Json = {};
    if (chance(0.7)) person.age = int(0, 90);
    if (chance(0.25)) person.student = true;
    const minor = person.student === true || (typeof person.age === 'number' && person.age < 18);
    const levels = ['level1', 'level2', 'level3', 'level3-provincial'] as const;
    const events: Json[] = [];
    const count = chance(0.5) ? 1 : int(2, 8);
    for (let i = 0; i < count; i++) {
      const type = pick(['inpatient', 'inpatient', 'inpatient', 'outpatient', 'chronic', 'special', 'special', 'injury'] as const);
      if (type === 'inpatient') events.push({ type, level: pick(levels), where: pick(PLACES), ...amounts(true) });
      else if (type === 'outpatient') events.push({ type, level: pick(['village', 'level1', 'level2']), ...amounts(false) });
      else if (type === 'chronic') events.push({ type, diseases: subset(CHANGCHUN_CHRONIC, 3), ...amounts(false) });
      else if (type === 'special') {
        const disease = chance(0.3) ? pick(['苯丙酮尿症', '子宫内膜异位症（内分泌治疗）', '恶性肿瘤骨转移门诊双膦酸盐治疗']) : pick(CHANGCHUN_SPECIAL);
        events.push({ type, disease, level: pick(['level2', 'level3', 'level3-provincial']), ...amounts(true) });
      } else if (minor) events.push({ type: 'injury', ...amounts(false) });
      else events.push({ type: 'outpatient', level: 'level1', ...amounts(false) });
    }
    return { city: 'changchun', scheme: 'resident', person, events };
  }

  function changdu(): Json {
    const person: Json = {};
    if (chance(0.4)) person.retired = true;
    if (chance(0.3)) person.age = int(18, 90);
    const levels = ['level1', 'level2', 'level3'] as const;
    const events: Json[] = [];
    const count = chance(0.4) ? 1 : int(2, 8);
    for (let i = 0; i < count; i++) {
      const type = pick(['inpatient', 'inpatient', 'inpatient', 'outpatient', 'maternity'] as const);
      if (type === 'inpatient') events.push({ type, level: pick(levels), ...(chance(0.5) ? { where: 'local' } : {}), ...amounts(true) });
      else if (type === 'outpatient') events.push({ type, level: pick(levels), ...amounts(false) });
      else events.push(maternity(['natural', 'cesarean', 'termination']));
    }
    return { city: 'changdu', scheme: 'employee', person, events };
  }

  function custom(): Json {
    const events: Json[] = [];
    const count = chance(0.5) ? 1 : int(2, 6);
    for (let i = 0; i < count; i++) {
      const type = pick(['inpatient', 'inpatient', 'outpatient', 'injury'] as const);
      if (type === 'inpatient') events.push({ type, level: pick(['level1', 'level2', 'level3']), where: 'local', ...amounts(true) });
      else if (type === 'outpatient') events.push({ type, ...(chance(0.6) ? { level: pick(['township', 'village', 'level1', 'level2', 'level3']) } : {}), ...amounts(false) });
      else events.push({ type, ...amounts(false) });
    }
    const s: Json = { city: 'custom', scheme: 'resident', events };
    if (chance(0.45)) {
      const p: Json = {};
      const lv = () => {
        const o: Json = {};
        for (const l of ['level1', 'level2', 'level3']) if (chance(0.5)) o[l] = true;
        return o;
      };
      if (chance(0.5)) p.deductible = Object.fromEntries(Object.keys(lv()).map((l) => [l, pick([0, 200, 500, 800, 1000, 1200.5, 1500])]));
      if (chance(0.5)) p.ratio = Object.fromEntries(Object.keys(lv()).map((l) => [l, pick([0, 50, 60, 65, 70, 72.5, 80, 90, 100])]));
      if (chance(0.4)) p.annualCap = pick([null, '', 50000, 100000, 150000.5, 300000]);
      if (chance(0.4)) p.criticalDeductible = pick([0, 5000, 10000, 15000, 20000.5]);
      if (chance(0.4)) {
        const k = int(1, 4);
        let upTo = 0;
        p.criticalSegments = Array.from({ length: k }, (_, i) => {
          upTo += int(1, 20) * 10000;
          return { upTo: i === k - 1 && chance(0.6) ? null : upTo, ratio: pick([50, 60, 70, 75, 80, 85, 90, 95]) };
        });
      }
      if (chance(0.4)) p.criticalCap = pick([null, '', 100000, 300000, 400000.25]);
      s.profile = p;
    }
    return s;
  }

  const out: Json[] = [];
  for (let i = 0; i < n; i++) {
    const r = rnd();
    if (r < 0.25) out.push(bazhong('resident'));
    else if (r < 0.5) out.push(bazhong('employee'));
    else if (r < 0.72) out.push(changchun());
    else if (r < 0.86) out.push(changdu());
    else out.push(custom());
  }
  return out;
}

/** The amounts of a result, compactly: [total, outOfScope, fund, personal, payers, [[fund, personal, payers] per event]]. */
export type Amounts = [string, string, string, string, Record<string, string>, [string, string, Record<string, string>][]];

export function amountsOf(r: EstimateResult): Amounts {
  return [r.total, r.outOfScope, r.fund, r.personal, r.payers as Record<string, string>, r.events.map((e) => [e.fund, e.personal, e.payers as Record<string, string>])];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const n = Number(process.argv[2] ?? 6000);
  const seed = Number(process.argv[3] ?? 20251101);
  const rules = getRuleBook();
  const cases = scenarios(n, seed).map((s) => {
    const o = estimateInput(s, rules);
    if (!o.ok) throw new Error(`generator made an invalid scenario: ${o.error.path}: ${o.error.message}\n${JSON.stringify(s)}`);
    return { s, r: amountsOf(o.result) };
  });
  const json = JSON.stringify({ seed, n, cases });
  fs.writeFileSync(FIXTURE, zlib.gzipSync(json, { level: 9 }));
  const events = cases.reduce((k, c) => k + c.r[5].length, 0);
  console.log(`${cases.length} scenarios, ${events} events → ${path.relative(process.cwd(), FIXTURE)} (${(fs.statSync(FIXTURE).size / 1024).toFixed(0)} KB gzip, ${(json.length / 1024).toFixed(0)} KB JSON)`);
}
