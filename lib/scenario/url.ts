import { capabilityFor, SCHEMES_BY_CITY } from '@/lib/engine/capabilities';
import { findBazhongChronic, findBazhongSpecial, findChangchunChronic, findChangchunSpecial } from '@/lib/engine/diseases';
import type { RuleBook } from '@/lib/policy/schema';
import {
  ASSISTANCE_STATUSES,
  CITY_IDS,
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
  type FieldError,
  type Level,
  type Place,
  type Scenario,
  type SchemeId,
} from './types';
import { amount, validateScenario } from './validate';

/**
 * The calculator's state in the URL's fragment: `#s=<base64url of JSON>&step=<step>`. A fragment never
 * leaves the phone (browsers do not send it, not even on reload or when a shared link is opened), so
 * what a resident types stays private. Links of the older form `?s=…` still open.
 *
 * The JSON is the contract's scenario (docs/contract.md, same field names) except that every value is
 * kept exactly as the resident typed it ("5万", "abc"), so that nothing is lost when a field is wrong:
 * amounts are strings, `age`/`weeks`/`babies` are numbers when they are whole numbers and the typed
 * text otherwise. A complete, valid draft therefore decodes to a scenario the CLI accepts as is.
 * Pure functions, shared by /calculator and /compare.
 */

export const STEPS = ['city', 'scheme', 'person', 'events', 'result'] as const;
export type CalcStep = (typeof STEPS)[number];

export type LevelKey = 'level1' | 'level2' | 'level3';
export const PROFILE_LEVELS: LevelKey[] = ['level1', 'level2', 'level3'];

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

// ————————————————————————————— base64url —————————————————————————————

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) return null;
  try {
    const padded = code.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (code.length % 4)) % 4);
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// ————————————————————————————— draft ⇄ JSON —————————————————————————————

/** Longest typed text kept for one field (a pasted essay is cut, not carried around in links). */
const MAX_TEXT = 40;
/** Longest `s` parameter accepted. */
export const MAX_ENCODED = 6000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const pick = <T extends string>(v: unknown, options: readonly T[]): T | undefined =>
  typeof v === 'string' && (options as readonly string[]).includes(v) ? (v as T) : undefined;
/** A typed value: strings as typed, numbers as their decimal text. */
const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v.slice(0, MAX_TEXT) : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
const flag = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
/** A whole number is written as a JSON number (as the contract wants), anything else as the typed text. */
const wholeOrText = (v: string | undefined): number | string | undefined => {
  if (v === undefined || v === '') return undefined;
  return /^\d{1,6}$/.test(v) ? Number(v) : v;
};

function compact<T extends Record<string, unknown>>(o: T): T {
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

function profileToJson(p: DraftProfile): Record<string, unknown> | undefined {
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
    city: pick(v.city, CITY_IDS),
    scheme: pick(v.scheme, SCHEME_IDS),
    person,
    events,
    profile: profileFrom(v.profile),
  } as Record<string, unknown>) as unknown as Draft;
  return draft;
}

export function encodeDraft(d: Draft): string {
  return toBase64Url(JSON.stringify(draftToJson(d)));
}

export function decodeDraft(code: string): Draft | null {
  if (code.length > MAX_ENCODED) return null;
  const json = fromBase64Url(code);
  if (json === null) return null;
  try {
    return draftFromJson(JSON.parse(json));
  } catch {
    return null;
  }
}

/** `#s=…&step=…`, the fragment of a calculator or compare address (an empty draft on the first step gives ''). */
export function draftToHash(d: Draft, step?: CalcStep): string {
  const params = new URLSearchParams();
  const empty = !d.city && !d.scheme && d.events.length === 0 && Object.keys(d.person).length === 0 && !d.profile;
  if (!empty) params.set('s', encodeDraft(d));
  if (step && !(empty && step === 'city')) params.set('step', step);
  const q = params.toString();
  return q ? `#${q}` : '';
}

export interface UrlState {
  draft: Draft;
  step?: CalcStep;
  /** The link carried a scenario that could not be read. */
  broken?: boolean;
}

/**
 * The state of an address: its fragment (`#s=…&step=…`) when it has one, otherwise its query (links
 * from a city's pages, `?city=bazhong`, and links of the older `?s=…` form).
 */
export function stateFromLocation(search: string, hash: string): UrlState {
  const fragment = hash.replace(/^#/, '');
  return paramsToState(fragment ? fragment : search);
}

/**
 * Reads `s=…&step=…` (a query or a fragment). Also accepts `city=bazhong` (links from a city's pages)
 * and `scenario=<JSON>` (a contract scenario written by hand or by a tool).
 */
export function paramsToState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const step = pick(params.get('step'), STEPS);
  const s = params.get('s');
  const plain = params.get('scenario');
  let draft: Draft | null = emptyDraft();
  let broken = false;
  if (s !== null) {
    draft = decodeDraft(s);
  } else if (plain !== null) {
    try {
      draft = plain.length > MAX_ENCODED ? null : draftFromJson(JSON.parse(plain));
    } catch {
      draft = null;
    }
  } else {
    const city = pick(params.get('city'), CITY_IDS);
    const scheme = pick(params.get('scheme'), SCHEME_IDS);
    if (city) draft = { ...emptyDraft(), city, ...(scheme ? { scheme } : {}) };
  }
  if (draft === null) {
    draft = emptyDraft();
    broken = true;
  }
  return compact({ draft, step, broken: broken || undefined } as Record<string, unknown>) as unknown as UrlState;
}

// ————————————————————————————— draft → scenario —————————————————————————————

/** Whether a city's rules make 乙类 costs self-paid first (so that the calculator asks for them). */
export function usesClassB(rules: RuleBook, city: CityId | undefined): boolean {
  if (city === 'changchun') return rules.changchun.schemes.resident.inpatient.classBSelfPay.ratio > 0;
  if (city === 'changdu') return rules.changdu.schemes.employee.inpatient.classBSelfPay.ratio > 0;
  return false;
}

/** How a city's rules name a place of treatment (the handbook's words). */
export function placeLabel(rules: RuleBook, city: CityId, scheme: SchemeId, place: Place): string {
  const labels: Partial<Record<Place, { label: string }>> =
    city === 'bazhong'
      ? rules.bazhong.schemes[scheme].inpatient.places
      : city === 'changchun'
        ? rules.changchun.schemes.resident.inpatient.places
        : city === 'changdu'
          ? rules.changdu.schemes.employee.inpatient.places
          : rules.custom.schemes.resident.inpatient.places;
  return labels[place]?.label ?? place;
}

/** The event fields the calculator asks for, per type (a subset of the contract's fields). */
export function eventFields(type: EventType, rules: RuleBook, d: Pick<Draft, 'city' | 'scheme'>, index: number, events: DraftEvent[]): (keyof DraftEvent)[] {
  const cap = d.city && d.scheme ? capabilityFor(rules, d.city, d.scheme) : undefined;
  const ec = cap?.events[type];
  const classB = usesClassB(rules, d.city);
  switch (type) {
    case 'inpatient': {
      const fields: (keyof DraftEvent)[] = ['level', 'where', 'total', 'outOfScope'];
      if (classB) fields.push('classB');
      const earlierInpatient = events.slice(0, index).some((e) => e.type === 'inpatient');
      if (d.city === 'bazhong' && d.scheme === 'resident' && earlierInpatient) fields.push('transfer');
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
  if (d.city === 'custom' && d.profile) {
    const p = profileToJson(d.profile);
    if (p) out.profile = p;
  }
  return out;
}

/** A validated scenario as a draft (for links from /compare back to the calculator). */
export function scenarioToDraft(s: Scenario): Draft {
  return draftFromJson(JSON.parse(JSON.stringify(s))) ?? emptyDraft();
}

// ————————————————————————————— errors —————————————————————————————

/** The id of the input that a validation error's path points at: `events[0].total` → `f-events-0-total`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[[\].]+/g, '-').replace(/-+$/, '') || 'scenario'}`;
}

/** The calculator step on which the field of an error path is asked. */
export function stepOfPath(path: string): CalcStep {
  if (path === 'city' || path === '') return 'city';
  if (path === 'scheme') return 'scheme';
  if (path.startsWith('person') || path.startsWith('profile')) return 'person';
  return 'events';
}

const AMOUNT_KEYS = new Set(['total', 'outOfScope', 'classB', 'annualCap', 'criticalCap', 'criticalDeductible', 'upTo', 'level1', 'level2', 'level3', 'ratio']);

function splitPath(path: string): (string | number)[] {
  return path
    .split(/\.|\[|\]/)
    .filter((p) => p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Replaces the value at `path` with something valid so that validation can go on to the next field. */
function patch(input: Record<string, unknown>, path: string, rules: RuleBook): boolean {
  const parts = splitPath(path);
  const last = parts.pop();
  let node: unknown = input;
  for (const p of parts) node = (node as Record<string | number, unknown> | undefined)?.[p];
  if (!node || typeof node !== 'object' || last === undefined) return false;
  const obj = node as Record<string | number, unknown>;
  // A choice not made yet: any offered value lets the amounts after it be checked too.
  const ec = parts[0] === 'events' ? eventCapability(input, rules, obj.type) : undefined;
  const offered = last === 'level' ? ec?.levels : last === 'delivery' ? (ec?.deliveries ?? DELIVERIES) : last === 'where' ? ['local'] : last === 'conditions' ? [['hypertension']] : undefined;
  if (offered?.length) {
    obj[last] = offered[0];
    return true;
  }
  if (typeof last === 'string' && AMOUNT_KEYS.has(last)) {
    obj[last] = last === 'upTo' ? null : '0';
    return true;
  }
  if (last === 'age') {
    delete obj[last];
    return true;
  }
  if (last === 'weeks') {
    obj[last] = 20;
    return true;
  }
  if (last === 'babies') {
    delete obj[last];
    return true;
  }
  return false;
}

function eventCapability(input: Record<string, unknown>, rules: RuleBook, type: unknown) {
  const city = pick(input.city, CITY_IDS);
  const scheme = pick(input.scheme, SCHEME_IDS);
  const t = pick(type, EVENT_TYPES);
  return city && scheme && t ? capabilityFor(rules, city, scheme)?.events[t] : undefined;
}

const EVENT_AMOUNTS = ['total', 'outOfScope', 'classB'] as const;

/** Order of the fields on the page, for listing errors top to bottom. */
function fieldOrder(path: string): string {
  const m = /^events\[(\d+)\]\.(\w+)/.exec(path);
  if (m) {
    const keys = ['type', 'level', 'where', 'transfer', 'diseases', 'disease', 'conditions', 'delivery', 'weeks', 'babies', 'total', 'outOfScope', 'classB'];
    return `2-${m[1]?.padStart(3, '0')}-${String(keys.indexOf(m[2] ?? '')).padStart(2, '0')}`;
  }
  const p = /^profile\.(\w+)(?:\.(level\d)|\[(\d+)\])?/.exec(path);
  if (p) {
    const keys = ['deductible', 'ratio', 'annualCap', 'criticalDeductible', 'criticalSegments', 'criticalCap'];
    const group = p[2] ? `0${p[2]}${keys.indexOf(p[1] ?? '')}` : `${keys.indexOf(p[1] ?? '') + 1}${p[3] ?? ''}`;
    return `3-${group}-${path}`;
  }
  return path === 'city' ? '0-0' : path === 'scheme' ? '0-1' : `1-${path}`;
}

/**
 * Every error of a draft, in the engine's own words: validation stops at the first error, so each
 * fixable field (amounts, age, weeks, choices not made yet) is replaced by a valid value and validation
 * runs again; amounts behind an error that cannot be replaced are checked on their own.
 */
export function collectErrors(d: Draft, rules: RuleBook, limit = 16): FieldError[] {
  const input = JSON.parse(JSON.stringify(draftToInput(d, rules))) as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (let i = 0; i < limit; i++) {
    const v = validateScenario(input, rules);
    if (v.ok) break;
    if (errors.some((e) => e.path === v.error.path)) break;
    errors.push(v.error);
    if (!patch(input, v.error.path, rules)) break;
  }
  if (errors.length && Array.isArray(input.events)) {
    input.events.forEach((e: Record<string, unknown>, i: number) => {
      for (const k of EVENT_AMOUNTS) {
        const path = `events[${i}].${k}`;
        if (e[k] === undefined || errors.some((x) => x.path === path)) continue;
        try {
          amount(e[k], path);
        } catch (error) {
          const { message } = error as Error;
          if (message) errors.push({ path, message });
        }
      }
    });
  }
  return errors.sort((a, b) => (fieldOrder(a.path) < fieldOrder(b.path) ? -1 : fieldOrder(a.path) > fieldOrder(b.path) ? 1 : 0));
}

/** The schemes a city offers (one scheme is chosen for the resident). */
export function schemesOf(city: CityId): SchemeId[] {
  return SCHEMES_BY_CITY[city];
}

/**
 * After the city or scheme changes: keeps what still applies (amounts, diseases), drops what the new
 * city and scheme do not ask about (person fields, levels, places, event types it cannot compute).
 */
export function adaptDraft(d: Draft, rules: RuleBook): Draft {
  if (!d.city) return d;
  const schemes = SCHEMES_BY_CITY[d.city];
  const scheme = d.scheme && schemes.includes(d.scheme) ? d.scheme : schemes.length === 1 ? schemes[0] : undefined;
  const next: Draft = { ...d, scheme, person: { ...d.person }, events: d.events.map((e) => ({ ...e })) };
  if (d.city !== 'custom') delete next.profile;
  if (!scheme) return next;
  const cap = capabilityFor(rules, d.city, scheme);
  if (!cap) return next;
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
      if (out.diseases) out.diseases = out.diseases.filter((x) => knownDisease(rules, d.city, 'chronic', x));
      if (out.disease && !knownDisease(rules, d.city, 'special', out.disease)) delete out.disease;
      const fields = eventFields(e.type, rules, { city: d.city, scheme }, i, all);
      for (const k of Object.keys(out) as (keyof DraftEvent)[]) {
        if (k !== 'type' && !fields.includes(k)) delete out[k];
      }
      return out;
    });
  return next;
}

function knownDisease(rules: RuleBook, city: CityId | undefined, type: 'chronic' | 'special', name: string): boolean {
  if (city === 'bazhong') return Boolean(type === 'chronic' ? findBazhongChronic(rules.bazhong, name) : findBazhongSpecial(rules.bazhong, name));
  if (city === 'changchun') return Boolean(type === 'chronic' ? findChangchunChronic(rules.changchun, name) : findChangchunSpecial(rules.changchun, name));
  return false;
}
