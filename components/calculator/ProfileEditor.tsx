'use client';

import { levelName } from '@/lib/policy/names';
import { profileDefaults } from '@/lib/policy/profile';
import type { RuleBook } from '@/lib/policy/spec';
import { PROFILE_LEVELS, type DraftProfile, type LevelKey } from '@/lib/scenario/draft';
import { fieldId } from '@/lib/scenario/form-errors';
import type { CityId, SchemeId } from '@/lib/scenario/types';
import { AmountField, TextField } from './fields';

interface Props {
  rules: RuleBook;
  city: CityId;
  scheme: SchemeId;
  profile: DraftProfile | undefined;
  onChange: (profile: DraftProfile) => void;
  errorOf: (path: string) => string | undefined;
  onBlur: (path: string) => void;
}

/** "全国参考标准（可修改）": 002's national reference figures, every one editable. */
export function ProfileEditor({ rules, city, scheme, profile, onChange, errorOf, onBlur }: Props) {
  const spec = rules[city];
  if (!spec) return null;
  const base = profileDefaults(spec, scheme);
  const p = profile ?? {};
  const segments = p.criticalSegments ?? base.criticalSegments.map((s) => ({ upTo: s.upTo ?? '', ratio: s.ratio }));
  const byLevel = (key: 'deductible' | 'ratio', level: LevelKey) => p[key]?.[level] ?? base[key][level];
  const setLevel = (key: 'deductible' | 'ratio', level: LevelKey, value: string) => onChange({ ...p, [key]: { ...p[key], [level]: value } });
  const setSegment = (i: number, k: 'upTo' | 'ratio', value: string) =>
    onChange({ ...p, criticalSegments: segments.map((s, j) => (j === i ? { ...s, [k]: value } : s)) });
  const field = (path: string) => ({ id: fieldId(path), error: errorOf(path), onBlur: () => onBlur(path) });
  const source = `/${spec.asOf.source}/`;

  return (
    <fieldset className="rounded-xl border border-slate-300 bg-white p-3">
      <legend className="rounded bg-white px-1 text-lg font-bold">当地的报销标准</legend>
      <p className="text-[0.9375rem] text-muted">
        下面预先填好的是国家医保局公布的 2025 年城乡居民医保全国参考数（
        <a href={source} className="text-brand-700 underline">
          全国参考
        </a>
        ），各地差别很大，只能粗略参考。请按当地医保部门公布的标准修改：起付线、报销比例、年度限额和大病保险。
      </p>

      <h3 className="mt-3 font-bold">住院</h3>
      <div className="mt-1 grid gap-3">
        {PROFILE_LEVELS.map((level) => (
          <div key={level} className="grid gap-2 sm:grid-cols-2">
            <AmountField
              {...field(`profile.deductible.${level}`)}
              label={`${levelName(spec, level)}起付线`}
              value={byLevel('deductible', level)}
              onChange={(v) => setLevel('deductible', level, v)}
            />
            <TextField
              {...field(`profile.ratio.${level}`)}
              label={`${levelName(spec, level)}报销比例`}
              inputMode="decimal"
              suffix="%"
              width="w-24"
              value={byLevel('ratio', level)}
              onChange={(v) => setLevel('ratio', level, v)}
            />
          </div>
        ))}
        <AmountField
          {...field('profile.annualCap')}
          label="统筹基金年度最高支付限额"
          hint="不填表示不设限额"
          value={p.annualCap ?? base.annualCap}
          onChange={(annualCap) => onChange({ ...p, annualCap })}
        />
      </div>

      <h3 className="mt-4 font-bold">大病保险</h3>
      <div className="mt-1 grid gap-3">
        <AmountField
          {...field('profile.criticalDeductible')}
          label="大病保险起付线"
          hint="一年累计个人自付（医保范围内）超过这个数，超出部分由大病保险按下面的分段报销"
          value={p.criticalDeductible ?? base.criticalDeductible}
          onChange={(criticalDeductible) => onChange({ ...p, criticalDeductible })}
        />
        {segments.map((s, i) => {
          const last = i === segments.length - 1;
          return (
            <div key={i} className="grid gap-2 rounded-lg bg-slate-50 p-2 sm:grid-cols-2">
              <AmountField
                {...field(`profile.criticalSegments[${i}].upTo`)}
                label={`第 ${i + 1} 段：超过起付线的部分，累计到`}
                hint={last ? '最后一段可以不填（不设上限）' : undefined}
                value={s.upTo}
                onChange={(v) => setSegment(i, 'upTo', v)}
              />
              <TextField
                {...field(`profile.criticalSegments[${i}].ratio`)}
                label={`第 ${i + 1} 段报销比例`}
                inputMode="decimal"
                suffix="%"
                width="w-24"
                value={s.ratio}
                onChange={(v) => setSegment(i, 'ratio', v)}
              />
            </div>
          );
        })}
        <AmountField
          {...field('profile.criticalCap')}
          label="大病保险年度最高支付限额"
          hint="不填表示不设限额"
          value={p.criticalCap ?? base.criticalCap}
          onChange={(criticalCap) => onChange({ ...p, criticalCap })}
        />
      </div>
      {profile && Object.keys(profile).length > 0 && (
        <button type="button" onClick={() => onChange({})} className="tap mt-3 rounded-lg border border-slate-500 px-3 font-bold hover:bg-slate-100">
          恢复全国参考数
        </button>
      )}
    </fieldset>
  );
}
