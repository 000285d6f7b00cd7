import { resolve, type Dimensions } from './lookup';
import type { CitySpec, EventSpec, LookupTable, SchemeSpec } from './spec';
import { ASSISTANCE_STATUSES } from './vocabulary';

/**
 * Checks of a city's rules beyond their shape (lib/policy/spec.ts): every lookup has a value for every
 * bill the scheme can be asked about, every group and catalogue named exists, every editable value is
 * there. Returns every problem, in words that name where it is.
 */

const isLookupTable = (v: unknown): v is LookupTable =>
  Boolean(v) && typeof v === 'object' && !Array.isArray(v) && Array.isArray((v as LookupTable).by) && 'values' in (v as object);

/** Every lookup table inside a block, with its path. */
function tables(node: unknown, at: string, out: [string, LookupTable][] = []): [string, LookupTable][] {
  if (isLookupTable(node)) out.push([at, node]);
  else if (Array.isArray(node)) node.forEach((n, i) => tables(n, `${at}.${i}`, out));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) tables(v, `${at}.${k}`, out);
  return out;
}

/** The values each dimension can take for a kind of bill. */
function domains(scheme: SchemeSpec, schemeId: string, e: EventSpec): Record<string, (string | number | undefined)[]> {
  const d: Record<string, (string | number | undefined)[]> = {
    level: e.levels?.length ? e.levels : [undefined],
    where: e.places ? Object.keys(e.places) : ['local'],
    delivery: (e.deliveries ?? []).filter((x) => x !== 'termination'),
    admission: [1, 2, 3, 4, 5, 6],
    scheme: [schemeId],
    assistance: ASSISTANCE_STATUSES.filter((s) => s !== 'none'),
  };
  for (const [name, members] of Object.entries(scheme.groups ?? {})) d[name] = members.map((m) => m.id);
  return d;
}

function combinations(by: string[], d: Record<string, (string | number | undefined)[]>): Record<string, string | number | undefined>[] {
  let out: Record<string, string | number | undefined>[] = [{}];
  for (const dim of by) out = out.flatMap((c) => (d[dim] ?? [undefined]).map((v) => ({ ...c, [dim]: v })));
  return out;
}

export function checkSpec(spec: CitySpec): string[] {
  const problems: string[] = [];
  for (const [schemeId, scheme] of Object.entries(spec.schemes)) {
    if (!scheme) continue;
    const groupNames = new Set(Object.keys(scheme.groups ?? {}));
    for (const [type, e] of Object.entries(scheme.events)) {
      if (!e || e.unavailable) continue;
      const at = `schemes.${schemeId}.events.${type}`;
      const d = domains(scheme, schemeId, e);
      if (e.catalogue && !spec.diseases?.[e.catalogue]) problems.push(`${at}.catalogue: 没有名为 ${e.catalogue} 的病种目录`);
      if (e.deductible?.atLevel && e.levels && !e.levels.includes(e.deductible.atLevel)) problems.push(`${at}.deductible.atLevel: ${e.deductible.atLevel} 不在 levels 中`);
      for (const [where, table] of tables({ deductible: e.deductible, pay: e.pay, caps: e.caps, layers: e.layers }, at)) {
        for (const dim of table.by) {
          if (!(dim in d) && !groupNames.has(dim)) problems.push(`${where}.by: 没有名为 ${dim} 的分组`);
        }
        for (const c of combinations(table.by, d)) {
          const dims: Dimensions = {
            level: c.level as string | undefined,
            where: (c.where as string | undefined) ?? 'local',
            delivery: c.delivery as string | undefined,
            admission: c.admission as number | undefined,
            scheme: schemeId,
            assistance: (c.assistance as string | undefined) ?? 'none',
            groups: Object.fromEntries(Object.entries(c).filter(([k]) => groupNames.has(k)).map(([k, v]) => [k, String(v)])),
          };
          try {
            resolve(table, dims);
          } catch {
            problems.push(`${where}: 缺少 ${table.by.map((b) => `${b}=${c[b]}`).join('、')} 的值`);
          }
        }
      }
    }
    for (const [field, target] of Object.entries(scheme.editable ?? {})) {
      let node: unknown = scheme;
      for (const part of target.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
      if (node === undefined) problems.push(`schemes.${schemeId}.editable.${field}: ${target} 不存在`);
    }
  }
  return problems;
}
