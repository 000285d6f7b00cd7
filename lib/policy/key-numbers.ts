import { SCHEME_LABELS } from './labels';
import { groupingsOf, resolve, type Dimensions } from './lookup';
import { levelName, schemesOf } from './names';
import type { CitySpec, EventSpec, Lookup, RuleBook, SchemeSpec } from './spec';
import type { SchemeId } from './vocabulary';

/**
 * Small tables of the numbers residents ask first (住院 起付线 and 报销比例 by hospital level, the 大病
 * layer), read from any city's rules the same way, each citing its handbook entry.
 */
export interface KeyTable {
  title: string;
  columns: string[];
  rows: string[][];
  source: string;
  note?: string;
}

const wan = (n: number) => (n >= 10000 && n % 1000 === 0 ? `${n / 10000}万元` : `${n}元`);

/** The groups a table shows side by side: every member of the groupings the values depend on, the default one first. */
function variants(s: SchemeSpec, values: (Lookup | undefined)[]): { label: string; groups: Record<string, string> }[] {
  const groupings = [...new Set(values.flatMap((v) => groupingsOf(v, s)))];
  let out: { label: string; groups: Record<string, string> }[] = [{ label: '', groups: {} }];
  for (const g of groupings) {
    const members = [...(s.groups?.[g] ?? [])].reverse();
    out = out.flatMap((o) => members.map((m) => ({ label: [o.label, m.label].filter(Boolean).join('，'), groups: { ...o.groups, [g]: m.id } })));
  }
  return out;
}

function deductibleCell(e: EventSpec, dims: Dimensions, editable: boolean): string {
  const d = e.deductible;
  if (!d) return '无';
  if (editable) return '各地不同';
  const times = typeof d.amount === 'object' && d.amount !== null && d.amount.by.includes('admission') ? [1, 2, 3] : [1];
  const factor = d.factor === undefined ? 100 : (resolve(d.factor, dims) ?? 100);
  return times.map((n) => `${((resolve(d.amount, { ...dims, admission: n }) ?? 0) * factor) / 100}`).join('／') + '元';
}

function ratioCell(e: EventSpec, dims: Dimensions, editable: boolean): string {
  const p = e.pay;
  if (p?.kind === 'ratio') return `${resolve(p.ratio, dims)}%${editable ? '（全国参考）' : ''}`;
  if (p?.kind === 'bands') {
    const r = p.bands.map((b) => resolve(b.ratio, dims) ?? 0);
    return p.of === 'year' ? '按年度累计费用分段（见下表）' : `${r[0]}%–${r[r.length - 1]}%`;
  }
  return '—';
}

function schemeTables(city: CitySpec, schemeId: SchemeId, s: SchemeSpec): KeyTable[] {
  const e = s.events.inpatient;
  if (!e || e.unavailable || !e.levels) return [];
  const tables: KeyTable[] = [];
  const ratioLookups = e.pay?.kind === 'ratio' ? [e.pay.ratio] : e.pay?.kind === 'bands' ? e.pay.bands.map((b) => b.ratio) : [];
  const dv = variants(s, [e.deductible?.amount, e.deductible?.factor]);
  const rv = variants(s, ratioLookups);
  const head = (what: string, v: { label: string }[]) => v.map((x) => (x.label ? `${what}（${x.label}）` : what));
  const admissions = typeof e.deductible?.amount === 'object' && e.deductible.amount !== null && e.deductible.amount.by.includes('admission');
  const dims = (level: string, groups: Record<string, string>): Dimensions => ({ level, where: 'local', scheme: schemeId, assistance: 'none', groups });
  const cap = e.caps?.find((c) => c.amount !== undefined && !c.diseases && !c.conditions);
  const capValue = cap?.amount === undefined ? null : resolve(cap.amount, dims(e.levels[0] ?? 'level1', {}));
  tables.push({
    title: `${SCHEME_LABELS[schemeId]}住院${e.places?.local ? `（${e.places.local.label}）` : ''}`,
    columns: ['医院等级', ...head(admissions ? '起付线（第一次／第二次／第三次及以后）' : '起付线', dv), ...head('报销比例', rv)],
    rows: e.levels.map((l) => [levelName(city, l), ...dv.map((v) => deductibleCell(e, dims(l, v.groups), Boolean(s.editable?.deductible))), ...rv.map((v) => ratioCell(e, dims(l, v.groups), Boolean(s.editable?.ratio)))]),
    source: e.deductible?.source ?? e.eligible?.source ?? '',
    ...(capValue ? { note: `统筹基金年度最高支付 ${wan(capValue)}` } : {}),
  });
  if (e.pay?.kind === 'bands' && e.pay.of === 'year') {
    let lower = 0;
    tables.push({
      title: `${SCHEME_LABELS[schemeId]}住院报销比例（年度累计费用分段，与医院等级无关）`,
      columns: ['费用段', '报销比例'],
      rows: e.pay.bands.map((b) => {
        const row = [`${lower === 0 ? '起付线' : wan(lower)}–${b.upTo === null ? '' : wan(b.upTo)}`, `${resolve(b.ratio, dims(e.levels?.[0] ?? 'level1', {}))}%`];
        lower = b.upTo ?? lower;
        return row;
      }),
      source: e.pay.source,
    });
  }
  const layer = e.layers?.find((x) => x.kind === 'cumulative');
  if (layer?.kind === 'cumulative') {
    const d0 = dims(e.levels[0] ?? 'level1', {});
    const lv = variants(s, [layer.deductible, ...layer.bands.map((b) => b.ratio)]);
    const v = lv[0] ?? { label: '', groups: {} };
    let lower = 0;
    const cap = resolve(layer.cap, { ...d0, groups: v.groups });
    tables.push({
      title: `${layer.label}${v.label ? `（${v.label}）` : ''}`,
      columns: ['项目', '标准'],
      rows: [
        ['起付线', `${layer.base}超过${resolve(layer.deductible, { ...d0, groups: v.groups })}元`],
        ...layer.bands.map((b) => {
          const row = [lower === 0 && b.upTo !== null ? `超出部分${wan(b.upTo)}以内` : b.upTo === null ? `超出部分${wan(lower)}以上` : `超出部分${wan(lower)}至${wan(b.upTo)}`, `${resolve(b.ratio, { ...d0, groups: v.groups })}%`];
          lower = b.upTo ?? lower;
          return row;
        }),
        ['年度最高支付', cap === null ? '不设限额' : wan(cap)],
      ],
      source: layer.source,
    });
  }
  return tables;
}

/** The key tables of a city's page (a handbook city id; `national` shows the `custom` profile's reference figures). */
export function keyNumbers(rules: RuleBook, city: string): KeyTable[] {
  const id = city === 'national' ? Object.keys(rules).find((c) => rules[c]?.asOf.source.startsWith('national/')) : city;
  const spec = id ? rules[id] : undefined;
  if (!spec) return [];
  const schemes = schemesOf(rules, spec.city).sort((a, b) => (a === 'resident' ? -1 : b === 'resident' ? 1 : 0));
  return schemes.flatMap((s) => schemeTables(spec, s, spec.schemes[s] as SchemeSpec));
}
