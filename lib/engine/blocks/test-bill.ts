import type { Dimensions } from '@/lib/policy/lookup';
import type { CitySpec, EventSpec, SchemeSpec } from '@/lib/policy/spec';
import { DEFAULT_PERSON, type Person } from '@/lib/policy/vocabulary';
import type { MedicalEvent } from '@/lib/scenario/types';
import type { Bill } from '../bill';
import { YearLedger, YearSeen } from '../ledger';
import { StepList } from '../steps';

/** A bill for the blocks' unit tests: an event, its rules, a person and an empty year (or the given one). */
export function testBill(
  event: Partial<MedicalEvent> & { type: MedicalEvent['type'] },
  spec: Partial<EventSpec> = {},
  options: { person?: Partial<Person>; dims?: Partial<Dimensions>; scheme?: Partial<SchemeSpec>; city?: Partial<CitySpec>; ledger?: YearLedger; seen?: YearSeen } = {},
): Bill {
  const scheme = { person: [], payers: { basic: '统筹基金' }, events: {}, ...options.scheme } as SchemeSpec;
  return {
    event: { total: '0.00', outOfScope: '0.00', classB: '0.00', level: 'level2', where: 'local', transfer: false, ...event } as MedicalEvent,
    spec: { eligible: { source: 'x/y/1', outOfScope: '个人自费' }, ...spec } as EventSpec,
    scheme,
    city: { city: 't', name: '测试市', order: 1, asOf: { date: '2024-01', source: 'x/y/1' }, schemes: { resident: scheme }, ...options.city } as CitySpec,
    person: { ...DEFAULT_PERSON, ...options.person },
    dims: { level: 'level2', where: 'local', admission: 1, scheme: 'resident', assistance: 'none', groups: {}, ...options.dims },
    ledger: options.ledger ?? new YearLedger(),
    seen: options.seen ?? new YearSeen(),
    steps: new StepList(true),
    notes: new Set(),
  };
}
