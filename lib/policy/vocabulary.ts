/**
 * The words of the public contract (docs/contract.md) that rules and scenarios share: hospital levels,
 * places of treatment, event types, payers… The lowest layer of lib/ after money: policy specs are
 * written in these words, scenarios are validated against them, the engine computes with them.
 */

/** A city (profile) id: the directory name of its rules, e.g. `bazhong`; any [a-z0-9-]+ id a rules file declares. */
export type CityId = string;

export const SCHEME_IDS = ['employee', 'resident'] as const;
export type SchemeId = (typeof SCHEME_IDS)[number];

export const LEVELS = ['township', 'village', 'level1', 'level2', 'level3', 'level3-provincial', 'pharmacy'] as const;
export type Level = (typeof LEVELS)[number];

export const PLACES = ['local', 'longterm', 'referral', 'emergency', 'unreferred'] as const;
export type Place = (typeof PLACES)[number];

export const ASSISTANCE_STATUSES = ['none', 'tekun', 'orphan', 'dibao', 'monitor', 'edge', 'illness'] as const;
export type AssistanceStatus = (typeof ASSISTANCE_STATUSES)[number];

export const EVENT_TYPES = ['inpatient', 'outpatient', 'chronic', 'special', 'twoDiseases', 'maternity', 'injury', 'drug'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const DELIVERIES = ['natural', 'difficult', 'cesarean', 'termination'] as const;
export type Delivery = (typeof DELIVERIES)[number];

export const CONDITIONS = ['hypertension', 'diabetes'] as const;
export type Condition = (typeof CONDITIONS)[number];

export const PERSON_FIELDS = ['age', 'retired', 'student', 'civilServant', 'majorDisease', 'assistance'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

/** Who pays, in the order their amounts are settled (docs/contract.md: `payers`). */
export const PAYER_IDS = ['basic', 'civil', 'critical', 'assistance'] as const;
export type PayerId = (typeof PAYER_IDS)[number];

export interface Person {
  age: number;
  retired: boolean;
  student: boolean;
  civilServant: boolean;
  majorDisease: boolean;
  assistance: AssistanceStatus;
}

export const DEFAULT_PERSON: Person = {
  age: 40,
  retired: false,
  student: false,
  civilServant: false,
  majorDisease: false,
  assistance: 'none',
};
