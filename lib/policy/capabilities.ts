import { DELIVERY_LABELS } from './labels';
import { minorAge } from './lookup';
import type { CitySpec, PersonCondition, RuleBook } from './spec';
import { EVENT_TYPES, type CityId, type Delivery, type EventType, type Level, type PayerId, type PersonField, type Place, type SchemeId } from './vocabulary';

/** What one city and scheme can compute, read from its rules: used by validation and the calculator. */
export interface EventCapability {
  levels?: Level[];
  /** Whether `level` must be given (it is optional where the rule does not use it). */
  levelRequired?: boolean;
  places?: Place[];
  deliveries?: Delivery[];
  /** Deliveries the rules cannot compute, with the reason in plain words. */
  deliveriesUnavailable?: Partial<Record<Delivery, string>>;
  /** The facts exist in the handbook, but not enough to compute: the reason, in Chinese. */
  unavailable?: string;
  /** Only these persons have this benefit, and what to tell the others. */
  onlyFor?: { when: PersonCondition; message: string };
  /** 转院 in one course of treatment pays only the deductible difference. */
  transfer?: boolean;
  /** 乙类 costs are self-paid first (so the calculator asks for them). */
  classB?: boolean;
  /** The bill names its disease(s) from this catalogue. */
  catalogue?: string;
}

export interface Capability {
  city: CityId;
  scheme: SchemeId;
  personFields: PersonField[];
  payers: PayerId[];
  events: Partial<Record<EventType, EventCapability>>;
  /** The scheme has values a resident may change (`profile`). */
  editable: boolean;
  /** Below this age a person counts as a minor (for hints), where the rules say so. */
  minorAge?: number;
}

const PAYER_ORDER: PayerId[] = ['basic', 'critical', 'civil', 'assistance'];
const cache = new WeakMap<CitySpec, Map<SchemeId, Capability>>();

export function capabilityFor(rules: RuleBook, city: CityId, scheme: SchemeId): Capability | undefined {
  const spec = rules[city];
  const s = spec?.schemes[scheme];
  if (!spec || !s) return undefined;
  let byScheme = cache.get(spec);
  if (!byScheme) cache.set(spec, (byScheme = new Map()));
  const hit = byScheme.get(scheme);
  if (hit) return hit;
  const events: Partial<Record<EventType, EventCapability>> = {};
  for (const type of EVENT_TYPES) {
    const e = s.events[type];
    if (!e) continue;
    if (e.unavailable) {
      events[type] = { unavailable: e.unavailable };
      continue;
    }
    const ec: EventCapability = {};
    if (e.levels) ec.levels = e.levels;
    if (e.levelRequired) ec.levelRequired = true;
    if (e.places) ec.places = Object.keys(e.places) as Place[];
    if (e.deliveries) ec.deliveries = e.deliveries;
    if (e.deliveriesUnavailable) ec.deliveriesUnavailable = e.deliveriesUnavailable;
    if (e.onlyFor) ec.onlyFor = e.onlyFor;
    if (e.deductible?.per === 'admission' && e.deductible.transfer) ec.transfer = true;
    if (e.classB && e.classB.selfPay > 0) ec.classB = true;
    if (e.catalogue) ec.catalogue = e.catalogue;
    events[type] = ec;
  }
  const cap: Capability = {
    city,
    scheme,
    personFields: s.person,
    payers: PAYER_ORDER.filter((p) => s.payers[p] !== undefined),
    events,
    editable: Boolean(s.editable && Object.keys(s.editable).length),
    ...(minorAge(s) !== undefined ? { minorAge: minorAge(s) } : {}),
  };
  byScheme.set(scheme, cap);
  return cap;
}

/** Whether any kind of bill of the city's scheme asks for 乙类 (self-paid first). */
export function usesClassB(rules: RuleBook, city: CityId | undefined, scheme: SchemeId | undefined): boolean {
  if (!city || !scheme) return false;
  const cap = capabilityFor(rules, city, scheme);
  return Object.values(cap?.events ?? {}).some((e) => e?.classB);
}

/** Why a delivery cannot be chosen, in plain words. */
export function deliveryUnavailable(ec: EventCapability | undefined, delivery: Delivery, cityName: string): string {
  return ec?.deliveriesUnavailable?.[delivery] ?? `${cityName}的生育医疗费只分${(ec?.deliveries ?? []).map((d) => DELIVERY_LABELS[d]).join('、')}，请选择其一`;
}

/** Where 转院 pays only the deductible difference (“巴中市城乡居民医保”), for messages to the others. */
export function transferPlaces(rules: RuleBook): string {
  const out: string[] = [];
  for (const [id, spec] of Object.entries(rules)) {
    for (const scheme of ['employee', 'resident'] as const) {
      if (spec.schemes[scheme] && capabilityFor(rules, id, scheme)?.events.inpatient?.transfer) out.push(`${spec.name}${scheme === 'employee' ? '职工医保' : '城乡居民医保'}`);
    }
  }
  return out.join('、');
}
