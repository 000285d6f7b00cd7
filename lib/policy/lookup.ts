import type { Lookup, PersonCondition, SchemeSpec } from './spec';
import type { Person } from './vocabulary';

/**
 * Reading the values of a rule that depend on the bill or the person (lookups) and the conditions
 * on a person (groups, `onlyFor`, `favoured`). Pure and small: the engine calls them on every bill.
 */

/** What a lookup may depend on, for one bill. */
export interface Dimensions {
  level?: string;
  where?: string;
  delivery?: string;
  /** n-th 住院 of the year, from 1. */
  admission?: number;
  scheme: string;
  assistance: string;
  /** The person's group in each grouping of the scheme (`status: retired`, `minor: adult` …). */
  groups: Readonly<Record<string, string>>;
}

function key(d: Dimensions, dimension: string): string | undefined {
  switch (dimension) {
    case 'level':
      return d.level;
    case 'where':
      return d.where;
    case 'delivery':
      return d.delivery;
    case 'scheme':
      return d.scheme;
    case 'assistance':
      return d.assistance;
    default:
      return d.groups[dimension];
  }
}

/** The value of a lookup for this bill: a number, or null where the rules give none. Throws when the table has no entry. */
export function resolve(value: Lookup, d: Dimensions): number | null {
  if (value === null || typeof value === 'number') return value;
  let node: unknown = value.values;
  for (const dimension of value.by) {
    if (dimension === 'admission') {
      const list = node as unknown[];
      node = Array.isArray(list) ? list[Math.min(d.admission ?? 1, list.length) - 1] : undefined;
    } else {
      const k = key(d, dimension);
      node = k === undefined || node === null || typeof node !== 'object' ? undefined : (node as Record<string, unknown>)[k];
    }
  }
  if (node === null || typeof node === 'number') return node;
  throw new Error(`no value for ${value.by.map((b) => `${b}=${b === 'admission' ? d.admission : key(d, b)}`).join(', ')}`);
}

/** A lookup that must give a number (a missing value is 0). */
export function resolveNumber(value: Lookup | undefined, d: Dimensions): number {
  return value === undefined ? 0 : (resolve(value, d) ?? 0);
}

/** Whether a person meets a condition: every key given holds; `any` needs one of its conditions. */
export function holds(c: PersonCondition, p: Person): boolean {
  if (c.retired !== undefined && p.retired !== c.retired) return false;
  if (c.student !== undefined && p.student !== c.student) return false;
  if (c.civilServant !== undefined && p.civilServant !== c.civilServant) return false;
  if (c.majorDisease !== undefined && p.majorDisease !== c.majorDisease) return false;
  if (c.ageAtLeast !== undefined && !(p.age >= c.ageAtLeast)) return false;
  if (c.ageBelow !== undefined && !(p.age < c.ageBelow)) return false;
  if (c.assistance !== undefined && !c.assistance.includes(p.assistance)) return false;
  if (c.any !== undefined && !c.any.some((x) => holds(x, p))) return false;
  return true;
}

/** The person's group in each grouping of the scheme: the first member whose condition holds. */
const NO_GROUPS: Readonly<Record<string, string>> = Object.freeze({});

export function groupsOf(scheme: SchemeSpec, p: Person): Readonly<Record<string, string>> {
  if (!scheme.groups) return NO_GROUPS;
  const out: Record<string, string> = {};
  for (const [name, members] of Object.entries(scheme.groups)) {
    const m = members.find((x) => !x.when || holds(x.when, p)) ?? members[members.length - 1];
    if (m) out[name] = m.id;
  }
  return out;
}

/** The label of a group member (在职职工, 学生及未成年 …). */
export function groupLabel(scheme: SchemeSpec, grouping: string, id: string): string {
  return scheme.groups?.[grouping]?.find((m) => m.id === id)?.label ?? id;
}

/** The groupings a lookup depends on (for labelling a step: “退休人员”). */
export function groupingsOf(value: Lookup | undefined, scheme: SchemeSpec): string[] {
  if (value === undefined || value === null || typeof value === 'number') return [];
  return value.by.filter((b) => scheme.groups?.[b] !== undefined);
}

/** The age below which a grouping treats a person as a minor (`ageBelow` in a condition), for hints. */
export function minorAge(scheme: SchemeSpec): number | undefined {
  const find = (c: PersonCondition | undefined): number | undefined => (c?.ageBelow ?? c?.any?.map(find).find((x) => x !== undefined));
  for (const members of Object.values(scheme.groups ?? {})) for (const m of members) {
    const age = find(m.when);
    if (age !== undefined) return age;
  }
  return undefined;
}
