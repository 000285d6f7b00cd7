import type Decimal from 'decimal.js';
import { groupLabel, groupingsOf, type Dimensions } from '@/lib/policy/lookup';
import { placeName } from '@/lib/policy/names';
import type { CitySpec, EventSpec, Lookup, SchemeSpec } from '@/lib/policy/spec';
import type { SchemeId } from '@/lib/policy/vocabulary';
import type { MedicalEvent, PayerId, Person } from '@/lib/scenario/types';
import type { YearLedger, YearSeen } from './ledger';
import type { StepList } from './steps';

/** What every building block sees of one bill: the bill, its rules, the person, and the year so far. */
export interface Bill {
  event: MedicalEvent;
  /** The rules of this kind of bill (content/<city>/rules.yaml `schemes.<scheme>.events.<type>`). */
  spec: EventSpec;
  scheme: SchemeSpec;
  city: CitySpec;
  person: Person;
  /** What the rules' lookups depend on for this bill (level, place, n-th admission, the person's groups …). */
  dims: Dimensions;
  /** The year's running totals (caps used, cumulative amounts, deductibles paid). */
  ledger: YearLedger;
  seen: YearSeen;
  steps: StepList;
  /** Caveats for the whole result. */
  notes: Set<string>;
}

export type Payers = Record<PayerId, Decimal>;

/** One bill's exact (unrounded) result. `ceiling` is the most all payers together may pay. */
export interface Outcome {
  payers: Payers;
  ceiling: Decimal;
}

/** The labels of the groups a lookup depended on (“退休人员”), for the steps. */
export function whoOf(bill: Bill, ...values: (Lookup | undefined)[]): string[] {
  const out: string[] = [];
  for (const v of values) for (const g of groupingsOf(v, bill.scheme)) {
    const label = groupLabel(bill.scheme, g, bill.dims.groups[g] ?? '');
    if (!out.includes(label)) out.push(label);
  }
  return out;
}

/** The place of an admission, named in the steps where the rules tell several places apart; else undefined. */
export function placeShown(bill: Bill): string | undefined {
  const e = bill.event;
  const places = bill.spec.places ? Object.keys(bill.spec.places).length : 0;
  return e.type === 'inpatient' && places > 1 ? placeName(bill.city, bill.dims.scheme as SchemeId, e.where) : undefined;
}
