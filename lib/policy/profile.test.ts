import { describe, expect, it } from 'vitest';
import { loadRuleBook } from './load';
import { profileDefaults, withProfile } from './profile';
import type { LookupTable } from './spec';

const rules = loadRuleBook();
const spec = rules.custom!;
const scheme = spec.schemes.resident!;

describe('editable values (profile)', () => {
  it('reads the rules’ own values as the defaults the calculator shows', () => {
    expect(profileDefaults(spec, 'resident')).toMatchObject({ ratio: { level1: '85', level2: '75', level3: '65' }, annualCap: '', criticalDeductible: '10000', criticalCap: '' });
  });
  it('puts the resident’s values in place of the rules’ own, without changing the rules', () => {
    const s = withProfile(scheme, { ratio: { level3: '70' } as never, annualCap: '50000', criticalSegments: [{ upTo: null, ratio: '80' }] });
    expect((s.events.inpatient!.pay as { ratio: LookupTable }).ratio.values).toEqual({ level1: 85, level2: 75, level3: 70 });
    expect(s.events.inpatient!.caps![0]!.amount).toBe(50000);
    expect((s.events.inpatient!.layers![0] as { bands: unknown }).bands).toEqual([{ upTo: null, ratio: 80 }]);
    expect(scheme.events.inpatient!.caps![0]!.amount).toBeNull();
    expect(withProfile(scheme, undefined)).toBe(scheme);
  });
});
