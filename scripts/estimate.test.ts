import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The `estimate` CLI exactly as docs/contract.md describes it: stdout JSON, exit 0 or exit 2 with {error}. */
function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/estimate.ts', ...args], { input, encoding: 'utf8', cwd: process.cwd() });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run estimate', () => {
  it('reads a file and prints the result', () => {
    const file = path.join(os.tmpdir(), `scenario-${process.pid}.json`);
    fs.writeFileSync(file, JSON.stringify({ city: 'bazhong', scheme: 'resident', events: [{ type: 'inpatient', level: 'level3', where: 'local', total: 50000, outOfScope: 3000, classB: 8000 }] }));
    const r = run([file]);
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ total: '50000.00', fund: '30643.20', personal: '19356.80', payers: { basic: '27780.00', critical: '2863.20' } });
    expect(result.steps[0].source).toMatch(/^bazhong\//);
  });

  it('reads standard input with -, and answers bad input with exit 2 and only the error JSON', () => {
    const r = run(['-'], JSON.stringify({ city: 'bazhong', scheme: 'resident', events: [{ type: 'inpatient', level: 'level3', total: -5 }] }));
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ error: { path: 'events[0].total', message: '费用不能为负数' } });
    const garbage = run(['-'], '{not json');
    expect(garbage.status).toBe(2);
    expect(JSON.parse(garbage.stdout).error.message).toMatch(/JSON/);
  });
});
