/** The scenario of docs/contract.md (public interface: keep field names exactly). */

export {
  ASSISTANCE_STATUSES,
  CONDITIONS,
  DEFAULT_PERSON,
  DELIVERIES,
  EVENT_TYPES,
  LEVELS,
  PAYER_IDS,
  PERSON_FIELDS,
  PLACES,
  SCHEME_IDS,
} from '@/lib/policy/vocabulary';
export type { AssistanceStatus, CityId, Condition, Delivery, EventType, Level, PayerId, Person, PersonField, Place, SchemeId } from '@/lib/policy/vocabulary';
import type { CityId, Condition, Delivery, EventType, Level, PayerId, Person, Place, SchemeId } from '@/lib/policy/vocabulary';
import type { Profile } from '@/lib/policy/profile';

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

/** Values of the rules a resident replaced (only where the scheme's rules are `editable`, e.g. city `custom`). */
export type CustomProfile = Profile;

export interface Scenario {
  city: CityId;
  scheme: SchemeId;
  person: Person;
  events: MedicalEvent[];
  /** Only where the scheme's rules are `editable` (city "custom"): overrides of the rules' values. */
  profile?: Partial<CustomProfile>;
}

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
  /** The date the applied rules stand for (YYYY-MM or YYYY-MM-DD). */
  rulesAsOf: string;
}

export interface FieldError {
  path: string;
  message: string;
}
