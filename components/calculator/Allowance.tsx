'use client';

import { useEffect, useState } from 'react';
import { formatYuan, parseAmountInput } from '@/lib/money';
import type { Tools } from '@/lib/policy/spec';
import { maternityAllowance, type AllowanceEvent } from '@/lib/tools/employee';
import { AmountField, Checkbox, RadioGroup, TextField } from './fields';
import type { CalculatorContext } from './texts';

/**
 * 生育津贴 (职工 生育保险): how many days and how much, from the rules' tools.maternityAllowance (昌都),
 * every step citing its handbook entry. The answers stay in the address's fragment (#…), never sent.
 */
type Kind = AllowanceEvent['kind'];

interface Form {
  kind: Kind;
  difficult: boolean;
  babies: string;
  survivingTwoOrMore: boolean;
  lateFirstBirth: boolean;
  weeks: string;
  iud: boolean;
  implant: boolean;
  base: string;
  regional: string;
}

const EMPTY: Form = { kind: 'birth', difficult: false, babies: '1', survivingTwoOrMore: false, lateFirstBirth: false, weeks: '', iud: false, implant: false, base: '', regional: '' };

function readHash(): Form {
  try {
    const params = new URLSearchParams(window.location.hash.slice(1));
    const saved = params.get('a');
    return saved ? { ...EMPTY, ...(JSON.parse(decodeURIComponent(saved)) as Partial<Form>) } : EMPTY;
  } catch {
    return EMPTY;
  }
}

export function Allowance({
  tool,
  cityName,
  eligibility,
  context,
}: {
  tool: NonNullable<Tools['maternityAllowance']>;
  cityName: string;
  /** The entry that says who may claim (the maternity event's source). */
  eligibility: string;
  context: CalculatorContext;
}) {
  const [form, setForm] = useState<Form>(EMPTY);
  useEffect(() => setForm(readHash()), []);
  const set = (patch: Partial<Form>) => {
    const next = { ...form, ...patch };
    setForm(next);
    try {
      window.history.replaceState(window.history.state, '', `#a=${encodeURIComponent(JSON.stringify(next))}`);
    } catch {
      /* the form still works without the address */
    }
  };

  const base = parseAmountInput(form.base);
  const regional = form.regional.trim() ? parseAmountInput(form.regional) : null;
  const babies = Number(form.babies);
  const weeks = Number(form.weeks);
  const errors: Record<string, string> = {};
  if (form.base.trim() && !base.ok) errors.base = base.message;
  if (form.base.trim() && base.ok && base.value.isZero()) errors.base = '请填写单位上年度在岗职工月平均缴费工资基数（大于 0）';
  if (regional && !regional.ok) errors.regional = regional.message;
  if (form.kind === 'birth' && !(Number.isInteger(babies) && babies >= 1 && babies <= 9)) errors.babies = '请填写 1 到 9 之间的整数';
  if (form.kind === 'termination' && !(form.weeks.trim() && Number.isInteger(weeks) && weeks >= 1 && weeks <= 42)) errors.weeks = '请填写怀孕周数：1 到 42 之间的整数';

  const event: AllowanceEvent =
    form.kind === 'birth'
      ? { kind: 'birth', difficult: form.difficult, babies: Number.isInteger(babies) && babies > 0 ? babies : 1, survivingTwoOrMore: form.survivingTwoOrMore && babies > 1, lateFirstBirth: form.lateFirstBirth }
      : form.kind === 'termination'
        ? { kind: 'termination', weeks: weeks || 1, iud: form.iud, implant: form.implant }
        : form.kind === 'ectopic'
          ? { kind: 'ectopic', iud: form.iud, implant: form.implant }
          : { kind: 'sterilisation' };
  const ready = base.ok && !base.value.isZero() && Object.keys(errors).length === 0;
  const result = ready && base.ok ? maternityAllowance({ event, unitMonthlyAverageBase: base.value, regionalAnnualAverage: regional?.ok ? regional.value : undefined }, tool) : null;

  return (
    <div className="mt-4 grid gap-5">
      <RadioGroup
        id="allowance-kind"
        name="kind"
        legend="是什么情况？"
        options={[
          { value: 'birth', label: '生育（分娩）' },
          { value: 'termination', label: '终止妊娠（流产、引产）' },
          { value: 'ectopic', label: '宫外孕' },
          { value: 'sterilisation', label: '输卵（精）管结扎手术' },
        ]}
        value={form.kind}
        onChange={(kind) => set({ kind })}
      />
      {form.kind === 'birth' && (
        <>
          <Checkbox id="allowance-difficult" label="难产（含剖宫产）" checked={form.difficult} onChange={(difficult) => set({ difficult })} />
          <TextField id="allowance-babies" label="生了几个孩子" value={form.babies} onChange={(v) => set({ babies: v })} inputMode="numeric" suffix="个" width="w-24" error={errors.babies} />
          {babies > 1 && <Checkbox id="allowance-surviving" label="两个及以上婴儿存活满4个月" checked={form.survivingTwoOrMore} onChange={(survivingTwoOrMore) => set({ survivingTwoOrMore })} />}
          <Checkbox id="allowance-late" label="第一胎，晚育" checked={form.lateFirstBirth} onChange={(lateFirstBirth) => set({ lateFirstBirth })} />
        </>
      )}
      {form.kind === 'termination' && (
        <TextField id="allowance-weeks" label="怀孕多少周" value={form.weeks} onChange={(v) => set({ weeks: v })} inputMode="numeric" suffix="周" width="w-24" error={errors.weeks} />
      )}
      {(form.kind === 'termination' || form.kind === 'ectopic') && (
        <>
          <Checkbox id="allowance-iud" label="同时放置宫内节育器" checked={form.iud} onChange={(iud) => set({ iud })} />
          <Checkbox id="allowance-implant" label="同时做皮下埋植手术" checked={form.implant} onChange={(implant) => set({ implant })} />
        </>
      )}
      <AmountField
        id="allowance-base"
        label="单位上年度在岗职工月平均缴费工资基数"
        hint={`问单位的经办人或医保经办机构；生育津贴按它除以 ${tool.daysPerMonthOfPay} 天计算`}
        value={form.base}
        onChange={(v) => set({ base: v })}
        error={errors.base}
      />
      {form.kind === 'birth' && (
        <AmountField
          id="allowance-regional"
          label="全区上年度在岗职工年平均工资（可不填）"
          hint="填了就一并算一次性营养补助费"
          value={form.regional}
          onChange={(v) => set({ regional: v })}
          error={errors.regional}
        />
      )}
      <section aria-labelledby="allowance-result" aria-live="polite" className="rounded-xl border-2 border-brand-700 bg-white p-4">
        <h2 id="allowance-result" className="text-xl font-bold">
          算出来的结果
        </h2>
        {result ? (
          <>
            <p className="mt-1 text-lg">
              生育津贴 <b>{result.days}</b> 天，约 <b className="text-2xl tabular-nums">{formatYuan(result.allowance)}</b>
            </p>
            {result.spouseCareDays > 0 && (
              <p>
                配偶护理津贴 {result.spouseCareDays} 天，约 <b className="tabular-nums">{formatYuan(result.spouseCare)}</b>
              </p>
            )}
            {result.nutrition && (
              <p>
                一次性营养补助费约 <b className="tabular-nums">{formatYuan(result.nutrition)}</b>
              </p>
            )}
            <h3 className="mt-3 font-bold">怎么算的</h3>
            <ol className="mt-1 list-decimal pl-5">
              {result.steps.map((s, i) => (
                <li key={i}>
                  {s.text}
                  {s.source && (
                    <>
                      {' '}
                      <a href={`/${s.source}/`} className="text-brand-700 underline">
                        依据：{context.titles[s.source] ?? s.source}
                      </a>
                    </>
                  )}
                </li>
              ))}
            </ol>
            <p className="mt-2 text-sm text-muted">
              按{cityName}职工生育保险的规定估算，以医保经办机构核定为准。能不能领、要交满多久，见
              <a href={`/${eligibility}/`} className="text-brand-700 underline">
                {context.titles[eligibility] ?? '手册'}
              </a>
              。
            </p>
          </>
        ) : (
          <p className="mt-1">{form.base.trim() ? '请先改正上面标出的地方。' : '填上单位上年度在岗职工月平均缴费工资基数，就能算出来。'}</p>
        )}
      </section>
    </div>
  );
}
