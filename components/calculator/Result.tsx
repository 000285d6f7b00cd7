'use client';

import { DISCLAIMER } from '@/components/SiteFooter';
import { TableScroll } from '@/components/TableScroll';
import { formatShort, formatYuan, money } from '@/lib/money';
import { EVENT_LABELS, PAYER_LABELS } from '@/lib/policy/labels';
import type { EstimateResult, PayerId, Step } from '@/lib/scenario/types';

/** The result of one estimate: the split as a bar, the payers' table, the steps with their sources, the caveats. */

const PAYER_ORDER: PayerId[] = ['basic', 'civil', 'critical', 'assistance'];

export interface Part {
  key: string;
  label: string;
  amount: string;
  /** Paid by a fund (else by the resident). */
  fund: boolean;
  color: string;
}

const COLORS: Record<PayerId | 'copay' | 'self', string> = {
  basic: '#174b98',
  civil: '#6d28d9',
  critical: '#0f766e',
  assistance: '#9a3412',
  copay: '#b45309',
  self: '#57534e',
};

/** Each payer's name as the city's rules give it (职工大额医疗费用补助, 大病补充保险 …). */
export type PayerNames = Partial<Record<PayerId, string>>;

/** The bill's parts: each payer, then what the resident pays (自付, 自费). */
export function partsOf(r: { payers: EstimateResult['payers']; personal: string; outOfScope: string }, names: PayerNames): Part[] {
  // 公务员补助 and 医疗救助 only where they pay something (they apply to few residents); the others always.
  const shown = (id: PayerId) => r.payers[id] !== undefined && (id === 'basic' || id === 'critical' || Number(r.payers[id]) > 0);
  const parts: Part[] = PAYER_ORDER.filter(shown).map((id) => ({
    key: id,
    label: names[id] ?? PAYER_LABELS[id],
    amount: r.payers[id] ?? '0.00',
    fund: true,
    color: COLORS[id],
  }));
  parts.push({ key: 'copay', label: '您自付（医保范围内）', amount: money(r.personal).minus(r.outOfScope).toFixed(2), fund: false, color: COLORS.copay });
  parts.push({ key: 'self', label: '您自费（医保目录外）', amount: r.outOfScope, fund: false, color: COLORS.self });
  return parts;
}

export function share(amount: string, total: string): string {
  const t = money(total);
  if (t.isZero()) return '0%';
  return `${money(amount).div(t).times(100).toDecimalPlaces(1).toString()}%`;
}

/** A stacked bar of the parts (decorative: the table next to it carries the same figures as text). */
export function SplitBar({ parts, total }: { parts: Part[]; total: string }) {
  const t = Number(total);
  const shown = parts.filter((p) => Number(p.amount) > 0);
  return (
    <div aria-hidden="true" className="flex h-10 w-full overflow-hidden rounded-lg border border-slate-400 bg-slate-100 [print-color-adjust:exact]">
      {t > 0 &&
        shown.map((p) => (
          <div
            key={p.key}
            style={{
              width: `${(Number(p.amount) / t) * 100}%`,
              backgroundColor: p.color,
              backgroundImage: p.fund ? undefined : 'repeating-linear-gradient(135deg, rgb(255 255 255 / 0.35) 0 6px, transparent 6px 12px)',
            }}
            className="h-full border-r-2 border-white last:border-r-0"
          />
        ))}
    </div>
  );
}

export function Swatch({ part }: { part: Part }) {
  return (
    <span
      aria-hidden="true"
      className="mr-2 inline-block size-4 shrink-0 rounded-sm align-[-2px] [print-color-adjust:exact]"
      style={{
        backgroundColor: part.color,
        backgroundImage: part.fund ? undefined : 'repeating-linear-gradient(135deg, rgb(255 255 255 / 0.45) 0 3px, transparent 3px 6px)',
      }}
    />
  );
}

export function PayerTable({ parts, total, caption }: { parts: Part[]; total: string; caption: string }) {
  const fund = parts.filter((p) => p.fund).reduce((s, p) => s.plus(p.amount), money(0));
  return (
    <TableScroll label={caption} className="mt-1">
      <table className="figures">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">谁来付</th>
            <th scope="col" className="text-right!">
              金额
            </th>
            <th scope="col" className="text-right!">
              占比
            </th>
          </tr>
        </thead>
        <tbody>
          {parts.map((p) => (
            <tr key={p.key}>
              <th scope="row" className="font-normal whitespace-normal!">
                <Swatch part={p} />
                {p.label}
              </th>
              <td className="text-right whitespace-nowrap tabular-nums">{formatYuan(p.amount)}</td>
              <td className="text-right whitespace-nowrap tabular-nums">{share(p.amount, total)}</td>
            </tr>
          ))}
          <tr className="font-bold">
            <th scope="row" className="whitespace-normal!">医保等合计支付</th>
            <td className="text-right whitespace-nowrap tabular-nums">{formatYuan(fund)}</td>
            <td className="text-right whitespace-nowrap tabular-nums">{share(fund.toFixed(2), total)}</td>
          </tr>
          <tr className="font-bold">
            <th scope="row">总费用</th>
            <td className="text-right whitespace-nowrap tabular-nums">{formatYuan(total)}</td>
            <td className="text-right">100%</td>
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}

export function SourceLink({ source, titles }: { source: string; titles: Record<string, string> }) {
  return (
    // A plain link: nothing is prefetched while the resident works with the numbers.
    <a href={`/${source}/`} className="text-[0.9375rem] text-brand-700 underline">
      依据：{titles[source] ?? source}
    </a>
  );
}

export function StepList({ steps, titles }: { steps: Step[]; titles: Record<string, string> }) {
  return (
    <ol className="mt-2 grid gap-2">
      {steps.map((s, i) => (
        <li key={i} className="flex gap-2 rounded-lg bg-slate-50 p-2">
          <span aria-hidden="true" className="flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-700 text-sm font-bold text-white [print-color-adjust:exact]">
            {i + 1}
          </span>
          <span className="min-w-0">
            <span className="block">{s.text}</span>
            {s.amount !== undefined && <span className="block font-bold tabular-nums">金额：{formatYuan(s.amount)}</span>}
            <SourceLink source={s.source} titles={titles} />
          </span>
        </li>
      ))}
    </ol>
  );
}

export function Notes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="notes-heading" className="mt-6 rounded-xl border-2 border-amber-600 bg-amber-50 p-3">
      <h3 id="notes-heading" className="text-lg font-bold">
        请注意
      </h3>
      <ul className="mt-1 list-disc pl-5">
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </section>
  );
}

export function Disclaimer() {
  return <p className="mt-4 rounded-lg bg-slate-100 p-3 text-[0.9375rem] font-bold">{DISCLAIMER}。</p>;
}

interface ResultProps {
  result: EstimateResult;
  titles: Record<string, string>;
  /** Describes each event in words ("住院 · 三级医疗机构"). */
  eventTitles: string[];
  payerNames: PayerNames;
}

/**
 * The answer, first on the result's screen (components/calculator/ResultStep puts it right under the
 * heading that gets focus after 看结果, and a shared link opens with it on the first screen):
 * “您大约要自己付 ¥… · 医保等报销 ¥…”, from the result's own figures.
 */
export function ResultSummary({ result }: { result: EstimateResult }) {
  const big = (v: string) => (Number(v) >= 10000 ? formatShort(v) : '');
  return (
    <div className="rounded-xl border-2 border-brand-700 bg-white p-4" data-testid="result-summary">
      <p className="text-lg">
        您大约要自己付{' '}
        <span className="block text-3xl font-bold text-ink tabular-nums" data-testid="result-personal">
          {formatYuan(result.personal)}
        </span>
      </p>
      {big(result.personal) && <p className="text-muted">{big(result.personal)}</p>}
      <p className="mt-1 text-lg">
        医保等报销{' '}
        <span className="font-bold whitespace-nowrap tabular-nums" data-testid="result-fund">
          {formatYuan(result.fund)}
        </span>
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 border-t border-slate-200 pt-2">
        <dt>总费用</dt>
        <dd className="text-right font-bold tabular-nums" data-testid="result-total">
          {formatYuan(result.total)}
        </dd>
        <dt>其中自费</dt>
        <dd className="text-right tabular-nums">{formatYuan(result.outOfScope)}</dd>
      </dl>
    </div>
  );
}

/** The rest of the result: who pays what (bar and table), each bill's steps with their sources, the caveats. */
export function ResultView({ result, titles, eventTitles, payerNames }: ResultProps) {
  const parts = partsOf(result, payerNames);
  return (
    <div>
      <h3 className="mt-6 text-lg font-bold">这笔钱谁来付</h3>
      <p className="mb-2 text-[0.9375rem] text-muted">条形图从左到右：实色是医保等各项基金支付，斜纹是您自己付的部分。下表列出同样的数字。</p>
      <SplitBar parts={parts} total={result.total} />
      <PayerTable parts={parts} total={result.total} caption="各方支付金额" />

      <h3 className="mt-6 text-lg font-bold">是怎么算出来的</h3>
      {result.events.map((e, i) => (
        <section key={i} aria-labelledby={`event-result-${i}`} className="mt-3 rounded-xl border border-slate-300 bg-white p-3 break-inside-avoid-page">
          <h4 id={`event-result-${i}`} className="font-bold">
            第 {i + 1} 笔：{eventTitles[i] ?? EVENT_LABELS[e.type]}，{formatYuan(e.total)}
          </h4>
          <p className="text-[0.9375rem] text-muted">
            医保等支付 <span className="font-bold text-ink tabular-nums">{formatYuan(e.fund)}</span>，您付{' '}
            <span className="font-bold text-ink tabular-nums">{formatYuan(e.personal)}</span>
          </p>
          <StepList steps={e.steps} titles={titles} />
        </section>
      ))}

      <Notes notes={result.notes} />
      <Disclaimer />
    </div>
  );
}
