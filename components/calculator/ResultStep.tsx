'use client';

import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { CopyLinkButton } from '@/components/CopyLinkButton';
import { ReadAloudButton } from '@/components/ReadAloudButton';
import { estimateInput } from '@/lib/engine/estimate';
import { formatYuan } from '@/lib/money';
import { capabilityFor } from '@/lib/policy/capabilities';
import { ASSISTANCE_LABELS, SCHEME_LABELS } from '@/lib/policy/labels';
import { cityName, schemesOf } from '@/lib/policy/names';
import type { RuleBook } from '@/lib/policy/spec';
import { draftToInput, emptyDraft, type Draft } from '@/lib/scenario/draft';
import { stepOfPath } from '@/lib/scenario/form-errors';
import { draftToHash, type CalcStep } from '@/lib/scenario/url-state';
import { validateScenario } from '@/lib/scenario/validate';
import { chineseDate } from '@/lib/tools/dates';
import { eventTitle } from './describe';
import { ResultSummary, ResultView } from './Result';
import type { CalculatorContext } from './texts';
import { WhatIf } from './WhatIf';

const primary = 'tap rounded-lg bg-brand-700 px-6 text-lg font-bold text-white hover:bg-brand-800';
const secondary = 'tap rounded-lg border-2 border-brand-700 bg-white px-4 font-bold text-brand-700 hover:bg-brand-50';

/** The calculator's last step: the estimate (engine, in the browser), the answers with links to change them, what-if. */
export default function ResultStep({
  rules,
  context,
  draft,
  headingRef,
  go,
  onReady,
  oldRules = false,
}: {
  rules: RuleBook;
  context: CalculatorContext;
  draft: Draft;
  headingRef: RefObject<HTMLHeadingElement | null>;
  go: (step: CalcStep, d?: Draft) => void;
  onReady: () => void;
  /** The shared link was made with rules that have changed since. */
  oldRules?: boolean;
}) {
  useEffect(onReady, []); // once, when the chunk has arrived
  const summaryRef = useRef<HTMLDivElement>(null);
  // Once the browser has brought the focused heading into view: the whole answer too.
  const showSummary = () => requestAnimationFrame(() => summaryRef.current?.scrollIntoView({ block: 'nearest' }));
  const input = useMemo(() => draftToInput(draft, rules), [draft, rules]);
  const outcome = useMemo(() => estimateInput(input, rules), [input, rules]);
  const validation = useMemo(() => validateScenario(input, rules), [input, rules]);
  if (!outcome.ok || !validation.ok) {
    const path = outcome.ok ? '' : outcome.error.path;
    return (
      <>
        <h2 ref={headingRef} tabIndex={-1} className="text-xl font-bold">
          还不能计算
        </h2>
        <p className="mt-2">{outcome.ok ? '' : outcome.error.message}</p>
        <button type="button" className={`${primary} mt-4`} onClick={() => go(stepOfPath(path))}>
          去修改
        </button>
      </>
    );
  }
  const { result } = outcome;
  const scenario = validation.scenario;
  const titles = scenario.events.map((e) => eventTitle(e, scenario.city, scenario.scheme, rules));
  const p = scenario.person;
  const cap = capabilityFor(rules, scenario.city, scenario.scheme);
  const who = [
    cap?.personFields.includes('age') && draft.person.age ? `${p.age} 岁` : '',
    cap?.personFields.includes('retired') ? (p.retired ? '退休' : '在职') : '',
    p.student ? '在校学生' : '',
    p.civilServant ? '享受公务员医疗补助' : '',
    p.majorDisease ? '患大额补助规定的重大疾病' : '',
    p.assistance !== 'none' ? ASSISTANCE_LABELS[p.assistance] : '',
    cap?.editable && scenario.profile ? '已修改当地标准' : '',
  ].filter(Boolean);
  const change = (step: CalcStep, what: string) => (
    <button type="button" onClick={() => go(step)} className="tap inline-flex items-center px-1 text-brand-700 underline print:hidden">
      修改<span className="sr-only">{what}</span>
    </button>
  );
  const compare = `/compare/${draftToHash(draft)}`;

  return (
    <>
      {/* After 看结果 the heading gets focus: the answer under it comes into view with it. */}
      <h2 ref={headingRef} tabIndex={-1} className="text-xl font-bold" onFocus={showSummary}>
        估算结果<span className="hidden print:inline">（仅供参考，不是报销凭证）</span>
      </h2>
      {oldRules && (
        <p role="status" className="mt-2 rounded-lg border-2 border-amber-600 bg-amber-50 p-3 font-bold" data-testid="old-rules">
          这个链接是按旧规定算的，下面是按现行规定重新计算的结果。
        </p>
      )}
      <p className="mt-1 text-[0.9375rem] text-muted" data-testid="rules-as-of">
        按{cityName(rules, scenario.city)}{chineseDate(result.rulesAsOf)}的手册规定估算
        {rules[scenario.city]?.asOf.note ? `（${rules[scenario.city]?.asOf.note}）` : ''}
      </p>
      <div ref={summaryRef} id="result-read" className="mt-2">
        <ResultSummary result={result} />
      </div>
      <div className="mt-2">
        <ReadAloudButton target="#result-read" label="读给我听" />
      </div>
      <section aria-labelledby="answers-heading" className="mt-3 rounded-xl border border-slate-300 bg-white p-3">
        <h3 id="answers-heading" className="font-bold">
          您填写的情况
        </h3>
        <dl className="mt-1 grid grid-cols-[auto_1fr_auto] items-center gap-x-3 text-[0.9375rem]">
          <dt className="text-muted">参保地</dt>
          <dd>{cityName(rules, scenario.city)}</dd>
          <dd>{change('city', '参保地')}</dd>
          <dt className="text-muted">医保</dt>
          <dd>{SCHEME_LABELS[scenario.scheme]}</dd>
          <dd>{schemesOf(rules, scenario.city).length > 1 ? change('scheme', '医保类型') : null}</dd>
          <dt className="text-muted">参保人</dt>
          <dd>{who.join('，') || '按一般成年人计算'}</dd>
          <dd>{change('person', '参保人情况')}</dd>
          <dt className="text-muted">费用</dt>
          <dd>
            <ul>
              {scenario.events.map((e, i) => (
                <li key={i}>
                  {titles[i]}：{formatYuan(e.total)}
                </li>
              ))}
            </ul>
          </dd>
          <dd>{change('events', '费用')}</dd>
        </dl>
      </section>

      <div className="mt-4">
        <ResultView result={result} titles={context.titles} eventTitles={titles} payerNames={rules[scenario.city]?.schemes[scenario.scheme]?.payers ?? {}} />
      </div>

      <div className="mt-6 flex flex-wrap items-start gap-3 print:hidden">
        <CopyLinkButton label="复制链接，发给家人" />
        <button type="button" onClick={() => window.print()} className={secondary}>
          打印或存为 PDF
        </button>
        <a href={compare} className={`${secondary} inline-flex items-center`}>
          和其他地方比一比
        </a>
        <button type="button" onClick={() => go('city', emptyDraft())} className={`${secondary} border-slate-500 text-ink`}>
          重新计算
        </button>
      </div>

      <p className="mt-4 hidden text-sm break-all print:block">
        打印于 {new Date().toLocaleDateString('zh-CN')}。在手机上打开这个链接可以看到同样的结果：{window.location.href}
      </p>

      <div className="print:hidden">
        <WhatIf scenario={scenario} rules={rules} eventTitles={titles} />
      </div>
    </>
  );
}
