import type Decimal from 'decimal.js';
import { money, percent, ZERO } from '@/lib/money';
import { holds } from '@/lib/policy/lookup';
import type { LayerSpec } from '@/lib/policy/spec';
import type { Bill } from '../bill';

/** A ratio of what the basic fund left to the person, up to a yearly cap (公务员医疗补助, 门诊大额补助). */
export function shareRatio(bill: Bill, layer: Extract<LayerSpec, { kind: 'shareRatio' }>, share: Decimal): Decimal {
  if (layer.when && !holds(layer.when, bill.person)) return ZERO;
  if (share.lte(ZERO)) return ZERO;
  const paid = bill.ledger.takeFromCap(layer.pool, money(layer.cap), share.times(percent(layer.ratio)));
  if (bill.steps.on) bill.steps.add({ kind: 'shareRatio', params: { label: layer.label, share, ratio: layer.ratio, cap: layer.cap }, amount: paid, source: layer.source });
  return paid;
}
