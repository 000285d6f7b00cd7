'use client';

import type { Capability } from '@/lib/policy/capabilities';
import { catalogueFor, diseaseCap, diseaseId } from '@/lib/policy/diseases';
import { DELIVERY_LABELS, EVENT_LABELS } from '@/lib/policy/labels';
import { levelName, placeName } from '@/lib/policy/names';
import type { RuleBook } from '@/lib/policy/spec';
import { eventFields, type DraftEvent } from '@/lib/scenario/draft';
import { fieldId } from '@/lib/scenario/form-errors';
import { CONDITIONS, EVENT_TYPES, type CityId, type Condition, type Delivery, type EventType, type SchemeId } from '@/lib/scenario/types';
import { AmountField, Checkbox, FieldError, RadioGroup, TextField } from './fields';
import { AMOUNT_HELP, EVENT_HINTS, EXAMPLE_AMOUNT, LEVEL_TIP, PLACE_HINTS, levelHint } from './texts';

interface Props {
  rules: RuleBook;
  cap: Capability;
  city: CityId;
  scheme: SchemeId;
  events: DraftEvent[];
  index: number;
  onChange: (event: DraftEvent) => void;
  onRemove?: () => void;
  errorOf: (path: string) => string | undefined;
  onBlur: (path: string) => void;
}

const CONDITION_LABELS: Record<Condition, string> = { hypertension: '高血压', diabetes: '糖尿病' };

/** The types this city and scheme can compute, in the contract's order. */
export function availableTypes(cap: Capability): EventType[] {
  return EVENT_TYPES.filter((t) => cap.events[t] && !cap.events[t]?.unavailable);
}

/** A new event of another type keeps the amounts already typed. */
export function withType(e: DraftEvent, type: EventType): DraftEvent {
  const next: DraftEvent = { type, total: e.total, outOfScope: e.outOfScope };
  if (type === 'inpatient') next.where = 'local';
  return next;
}

/**
 * The diseases of the city's catalogue for this kind of bill: by code where the handbook has one.
 * A 门诊慢性病 whose cap the handbook gives for other persons only is left out; one whose cap cannot be
 * read is shown but cannot be chosen.
 */
function diseaseOptions(rules: RuleBook, city: CityId, scheme: SchemeId, kind: 'chronic' | 'special') {
  const c = catalogueFor(rules[city], scheme, kind);
  if (!c) return [];
  const capOf = (d: (typeof c.list)[number]) => (kind === 'chronic' && d.cap !== undefined ? diseaseCap(c, d, { scheme, assistance: 'none', groups: {} }) : 0);
  const unreadable = (d: (typeof c.list)[number]) => c.capBy.length === 0 && d.cap === null;
  return c.list
    .filter((d) => capOf(d) !== null || unreadable(d))
    .map((d) => ({
      value: diseaseId(d),
      label: `${d.name}${d.detail ?? ''}${d.code ? `（${d.code}）` : ''}${unreadable(d) ? '（手册里看不清限额，不能估算）' : ''}`,
      disabled: unreadable(d),
    }));
}

function DiseaseSelect({ id, label, value, options, onChange, error, onBlur }: { id: string; label: string; value: string; options: { value: string; label: string; disabled: boolean }[]; onChange: (v: string) => void; error?: string; onBlur: () => void }) {
  return (
    <div className={`border-l-4 pl-3 ${error ? 'border-red-700' : 'border-transparent'}`}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <FieldError id={id} message={error} />
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
        className={`tap mt-1 w-full rounded-lg border-2 bg-white px-2 text-base ${error ? 'border-red-700' : 'border-slate-500'}`}
      >
        <option value="">请选择病种</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function EventEditor({ rules, cap, city, scheme, events, index, onChange, onRemove, errorOf, onBlur }: Props) {
  const e = events[index] as DraftEvent;
  const path = (k: string) => `events[${index}].${k}`;
  const id = (k: string) => fieldId(path(k));
  const fields = eventFields(e.type, rules, { city, scheme }, index, events);
  const ec = cap.events[e.type];
  const set = (patch: Partial<DraftEvent>) => onChange({ ...e, ...patch });
  const types = availableTypes(cap);
  const blocked = EVENT_TYPES.filter((t) => cap.events[t]?.unavailable);
  const legendId = `event-${index}-legend`;
  const totalHelp =
    e.type === 'twoDiseases' ? AMOUNT_HELP.twoDiseases : e.type === 'maternity' ? AMOUNT_HELP.maternity : e.type === 'inpatient' ? AMOUNT_HELP.total : AMOUNT_HELP.outpatientTotal;

  return (
    <fieldset className="rounded-xl border border-slate-300 bg-white p-3">
      <legend id={legendId} tabIndex={-1} className="rounded bg-white px-1 text-lg font-bold">
        第 {index + 1} 笔费用
      </legend>
      <div className="mt-2 grid gap-4">
        <RadioGroup
          id={id('type')}
          name={`type-${index}`}
          legend="是什么费用？"
          // What cannot be computed stands in the list where the resident looks for it, with the reason.
          options={[
            ...types.map((t) => ({ value: t, label: EVENT_LABELS[t], hint: EVENT_HINTS[t] })),
            ...blocked.map((t) => ({ value: t, label: `${EVENT_LABELS[t]}（这里算不了）`, hint: cap.events[t]?.unavailable, disabled: true })),
          ]}
          value={e.type}
          onChange={(t) => onChange(withType(e, t))}
          error={errorOf(path('type'))}
        />

        {fields.includes('level') && ec?.levels && (
          <RadioGroup
            id={id('level')}
            name={`level-${index}`}
            legend={e.type === 'outpatient' ? '在哪一级医疗机构看的？' : '在哪一级医院？'}
            hint={LEVEL_TIP}
            options={ec.levels.map((l) => ({ value: l, label: levelName(rules[city], l), hint: levelHint(city, l) }))}
            value={e.level}
            onChange={(level) => set({ level })}
            error={errorOf(path('level'))}
          />
        )}

        {fields.includes('where') && ec?.places && ec.places.length > 1 && (
          <RadioGroup
            id={id('where')}
            name={`where-${index}`}
            legend="在哪里住院？"
            hint="按手册的说法，选最接近您情况的一项"
            options={ec.places.map((p) => ({ value: p, label: placeName(rules[city], scheme, p), hint: PLACE_HINTS[p] }))}
            value={e.where ?? 'local'}
            onChange={(where) => set({ where })}
            error={errorOf(path('where'))}
          />
        )}

        {fields.includes('transfer') && (
          <Checkbox
            id={id('transfer')}
            label="这次是从上一次住院的医院直接转院过来的"
            hint="同一个治疗过程中转院：转到更高级别医院只补起付线差额，转到同级或更低级别不再另付起付线"
            checked={Boolean(e.transfer)}
            onChange={(transfer) => set({ transfer })}
          />
        )}

        {fields.includes('diseases') && (
          <div className="grid gap-2">
            {(e.diseases?.length ? e.diseases : ['']).map((d, i, all) => (
              <div key={i} className="grid gap-1">
                <DiseaseSelect
                  id={id(`diseases[${i}]`)}
                  label={all.length > 1 ? `慢性病病种 ${i + 1}` : '慢性病病种'}
                  value={d}
                  options={diseaseOptions(rules, city, scheme, 'chronic')}
                  onChange={(v) => set({ diseases: all.map((x, j) => (j === i ? v : x)) })}
                  onBlur={() => onBlur(path(`diseases[${i}]`))}
                  error={errorOf(path(`diseases[${i}]`)) ?? (i === 0 ? errorOf(path('diseases')) : undefined)}
                />
                {all.length > 1 && (
                  <button type="button" onClick={() => set({ diseases: all.filter((_, j) => j !== i) })} className="tap justify-self-start rounded-lg px-2 text-[0.9375rem] text-brand-700 underline">
                    去掉病种 {i + 1}
                  </button>
                )}
              </div>
            ))}
            <button
              type="button"
              onClick={() => set({ diseases: [...(e.diseases?.length ? e.diseases : ['']), ''] })}
              className="tap justify-self-start rounded-lg border border-brand-700 px-3 font-bold text-brand-700 hover:bg-brand-50"
            >
              ＋ 还有另一种慢性病
            </button>
          </div>
        )}

        {fields.includes('disease') && (
          <DiseaseSelect
            id={id('disease')}
            label="门诊特殊疾病病种"
            value={e.disease ?? ''}
            options={diseaseOptions(rules, city, scheme, 'special')}
            onChange={(disease) => set({ disease })}
            onBlur={() => onBlur(path('disease'))}
            error={errorOf(path('disease'))}
          />
        )}

        {fields.includes('conditions') && (
          <fieldset aria-describedby={`${id('conditions')}-error`} className={`border-l-4 pl-3 ${errorOf(path('conditions')) ? 'border-red-700' : 'border-transparent'}`}>
            <legend className="font-bold">患的是哪种病？（可以都选）</legend>
            <FieldError id={id('conditions')} message={errorOf(path('conditions'))} />
            <div className="mt-1 grid gap-2">
              {CONDITIONS.map((c, i) => (
                <Checkbox
                  key={c}
                  id={i === 0 ? id('conditions') : `${id('conditions')}-${c}`}
                  label={CONDITION_LABELS[c]}
                  checked={Boolean(e.conditions?.includes(c))}
                  onChange={(on) => set({ conditions: CONDITIONS.filter((x) => (x === c ? on : e.conditions?.includes(x))) })}
                />
              ))}
            </div>
          </fieldset>
        )}

        {fields.includes('delivery') && ec?.deliveries && (
          <RadioGroup
            id={id('delivery')}
            name={`delivery-${index}`}
            legend="生育方式"
            options={[
              ...ec.deliveries.map((d) => ({ value: d, label: DELIVERY_LABELS[d] })),
              ...Object.entries(ec.deliveriesUnavailable ?? {}).map(([d, why]) => ({
                value: d as Delivery,
                label: `${DELIVERY_LABELS[d as Delivery]}（这里算不了）`,
                hint: why,
                disabled: true,
              })),
            ]}
            value={e.delivery}
            onChange={(delivery) => set({ delivery })}
            error={errorOf(path('delivery'))}
          />
        )}
        {fields.includes('weeks') && e.delivery === 'termination' && (
          <TextField
            id={id('weeks')}
            label="怀孕多少周？"
            hint="填整数，例如 12"
            inputMode="numeric"
            suffix="周"
            width="w-24"
            value={e.weeks ?? ''}
            onChange={(weeks) => set({ weeks })}
            onBlur={() => onBlur(path('weeks'))}
            error={errorOf(path('weeks'))}
          />
        )}
        {fields.includes('babies') && e.delivery && e.delivery !== 'termination' && (
          <TextField
            id={id('babies')}
            label="生了几个孩子？"
            hint="不填按 1 个计算"
            inputMode="numeric"
            suffix="个"
            width="w-24"
            value={e.babies ?? ''}
            onChange={(babies) => set({ babies })}
            onBlur={() => onBlur(path('babies'))}
            error={errorOf(path('babies'))}
          />
        )}

        <AmountField
          id={id('total')}
          label={e.type === 'twoDiseases' ? '一年的降压降糖药费' : '总费用'}
          hint={`${totalHelp}${EXAMPLE_AMOUNT}`}
          value={e.total ?? ''}
          onChange={(total) => set({ total })}
          onBlur={() => onBlur(path('total'))}
          error={errorOf(path('total'))}
        />
        {fields.includes('outOfScope') && (
          <AmountField
            id={id('outOfScope')}
            label="其中自费（医保目录外）"
            hint={AMOUNT_HELP.outOfScope}
            value={e.outOfScope ?? ''}
            onChange={(outOfScope) => set({ outOfScope })}
            onBlur={() => onBlur(path('outOfScope'))}
            error={errorOf(path('outOfScope'))}
          />
        )}
        {fields.includes('classB') && (
          <AmountField
            id={id('classB')}
            label="其中乙类药品和项目"
            hint={AMOUNT_HELP.classB}
            value={e.classB ?? ''}
            onChange={(classB) => set({ classB })}
            onBlur={() => onBlur(path('classB'))}
            error={errorOf(path('classB'))}
          />
        )}
        {onRemove && (
          <button type="button" onClick={onRemove} className="tap justify-self-start rounded-lg border border-slate-500 px-3 font-bold text-ink hover:bg-slate-100">
            删除第 {index + 1} 笔费用
          </button>
        )}
      </div>
    </fieldset>
  );
}
