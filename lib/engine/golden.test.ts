import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '@/lib/content/load';
import { goldenFiles, loadGoldenFile } from '@/lib/policy/golden';
import { loadCitySpec, loadRuleBook, ruleBookOf, ruleSources } from '@/lib/policy/load';
import { estimateInput } from './estimate';
import { expectFigures } from './testdata/expect-figures';

/**
 * Every golden case of every city (content/<city>/golden.yaml), and of the test-only city defined in
 * data alone (lib/engine/testdata/), run through the one engine.
 */

const CONTENT = path.join(process.cwd(), 'content');
const TESTDATA = path.join(__dirname, 'testdata');
const contentRules = loadRuleBook();
const testCities = goldenFiles(TESTDATA).map((f) => loadCitySpec(path.join(path.dirname(f), 'rules.yaml')));
const rules = ruleBookOf([...Object.values(contentRules), ...testCities]);
const book = loadHandbook();

const files = [...goldenFiles(CONTENT), ...goldenFiles(TESTDATA)].map((f) => ({ file: path.relative(process.cwd(), f), golden: loadGoldenFile(f) }));
const cases = files.flatMap(({ file, golden }) => golden.cases.map((c) => ({ ...c, file, city: golden.city })));

describe('golden cases (data beside each city’s rules)', () => {
  it('has at least 100 cases of the handbook cities, each citing a real handbook entry', () => {
    const content = cases.filter((c) => c.file.startsWith('content/'));
    expect(content.length).toBeGreaterThanOrEqual(100);
    for (const c of content) expect(book.byId.has(c.source), `${c.file}: ${c.source}`).toBe(true);
  });

  it.each(cases.map((c) => [`${c.city}: ${c.name}`, c] as const))('%s', (_name, c) => {
    expectFigures(estimateInput({ city: c.city, ...c.scenario }, rules), c.expect, c.file);
  });
});

describe('results', () => {
  it('cite a real handbook entry in every step', () => {
    for (const c of cases.filter((x) => x.file.startsWith('content/'))) {
      const outcome = estimateInput({ city: c.city, ...c.scenario }, contentRules);
      if (!outcome.ok) continue;
      for (const step of outcome.result.steps) expect(book.byId.has(step.source), step.source).toBe(true);
    }
  });

  it('list only the payers of the city and scheme', () => {
    const run = (s: object) => {
      const o = estimateInput(s, contentRules);
      if (!o.ok) throw new Error(o.error.message);
      return Object.keys(o.result.payers).sort();
    };
    const ev = [{ type: 'inpatient', level: 'level3', total: 1000 }];
    expect(run({ city: 'bazhong', scheme: 'employee', events: ev })).toEqual(['assistance', 'basic', 'civil', 'critical']);
    expect(run({ city: 'bazhong', scheme: 'resident', events: ev })).toEqual(['assistance', 'basic', 'critical']);
    expect(run({ city: 'changchun', scheme: 'resident', events: ev })).toEqual(['basic', 'critical']);
    expect(run({ city: 'changdu', scheme: 'employee', events: ev })).toEqual(['basic']);
  });

  it('carry the date the rules stand for (rulesAsOf), with a note where the handbook has no date of its own', () => {
    const asOf = (city: string, scheme: string, events: unknown[]) => {
      const o = estimateInput({ city, scheme, events }, contentRules);
      if (!o.ok) throw new Error(o.error.message);
      return o.result;
    };
    const ev = [{ type: 'inpatient', level: 'level3', total: 1000 }];
    expect(asOf('bazhong', 'resident', ev).rulesAsOf).toBe('2025-11');
    const changchun = asOf('changchun', 'resident', ev);
    expect(changchun.rulesAsOf).toBe('2021-03');
    expect(changchun.notes.join('')).toContain('2021年3月以前');
    expect(asOf('changdu', 'employee', ev).rulesAsOf).toBe('2021-07-31');
    expect(asOf('custom', 'resident', ev).rulesAsOf).toMatch(/^2025-\d{2}$/);
    for (const spec of Object.values(contentRules)) expect(spec.asOf.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });

  it('every rules.yaml source names a handbook entry', () => {
    const missing = ruleSources(contentRules).filter((s) => !book.byId.has(s));
    expect(missing).toEqual([]);
  });

  it('keeps the chronic-disease list identical to the handbook table (bazhong/chronic/3)', () => {
    const table = book.byId.get('bazhong/chronic/3')?.text ?? '';
    for (const d of contentRules.bazhong?.diseases?.chronic?.list ?? []) {
      expect(table).toContain(d.code);
      expect(table).toContain(d.name);
    }
    expect(contentRules.bazhong?.diseases?.chronic?.list.length).toBe(45);
  });
});
