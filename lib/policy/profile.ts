import type { CitySpec, LookupTable, SchemeSpec } from './spec';
import type { SchemeId } from './vocabulary';

/**
 * Values of the rules a resident may replace with their own city's (`profile` of a scenario; the
 * scheme's `editable` says which value each field replaces). Amounts and ratios are decimal strings,
 * as validation leaves them; '' or null for a cap means none.
 */
export type LevelKey = 'level1' | 'level2' | 'level3';
export const PROFILE_LEVELS: LevelKey[] = ['level1', 'level2', 'level3'];

export interface Profile {
  deductible: Record<LevelKey, string>;
  ratio: Record<LevelKey, string>;
  annualCap: string;
  criticalDeductible: string;
  /** 大病 segments: amounts above the 大病 deductible, upper bound null = no bound. */
  criticalSegments: { upTo: string | null; ratio: string }[];
  criticalCap: string;
}

function at(scheme: SchemeSpec, path: string | undefined): unknown {
  if (!path) return undefined;
  let node: unknown = scheme;
  for (const part of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

function put(scheme: SchemeSpec, path: string, value: unknown): void {
  const parts = path.split('.');
  const last = parts.pop() as string;
  let node = scheme as unknown as Record<string, unknown>;
  for (const part of parts) node = node[part] as Record<string, unknown>;
  node[last] = value;
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const byLevel = (v: unknown): Record<LevelKey, string> => {
  const values = (v as LookupTable | undefined)?.values as Record<string, unknown> | undefined;
  return { level1: str(values?.level1 ?? 0), level2: str(values?.level2 ?? 0), level3: str(values?.level3 ?? 0) };
};

/** The rules' own values of the editable fields (what the calculator shows before the resident changes any). */
export function profileDefaults(spec: CitySpec, scheme: SchemeId): Profile {
  const s = spec.schemes[scheme] as SchemeSpec;
  const e = s.editable ?? {};
  const segments = (at(s, e.criticalSegments) as { upTo: number | null; ratio: unknown }[] | undefined) ?? [];
  return {
    deductible: byLevel(at(s, e.deductible)),
    ratio: byLevel(at(s, e.ratio)),
    annualCap: str(at(s, e.annualCap)),
    criticalDeductible: str(at(s, e.criticalDeductible)),
    criticalSegments: segments.map((b) => ({ upTo: b.upTo === null ? null : String(b.upTo), ratio: str(b.ratio) })),
    criticalCap: str(at(s, e.criticalCap)),
  };
}

const cache = new WeakMap<SchemeSpec, Map<string, SchemeSpec>>();
const CACHE_LIMIT = 200;

/** The scheme with the resident's values in place of the rules' own (cached: a what-if chart asks 200 times). */
export function withProfile(s: SchemeSpec, profile: Partial<Profile> | undefined): SchemeSpec {
  if (!profile || !s.editable) return s;
  const key = JSON.stringify(profile);
  let byProfile = cache.get(s);
  if (!byProfile) cache.set(s, (byProfile = new Map()));
  const hit = byProfile.get(key);
  if (hit) return hit;
  const next = structuredClone(s);
  const e = s.editable;
  const num = (v: string) => Number(v);
  const cap = (v: string) => (v === '' ? null : Number(v));
  for (const field of ['deductible', 'ratio'] as const) {
    const values = profile[field];
    const path = e[field];
    if (!values || !path) continue;
    const table = at(next, path) as LookupTable;
    const merged = { ...(table.values as Record<string, unknown>) };
    for (const [level, v] of Object.entries(values)) if (v !== undefined) merged[level] = num(v);
    put(next, path, { ...table, values: merged });
  }
  if (profile.annualCap !== undefined && e.annualCap) put(next, e.annualCap, cap(profile.annualCap));
  if (profile.criticalDeductible !== undefined && e.criticalDeductible) put(next, e.criticalDeductible, num(profile.criticalDeductible));
  if (profile.criticalCap !== undefined && e.criticalCap) put(next, e.criticalCap, cap(profile.criticalCap));
  if (profile.criticalSegments !== undefined && e.criticalSegments) {
    put(next, e.criticalSegments, profile.criticalSegments.map((b) => ({ upTo: b.upTo === null ? null : Number(b.upTo), ratio: Number(b.ratio) })));
  }
  if (byProfile.size >= CACHE_LIMIT) byProfile.clear();
  byProfile.set(key, next);
  return next;
}
