'use client';

import { SplitTable } from './SplitTable';
import { useEffect, useId, useMemo, useState } from 'react';
import { compareLevels, comparePlaces, mainEventIndex, niceCeil, niceTicks, whatIfSeries, type Alternative, type Point, type WhatIfSeries } from '@/lib/engine/whatif';
import { formatShort, formatYuan } from '@/lib/money';
import type { RuleBook } from '@/lib/policy/spec';
import type { Scenario } from '@/lib/scenario/types';

/** What if the bill were larger, or the hospital another one: every figure from the engine. */

const axis = (v: number) => (v >= 10000 ? `${Number((v / 10000).toFixed(2))}万` : `${v}`);

const W = 340;
const H = 220;
const M = { left: 44, right: 14, top: 16, bottom: 24 };

function Chart({ series, selected: sel, labelId }: { series: WhatIfSeries; selected: Point | undefined; labelId: string }) {
  const { points, max, current } = series;
  const yTop = niceCeil(Math.max(1, ...points.map((p) => Math.max(Number(p.personal), Number(p.fund)))));
  const x = (v: number) => M.left + (v / max) * (W - M.left - M.right);
  const y = (v: number) => H - M.bottom - (v / yTop) * (H - M.top - M.bottom);
  const line = (key: 'personal' | 'fund') => points.map((p, i) => `${i ? 'L' : 'M'}${x(Number(p.total)).toFixed(1)} ${y(Number(p[key])).toFixed(1)}`).join('');
  const cx = x(Number(current.total));
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={labelId} className="mt-2 w-full max-w-xl [print-color-adjust:exact]">
      {niceTicks(yTop, 4).map((t) => (
        <g key={`y${t}`}>
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#d5dae1" />
          <text x={M.left - 4} y={y(t) + 4} textAnchor="end" className="text-[0.8125rem]" fill="#4a5363">
            {axis(t)}
          </text>
        </g>
      ))}
      {niceTicks(max, 4).map((t) => (
        <text key={`x${t}`} x={x(t)} y={H - M.bottom + 16} textAnchor="middle" className="text-[0.8125rem]" fill="#4a5363">
          {axis(t)}
        </text>
      ))}
      <line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} stroke="#4a5363" />
      <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} stroke="#4a5363" />
      <path d={line('fund')} fill="none" stroke="#174b98" strokeWidth="2.5" strokeDasharray="6 4" />
      <path d={line('personal')} fill="none" stroke="#b45309" strokeWidth="3" />
      <line x1={cx} x2={cx} y1={M.top} y2={H - M.bottom} stroke="#1a1f29" strokeDasharray="2 3" />
      <text x={Math.min(cx + 4, W - M.right - 66)} y={M.top + 10} className="text-[0.8125rem]" fill="#1a1f29">
        您的账单
      </text>
      {sel && (
        <g>
          <circle cx={x(Number(sel.total))} cy={y(Number(sel.personal))} r="6" fill="#fff" stroke="#b45309" strokeWidth="3" />
          <circle cx={x(Number(sel.total))} cy={y(Number(sel.fund))} r="5" fill="#fff" stroke="#174b98" strokeWidth="2.5" />
        </g>
      )}
    </svg>
  );
}

function AlternativesTable({ rows, caption, column }: { rows: Alternative<string>[]; caption: string; column: string }) {
  const same = rows.every((r) => r.personal === rows[0]?.personal);
  if (same) return <p className="mt-2">{caption}：各种情况您付的钱都一样（{formatYuan(rows[0]?.personal ?? '0')}）。</p>;
  const top = Math.max(...rows.map((r) => Number(r.personal)), 1);
  return (
    <SplitTable
      caption={caption}
      column={column}
      rows={rows.map((r) => ({
        key: r.key,
        className: r.current ? 'bg-brand-50 font-bold' : undefined,
        headClassName: 'font-[inherit] whitespace-normal!',
        head: (
          <>
            {r.label}
            {r.current && <span className="ml-1 whitespace-nowrap">（您选的）</span>}
            <span aria-hidden="true" className="mt-1 block h-2 rounded bg-amber-700 [print-color-adjust:exact]" style={{ width: `${(Number(r.personal) / top) * 100}%` }} />
          </>
        ),
        personal: formatYuan(r.personal),
        fund: formatYuan(r.fund),
      }))}
    />
  );
}

export function WhatIf({ scenario, rules, eventTitles }: { scenario: Scenario; rules: RuleBook; eventTitles: string[] }) {
  const [eventIndex, setEventIndex] = useState(() => mainEventIndex(scenario));
  const index = Math.min(eventIndex, scenario.events.length - 1);
  const key = JSON.stringify(scenario);
  const [series, setSeries] = useState<WhatIfSeries | null>(null);
  /** The slider's point; null: the resident's own bill. */
  const [point, setPoint] = useState<number | null>(null);
  const labelId = useId();
  const sliderId = useId();

  useEffect(() => {
    // ~200 engine evaluations: after the result has been painted, not in the way of typing or reading.
    setSeries(null);
    const timer = window.setTimeout(() => {
      const s = whatIfSeries(scenario, rules, { eventIndex: index });
      setSeries(s);
      setPoint(null);
    }, 30);
    return () => window.clearTimeout(timer);
  }, [key, index, rules]); // `key` stands for the scenario

  const levels = useMemo(() => compareLevels(scenario, rules, index), [key, index, rules]);
  const places = useMemo(() => comparePlaces(scenario, rules, index), [key, index, rules]);
  const sel = series ? (point === null ? series.current : series.points[point]) : undefined;
  const sliderValue = series ? (point ?? Math.round((Number(series.current.total) / series.max) * (series.points.length - 1))) : 0;
  const readout = sel
    ? `${point === null ? '您的账单：总费用 ' : '总费用 '}${formatYuan(sel.total)}${point === null ? '，' : ' 时：'}您付 ${formatYuan(sel.personal)}，医保等付 ${formatYuan(sel.fund)}`
    : '';
  const rows = series ? series.points.filter((_, i) => i % 20 === 0) : [];

  return (
    <section aria-labelledby="whatif-heading" className="mt-8">
      <h3 id="whatif-heading" className="text-xl font-bold">
        如果情况不一样
      </h3>
      {scenario.events.length > 1 && (
        <div className="mt-2">
          <label htmlFor="whatif-event" className="block font-bold">
            看哪一笔费用的变化
          </label>
          <select id="whatif-event" value={index} onChange={(e) => setEventIndex(Number(e.target.value))} className="tap mt-1 w-full rounded-lg border-2 border-slate-500 bg-white px-2">
            {scenario.events.map((_, i) => (
              <option key={i} value={i}>
                第 {i + 1} 笔：{eventTitles[i]}
              </option>
            ))}
          </select>
        </div>
      )}

      <h4 className="mt-4 text-lg font-bold">花得更多或更少，自己付多少？</h4>
      <p id={labelId} className="text-[0.9375rem] text-muted">
        折线图：横轴是{scenario.events.length > 1 ? `第 ${index + 1} 笔的` : ''}总费用（元，从 0 到各项报销都到顶），纵轴是金额（元）；实线是您一年自己付的钱，虚线是医保等支付的钱。自费和乙类按现在的比例同比变化。
        {series && `总费用 ${formatShort(series.max)} 时您付 ${formatYuan(series.points.at(-1)?.personal ?? '0')}。`}
      </p>
      {series ? (
        <>
          <Chart series={series} selected={sel} labelId={labelId} />
          <ul className="flex flex-wrap gap-x-4 text-[0.9375rem]">
            <li>
              <svg aria-hidden="true" width="28" height="10" className="mr-1 inline">
                <line x1="0" x2="28" y1="5" y2="5" stroke="#b45309" strokeWidth="3" />
              </svg>
              实线：您自己付
            </li>
            <li>
              <svg aria-hidden="true" width="28" height="10" className="mr-1 inline">
                <line x1="0" x2="28" y1="5" y2="5" stroke="#174b98" strokeWidth="2.5" strokeDasharray="6 4" />
              </svg>
              虚线：医保等支付
            </li>
          </ul>
          <div className="mt-3 print:hidden">
            <label htmlFor={sliderId} className="block font-bold">
              拖动或用方向键，看不同的总费用
            </label>
            <input
              id={sliderId}
              type="range"
              min={0}
              max={series.points.length - 1}
              step={1}
              value={sliderValue}
              onChange={(e) => setPoint(Number(e.target.value))}
              aria-valuetext={readout}
              className="tap w-full accent-brand-700"
            />
          </div>
          <p className="rounded-lg bg-white p-2 font-bold tabular-nums">{readout}</p>
          {point !== null && (
            <button type="button" onClick={() => setPoint(null)} className="tap mt-1 rounded-lg px-2 text-brand-700 underline print:hidden">
              回到我的账单
            </button>
          )}
          <details className="mt-2">
            <summary className="tap flex cursor-pointer items-center text-brand-700 underline">用表格看这张图</summary>
            <SplitTable
              className="mt-1"
              caption="不同总费用下的支付"
              column="总费用"
              rows={rows.map((p) => ({
                key: String(p.total),
                headClassName: 'font-normal tabular-nums',
                head: formatShort(p.total),
                personal: formatYuan(p.personal),
                fund: formatYuan(p.fund),
              }))}
            />
          </details>
        </>
      ) : (
        <p role="status" className="mt-2 text-muted">
          正在计算……
        </p>
      )}

      {levels.length > 0 && (
        <>
          <h4 className="mt-6 text-lg font-bold">同样的费用，在不同等级的医院</h4>
          <AlternativesTable rows={levels} caption="同样的费用在各级医院" column="医院等级" />
        </>
      )}
      {places.length > 0 && (
        <>
          <h4 className="mt-6 text-lg font-bold">同样的住院，在本地和外地</h4>
          <AlternativesTable rows={places} caption="同样的住院在不同就医地" column="就医情形" />
        </>
      )}
    </section>
  );
}
