import fs from 'node:fs';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { estimateInput } from '@/lib/engine/estimate';
import { loadRuleBook } from '@/lib/policy/load';
import { amountsOf, FIXTURE, type Amounts } from './generate';

/**
 * The differential test: thousands of random valid scenarios whose every amount (each payer, fund and
 * personal, for the year and per event) was recorded from `estimate` before the engine was rewritten
 * (scripts/differential/generate.ts). Every amount must come out identical, with and without the
 * explanation steps (the calculator's result and the what-if charts take the two paths).
 */

const rules = loadRuleBook();
const fixture = JSON.parse(zlib.gunzipSync(fs.readFileSync(FIXTURE)).toString('utf8')) as { seed: number; n: number; cases: { s: Record<string, unknown>; r: Amounts }[] };

describe('differential: recorded estimates', () => {
  it('covers at least 5,000 scenarios across every profile and event type', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(5000);
    const seen = new Set<string>();
    for (const { s } of fixture.cases) for (const e of s.events as { type: string }[]) seen.add(`${s.city}/${s.scheme}/${e.type}`);
    expect([...seen].sort()).toEqual(
      [
        'bazhong/employee/chronic', 'bazhong/employee/drug', 'bazhong/employee/inpatient', 'bazhong/employee/maternity', 'bazhong/employee/outpatient', 'bazhong/employee/special', 'bazhong/employee/twoDiseases',
        'bazhong/resident/chronic', 'bazhong/resident/drug', 'bazhong/resident/inpatient', 'bazhong/resident/maternity', 'bazhong/resident/outpatient', 'bazhong/resident/special', 'bazhong/resident/twoDiseases',
        'changchun/resident/chronic', 'changchun/resident/injury', 'changchun/resident/inpatient', 'changchun/resident/outpatient', 'changchun/resident/special',
        'changdu/employee/inpatient', 'changdu/employee/maternity', 'changdu/employee/outpatient',
        'custom/resident/injury', 'custom/resident/inpatient', 'custom/resident/outpatient',
      ].sort(),
    );
  });

  for (const explain of [true, false]) {
    it(`gives every recorded amount again (${explain ? 'with' : 'without'} explanation steps)`, () => {
      const different: string[] = [];
      for (const [i, c] of fixture.cases.entries()) {
        const o = estimateInput(c.s, rules, { explain });
        if (!o.ok) {
          different.push(`#${i} no longer valid: ${o.error.path}: ${o.error.message}`);
          continue;
        }
        const got = JSON.stringify(amountsOf(o.result));
        const want = JSON.stringify(c.r);
        if (got !== want) different.push(`#${i} ${JSON.stringify(c.s)}\n  want ${want}\n  got  ${got}`);
      }
      expect(different.slice(0, 5).join('\n'), `${different.length} of ${fixture.cases.length} scenarios differ`).toBe('');
    });
  }
});
