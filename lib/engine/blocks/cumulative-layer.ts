import type Decimal from 'decimal.js';
import { money, percent } from '@/lib/money';
import { ASSISTANCE_LABELS } from '@/lib/policy/labels';
import { holds, resolve } from '@/lib/policy/lookup';
import type { LayerSpec } from '@/lib/policy/spec';
import { bandShares, cumulativeLayer, type Band } from '../bands';
import { whoOf, type Bill } from '../bill';

type Cumulative = Extract<LayerSpec, { kind: 'cumulative' }>;

/** Band tables of layers whose ratios are plain numbers, made once (this runs for every bill of every chart point). */
const fixedBands = new WeakMap<Cumulative, { plain: Band[]; favoured: Band[] }>();

function bandsFor(bill: Bill, layer: Cumulative, plus: number): Band[] {
  let fixed = fixedBands.get(layer);
  if (!fixed && layer.bands.every((b) => typeof b.ratio === 'number')) {
    const bonus = layer.favoured?.ratioPlus ?? 0;
    fixed = { plain: layer.bands.map((b) => ({ upTo: b.upTo, ratio: b.ratio as number })), favoured: layer.bands.map((b) => ({ upTo: b.upTo, ratio: (b.ratio as number) + bonus })) };
    fixedBands.set(layer, fixed);
  }
  if (fixed) return plus === 0 ? fixed.plain : fixed.favoured;
  return layer.bands.map((b) => ({ upTo: b.upTo, ratio: (resolve(b.ratio, bill.dims) ?? 0) + plus }));
}

/**
 * A layer on the year's cumulative share left to the person (大病保险, 大额补助): the part above a
 * once-a-year deductible, in bands, up to a cap. `favoured` persons get a lower deductible, higher ratios
 * and (where the rules say so) no cap.
 */
export function cumulativeShare(bill: Bill, layer: Cumulative, share: Decimal): Decimal {
  const favoured = layer.favoured && holds(layer.favoured.when, bill.person) ? layer.favoured : undefined;
  const base = money(resolve(layer.deductible, bill.dims) ?? 0);
  const deductible = favoured ? base.times(percent(favoured.deductiblePercent)) : base;
  const bands = bandsFor(bill, layer, favoured ? favoured.ratioPlus : 0);
  const capValue = favoured?.uncapped ? null : resolve(layer.cap, bill.dims);
  const cap = capValue === null ? null : money(capValue);
  const before = bill.ledger.get(layer.pool);
  const after = bill.ledger.add(layer.pool, share);
  const { paid, from, to } = cumulativeLayer(before, after, deductible, bands, cap);
  if (bill.steps.on) {
    bill.steps.add({
      kind: 'cumulativeLayer',
      params: {
        label: layer.label,
        base: layer.base,
        yearTotal: after,
        deductible,
        cap,
        parts: bandShares(from, to, bands),
        who: whoOf(bill, layer.deductible, ...layer.bands.map((b) => b.ratio)),
        ...(favoured ? { favoured: { status: ASSISTANCE_LABELS[bill.person.assistance], deductiblePercent: favoured.deductiblePercent, ratioPlus: favoured.ratioPlus, uncapped: favoured.uncapped } } : {}),
      },
      amount: paid,
      source: favoured ? favoured.source : layer.source,
    });
  }
  return paid;
}
