import { capabilityFor, usesClassB } from '@/lib/policy/capabilities';
import { catalogueFor, findDisease } from '@/lib/policy/diseases';
import { schemesOf } from '@/lib/policy/names';
import { PROFILE_LEVELS, type LevelKey } from '@/lib/policy/profile';
import type { RuleBook } from '@/lib/policy/spec';
import {
  ASSISTANCE_STATUSES,
  CONDITIONS,
  DELIVERIES,
  EVENT_TYPES,
  LEVELS,
  PLACES,
  SCHEME_IDS,
  type AssistanceStatus,
  type CityId,
  type Condition,
  type Delivery,
  type EventType,
  type Level,
  type Place,
  type Scenario,
  type SchemeId,
} from './types';

/**
 * A form draft: the calculator's answers exactly as the resident typed them ("5万", "abc"), so that
 * nothing is lost when a field is wrong. Its JSON is the contract's scenario (same field names) with
 * typed values: amounts are strings, `age`/`weeks`/`babies` numbers when whole and the typed text
 * otherwise; a complete, valid draft therefore is a scenario the CLI accepts as is.
 * Pure functions, shared by /calculator and /compare (the address: ./url-state.ts; errors: ./form-errors.ts).
 */

export { PROFILE_LEVELS, type LevelKey };

export interface DraftPerson {
  age?: string;
  retired?: boolean;
  student?: boolean;
  civilServant?: boolean;
  majorDisease?: boolean;
  assistance?: AssistanceStatus;
}

export interface DraftEvent {
  type: EventType;
  level?: Level;
  where?: Place;
  transfer?: boolean;
  total?: string;
  outOfScope?: string;
  classB?: string;
  diseases?: string[];
  disease?: string;
  conditions?: Condition[];
  delivery?: Delivery;
  weeks?: string;
  babies?: string;
}

/** Only the values the resident changed; the calculator shows the national defaults for the rest. */
export interface DraftProfile {
  deductible?: Partial<Record<LevelKey, string>>;
  ratio?: Partial<Record<LevelKey, string>>;
  annualCap?: string;
  criticalDeductible?: string;
  criticalSegments?: { upTo: string; ratio: string }[];
  criticalCap?: string;
}

export interface Draft {
  city?: CityId;
  scheme?: SchemeId;
  person: DraftPerson;
  events: DraftEvent[];
  profile?: DraftProfile;
}

export function emptyDraft(): Draft {
  return { person: {}, events: [] };
}

// ————————————————————————————— draft ⇄ JSON —————————————————————————————

/** Longest typed text kept for one field (a pasted essay is cut, not carried around in links). */
const MAX_TEXT = 40;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const pick = <T extends string>(v: unknown, options: readonly T[]): T | undefined =>
  typeof v === 'string' && (options as readonly string[]).includes(v) ? (v as T) : undefined;
/** A city id as a rules file names it (whether the city exists is for `adaptDraft` and validation to say). */
export const cityId = (v: unknown): CityId | undefined => (typeof v === 'string' && /^[a-z0-9-]{1,40}$/.test(v) ? v : undefined);
/** A typed value: strings as typed, numbers as their decimal text. */
const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v.slice(0, MAX_TEXT) : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
const flag = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
/** A whole number is written as a JSON number (as the contract wants), anything else as the typed text. */
export const wholeOrText = (v: string | undefined): number | string | undefined => {
  if (v === undefined || v === '') return undefined;
  return /^\d{1,6}$/.test(v) ? Number(v) : v;
};

export function compact<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

function eventToJson(e: DraftEvent): Record<string, unknown> {
  return compact({
    type: e.type,
    level: e.level,
    where: e.where,
    transfer: e.transfer || undefined,
    total: e.total,
    outOfScope: e.outOfScope || undefined,
    classB: e.classB || undefined,
    diseases: e.diseases,
    disease: e.disease,
    conditions: e.conditions,
    delivery: e.delivery,
    weeks: wholeOrText(e.weeks),
    babies: wholeOrText(e.babies),
  });
}

export function profileToJson(p: DraftProfile): Record<string, unknown> | undefined {
  const out = compact({
    deductible: p.deductible && Object.keys(p.deductible).length ? p.deductible : undefined,
    ratio: p.ratio && Object.keys(p.ratio).length ? p.ratio : undefined,
    annualCap: p.annualCap,
    criticalDeductible: p.criticalDeductible,
    criticalSegments: p.criticalSegments?.map((s) => ({ upTo: s.upTo === '' ? null : s.upTo, ratio: s.ratio })),
    criticalCap: p.criticalCap,
  } as Record<string, unknown>);
  return Object.keys(out).length ? out : undefined;
}

/** The draft as the JSON carried in the URL (contract field names, typed values, defaults left out). */
export function draftToJson(d: Draft): Record<string, unknown> {
  const person = compact({
    age: wholeOrText(d.person.age),
    retired: d.person.retired || undefined,
    student: d.person.student || undefined,
    civilServant: d.person.civilServant || undefined,
    majorDisease: d.person.majorDisease || undefined,
    assistance: d.person.assistance && d.person.assistance !== 'none' ? d.person.assistance : undefined,
  } as Record<string, unknown>);
  return compact({
    city: d.city,
    scheme: d.scheme,
    person: Object.keys(person).length ? person : undefined,
    events: d.events.map(eventToJson),
    profile: d.profile ? profileToJson(d.profile) : undefined,
  } as Record<string, unknown>);
}

function levelMapFrom(v: unknown): Partial<Record<LevelKey, string>> | undefined {
  if (!isObject(v)) return undefined;
  const out: Partial<Record<LevelKey, string>> = {};
  for (const k of PROFILE_LEVELS) {
    const t = text(v[k]);
    if (t !== undefined) out[k] = t;
  }
  return Object.keys(out).length ? out : undefined;
}

function profileFrom(v: unknown): DraftProfile | undefined {
  if (!isObject(v)) return undefined;
  const segs = Array.isArray(v.criticalSegments)
    ? v.criticalSegments
        .slice(0, 6)
        .filter(isObject)
        .map((s) => ({ upTo: s.upTo === null ? '' : (text(s.upTo) ?? ''), ratio: text(s.ratio) ?? '' }))
    : undefined;
  const out = compact({
    deductible: levelMapFrom(v.deductible),
    ratio: levelMapFrom(v.ratio),
    annualCap: v.annualCap === null ? '' : text(v.annualCap),
    criticalDeductible: text(v.criticalDeductible),
    criticalSegments: segs && segs.length ? segs : undefined,
    criticalCap: v.criticalCap === null ? '' : text(v.criticalCap),
  } as Record<string, unknown>) as DraftProfile;
  return Object.keys(out).length ? out : undefined;
}

function eventFrom(v: unknown): DraftEvent | undefined {
  if (!isObject(v)) return undefined;
  const type = pick(v.type, EVENT_TYPES);
  if (!type) return undefined;
  const diseases = Array.isArray(v.diseases) ? v.diseases.slice(0, 10).map(text).filter((x): x is string => x !== undefined) : undefined;
  const conditions = Array.isArray(v.conditions)
    ? [...new Set(v.conditions.map((c) => pick(c, CONDITIONS)).filter((c): c is Condition => c !== undefined))]
    : undefined;
  return compact({
    type,
    level: pick(v.level, LEVELS),
    where: pick(v.where, PLACES),
    transfer: flag(v.transfer) || undefined,
    total: text(v.total),
    outOfScope: text(v.outOfScope),
    classB: text(v.classB),
    diseases,
    disease: text(v.disease),
    conditions,
    delivery: pick(v.delivery, DELIVERIES),
    weeks: text(v.weeks),
    babies: text(v.babies),
  } as Record<string, unknown>) as unknown as DraftEvent;
}

/**
 * Reads a draft from JSON of any origin (a link, a pasted scenario): keeps what it recognises, in the
 * right types, and drops the rest. Returns null when it is not a scenario at all.
 */
export function draftFromJson(v: unknown): Draft | null {
  if (!isObject(v)) return null;
  const p = isObject(v.person) ? v.person : {};
  const person = compact({
    age: text(p.age),
    retired: flag(p.retired),
    student: flag(p.student),
    civilServant: flag(p.civilServant),
    majorDisease: flag(p.majorDisease),
    assistance: pick(p.assistance, ASSISTANCE_STATUSES),
  } as Record<string, unknown>) as DraftPerson;
  const events = Array.isArray(v.events)
    ? v.events
        .slice(0, 20)
        .map(eventFrom)
        .filter((e): e is DraftEvent => e !== undefined)
    : [];
  const draft: Draft = compact({
    city: cityId(v.city),
    scheme: pick(v.scheme, SCHEME_IDS),
    person,
    events,
    profile: profileFrom(v.profile),
  } as Record<string, unknown>) as unknown as Draft;
  return draft;
}

// ————————————————————————————— draft → scenario —————————————————————————————

/** The event fields the calculator asks for, per type (a subset of the contract's fields). */
export function eventFields(type: EventType, rules: RuleBook, d: Pick<Draft, 'city' | 'scheme'>, index: number, events: DraftEvent[]): (keyof DraftEvent)[] {
  const cap = d.city && d.scheme ? capabilityFor(rules, d.city, d.scheme) : undefined;
  const ec = cap?.events[type];
  const classB = Boolean(ec?.classB);
  switch (type) {
    case 'inpatient': {
      const fields: (keyof DraftEvent)[] = ['level', 'where', 'total', 'outOfScope'];
      if (classB) fields.push('classB');
      const earlierInpatient = events.slice(0, index).some((e) => e.type === 'inpatient');
      if (ec?.transfer && earlierInpatient) fields.push('transfer');
      return fields;
    }
    case 'outpatient':
      return ['level', 'total', 'outOfScope'];
    case 'chronic':
      return ['diseases', 'total', 'outOfScope'];
    case 'special':
      return [...(ec?.levelRequired ? (['level'] as const) : []), 'disease', 'total', 'outOfScope', ...(classB ? (['classB'] as const) : [])];
    case 'twoDiseases':
      return ['conditions', 'total'];
    case 'maternity':
      return ['delivery', 'weeks', 'babies', 'total', 'outOfScope'];
    case 'injury':
    case 'drug':
      return ['total', 'outOfScope'];
  }
}

function eventInput(e: DraftEvent, fields: (keyof DraftEvent)[]): Record<string, unknown> {
  const has = (k: keyof DraftEvent) => fields.includes(k);
  const out: Record<string, unknown> = { type: e.type };
  if (has('level') && e.level) out.level = e.level;
  if (has('where')) out.where = e.where ?? 'local';
  if (has('transfer') && e.transfer) out.transfer = true;
  if (has('diseases')) out.diseases = (e.diseases ?? []).filter((x) => x !== '');
  if (has('disease')) out.disease = e.disease ?? '';
  if (has('conditions')) out.conditions = e.conditions ?? [];
  if (has('delivery') && e.delivery) out.delivery = e.delivery;
  if (has('weeks') && e.delivery === 'termination') out.weeks = wholeOrText(e.weeks?.trim());
  if (has('babies') && e.delivery && e.delivery !== 'termination' && e.babies?.trim()) out.babies = wholeOrText(e.babies.trim());
  out.total = e.total ?? '';
  if (has('outOfScope') && e.outOfScope?.trim()) out.outOfScope = e.outOfScope;
  if (has('classB') && e.classB?.trim()) out.classB = e.classB;
  return compact(out);
}

/**
 * The contract scenario the engine is asked about: only the fields the chosen city and scheme use,
 * the typed text handed to the engine's own validation (which parses "5万" and explains "abc").
 */
export function draftToInput(d: Draft, rules: RuleBook): Record<string, unknown> {
  const out: Record<string, unknown> = { city: d.city, scheme: d.scheme };
  const cap = d.city && d.scheme ? capabilityFor(rules, d.city, d.scheme) : undefined;
  const fields = cap?.personFields ?? [];
  const person: Record<string, unknown> = {};
  const age = d.person.age?.trim();
  if (fields.includes('age') && age) person.age = wholeOrText(age.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/岁$/, ''));
  for (const k of ['retired', 'student', 'civilServant', 'majorDisease'] as const) {
    if (fields.includes(k) && d.person[k]) person[k] = true;
  }
  if (fields.includes('assistance') && d.person.assistance && d.person.assistance !== 'none') person.assistance = d.person.assistance;
  if (Object.keys(person).length) out.person = person;
  out.events = d.events.map((e, i) => eventInput(e, eventFields(e.type, rules, d, i, d.events)));
  if (cap?.editable && d.profile) {
    const p = profileToJson(d.profile);
    if (p) out.profile = p;
  }
  return out;
}

/** A validated scenario as a draft (for links from /compare back to the calculator). */
export function scenarioToDraft(s: Scenario): Draft {
  return draftFromJson(JSON.parse(JSON.stringify(s))) ?? emptyDraft();
}

/**
 * After the city or scheme changes: keeps what still applies (amounts, diseases), drops what the new
 * city and scheme do not ask about (person fields, levels, places, event types it cannot compute).
 */
export function adaptDraft(d: Draft, rules: RuleBook): Draft {
  if (!d.city) return d;
  if (!Object.hasOwn(rules, d.city)) {
    const { city: _unknown, ...rest } = d;
    return rest;
  }
  const schemes = schemesOf(rules, d.city);
  const scheme = d.scheme && schemes.includes(d.scheme) ? d.scheme : schemes.length === 1 ? schemes[0] : undefined;
  const next: Draft = { ...d, scheme, person: { ...d.person }, events: d.events.map((e) => ({ ...e })) };
  if (!scheme) return next;
  const cap = capabilityFor(rules, d.city, scheme);
  if (!cap) return next;
  if (!cap.editable) delete next.profile;
  for (const k of Object.keys(next.person) as (keyof DraftPerson)[]) {
    if (!(cap.personFields as string[]).includes(k)) delete next.person[k];
  }
  next.events = next.events
    .filter((e) => cap.events[e.type] && !cap.events[e.type]?.unavailable)
    .map((e, i, all) => {
      const ec = cap.events[e.type];
      const out: DraftEvent = { ...e };
      if (out.level && !(ec?.levels ?? []).includes(out.level)) delete out.level;
      if (out.where && !(ec?.places ?? []).includes(out.where)) delete out.where;
      if (out.delivery && ec?.deliveries && !ec.deliveries.includes(out.delivery)) delete out.delivery;
      if (out.diseases) out.diseases = out.diseases.filter((x) => knownDisease(rules, d.city, scheme, 'chronic', x));
      if (out.disease && !knownDisease(rules, d.city, scheme, 'special', out.disease)) delete out.disease;
      const fields = eventFields(e.type, rules, { city: d.city, scheme }, i, all);
      for (const k of Object.keys(out) as (keyof DraftEvent)[]) {
        if (k !== 'type' && !fields.includes(k)) delete out[k];
      }
      return out;
    });
  return next;
}

function knownDisease(rules: RuleBook, city: CityId | undefined, scheme: SchemeId, type: 'chronic' | 'special', name: string): boolean {
  const c = catalogueFor(city ? rules[city] : undefined, scheme, type);
  return Boolean(c && findDisease(c, name).found);
}
