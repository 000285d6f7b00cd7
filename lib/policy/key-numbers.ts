import { levelLabel } from '@/lib/scenario/labels';
import type { Level } from '@/lib/scenario/types';
import type { RuleBook } from './schema';

/** A small table of the numbers residents ask first (起付线 and 报销比例 by hospital level), each cited. */
export interface KeyTable {
  title: string;
  columns: string[];
  rows: string[][];
  source: string;
  note?: string;
}

const wan = (n: number) => (n >= 10000 && n % 1000 === 0 ? `${n / 10000}万元` : `${n}元`);

export function keyNumbers(rules: RuleBook, city: string): KeyTable[] {
  if (city === 'bazhong') {
    const b = rules.bazhong.schemes;
    const table = (scheme: 'employee' | 'resident', name: string): KeyTable => {
      const s = b[scheme];
      const local = s.inpatient.places.local?.table ?? {};
      return {
        title: `${name}住院（市内）`,
        columns: ['医院等级', '起付线', '报销比例'],
        rows: s.inpatient.levels.map((l) => [levelLabel('bazhong', l), `${local[l]?.[0]}元`, `${local[l]?.[1]}%`]),
        source: s.inpatient.source,
        note: `统筹基金年度最高支付 ${wan(s.basicCap.amount ?? 0)}`,
      };
    };
    const r = b.resident.critical;
    return [
      table('resident', '城乡居民'),
      table('employee', '职工'),
      {
        title: '城乡居民大病保险',
        columns: ['项目', '标准'],
        rows: [
          ['起付线（2025年）', `${r.deductible.amount}元`],
          ...r.segments.map((s, i) => [i === 0 ? `10万元以内` : s.upTo ? `10万至20万元` : `20万元以上`, `${s.ratio}%`]),
          ['年度最高赔付', wan(r.cap.amount ?? 0)],
        ],
        source: r.source,
      },
    ];
  }
  if (city === 'changchun') {
    const s = rules.changchun.schemes.resident;
    const ratios = (l: Level, who: 'adult' | 'student') => {
      const values = s.inpatient.segments.map((seg) => seg[who][l]);
      return `${values[0]}%–${values[values.length - 1]}%`;
    };
    return [
      {
        title: '城乡居民住院',
        columns: ['医院等级', '起付线', '报销比例（按费用分段）'],
        rows: [...s.inpatient.levels].reverse().map((l) => [levelLabel('changchun', l), `${s.inpatient.deductible[l]}元（学生${(s.inpatient.deductible[l] ?? 0) * s.inpatient.studentDeductibleFactor / 100}元）`, `${ratios(l, 'adult')}（学生${ratios(l, 'student')}）`]),
        source: s.inpatient.source,
        note: `乙类先自付10%；统筹基金年度最高支付 ${wan(s.basicCap.amount ?? 0)}；分段比例表据原文整理，以经办机构为准`,
      },
      {
        title: '大病补充保险和门诊',
        columns: ['项目', '标准'],
        rows: [
          ['大病补充保险起付', `个人年度累计支付超过${s.critical.deductible}元`],
          ['大病补充保险比例', s.critical.segments.map((x) => `${x.ratio}%`).join(' / ')],
          ['大病补充保险年度限额', wan(s.critical.cap)],
          ['门诊统筹', `${s.outpatient.ratio}%，年度${s.outpatient.cap}元`],
        ],
        source: s.critical.source,
      },
    ];
  }
  if (city === 'changdu') {
    const s = rules.changdu.schemes.employee;
    return [
      {
        title: '职工住院起付线（第一次／第二次／第三次）',
        columns: ['医院等级', '在职', '退休'],
        rows: s.inpatient.levels.map((l) => [levelLabel('changdu', l), (s.inpatient.deductible.active[l] ?? []).join('／'), (s.inpatient.deductible.retired[l] ?? []).join('／')]),
        source: s.inpatient.source,
      },
      {
        title: '职工住院报销比例（年度累计费用分段，与医院等级无关）',
        columns: ['费用段', '报销比例'],
        rows: s.inpatient.segments.list.map((seg, i, all) => [`${i === 0 ? '起付线' : wan(all[i - 1]?.upTo ?? 0)}–${wan(seg.upTo ?? 0)}`, `${seg.ratio}%`]),
        source: s.inpatient.segments.source,
        note: `统筹基金年度最高支付 ${wan(s.basicCap.amount ?? 0)}；乙类先自付10%`,
      },
    ];
  }
  if (city === 'national') {
    const s = rules.custom.schemes.resident;
    return [
      {
        title: '居民医保住院报销比例（全国参考，因地区而异）',
        columns: ['医院等级', '住院报销比例'],
        rows: s.inpatient.levels.map((l) => [levelLabel('custom', l), `不低于${s.inpatient.ratio[l]}%`]),
        source: s.inpatient.source,
      },
    ];
  }
  return [];
}
