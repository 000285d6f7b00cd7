import type Decimal from 'decimal.js';
import type { MedicalEvent, PayerId, Person } from '@/lib/scenario/types';
import type { YearLedger } from './ledger';
import type { StepList } from './steps';

export type Payers = Record<PayerId, Decimal>;

/** What a city's rules see of one event: the event, its place in the year, and the year's running totals. */
export interface EventContext<E extends MedicalEvent = MedicalEvent> {
  event: E;
  /** 1-based position among the year's inpatient events (0 for other types). */
  nthInpatient: number;
  person: Person;
  ledger: YearLedger;
  steps: StepList;
  /** Caveats for the whole result (reconstructed tables, 待核实 values, assumptions). */
  notes: Set<string>;
}

/** One event's exact (unrounded) result. `ceiling` is the most all payers together may pay. */
export interface EventOutcome {
  payers: Payers;
  ceiling: Decimal;
}
