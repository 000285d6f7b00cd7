import { describe, expect, it } from 'vitest';
import { money } from '@/lib/money';
import { loadHandbook } from '@/lib/content/load';
import { loadRuleBook, ruleSources } from '@/lib/policy/load';
import { estimateInput } from './estimate';
import { GOLDEN_CASES } from './golden.cases';

const rules = loadRuleBook();
const book = loadHandbook();

describe('golden cases from the handbooks', () => {
  it('has at least 60 cases, each citing a real handbook entry', () => {
    expect(GOLDEN_CASES.length).toBeGreaterThanOrEqual(60);
    for (const c of GOLDEN_CASES) expect(book.byId.has(c.source), c.source).toBe(true);
  });

  it.each(GOLDEN_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const outcome = estimateInput(c.scenario, rules);
    if (!outcome.ok) throw new Error(`${outcome.error.path}: ${outcome.error.message}`);
    const r = outcome.result;
    const got: Record<string, string | undefined> = { ...r.payers, fund: r.fund, personal: r.personal };
    for (const [key, value] of Object.entries(c.expect)) expect(got[key], key).toBe(value);
    expect(money(r.fund).plus(r.personal).toFixed(2)).toBe(r.total);
  });
});

describe('results', () => {
  it('cites a real handbook entry in every step', () => {
    for (const c of GOLDEN_CASES) {
      const outcome = estimateInput(c.scenario, rules);
      if (!outcome.ok) continue;
      for (const step of outcome.result.steps) expect(book.byId.has(step.source), step.source).toBe(true);
    }
  });

  it('lists only the payers of the city and scheme', () => {
    const run = (s: object) => {
      const o = estimateInput(s, rules);
      if (!o.ok) throw new Error(o.error.message);
      return Object.keys(o.result.payers).sort();
    };
    const ev = [{ type: 'inpatient', level: 'level3', total: 1000 }];
    expect(run({ city: 'bazhong', scheme: 'employee', events: ev })).toEqual(['assistance', 'basic', 'civil', 'critical']);
    expect(run({ city: 'bazhong', scheme: 'resident', events: ev })).toEqual(['assistance', 'basic', 'critical']);
    expect(run({ city: 'changchun', scheme: 'resident', events: ev })).toEqual(['basic', 'critical']);
    expect(run({ city: 'changdu', scheme: 'employee', events: ev })).toEqual(['basic']);
  });

  it('every rules.yaml source names a handbook entry', () => {
    const missing = ruleSources(rules).filter((s) => !book.byId.has(s));
    expect(missing).toEqual([]);
  });

  it('keeps the chronic-disease caps identical to the handbook table (bazhong/chronic/3)', () => {
    const table = book.byId.get('bazhong/chronic/3')?.text ?? '';
    for (const d of rules.bazhong.chronicDiseases.list) {
      expect(table).toContain(d.code);
      expect(table).toContain(d.name);
    }
  });
});
