'use client';

import { SplitTable } from './SplitTable';
import { useEffect, useMemo, useRef, useState } from 'react';
import { compareCities, mainEventIndex, type CityComparison } from '@/lib/engine/whatif';
import { GENERAL_NOTE } from '@/lib/engine/estimate';
import { formatYuan, money } from '@/lib/money';
import { capabilityFor } from '@/lib/policy/capabilities';
import { SCHEME_LABELS } from '@/lib/policy/labels';
import { cityName, levelName } from '@/lib/policy/names';
import type { RuleBook } from '@/lib/policy/spec';
import { adaptDraft, draftToInput, type Draft } from '@/lib/scenario/draft';
import { collectErrors } from '@/lib/scenario/form-errors';
import { draftToHash, stateFromLocation } from '@/lib/scenario/url-state';
import { validateScenario } from '@/lib/scenario/validate';
import { chineseDate } from '@/lib/tools/dates';
import type { Level, Scenario } from '@/lib/scenario/types';
import { eventTitle } from './describe';
import { AmountField } from './fields';
import { Disclaimer, partsOf, PayerTable, SplitBar, StepList } from './Result';
import type { CalculatorContext } from './texts';

/** /compare: the same scenario in every city that can compute it, each mapped to its nearest equivalent. */


/** Hospital levels that split what another city calls one level (长春: 三级 市级 and 省级). */
const SPLIT_LEVELS: Partial<Record<Level, Level[]>> = { level3: ['level3-provincial'], 'level3-provincial': ['level3'] };

/**
 * How each bill's hospital level was read in `row`'s city, in words, where the engine did not say so
 * already (it speaks only when the level itself had to change): the city's own name for that level,
 * and the level it also has that the comparison did not use (长春: “三级（市级）医院”, also 省级).
 */
function levelMapping(scenario: Scenario, row: CityComparison, rules: RuleBook): string[] {
  const scheme = row.scheme;
  if (row.city === scenario.city || !scheme) return [];
  const events = (row.input?.events ?? []) as { type?: string; level?: Level }[];
  if (events.length !== scenario.events.length) return []; // a bill was left out: the engine's own words say which
  const name = cityName(rules, row.city);
  const lines: string[] = [];
  scenario.events.forEach((event, i) => {
    const used = events[i]?.level;
    if (!('level' in event) || !used) return;
    const what = `第${i + 1}笔${event.type === 'inpatient' ? '住院' : '费用'}`;
    const from = levelName(rules[scenario.city], event.level);
    const to = levelName(rules[row.city], used);
    const said = row.mapped.some((m) => m.startsWith(`第${i + 1}笔`) && m.includes(`按${cityName(rules, row.city)}的“`));
    const offered = capabilityFor(rules, row.city, scheme)?.events[event.type]?.levels ?? [];
    const others = (SPLIT_LEVELS[used] ?? []).filter((l) => offered.includes(l)).map((l) => `“${levelName(rules[row.city], l)}”`);
    if (!said && from !== to) lines.push(`${what}：“${from}”按${name}的“${to}”计算`);
    if (others.length) lines.push(`${what}：${name}还有${others.join('、')}一档，起付线和报销比例不同，这里没有按它算`);
  });
  return lines;
}

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
  // The amount being typed is not a valid one yet: the figures of the last valid amount would answer
  // another question, so they are not shown (the field says what is wrong; the page keeps its place).
  const stale = !validation.ok;
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
  // Like with like: the headline compares the places that have the resident's own scheme; a place whose
  // handbook has only the other scheme (昌都: 职工医保 only) is shown, but not ranked against them.
  // The national reference is no place: it is ranked only when the resident chose it as their own.
  const ranked = (r: CityComparison) => r.city !== 'custom' || scenario.city === 'custom';
  const alike = computed.filter((r) => r.scheme === scenario.scheme && ranked(r));
  const unlike = computed.filter((r) => r.scheme !== scenario.scheme);
  const reference = computed.find((r) => r.scheme === scenario.scheme && !ranked(r));
  const sorted = [...alike].sort((a, b) => money(a.result?.personal ?? 0).cmp(b.result?.personal ?? 0));
  const low = sorted[0];
  const high = sorted.at(-1);
  const schemeName = SCHEME_LABELS[scenario.scheme];
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
              if (stale) return described[i];
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

      {stale ? (
        <p role="status" className="mt-6 rounded-lg border-2 border-amber-600 bg-amber-50 p-3 font-bold" data-testid="compare-stale">
          总费用填好以后，这里马上显示各地的比较。
        </p>
      ) : (
        <>
          {computed.length > 1 && (
            <section aria-labelledby="overview-heading" className="mt-6">
              <h2 id="overview-heading" className="text-xl font-bold">
                各地比一比
              </h2>
              {low?.result && high?.result && alike.length > 1 ? (
                <p className="mt-1" data-testid="compare-headline">
                  同样是{schemeName}、同样的情况，自己付得最少的是{cityName(rules, low.city)}（{formatYuan(low.result.personal)}），最多的是{cityName(rules, high.city)}（
                  {formatYuan(high.result.personal)}），相差 {formatYuan(money(high.result.personal).minus(low.result.personal))}。
                </p>
              ) : (
                <p className="mt-1" data-testid="compare-headline">
                  能按{schemeName}计算的只有{alike.map((r) => cityName(rules, r.city)).join('、') || '这里的情况'}，没有别的地方可以同它比。
                </p>
              )}
              {reference?.result && (
                <p className="mt-2">
                  按{cityName(rules, reference.city)}算，您付 {formatYuan(reference.result.personal)}（全国一般情况，仅作参考，不参加排名）。
                </p>
              )}
              {unlike.length > 0 && (
                <p className="mt-2">
                  {unlike.map((r) => cityName(rules, r.city)).join('、')}的资料只有
                  {[...new Set(unlike.map((r) => SCHEME_LABELS[r.scheme!]))].join('、')}
                  的规定，和{schemeName}的缴费、待遇都不一样，所以没有放在一起排名；下表照样列出按它算的数字。
                </p>
              )}
              <p className="mt-2">
                差别来自各地的起付线（先由自己付的部分）、报销比例、年度最高支付限额和大病保险；展开每个地方的“为什么是这个数”，可以看到每一步和手册依据。
              </p>
              <SplitTable
                caption="各地自己付和医保等支付的金额"
                column="地方和险种"
                rows={rows.map((r) => ({
                  key: r.city,
                  headClassName: 'font-normal',
                  head: (
                    <>
                      <a href={`#city-${r.city}`} className="tap inline-flex items-center text-brand-700 underline">
                        {cityName(rules, r.city)}
                      </a>
                      {r.result && r === low && alike.length > 1 && <span className="ml-1 font-bold">（最少）</span>}
                      {r.scheme && <span className={`block text-sm ${r.scheme === scenario.scheme ? 'text-muted' : 'font-bold text-amber-800'}`}>{SCHEME_LABELS[r.scheme]}</span>}
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
            const mapping = [...r.mapped, ...levelMapping(scenario, r, rules), ...r.skipped];
            return (
              <section key={r.city} id={`city-${r.city}`} aria-labelledby={`h-${r.city}`} className="mt-6 rounded-xl border border-slate-300 bg-white p-3 break-inside-avoid-page">
                <h2 id={`h-${r.city}`} className="text-xl font-bold">
                  {cityName(rules, r.city)}
                  {r.scheme && <span className="ml-2 text-base font-normal text-muted">{SCHEME_LABELS[r.scheme]}</span>}
                </h2>
                {rules[r.city] && (
                  <p className="text-[0.9375rem] text-muted" data-testid="compare-rules-as-of">
                    按{chineseDate(rules[r.city]!.asOf.date)}的规定
                  </p>
                )}
                {r.city === 'custom' && (
                  <p className="mt-1 text-[0.9375rem] text-muted">按全国参考资料里的一般标准估算，不是哪个地方的规定；在计算器里选“{cityName(rules, 'custom')}”，可以改成当地的起付线和比例。</p>
                )}
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
                {mapping.length > 0 && (
                  <div className="mt-3">
                    <h3 className="font-bold">怎么换算的</h3>
                    <ul className="mt-1 list-disc pl-5 text-[0.9375rem]">
                      {mapping.map((m) => (
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
        </>
      )}
      <p className="mt-6">{GENERAL_NOTE}</p>
      <Disclaimer />
    </div>
  );
}
