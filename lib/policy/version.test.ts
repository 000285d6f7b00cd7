import { describe, expect, it } from 'vitest';
import { loadRuleBook } from './load';
import { rulesVersion } from './version';

const rules = loadRuleBook();

describe('rules version', () => {
  it('is the date the rules stand for and a hash of their content, the same every time', () => {
    const v = rulesVersion(rules.bazhong!);
    expect(v).toMatch(/^2025-11\.[0-9a-f]{8}$/);
    expect(rulesVersion(loadRuleBook().bazhong!)).toBe(v);
    expect(new Set(Object.values(rules).map(rulesVersion)).size).toBe(Object.keys(rules).length);
  });
  it('changes with any value and does not depend on the order of keys', () => {
    const spec = structuredClone(rules.changchun!);
    const changed = structuredClone(spec);
    (changed.schemes.resident!.events.inpatient!.caps![0] as { amount: number }).amount = 200001;
    expect(rulesVersion(changed)).not.toBe(rulesVersion(spec));
    const reordered = Object.fromEntries(Object.entries(spec).reverse()) as typeof spec;
    expect(rulesVersion(reordered)).toBe(rulesVersion(spec));
  });
});
