import type Decimal from 'decimal.js';
import { money, percent, ZERO } from '@/lib/money';
import { ASSISTANCE_LABELS } from '@/lib/policy/labels';
import { resolve } from '@/lib/policy/lookup';
import { placeName } from '@/lib/policy/names';
import type { LayerSpec } from '@/lib/policy/spec';
import type { Place, SchemeId } from '@/lib/policy/vocabulary';
import { cumulativeLayer } from '../bands';
import type { Bill } from '../bill';

type Assistance = Extract<LayerSpec, { kind: 'assistance' }>;

/** The year's running totals of 医疗救助 (常规救助, then 倾斜救助 on what remains). */
const REGULAR = 'assistanceBase';
const TILTED = 'tiltedBase';

/**
 * 医疗救助 on the year's remaining eligible share: 常规救助 by status (a deductible that is a percentage of
 * last year's income, a ratio, a yearly cap), then 倾斜救助 above a threshold for bills at the places it covers.
 */
export function assistance(bill: Bill, layer: Assistance, share: Decimal): Decimal {
  const status = bill.person.assistance;
  const s = status === 'none' ? undefined : layer.statuses[status];
  if (!s || share.lte(ZERO)) return ZERO;
  const place = (bill.dims.where ?? 'local') as Place;
  if (layer.excludedPlaces.includes(place)) {
    if (bill.steps.on) bill.steps.add({ kind: 'assistanceExcluded', params: { place: placeName(bill.city, bill.dims.scheme as SchemeId, place) }, amount: ZERO, source: layer.source });
    return ZERO;
  }
  const deductible = money(layer.income.amount).times(percent(s.deductiblePercent));
  const before = bill.ledger.get(REGULAR);
  const after = bill.ledger.add(REGULAR, share);
  const regular = cumulativeLayer(before, after, deductible, [{ upTo: null, ratio: s.ratio }], money(s.cap)).paid;
  if (bill.steps.on) {
    bill.steps.add({ kind: 'assistance', params: { status: ASSISTANCE_LABELS[status], yearTotal: after, deductible, ratio: s.ratio, cap: s.cap }, amount: regular, source: layer.source });
  }
  let tilted = ZERO;
  const t = layer.tilted;
  if (t.places.includes(place)) {
    const ratio = resolve(t.ratio, bill.dims) ?? 0;
    const tBefore = bill.ledger.get(TILTED);
    const tAfter = bill.ledger.add(TILTED, share.minus(regular));
    tilted = cumulativeLayer(tBefore, tAfter, money(t.threshold), [{ upTo: null, ratio }], money(t.cap)).paid;
    if (bill.steps.on && tilted.gt(ZERO)) {
      bill.steps.add({ kind: 'tilted', params: { who: t.who, yearTotal: tAfter, threshold: t.threshold, ratio, cap: t.cap }, amount: tilted, source: layer.source });
    }
  }
  return regular.plus(tilted);
}
