'use client';

import { SplitTable } from './SplitTable';
import { useEffect, useMemo, useRef, useState } from 'react';
import { compareCities, mainEventIndex } from '@/lib/engine/whatif';
import { GENERAL_NOTE } from '@/lib/engine/estimate';
import { formatYuan, money } from '@/lib/money';
import { SCHEME_LABELS } from '@/lib/policy/labels';
import { cityName } from '@/lib/policy/names';
import type { RuleBook } from '@/lib/policy/spec';
import { adaptDraft, draftToInput, type Draft } from '@/lib/scenario/draft';
import { collectErrors } from '@/lib/scenario/form-errors';
import { draftToHash, stateFromLocation } from '@/lib/scenario/url-state';
import { validateScenario } from '@/lib/scenario/validate';
import type { Scenario } from '@/lib/scenario/types';
import { eventTitle } from './describe';
import { AmountField } from './fields';
import { Disclaimer, partsOf, PayerTable, SplitBar, StepList } from './Result';
import type { CalculatorContext } from './texts';

/** /compare: the same scenario in every city that can compute it, each mapped to its nearest equivalent. */

const EXAMPLE: Draft = {
  city: 'bazhong',
  scheme: 'resident',
  person: {},
  events: [{ type: 'inpatient', level: 'level3', where: 'local', total: '50000', outOfScope: '3000' }],
};

export function Compare({ rules, context }: { rules: RuleBook; context: CalculatorContext }) {
  const [state, setState] = useState<{ draft: Draft; example: boolean; broken: boolean } | null>(null);

  useEffect(() => {
    const load = () => {
      const s = stateFromLocation(window.location.search, window.location.hash);
      const draft = adaptDraft(s.draft, rules);
      const example = !draft.city || draft.events.length === 0;
      setState({ draft: example ? EXAMPLE : draft, example, broken: Boolean(s.broken) });
    };
    load();
    window.addEventListener('popstate', load);
    return () => window.removeEventListener('popstate', load);
  }, [rules]);

  const draft = state?.draft;
  const validation = useMemo(() => (draft ? validateScenario(draftToInput(draft, rules), rules) : undefined), [draft, rules]);
  const errors = useMemo(() => (draft ? collectErrors(draft, rules) : []), [draft, rules]);
  // While the resident is retyping the amount (e.g. cleared the field), keep comparing the last valid
  // scenario and show the message next to the field: nothing on the page is lost.
  const lastValid = useRef<Scenario | null>(null);
  if (validation?.ok) lastValid.current = validation.scenario;
  const shown = validation?.ok ? validation.scenario : lastValid.current;
  const rows = useMemo(() => (shown ? compareCities(shown, rules) : []), [shown, rules]);

  if (!state || !draft || !validation) {
    return (
      <p role="status" className="mt-4 text-muted">
        正在计算……
      </p>
    );
  }
  const calculatorLink = (step: string) => `/calculator/${draftToHash(draft, step as 'events')}`;
  if (!shown) {
    const message = validation.ok ? '' : validation.error.message;
    return (
      <div className="mt-4" role="alert">
        <p>这个链接里的情况还不完整，不能比较：{message}</p>
        <a href={calculatorLink('events')} className="tap mt-2 inline-flex items-center font-bold text-brand-700 underline">
          去计算器里修改
        </a>
      </div>
    );
  }

  const scenario = shown;
  const main = mainEventIndex(scenario);
  const mainEvent = draft.events[main];
  const setAmount = (total: string) => {
    const next: Draft = { ...draft, events: draft.events.map((e, i) => (i === main ? { ...e, total } : e)) };
    setState({ ...state, draft: next, example: false });
    try {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${draftToHash(next)}`);
    } catch {
      /* history call limits: the page still works */
    }
  };
  const computed = rows.filter((r) => r.result);
  const sorted = [...computed].sort((a, b) => money(a.result?.personal ?? 0).cmp(b.result?.personal ?? 0));
  const low = sorted[0];
  const high = sorted.at(-1);
  const described = scenario.events.map((e) => eventTitle(e, scenario.city, scenario.scheme, rules));
  const amountError = errors.find((e) => e.path === `events[${main}].total`)?.message;

  return (
    <div className="mt-4">
      {state.broken && (
        <p role="alert" className="mb-3 rounded-lg border-2 border-amber-600 bg-amber-50 p-3">
          链接里的情况无法识别，下面用的是示例。
        </p>
      )}
      <section aria-labelledby="scenario-heading" className="rounded-xl border border-slate-300 bg-white p-3">
        <h2 id="scenario-heading" className="text-lg font-bold">
          {state.example ? '示例情况' : '比较的情况'}
        </h2>
        <p className="mt-1">
          按{cityName(rules, scenario.city)}{SCHEME_LABELS[scenario.scheme]}填写：
          {scenario.events
            .map((e, i) => {
              const out = 'outOfScope' in e && Number(e.outOfScope) > 0 ? `（其中自费 ${formatYuan(e.outOfScope)}）` : '';
              return `${described[i]}，总费用 ${formatYuan(e.total)}${out}`;
            })
            .join('；')}
          。
        </p>
        {mainEvent && (
          <div className="mt-3">
            <AmountField
              id="compare-total"
              label={`换个${scenario.events.length > 1 ? `第 ${main + 1} 笔的` : ''}总费用试试`}
              hint="改了马上重新比较"
              value={mainEvent.total ?? ''}
              onChange={setAmount}
              error={amountError}
            />
          </div>
        )}
        <a href={calculatorLink('events')} className="tap mt-2 inline-flex items-center font-bold text-brand-700 underline">
          在计算器里改成自己的情况
        </a>
      </section>

      {computed.length > 1 && low?.result && high?.result && (
        <section aria-labelledby="overview-heading" className="mt-6">
          <h2 id="overview-heading" className="text-xl font-bold">
            各地比一比
          </h2>
          <p className="mt-1">
            同样的情况，自己付得最少的是{cityName(rules, low.city)}（{formatYuan(low.result.personal)}），最多的是{cityName(rules, high.city)}（{formatYuan(high.result.personal)}），相差{' '}
            {formatYuan(money(high.result.personal).minus(low.result.personal))}。差别来自各地的起付线（先由自己付的部分）、报销比例、年度最高支付限额和大病保险；展开每个地方的“为什么是这个数”，可以看到每一步和手册依据。
          </p>
          <SplitTable
            caption="各地自己付和医保等支付的金额"
            column="地方"
            rows={rows.map((r) => ({
              key: r.city,
              headClassName: 'font-normal',
              head: (
                <>
                  <a href={`#city-${r.city}`} className="tap inline-flex items-center text-brand-700 underline">
                    {cityName(rules, r.city)}
                  </a>
                  {r.result && r === low && <span className="ml-1 font-bold">（最少）</span>}
                </>
              ),
              personal: r.result ? formatYuan(r.result.personal) : '不能估算',
              fund: r.result ? formatYuan(r.result.fund) : '—',
            }))}
          />
        </section>
      )}

      {rows.map((r) => {
        const eventResults = r.result?.events ?? [];
        return (
          <section key={r.city} id={`city-${r.city}`} aria-labelledby={`h-${r.city}`} className="mt-6 rounded-xl border border-slate-300 bg-white p-3 break-inside-avoid-page">
            <h2 id={`h-${r.city}`} className="text-xl font-bold">
              {cityName(rules, r.city)}
              {r.scheme && <span className="ml-2 text-base font-normal text-muted">{SCHEME_LABELS[r.scheme]}</span>}
            </h2>
            {r.result ? (
              <>
                <p className="mt-1 text-lg">
                  您付 <span className="font-bold tabular-nums">{formatYuan(r.result.personal)}</span>，医保等付{' '}
                  <span className="font-bold tabular-nums">{formatYuan(r.result.fund)}</span>
                </p>
                <div className="mt-2">
                  <SplitBar parts={partsOf(r.result, rules[r.city]?.schemes[r.result.scheme]?.payers ?? {})} total={r.result.total} />
                </div>
                <PayerTable parts={partsOf(r.result, rules[r.city]?.schemes[r.result.scheme]?.payers ?? {})} total={r.result.total} caption={`${cityName(rules, r.city)}各方支付金额`} />
              </>
            ) : (
              <p className="mt-1 font-bold">不能估算：{r.reason}</p>
            )}
            {(r.mapped.length > 0 || r.skipped.length > 0) && (
              <div className="mt-3">
                <h3 className="font-bold">怎么换算的</h3>
                <ul className="mt-1 list-disc pl-5 text-[0.9375rem]">
                  {r.mapped.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                  {r.skipped.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </div>
            )}
            {r.result && (
              <details className="mt-3">
                <summary className="tap flex cursor-pointer items-center font-bold text-brand-700 underline">为什么是这个数</summary>
                {eventResults.map((e, i) => (
                  <div key={i} className="mt-2">
                    <h3 className="font-bold">
                      {eventResults.length > 1 ? `第 ${i + 1} 笔，` : ''}
                      {formatYuan(e.total)}：您付 {formatYuan(e.personal)}
                    </h3>
                    <StepList steps={e.steps} titles={context.titles} />
                  </div>
                ))}
                {r.result.notes.filter((n) => n !== GENERAL_NOTE).length > 0 && (
                  <ul className="mt-2 list-disc pl-5 text-[0.9375rem]">
                    {r.result.notes
                      .filter((n) => n !== GENERAL_NOTE)
                      .map((n) => (
                        <li key={n}>{n}</li>
                      ))}
                  </ul>
                )}
              </details>
            )}
          </section>
        );
      })}
      <p className="mt-6">{GENERAL_NOTE}</p>
      <Disclaimer />
    </div>
  );
}
