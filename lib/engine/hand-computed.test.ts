import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { expectedFigures } from '@/lib/policy/golden';
import { getRuleBook } from '@/lib/policy/load';
import { estimateInput } from './estimate';
import { expectFigures } from './testdata/expect-figures';

/**
 * Bills worked out by hand, blind to the rules data and the code (testdata/hand-computed.yaml says who and
 * how): every computable one must agree to the fen, and the ones the handbooks leave open must be declined
 * with a message, not guessed.
 */

interface HandBill {
  name: string;
  scenario: unknown;
  expect?: Record<string, string>;
  declined?: boolean;
  confidence: 'high' | 'medium';
  derivation: string;
}

const bills = parse(fs.readFileSync(path.join(__dirname, 'testdata', 'hand-computed.yaml'), 'utf8')) as HandBill[];
const rules = getRuleBook();

describe('bills computed by hand, blind', () => {
  it('has cases for every city, each with its derivation', () => {
    const cities = new Set(bills.map((b) => (b.scenario as { city: string }).city));
    expect([...cities].sort()).toEqual(['bazhong', 'changchun', 'changdu', 'custom']);
    expect(bills.filter((b) => !b.declined).length).toBeGreaterThanOrEqual(60);
    for (const b of bills) expect(b.derivation.length, b.name).toBeGreaterThan(20);
  });

  it.each(bills.filter((b) => !b.declined).map((b) => [b.name, b] as const))('%s', (_name, bill) => {
    expectFigures(estimateInput(bill.scenario, rules), expectedFigures.parse(bill.expect), bill.name);
  });

  it.each(bills.filter((b) => b.declined).map((b) => [b.name, b] as const))('declines, with a message: %s', (_name, bill) => {
    const outcome = estimateInput(bill.scenario, rules);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.message).toMatch(/[\u4e00-\u9fff]/u);
  });
});
