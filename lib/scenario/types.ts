/** The scenario of docs/contract.md (public interface: keep field names exactly). */

export const CITY_IDS = ['bazhong', 'changchun', 'changdu', 'custom'] as const;
export type CityId = (typeof CITY_IDS)[number];

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

/** Amounts are decimal strings in yuan after validation (exact, at most two decimals). */
export interface InpatientEvent {
  type: 'inpatient';
  level: Level;
  where: Place;
  total: string;
  outOfScope: string;
  classB: string;
  /** 巴中居民: this admission continues the previous one's course of treatment (转诊转院). */
  transfer: boolean;
}
export interface OutpatientEvent {
  type: 'outpatient';
  level: Level;
  total: string;
  outOfScope: string;
}
export interface ChronicEvent {
  type: 'chronic';
  diseases: string[];
  total: string;
  outOfScope: string;
}
export interface SpecialEvent {
  type: 'special';
  disease: string;
  level: Level;
  total: string;
  outOfScope: string;
  classB: string;
}
export interface TwoDiseasesEvent {
  type: 'twoDiseases';
  conditions: Condition[];
  total: string;
}
export interface MaternityEvent {
  type: 'maternity';
  delivery: Delivery;
  weeks?: number;
  babies: number;
  total: string;
  outOfScope: string;
}
export interface InjuryEvent {
  type: 'injury';
  total: string;
  outOfScope: string;
}

/** The contract's fields of each event type (docs/contract.md). */
export const EVENT_FIELDS: Record<EventType, readonly string[]> = {
  inpatient: ['type', 'level', 'where', 'total', 'outOfScope', 'classB', 'transfer'],
  outpatient: ['type', 'level', 'total', 'outOfScope'],
  chronic: ['type', 'diseases', 'total', 'outOfScope'],
  special: ['type', 'disease', 'level', 'total', 'outOfScope', 'classB'],
  twoDiseases: ['type', 'conditions', 'total'],
  maternity: ['type', 'delivery', 'weeks', 'babies', 'total', 'outOfScope'],
  injury: ['type', 'total', 'outOfScope'],
  drug: ['type', 'total', 'outOfScope'],
};

/** 单行支付药品 (巴中): an extension of the contract's event types. */
export interface DrugEvent {
  type: 'drug';
  total: string;
  outOfScope: string;
}

export type MedicalEvent =
  | InpatientEvent
  | OutpatientEvent
  | ChronicEvent
  | SpecialEvent
  | TwoDiseasesEvent
  | MaternityEvent
  | InjuryEvent
  | DrugEvent;

/** Editable parameters of the "其他地区（自定义）" profile (defaults: 002's national figures). */
export interface CustomProfile {
  deductible: Record<'level1' | 'level2' | 'level3', string>;
  ratio: Record<'level1' | 'level2' | 'level3', string>;
  annualCap: string;
  criticalDeductible: string;
  /** 大病 segments: amounts above the 大病 deductible, upper bound null = no bound. */
  criticalSegments: { upTo: string | null; ratio: string }[];
  criticalCap: string;
}

export interface Scenario {
  city: CityId;
  scheme: SchemeId;
  person: Person;
  events: MedicalEvent[];
  /** Only with city "custom": overrides of the national defaults. */
  profile?: Partial<CustomProfile>;
}

export type PayerId = 'basic' | 'critical' | 'civil' | 'assistance';

export interface Step {
  text: string;
  amount?: string;
  source: string;
}

export interface EventResult {
  type: EventType;
  total: string;
  outOfScope: string;
  fund: string;
  personal: string;
  payers: Partial<Record<PayerId, string>>;
  steps: Step[];
}

export interface EstimateResult {
  city: CityId;
  scheme: SchemeId;
  total: string;
  outOfScope: string;
  fund: string;
  personal: string;
  payers: Partial<Record<PayerId, string>>;
  events: EventResult[];
  steps: Step[];
  notes: string[];
}

export interface FieldError {
  path: string;
  message: string;
}
