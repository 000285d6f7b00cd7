import { ASSISTANCE_LABELS, CONDITION_LABELS, DELIVERY_LABELS, SCHEME_LABELS } from './labels';
import { handbookCityOf, levelName } from './names';
import type { BandSpec, CitySpec, EventSpec, LayerSpec, Lookup, SchemeSpec } from './spec';
import type { AssistanceStatus, Delivery, Level, Place, SchemeId } from './vocabulary';

/**
 * 明白纸: one printable page per city and scheme, made from the city's rules (content/<city>/rules.yaml)
 * — never typed again. Every number on a sheet is a `SheetNumber` that carries the path of the rules
 * value it was read from, so lib/policy/sheet.test.ts can check each one against the rules, and the
 * page (app/sheet) can write nothing that is not one of them.
 */

export interface SheetNumber {
  value: number;
  /** Where in the city's rules it was read: `schemes.resident.events.inpatient.deductible.amount.values.local.level3`. */
  path: string;
  unit: 'yuan' | 'percent' | 'points' | 'days' | 'weeks' | 'months' | 'year';
  /** Written without its sign (a delta of −10 after 降低). */
  abs?: true;
}
export type Part = string | SheetNumber;
export interface SheetLine {
  parts: Part[];
  source: string;
}
export interface SheetTable {
  caption: string;
  /** Column headings (a band's limits are numbers too). */
  head: Part[][];
  rows: Part[][][];
  /** A short name for each row (乡镇、一级 …), used where rows that say the same are merged into one. */
  rowShort?: string[];
  source: string;
}
export interface SheetSection {
  id: string;
  title: string;
  lines: SheetLine[];
  tables: SheetTable[];
}
export interface Sheet {
  /** bazhong-resident: the page's address /sheet/<id>/ */
  id: string;
  rulesCity: string;
  /** The handbook city (content/<city>/) whose document the rules come from. */
  contentCity: string;
  scheme: SchemeId;
  cityName: string;
  schemeName: string;
  asOf: { date: string; note?: string; source: string };
  sections: SheetSection[];
}

/** The (rules city, scheme) pairs that have a sheet, with the content city whose handbook they come from. */
export function sheetIds(rules: Record<string, CitySpec>): { id: string; rulesCity: string; scheme: SchemeId }[] {
  return Object.values(rules).flatMap((spec) =>
    (['employee', 'resident'] as const)
      .filter((scheme) => spec.schemes[scheme] && spec.sheet?.[scheme])
      .map((scheme) => ({ id: `${handbookCityOf(spec)}-${scheme}`, rulesCity: spec.city, scheme })),
  );
}


/** Hospital levels in two or three characters, for a table's heading (the rows keep the handbook's names). */
const LEVEL_SHORT: Record<Level, string> = { township: '乡镇', village: '村', level1: '一级', level2: '二级', level3: '三级', 'level3-provincial': '省级三级', pharmacy: '药店' };

const n = (value: number, path: (string | number)[], unit: SheetNumber['unit']): SheetNumber => ({ value, path: path.join('.'), unit });

/** A lookup's value for the given keys (dimension → key), with the path of that value; undefined where there is none. */
function pick(value: Lookup | undefined, keys: Record<string, string | number>, path: (string | number)[], unit: SheetNumber['unit']): SheetNumber | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return n(value, path, unit);
  let node: unknown = value.values;
  const at: (string | number)[] = [...path, 'values'];
  for (const dimension of value.by) {
    const k = dimension === 'admission' ? Number(keys.admission ?? 1) - 1 : keys[dimension];
    if (k === undefined || node === null || typeof node !== 'object') return undefined;
    const list = node as Record<string | number, unknown>;
    const index = Array.isArray(node) ? Math.min(Number(k), node.length - 1) : k;
    node = list[index];
    at.push(index);
  }
  return typeof node === 'number' ? n(node, at, unit) : undefined;
}

/** The members of the groupings a lookup depends on, as key sets with a label (成年居民 / 学生及未成年). */
function groupVariants(s: SchemeSpec, lookups: (Lookup | undefined)[]): { label: string; keys: Record<string, string> }[] {
  const groupings = [...new Set(lookups.flatMap((l) => (l && typeof l === 'object' ? l.by.filter((b) => s.groups?.[b]) : [])))];
  let out = [{ label: '', keys: {} as Record<string, string> }];
  for (const g of groupings) {
    const members = [...(s.groups?.[g] ?? [])].reverse(); // the default (last) member first
    out = out.flatMap((o) => members.map((m) => ({ label: [o.label, m.label].filter(Boolean).join('，'), keys: { ...o.keys, [g]: m.id } })));
  }
  return out;
}

const with_ = (label: string, what: string) => (label ? `${what}（${label}）` : what);

function inpatientSection(city: CitySpec, scheme: SchemeId, s: SchemeSpec, base: (string | number)[]): SheetSection | null {
  const e = s.events.inpatient;
  if (!e || e.unavailable || !e.levels || !e.deductible || !e.pay) return null;
  const p = [...base, 'events', 'inpatient'];
  const d = e.deductible;
  const ratioLookups = e.pay.kind === 'ratio' ? [e.pay.ratio] : e.pay.kind === 'bands' ? e.pay.bands.map((b) => b.ratio) : [];
  const dv = groupVariants(s, [d.amount]);
  const rv = groupVariants(s, ratioLookups);
  const editable = s.editable ?? {};
  const byAdmission = typeof d.amount === 'object' && d.amount !== null && d.amount.by.includes('admission');
  const head = ['医院等级'];
  for (const v of dv) head.push(with_(v.label, byAdmission ? '起付线（第一次／第二次／第三次起）' : '起付线'));
  if (e.pay.kind === 'ratio' || (e.pay.kind === 'bands' && e.pay.of === 'bill')) for (const v of rv) head.push(with_(v.label, '报销比例'));
  const rows = e.levels.map((level) => {
    const row: Part[][] = [[levelName(city, level)]];
    for (const v of dv) {
      const keys = { level, where: 'local', scheme, ...v.keys };
      const times = byAdmission ? [1, 2, 3] : [1];
      const cell: Part[] = [];
      if (editable.deductible) cell.push('各地不同');
      else
        times.forEach((admission, i) => {
          const amount = pick(d.amount, { ...keys, admission }, [...p, 'deductible', 'amount'], 'yuan');
          if (i) cell.push('/');
          if (amount) cell.push(amount);
        });
      row.push(cell);
    }
    if (e.pay!.kind === 'ratio') {
      for (const v of rv) {
        const ratio = pick(e.pay!.ratio, { level, where: 'local', scheme, ...v.keys }, [...p, 'pay', 'ratio'], 'percent') ?? '—';
        row.push(editable.ratio ? ['不低于', ratio] : [ratio]);
      }
    } else if (e.pay!.kind === 'bands' && e.pay!.of === 'bill') {
      const bands = e.pay!.bands;
      for (const v of rv) {
        const cell: Part[] = [];
        bands.forEach((b, i) => {
          if (i) cell.push('/');
          cell.push(pick(b.ratio, { level, where: 'local', scheme, ...v.keys }, [...p, 'pay', 'bands', i, 'ratio'], 'percent') ?? '—');
        });
        row.push(cell);
      }
    }
    return row;
  });
  const tables: SheetTable[] = [{ caption: `住院：起付线和报销比例（${e.places?.local?.label ?? '本地定点医疗机构'}）`, head: head.map((h) => [h]), rows, rowShort: e.levels.map((l) => LEVEL_SHORT[l]), source: d.source }];
  const lines: SheetLine[] = [];
  // A deductible scaled for a group (学生及未成年 pay half): said once, under the table.
  for (const v of groupVariants(s, [d.factor])) {
    const factor = pick(d.factor, { scheme, ...v.keys }, [...p, 'deductible', 'factor'], 'percent');
    if (factor && factor.value !== 100) lines.push({ parts: [`${v.label}：起付线按上表的`, factor, '计算'], source: d.source });
  }
  if (editable.deductible) lines.push({ parts: ['起付线和年度最高支付限额各地不同，请看当地医保部门公布的标准'], source: d.source });
  if (e.pay.kind === 'bands' && e.pay.of === 'bill') {
    lines.push({ parts: ['报销比例按这次住院的费用分段：', ...bandLimits(e.pay.bands, [...p, 'pay', 'bands'])], source: e.pay.source });
  }
  if (e.pay.kind === 'bands' && e.pay.of === 'year') {
    const cell: Part[] = ['报销比例按一年累计的费用分段，与医院等级无关：'];
    const yearBands = e.pay.bands;
    yearBands.forEach((b, i) => {
      if (i) cell.push('；');
      cell.push(...bandRange(yearBands, i, [...p, 'pay', 'bands']), ' ');
      cell.push(pick(b.ratio, { scheme }, [...p, 'pay', 'bands', i, 'ratio'], 'percent') ?? '—');
    });
    lines.push({ parts: cell, source: e.pay.source });
  }
  if (e.classB && e.classB.selfPay > 0) lines.push({ parts: ['乙类药品和诊疗项目先由个人负担', n(e.classB.selfPay, [...p, 'classB', 'selfPay'], 'percent'), '，再按比例报销'], source: e.classB.source });
  const cap = e.caps?.find((c) => c.amount !== undefined && !c.diseases && !c.conditions);
  if (cap) {
    const i = e.caps!.indexOf(cap);
    const amount = pick(cap.amount, { scheme }, [...p, 'caps', i, 'amount'], 'yuan');
    if (amount) lines.push({ parts: [`${cap.called}：`, amount], source: cap.source });
  }
  return { id: 'inpatient', title: '住院', lines, tables: [...tables, ...placeTable(city, scheme, s, e, p)] };
}

/** 起付线–3万元、3万–6万元、6万元以上: the limits of each band. */
function bandRange(bands: BandSpec[], i: number, path: (string | number)[]): Part[] {
  const lower = i === 0 ? null : bands[i - 1]!.upTo;
  const upper = bands[i]!.upTo;
  const parts: Part[] = [];
  if (lower === null) parts.push('起付线以上');
  else parts.push(n(lower, [...path, i - 1, 'upTo'], 'yuan'));
  if (upper !== null) parts.push('至', n(upper, [...path, i, 'upTo'], 'yuan'));
  else if (lower !== null) parts.push('以上');
  return parts;
}

function bandLimits(bands: BandSpec[], path: (string | number)[]): Part[] {
  const parts: Part[] = [];
  bands.forEach((_, i) => {
    if (i) parts.push('、');
    parts.push(...bandRange(bands, i, path));
  });
  parts.push('（表中比例依次对应各段）');
  return parts;
}

/** 住院 elsewhere than at home (市外, 异地): each place's deductible and ratios, where the rules tell them apart. */
function placeTable(city: CitySpec, scheme: SchemeId, s: SchemeSpec, e: EventSpec, p: (string | number)[]): SheetTable[] {
  const places = (Object.keys(e.places ?? {}) as Place[]).filter((x) => x !== 'local');
  if (!places.length || !e.levels || !e.deductible || !e.pay) return [];
  const d = e.deductible;
  const dependsOnPlace = (l: Lookup | undefined) => typeof l === 'object' && l !== null && l.by.includes('where');
  const pay = e.pay;
  const payByPlace = (pay.kind === 'ratio' && dependsOnPlace(pay.ratio)) || (pay.kind === 'bands' && pay.places !== undefined);
  if (!dependsOnPlace(d.amount) && !payByPlace) return [];
  const variant = groupVariants(s, [d.amount])[0]!;
  const rows = places.map((where) => {
    const keys = { where, scheme, ...variant.keys };
    const deductibles = e.levels!.map((level) => pick(d.amount, { ...keys, level }, [...p, 'deductible', 'amount'], 'yuan'));
    const local = e.levels!.map((level) => pick(d.amount, { ...keys, where: 'local', level }, [...p, 'deductible', 'amount'], 'yuan'));
    const same = deductibles.every((x) => x && x.value === deductibles[0]?.value);
    const asLocal = deductibles.every((x, i) => x?.value === local[i]?.value);
    const dCell: Part[] = asLocal ? ['同本地'] : same && deductibles[0] ? [deductibles[0]] : deductibles.flatMap((x, i) => (i ? ['/', x ?? '—'] : [x ?? '—']));
    let rCell: Part[] = [];
    if (pay.kind === 'ratio') {
      const ratios = e.levels!.map((level) => pick(pay.ratio, { ...keys, level }, [...p, 'pay', 'ratio'], 'percent'));
      const localRatios = e.levels!.map((level) => pick(pay.ratio, { ...keys, where: 'local', level }, [...p, 'pay', 'ratio'], 'percent'));
      rCell = ratios.every((r, i) => r?.value === localRatios[i]?.value) ? ['同本地'] : ratios.flatMap((r, i) => (i ? ['/', r ?? '—'] : [r ?? '—']));
    } else if (pay.kind === 'bands' && pay.places?.[where]) {
      const adj = pay.places[where]!;
      rCell =
        adj.flat !== undefined
          ? ['统一', n(adj.flat, [...p, 'pay', 'places', where, 'flat'], 'percent')]
          : adj.delta !== undefined && adj.delta !== 0
            ? [adj.delta < 0 ? '各段比例降低' : '各段比例提高', { ...n(adj.delta, [...p, 'pay', 'places', where, 'delta'], 'points'), abs: true }]
            : ['同本地'];
    } else rCell = ['同本地'];
    return [[e.places![where]!.label], dCell, rCell];
  });
  const levels = e.levels.map((l) => LEVEL_SHORT[l]).join('/');
  return [{ caption: '在外地住院（备案情况不同，待遇不同）', head: [['情形'], ['起付线'], [pay.kind === 'ratio' ? `报销比例（${levels}）` : '报销比例']], rows, source: d.source }];
}

/** What one layer (公务员补助, 大病保险, 医疗救助 …) says on the sheet, `p` being its path in the rules. */
function layerOutput(s: SchemeSpec, layer: LayerSpec, p: (string | number)[], scheme: SchemeId): { lines: SheetLine[]; tables: SheetTable[] } {
  if (layer.kind === 'shareRatio') {
    return {
      lines: [{ parts: [`${layer.label}：基本医保报销后个人负担的部分，再报销`, n(layer.ratio, [...p, 'ratio'], 'percent'), '，每年最多', n(layer.cap, [...p, 'cap'], 'yuan')], source: layer.source }],
      tables: [],
    };
  }
  if (layer.kind === 'cumulative') {
    const variants = groupVariants(s, [layer.deductible, ...layer.bands.map((b) => b.ratio), layer.cap]);
    const label = `${layer.label}${s.editable?.criticalSegments ? '（示例，各地不同）' : ''}`;
    const bandName = (bi: number): Part[] => {
      const b = layer.bands[bi]!;
      const lower = bi === 0 ? null : layer.bands[bi - 1]!.upTo;
      if (b.upTo !== null) return [...(lower === null ? [] : [n(lower, [...p, 'bands', bi - 1, 'upTo'], 'yuan'), '至']), n(b.upTo, [...p, 'bands', bi, 'upTo'], 'yuan'), '以内'];
      return lower !== null ? [n(lower, [...p, 'bands', bi - 1, 'upTo'], 'yuan'), '以上'] : ['全部'];
    };
    const lines: SheetLine[] = [];
    const tables: SheetTable[] = [];
    if (variants.length > 1) {
      // One row per group of persons: 起付线, each band's ratio, the cap.
      tables.push({
        caption: `${label}：${layer.base}超过起付线的部分，分段报销`,
        head: [['人员'], ['起付线'], ...layer.bands.map((_, bi) => bandName(bi)), ['年度限额']],
        rows: variants.map((v) => {
          const keys = { scheme, ...v.keys };
          const deductible = pick(layer.deductible, keys, [...p, 'deductible'], 'yuan');
          return [
            [v.label],
            [deductible && deductible.value > 0 ? deductible : '无'],
            ...layer.bands.map((b, bi) => [pick(b.ratio, keys, [...p, 'bands', bi, 'ratio'], 'percent') ?? '—']),
            [pick(layer.cap, keys, [...p, 'cap'], 'yuan') ?? '不设'],
          ];
        }),
        source: layer.source,
      });
    } else {
      const keys = { scheme, ...variants[0]!.keys };
      const deductible = pick(layer.deductible, keys, [...p, 'deductible'], 'yuan');
      const parts: Part[] =
        deductible && deductible.value > 0 ? [label, `：${layer.base}超过起付线`, deductible, '的部分，'] : [label, `：不设起付线，${layer.base}`];
      layer.bands.forEach((b, bi) => {
        if (bi) parts.push('，');
        parts.push(...bandName(bi), '报', pick(b.ratio, keys, [...p, 'bands', bi, 'ratio'], 'percent') ?? '—');
      });
      const cap = pick(layer.cap, keys, [...p, 'cap'], 'yuan');
      if (cap) parts.push('；每年最多', cap);
      lines.push({ parts, source: layer.source });
    }
    if (layer.favoured) {
      const f = layer.favoured;
      lines.push({
        parts: [
          '特困人员、孤儿、低保对象：起付线按',
          n(f.deductiblePercent, [...p, 'favoured', 'deductiblePercent'], 'percent'),
          '计算，各段比例提高',
          n(f.ratioPlus, [...p, 'favoured', 'ratioPlus'], 'points'),
          f.uncapped ? '，不设年度最高限额' : '',
        ],
        source: f.source,
      });
    }
    return { lines, tables };
  }
  const statuses = Object.keys(layer.statuses) as AssistanceStatus[];
  return {
    tables: [
      {
        caption: '医疗救助（医保报销后个人负担的政策范围内费用；起付线按上年度居民人均可支配收入的百分比）',
        head: [['救助对象'], ['起付线'], ['救助比例'], ['年度限额']],
        rows: statuses.map((st) => [
          [ASSISTANCE_LABELS[st]],
          [n(layer.statuses[st]!.deductiblePercent, [...p, 'statuses', st, 'deductiblePercent'], 'percent')],
          [n(layer.statuses[st]!.ratio, [...p, 'statuses', st, 'ratio'], 'percent')],
          [n(layer.statuses[st]!.cap, [...p, 'statuses', st, 'cap'], 'yuan')],
        ]),
        source: layer.source,
      },
    ],
    lines: [
      {
        parts: [`倾斜救助（${layer.tilted.who}）：一年个人负担超过`, n(layer.tilted.threshold, [...p, 'tilted', 'threshold'], 'yuan'), '的部分，再救助一部分，每年最多', n(layer.tilted.cap, [...p, 'tilted', 'cap'], 'yuan')],
        source: layer.source,
      },
    ],
  };
}

/** 大病保险 and the other layers after the basic fund, then 医疗救助, as the 住院 rules list them. */
function layersSection(s: SchemeSpec, scheme: SchemeId, base: (string | number)[]): SheetSection[] {
  const layers = s.events.inpatient?.layers ?? [];
  const out = layers.map((layer, i) => ({ assistance: layer.kind === 'assistance', ...layerOutput(s, layer, [...base, 'events', 'inpatient', 'layers', i], scheme) }));
  const section = (id: string, title: string, list: typeof out): SheetSection[] =>
    list.length ? [{ id, title, lines: list.flatMap((o) => o.lines), tables: list.flatMap((o) => o.tables) }] : [];
  return [...section('critical', '大病保险和补充保险', out.filter((o) => !o.assistance)), ...section('assistance', '医疗救助', out.filter((o) => o.assistance))];
}

function outpatientSection(city: CitySpec, scheme: SchemeId, s: SchemeSpec, base: (string | number)[]): SheetSection | null {
  const lines: SheetLine[] = [];
  const tables: SheetTable[] = [];
  const o = s.events.outpatient;
  if (o && !o.unavailable && o.pay) {
    const p = [...base, 'events', 'outpatient'];
    const lookups = [o.deductible?.amount, o.pay.kind === 'ratio' ? o.pay.ratio : undefined, ...(o.caps ?? []).map((c) => c.amount)];
    const variants = groupVariants(s, lookups);
    const levels = o.levels ?? [];
    const levelDependent = lookups.some((l) => typeof l === 'object' && l !== null && l.by.includes('level'));
    if (levelDependent && levels.length) {
      const head = ['医院等级', ...variants.flatMap((v) => [with_(v.label, '起付线'), with_(v.label, '报销比例')])];
      const rows = levels.map((level) => [
        [levelName(city, level)],
        ...variants.flatMap((v) => {
          const keys = { level, scheme, ...v.keys };
          return [
            [o.deductible ? (pick(o.deductible.amount, keys, [...p, 'deductible', 'amount'], 'yuan') ?? '—') : '无'],
            [o.pay!.kind === 'ratio' ? (pick(o.pay!.ratio, keys, [...p, 'pay', 'ratio'], 'percent') ?? '—') : '—'],
          ];
        }),
      ]);
      tables.push({ caption: '普通门诊（门诊统筹；起付线一年一次）', head: head.map((h) => [h]), rows, rowShort: levels.map((l) => LEVEL_SHORT[l]), source: o.pay.source });
    } else if (o.pay.kind === 'ratio') {
      for (const v of variants) {
        const keys = { scheme, ...v.keys };
        const parts: Part[] = [with_(v.label, '普通门诊（门诊统筹）'), '：'];
        const d = o.deductible ? pick(o.deductible.amount, keys, [...p, 'deductible', 'amount'], 'yuan') : undefined;
        parts.push(d ? '一年起付线' : '不设起付线');
        if (d) parts.push(d);
        parts.push('，报销', pick(o.pay.ratio, keys, [...p, 'pay', 'ratio'], 'percent') ?? '—');
        lines.push({ parts, source: o.pay.source });
      }
    }
    (o.caps ?? []).forEach((c, i) => {
      if (c.amount === undefined) return;
      for (const v of groupVariants(s, [c.amount])) {
        const amount = pick(c.amount, { scheme, ...v.keys }, [...p, 'caps', i, 'amount'], 'yuan');
        if (amount) lines.push({ parts: [with_(v.label, c.called), '：', amount], source: c.source });
      }
    });
    (o.layers ?? []).forEach((layer, i) => {
      if (layer.kind === 'shareRatio') lines.push({ parts: [`${layer.label}：报销后个人负担的部分再报`, n(layer.ratio, [...p, 'layers', i, 'ratio'], 'percent'), '，每年最多', n(layer.cap, [...p, 'layers', i, 'cap'], 'yuan')], source: layer.source });
    });
  }
  const injury = s.events.injury;
  if (injury && !injury.unavailable && injury.pay?.kind === 'ratio' && injury.deductible) {
    const p = [...base, 'events', 'injury'];
    const capIndex = (injury.caps ?? []).findIndex((c) => c.amount !== undefined);
    const cap = capIndex >= 0 ? pick(injury.caps![capIndex]!.amount, { scheme }, [...p, 'caps', capIndex, 'amount'], 'yuan') : undefined;
    lines.push({
      parts: ['意外伤害门诊：超过', pick(injury.deductible.amount, { scheme }, [...p, 'deductible', 'amount'], 'yuan') ?? '—', '的部分报销', pick(injury.pay.ratio, { scheme }, [...p, 'pay', 'ratio'], 'percent') ?? '—', ...(cap ? ['，每年最多', cap] : [])],
      source: injury.pay.source,
    });
  }
  if (injury && !injury.unavailable && injury.pay?.kind === 'bands' && injury.deductible) {
    const p = [...base, 'events', 'injury'];
    const deductible = pick(injury.deductible.amount, { scheme }, [...p, 'deductible', 'amount'], 'yuan');
    const band = injury.pay.bands[0]!;
    const ratio = pick(band.ratio, { scheme }, [...p, 'pay', 'bands', 0, 'ratio'], 'percent');
    lines.push({
      parts: ['门诊外伤', injury.onlyFor ? '（学生和未成年人）' : '', '：超过', deductible ?? '—', '的部分报销', ratio ?? '—', ...(band.upTo !== null ? ['，计算的费用不超过起付线以上', n(band.upTo, [...p, 'pay', 'bands', 0, 'upTo'], 'yuan')] : [])],
      source: injury.pay.source,
    });
  }
  return lines.length || tables.length ? { id: 'outpatient', title: '门诊', lines, tables } : null;
}

function chronicSection(city: CitySpec, scheme: SchemeId, s: SchemeSpec, base: (string | number)[]): SheetSection | null {
  const lines: SheetLine[] = [];
  const c = s.events.chronic;
  if (c && !c.unavailable && c.pay?.kind === 'ratio') {
    const p = [...base, 'events', 'chronic'];
    const parts: Part[] = ['门诊慢性病：认定后，政策范围内的门诊费用报销', pick(c.pay.ratio, { scheme }, [...p, 'pay', 'ratio'], 'percent') ?? '—'];
    const capIndex = (c.caps ?? []).findIndex((x) => x.diseases);
    const cap = capIndex >= 0 ? c.caps![capIndex]! : undefined;
    const catalogue = c.catalogue ? city.diseases?.[c.catalogue] : undefined;
    if (cap && catalogue) {
      const caps = catalogue.list
        .map((d, i) => ({ value: capOf(d.cap, catalogue.capBy, scheme), i }))
        .filter((x): x is { value: { value: number; keys: (string | number)[] }; i: number } => x.value !== null);
      if (caps.length) {
        const lo = caps.reduce((a, b) => (b.value.value < a.value.value ? b : a));
        const hi = caps.reduce((a, b) => (b.value.value > a.value.value ? b : a));
        parts.push('，每种病每年限额', n(lo.value.value, ['diseases', c.catalogue!, 'list', lo.i, 'cap', ...lo.value.keys], 'yuan'), '至', n(hi.value.value, ['diseases', c.catalogue!, 'list', hi.i, 'cap', ...hi.value.keys], 'yuan'));
        if (cap.diseases === 'highest') parts.push(cap.extraPerDisease ? '，多种病在最高限额上每多一种加' : '，患多种病的按其中最高的限额');
        if (cap.extraPerDisease) parts.push(n(cap.extraPerDisease, [...p, 'caps', capIndex, 'extraPerDisease'], 'yuan'));
      }
    }
    lines.push({ parts, source: c.pay.source });
  }
  const sp = s.events.special;
  if (sp && !sp.unavailable && sp.pay && sp.deductible) {
    const p = [...base, 'events', 'special'];
    const parts: Part[] = ['门诊特殊疾病：一年扣一次起付线'];
    if (sp.deductible.atLevel) {
      const d = pick(sp.deductible.amount, { level: sp.deductible.atLevel, where: 'local', scheme }, [...p, 'deductible', 'amount'], 'yuan');
      parts.push(`（按${levelName(city, sp.deductible.atLevel)}住院标准`, ...(d ? [d] : []), '）');
    } else parts.push('（按住院标准）');
    if (sp.pay.kind === 'ratio') parts.push('，再报销', pick(sp.pay.ratio, { scheme }, [...p, 'pay', 'ratio'], 'percent') ?? '—');
    else parts.push('，再按住院比例报销');
    lines.push({ parts, source: sp.pay.source });
  }
  const t = s.events.twoDiseases;
  if (t && !t.unavailable && t.pay?.kind === 'ratio') {
    const p = [...base, 'events', 'twoDiseases'];
    const capIndex = (t.caps ?? []).findIndex((x) => x.conditions);
    const cap = t.caps?.[capIndex]?.conditions;
    const parts: Part[] = ['“两病”门诊用药：报销', pick(t.pay.ratio, { scheme }, [...p, 'pay', 'ratio'], 'percent') ?? '—'];
    if (cap) {
      parts.push(`，每年最多：${CONDITION_LABELS.hypertension}`, n(cap.hypertension, [...p, 'caps', capIndex, 'conditions', 'hypertension'], 'yuan'));
      parts.push(`，${CONDITION_LABELS.diabetes}`, n(cap.diabetes, [...p, 'caps', capIndex, 'conditions', 'diabetes'], 'yuan'));
      parts.push('，两种都有', n(cap.both, [...p, 'caps', capIndex, 'conditions', 'both'], 'yuan'));
    }
    lines.push({ parts, source: t.pay.source });
  }
  const drug = s.events.drug;
  if (drug && !drug.unavailable && drug.pay?.kind === 'ratio') {
    const p = [...base, 'events', 'drug'];
    lines.push({ parts: ['单行支付药品：不设起付线，报销', pick(drug.pay.ratio, { scheme }, [...p, 'pay', 'ratio'], 'percent') ?? '—'], source: drug.pay.source });
  }
  return lines.length ? { id: 'chronic', title: '慢特病和特殊药品', lines, tables: [] } : null;
}

/** A disease's cap for a scheme (a number, or values by the catalogue's capBy), with the keys read. */
function capOf(cap: unknown, capBy: string[], scheme: SchemeId): { value: number; keys: (string | number)[] } | null {
  if (typeof cap === 'number') return { value: cap, keys: [] };
  if (cap && typeof cap === 'object' && capBy[0] === 'scheme') {
    const v = (cap as Record<string, unknown>)[scheme];
    if (typeof v === 'number') return { value: v, keys: [scheme] };
  }
  return null;
}

function maternitySection(scheme: SchemeId, s: SchemeSpec, base: (string | number)[]): SheetSection | null {
  const m = s.events.maternity;
  if (!m || m.unavailable || m.pay?.kind !== 'lumpSum') return null;
  const p = [...base, 'events', 'maternity'];
  const pay = m.pay;
  const deliveries = (m.deliveries ?? []).filter((x) => x !== 'termination') as Delivery[];
  const parts: Part[] = [`生育医疗费（${pay.called}）：`];
  deliveries.forEach((delivery, i) => {
    if (i) parts.push('，');
    parts.push(DELIVERY_LABELS[delivery], pick(pay.amount, { delivery, scheme }, [...p, 'pay', 'amount'], 'yuan') ?? '—');
  });
  if (pay.extraBaby?.amount) parts.push('；多胞胎每多一个加', n(pay.extraBaby.amount, [...p, 'pay', 'extraBaby', 'amount'], 'yuan'));
  if (pay.extraBaby?.percent) parts.push('；多胞胎每多一个加', n(pay.extraBaby.percent, [...p, 'pay', 'extraBaby', 'percent'], 'percent'));
  parts.push('，实际费用低于这个数的按实际');
  const lines: SheetLine[] = [{ parts, source: pay.source }];
  if (pay.termination) {
    const t: Part[] = ['终止妊娠：'];
    const bands = pay.termination.bands;
    bands.forEach((b, i) => {
      if (i) t.push('，');
      const tp = [...p, 'pay', 'termination', 'bands', i];
      if (b.belowWeeks !== undefined) t.push('不满', n(b.belowWeeks, [...tp, 'belowWeeks'], 'weeks'));
      else if (b.belowMonths !== undefined) t.push('不满', n(b.belowMonths, [...tp, 'belowMonths'], 'months'));
      else {
        const prev = bands[i - 1];
        if (prev?.belowWeeks !== undefined) t.push('满', n(prev.belowWeeks, [...p, 'pay', 'termination', 'bands', i - 1, 'belowWeeks'], 'weeks'));
        else if (prev?.belowMonths !== undefined) t.push('满', n(prev.belowMonths, [...p, 'pay', 'termination', 'bands', i - 1, 'belowMonths'], 'months'));
      }
      t.push(n(b.amount, [...tp, 'amount'], 'yuan'));
    });
    lines.push({ parts: t, source: pay.termination.source });
  }
  // What the handbook does not give (长春: 难产, 终止妊娠), in the rules' own words; the calculator's notes stay in the calculator.
  for (const [delivery, why] of Object.entries(m.deliveriesUnavailable ?? {})) lines.push({ parts: [`${DELIVERY_LABELS[delivery as Delivery]}：${why}`], source: pay.source });
  return { id: 'maternity', title: '生育', lines, tables: [] };
}

function contributionSection(spec: CitySpec, scheme: SchemeId): SheetSection | null {
  const facts = spec.sheet?.[scheme];
  const lines: SheetLine[] = [];
  facts?.contributions?.forEach((c, i) => {
    const p = ['sheet', scheme, 'contributions', i];
    const parts: Part[] = c.year !== undefined ? [`${c.who}（`, n(c.year, [...p, 'year'], 'year'), '）：'] : [`${c.who}：`];
    if (c.amount !== undefined) parts.push(n(c.amount, [...p, 'amount'], 'yuan'), c.unit ? c.unit.replace(/^元/, '') : '');
    if (c.percent !== undefined) parts.push(n(c.percent, [...p, 'percent'], 'percent'));
    if (c.note) parts.push(c.amount !== undefined || c.percent !== undefined ? `，${c.note}` : c.note);
    lines.push({ parts, source: c.source });
  });
  const rates = spec.tools?.contributions;
  if (!lines.length && rates && scheme === 'employee') {
    const p = ['tools', 'contributions'];
    for (const [key, r] of Object.entries(rates.rates)) {
      const parts: Part[] = [`${r.label}：`];
      if (r.unit === 0 && r.personal === 0) parts.push('不缴费');
      else {
        if (r.unit) parts.push('单位', n(r.unit, [...p, 'rates', key, 'unit'], 'percent'), '，');
        parts.push('个人', n(r.personal, [...p, 'rates', key, 'personal'], 'percent'));
        if (r.maternity) parts.push('；生育保险（单位）', n(r.maternity, [...p, 'rates', key, 'maternity'], 'percent'));
      }
      lines.push({ parts, source: rates.source });
    }
    lines.push({ parts: ['缴费基数不低于上年度全区在岗职工月平均工资的', n(rates.baseMinPercent, [...p, 'baseMinPercent'], 'percent'), '，不高于', n(rates.baseMaxPercent, [...p, 'baseMaxPercent'], 'percent')], source: rates.source });
  }
  return lines.length ? { id: 'contributions', title: '交多少钱', lines, tables: [] } : null;
}

function yidiSection(spec: CitySpec, scheme: SchemeId): SheetSection | null {
  const facts = spec.sheet?.[scheme];
  if (!facts) return null;
  return { id: 'yidi', title: '去外地看病：先备案', lines: facts.yidi.map((y) => ({ parts: [y.text], source: y.source })), tables: [] };
}

/** Rows that say the same (乡镇、一级、二级 alike) become one row, their first cells joined: a shorter sheet. */
function mergeAlikeRows(table: SheetTable): SheetTable {
  const keyOf = (row: Part[][]) => row.slice(1).map(partsText).join('|');
  const groups: { row: Part[][]; members: number[] }[] = [];
  table.rows.forEach((row, i) => {
    const same = groups.find((g) => keyOf(g.row) === keyOf(row));
    if (same) same.members.push(i);
    else groups.push({ row, members: [i] });
  });
  const name = (i: number): Part[] => (table.rowShort ? [table.rowShort[i]!] : table.rows[i]![0]!);
  const rows = groups.map(({ row, members }) =>
    members.length === 1 ? row : [members.flatMap((i, k) => (k ? ['、', ...name(i)] : name(i))), ...row.slice(1)],
  );
  return { ...table, rows, rowShort: undefined };
}

/**
 * Where a fact comes from, short enough for a printed line: the question's number where the section
 * has one (“一、医保住院待遇 普通住院 第2问” → 第2问), a book title by its last words (《…待遇指南》 → 待遇指南).
 */
export function shortSection(section: string): string {
  const question = /第\d+问/.exec(section);
  if (question) return question[0];
  return section.replace(/《[^》]*?([^《》]{1,4})》\s*/g, '$1·').replace(/·$/, '');
}

/** The 明白纸 of one city's scheme: every section its rules can fill, in the order a resident asks. */
export function buildSheet(spec: CitySpec, scheme: SchemeId): Sheet {
  const s = spec.schemes[scheme];
  if (!s) throw new Error(`${spec.city} has no ${scheme}`);
  const base = ['schemes', scheme];
  // 医疗救助 concerns fewer residents than 门诊 and 慢特病: after them.
  const layers = layersSection(s, scheme, base);
  const critical = layers.filter((x) => x.id !== 'assistance');
  const assistance = layers.filter((x) => x.id === 'assistance');
  const sections = [
    contributionSection(spec, scheme),
    inpatientSection(spec, scheme, s, base),
    ...critical,
    outpatientSection(spec, scheme, s, base),
    chronicSection(spec, scheme, s, base),
    maternitySection(scheme, s, base),
    ...assistance,
    yidiSection(spec, scheme),
  ]
    .filter((x): x is SheetSection => x !== null)
    .map((section) => ({ ...section, tables: section.tables.map(mergeAlikeRows) }));
  return {
    id: `${handbookCityOf(spec)}-${scheme}`,
    rulesCity: spec.city,
    contentCity: handbookCityOf(spec),
    scheme,
    cityName: spec.name,
    schemeName: SCHEME_LABELS[scheme],
    asOf: spec.asOf,
    sections,
  };
}

/** Every number of a sheet, for the test and the page. */
export function sheetNumbers(sheet: Sheet): SheetNumber[] {
  const parts = sheet.sections.flatMap((sec) => [...sec.lines.flatMap((l) => l.parts), ...sec.tables.flatMap((t) => [...t.head.flat(), ...t.rows.flat(2)])]);
  return parts.filter((x): x is SheetNumber => typeof x !== 'string');
}

/** How a sheet writes a number: 700元, 14万元, 60%, 120天. */
export function formatSheetNumber(x: SheetNumber): string {
  const v = x.abs ? Math.abs(x.value) : x.value;
  switch (x.unit) {
    case 'yuan':
      return v >= 10000 && v % 1000 === 0 ? `${v / 10000}万元` : `${v}元`;
    case 'percent':
      return `${v}%`;
    case 'points':
      return `${v}个百分点`;
    case 'year':
      return `${v}年度`;
    case 'days':
      return `${v}天`;
    case 'weeks':
      return `${v}周`;
    case 'months':
      return `${v}个月`;
  }
}

/** A line or cell as text. */
export function partsText(parts: Part[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : formatSheetNumber(p))).join('');
}
