import { expect } from 'vitest';
import { money } from '@/lib/money';
import type { EstimateOutcome } from '../estimate';

/**
 * The check every worked-out case gets (golden.yaml beside the rules, the blind hand-computed bills): the
 * estimate runs, each expected figure is the result's to the fen, and fund + personal = total.
 */
export function expectFigures(outcome: EstimateOutcome, expected: Partial<Record<string, string>>, label: string): void {
  if (!outcome.ok) throw new Error(`${label}: ${outcome.error.path}: ${outcome.error.message}`);
  const r = outcome.result;
  const got: Record<string, string | undefined> = { ...r.payers, fund: r.fund, personal: r.personal };
  for (const [key, value] of Object.entries(expected)) expect(got[key], key).toBe(value);
  expect(money(r.fund).plus(r.personal).toFixed(2)).toBe(r.total);
}
