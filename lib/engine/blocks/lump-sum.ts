import type Decimal from 'decimal.js';
import { min, money, percent } from '@/lib/money';
import { DELIVERY_LABELS } from '@/lib/policy/labels';
import { resolve } from '@/lib/policy/lookup';
import type { EventSpec } from '@/lib/policy/spec';
import type { MaternityEvent } from '@/lib/scenario/types';
import { yuan } from '../words';
import type { Bill } from '../bill';

type LumpSum = Extract<NonNullable<EventSpec['pay']>, { kind: 'lumpSum' }>;
type TerminationBand = { belowWeeks?: number; belowMonths?: number; amount: number };

/** The first band a pregnancy of `weeks` falls below (months = weeks ÷ weeksPerMonth), else the last. */
export function terminationBand<B extends TerminationBand>(bands: readonly B[], weeks: number, weeksPerMonth: number): B | undefined {
  const months = weeks / weeksPerMonth;
  return bands.find((b) => (b.belowWeeks !== undefined ? weeks < b.belowWeeks : b.belowMonths !== undefined ? months < b.belowMonths : true));
}

/** Weeks of pregnancy counted as one month where the rules give months (4 unless they say otherwise). */
function weeksPerMonthOf(block: LumpSum): number {
  return block.termination?.weeksPerMonth?.value ?? 4;
}

/** The fixed amount for a delivery (plus each further baby) or a termination of pregnancy. */
export function lumpSumAmount(block: LumpSum, event: MaternityEvent, dims: Bill['dims']): { amount: Decimal; what: string } {
  const weeksPerMonth = weeksPerMonthOf(block);
  if (event.delivery === 'termination') {
    const weeks = event.weeks ?? 0;
    const band = block.termination ? terminationBand(block.termination.bands, weeks, weeksPerMonth) : undefined;
    return { amount: money(band?.amount ?? 0), what: `孕${weeks}周终止妊娠` };
  }
  const base = money(resolve(block.amount, dims) ?? 0);
  const extra = Math.max(0, event.babies - 1);
  const x = block.extraBaby;
  const amount = x?.amount !== undefined ? base.plus(money(x.amount).times(extra)) : x?.percent !== undefined ? base.plus(base.times(percent(x.percent)).times(extra)) : base;
  const each = x?.amount !== undefined ? yuan(x.amount) : x?.percent !== undefined ? `${x.percent}%` : '';
  return { amount, what: `${DELIVERY_LABELS[event.delivery]}${extra && each ? `，多胞胎每多一个婴儿增加 ${each}` : ''}` };
}

/** 生育医疗费 定额/包干/限额: the fixed amount, never more than the eligible cost. */
export function payLumpSum(bill: Bill, block: LumpSum, eligible: Decimal): Decimal {
  const event = bill.event as MaternityEvent;
  const { amount, what } = lumpSumAmount(block, event, bill.dims);
  const wanted = min(eligible, amount);
  if (bill.steps.on) bill.steps.add({ kind: 'lumpSum', params: { called: block.called, what, amount, eligible }, amount: wanted, source: event.delivery === 'termination' ? (block.termination?.source ?? block.source) : block.source });
  const weeks = event.weeks ?? 0;
  if (event.delivery === 'termination' && block.termination?.weeksPerMonth) {
    bill.notes.add(`怀孕周数按每月 ${block.termination.weeksPerMonth.value} 周折算成月数。`);
  }
  for (const n of block.notCounted ?? []) {
    if ((n.when === 'termination') !== (event.delivery === 'termination')) continue;
    const value = n.bands ? (terminationBand(n.bands, weeks, weeksPerMonthOf(block))?.amount ?? 0) : (n.amount ?? 0);
    if (value > 0) bill.notes.add(n.text.replace('{amount}', ` ${yuan(value)} `).replace(/ ，/g, '，'));
  }
  return wanted;
}
