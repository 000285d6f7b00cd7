import { describe, expect, it } from 'vitest';
import { money } from '@/lib/money';
import { loadRuleBook } from '@/lib/policy/load';
import type { Scenario } from '@/lib/scenario/types';
import { validateScenario } from '@/lib/scenario/validate';
import { estimate } from './estimate';
import {
  compareCities,
  compareLevels,
  comparePlaces,
  mainEventIndex,
  mapToCity,
  nearestLevel,
  niceCeil,
  niceTicks,
  rangeMax,
  scaleEvent,
  whatIfSeries,
} from './whatif';

const rules = loadRuleBook();

function scenario(input: unknown): Scenario {
  const v = validateScenario(input, rules);
  if (!v.ok) throw new Error(`${v.error.path}: ${v.error.message}`);
  return v.scenario;
}

const residentL3 = scenario({ city: 'bazhong', scheme: 'resident', events: [{ type: 'inpatient', level: 'level3', where: 'local', total: 50000, outOfScope: 3000, classB: 8000 }] });

describe('scaleEvent', () => {
  it('changes the bill and keeps the share of 自费 and 乙类', () => {
    const s = scaleEvent(residentL3, 0, 100000);
    expect(s.events[0]).toMatchObject({ total: '100000.00', outOfScope: '6000.00', classB: '16000.00' });
    expect(residentL3.events[0]).toMatchObject({ total: '50000.00' });
    expect(scaleEvent(residentL3, 0, 0).events[0]).toMatchObject({ total: '0.00', outOfScope: '0.00', classB: '0.00' });
  });
});

describe('whatIfSeries', () => {
  it('runs the engine at 201 bill amounts from 0 to where every cap is reached', () => {
    const series = whatIfSeries(residentL3, rules, { eventIndex: 0 });
    expect(series.points).toHaveLength(201);
    expect(series.points[0]).toEqual({ total: '0.00', fund: '0.00', personal: '0.00' });
    // 巴中居民: 统筹 11万 + 大病 30万 are both reached by 60万.
    expect(series.max).toBe(600000);
    expect(series.points.at(-1)).toEqual({ total: '600000.00', fund: '410000.00', personal: '190000.00' });
    // The current bill is the contract's worked example.
    expect(series.current).toEqual({ total: '50000.00', fund: '30643.20', personal: '19356.80' });
    // Every point is exactly the engine's answer for that bill.
    for (const p of [series.points[17], series.points[150]]) {
      const r = estimate(scaleEvent(residentL3, 0, p!.total), rules);
      expect(p).toEqual({ total: p!.total, fund: r.fund, personal: r.personal });
    }
  });

  it('you pay never decreases as the bill grows, and fund + personal = bill', () => {
    const series = whatIfSeries(residentL3, rules, { eventIndex: 0, count: 60 });
    for (let i = 1; i < series.points.length; i++) {
      const a = series.points[i - 1]!;
      const b = series.points[i]!;
      expect(money(b.personal).gte(a.personal)).toBe(true);
      expect(money(b.fund).plus(b.personal).toFixed(2)).toBe(b.total);
    }
  });

  it('ends small charts early (门诊统筹 reaches its 100 元 cap at 200 元) but always shows the current bill', () => {
    const s = scenario({ city: 'bazhong', scheme: 'resident', events: [{ type: 'outpatient', level: 'township', total: 150 }] });
    expect(rangeMax(s, rules, 0)).toBe(200);
    const big = scenario({ city: 'bazhong', scheme: 'resident', events: [{ type: 'outpatient', level: 'township', total: 1000 }] });
    expect(rangeMax(big, rules, 0)).toBe(1500);
  });

  it('stops at 100万 when a layer has no cap', () => {
    const s = scenario({ city: 'custom', scheme: 'resident', events: [{ type: 'inpatient', level: 'level3', total: 10000 }] });
    expect(rangeMax(s, rules, 0)).toBe(1_000_000);
  });

  it('varies the largest bill by default', () => {
    const s = scenario({ city: 'bazhong', scheme: 'resident', events: [{ type: 'outpatient', level: 'township', total: 150 }, { type: 'inpatient', level: 'level2', total: 9000 }] });
    expect(mainEventIndex(s)).toBe(1);
  });
});

describe('levels and places', () => {
  it('shows the same bill at every level of the city, lower levels paying more', () => {
    const rows = compareLevels(residentL3, rules, 0);
    expect(rows.map((r) => r.key)).toEqual(['township', 'level1', 'level2', 'level3']);
    expect(rows.find((r) => r.current)?.key).toBe('level3');
    expect(rows.find((r) => r.key === 'level3')?.personal).toBe('19356.80');
    const personal = rows.map((r) => Number(r.personal));
    expect([...personal].sort((a, b) => a - b)).toEqual(personal);
  });

  it('shows the 异地 variants in the handbook’s words', () => {
    const rows = comparePlaces(residentL3, rules, 0);
    expect(rows.map((r) => r.key)).toEqual(['local', 'longterm', 'referral', 'emergency', 'unreferred']);
    expect(rows[4]?.label).toBe('非急诊且未转诊的其他临时外出住院');
    expect(Number(rows[4]?.personal)).toBeGreaterThan(Number(rows[0]?.personal));
  });

  it('has nothing to compare where the city has one place or no level', () => {
    const d = scenario({ city: 'changdu', scheme: 'employee', events: [{ type: 'inpatient', level: 'level1', total: 10000 }] });
    expect(comparePlaces(d, rules, 0)).toEqual([]);
    const m = scenario({ city: 'changdu', scheme: 'employee', events: [{ type: 'maternity', delivery: 'natural', total: 10000 }] });
    expect(compareLevels(m, rules, 0)).toEqual([]);
  });
});

describe('across cities', () => {
  it('computes the same 住院 in all four profiles', () => {
    const rows = compareCities(residentL3, rules);
    expect(rows.map((r) => [r.city, r.scheme, Boolean(r.result)])).toEqual([
      ['bazhong', 'resident', true],
      ['changchun', 'resident', true],
      ['changdu', 'employee', true],
      ['custom', 'resident', true],
    ]);
    expect(rows[0]?.result?.personal).toBe('19356.80');
    expect(rows[2]?.mapped).toContain('昌都市手册只有职工医保，按职工医保计算');
  });

  it('maps levels to the nearest one a city has', () => {
    expect(nearestLevel('township', ['level1', 'level2', 'level3', 'level3-provincial'])).toBe('level1');
    expect(nearestLevel('level3-provincial', ['township', 'level1', 'level2', 'level3'])).toBe('level3');
    expect(nearestLevel('level3', ['village', 'level1', 'level2'])).toBe('level2');
    expect(nearestLevel('pharmacy', ['level1', 'level2'])).toBe('level1');
    const m = mapToCity(scenario({ city: 'bazhong', scheme: 'resident', events: [{ type: 'inpatient', level: 'township', where: 'referral', total: 20000 }] }), rules, 'changdu');
    expect(m.input).toMatchObject({ city: 'changdu', scheme: 'employee', events: [{ level: 'level1', where: 'local' }] });
    expect(m.mapped.join('\n')).toMatch(/乡镇卫生院.*一级医院/);
    expect(m.mapped.join('\n')).toMatch(/按本地住院计算/);
  });

  it('leaves out what a city cannot compute and says why', () => {
    const s = scenario({
      city: 'bazhong',
      scheme: 'resident',
      person: { assistance: 'tekun' },
      events: [
        { type: 'twoDiseases', conditions: ['hypertension'], total: 600 },
        { type: 'chronic', diseases: ['M04600'], total: 2000 },
      ],
    });
    const rows = compareCities(s, rules);
    const changchun = rows.find((r) => r.city === 'changchun')!;
    expect(changchun.result?.events).toHaveLength(1);
    expect(changchun.input).toMatchObject({ events: [{ type: 'chronic', diseases: ['冠心病'] }] });
    expect(changchun.skipped.join('\n')).toMatch(/两病/);
    expect(changchun.skipped.join('\n')).toMatch(/特困人员/);
    const changdu = rows.find((r) => r.city === 'changdu')!;
    expect(changdu.result).toBeUndefined();
    expect(changdu.reason).toMatch(/无法估算/);
  });

  it('keeps the custom profile only for the custom city', () => {
    const s = scenario({ city: 'custom', scheme: 'resident', events: [{ type: 'inpatient', level: 'level3', total: 100000 }], profile: { ratio: { level3: 70 }, annualCap: 50000 } });
    const rows = compareCities(s, rules);
    expect(rows.find((r) => r.city === 'custom')?.result?.payers.basic).toBe('50000.00');
    expect(rows.find((r) => r.city === 'bazhong')?.input?.profile).toBeUndefined();
  });
});

describe('axis helpers', () => {
  it('rounds up to chart-friendly amounts and ticks', () => {
    expect(niceCeil(62500)).toBe(80000);
    expect(niceCeil(100)).toBe(100);
    expect(niceCeil(1.2e7)).toBe(2e7);
    expect(niceTicks(600000)).toEqual([0, 200000, 400000, 600000]);
    expect(niceTicks(1500, 4)).toEqual([0, 500, 1000, 1500]);
    expect(niceTicks(0)).toEqual([0]);
  });
});
