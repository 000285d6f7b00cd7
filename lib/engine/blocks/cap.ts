import type Decimal from 'decimal.js';
import { money, ZERO } from '@/lib/money';
import { catalogueOf, diseaseCap, findDisease } from '@/lib/policy/diseases';
import { resolve } from '@/lib/policy/lookup';
import type { EventSpec } from '@/lib/policy/spec';
import type { Bill } from '../bill';

type Cap = NonNullable<EventSpec['caps']>[number];

/** The diseases of the bill (门诊慢性病: several; 门诊特殊疾病: one). */
function diseasesOf(bill: Bill): string[] {
  const e = bill.event;
  return e.type === 'chronic' ? e.diseases : e.type === 'special' ? [e.disease] : [];
}

/**
 * The limit and the pool it is kept in: a fixed or looked-up amount; the highest cap of the year's
 * diseases (plus `extraPerDisease` for each further one); each disease's own cap; or the “两病” of the year.
 * `undefined`: this limit does not apply to the bill.
 */
function limitOf(bill: Bill, cap: Cap): { pool: string; amount: Decimal | null; disease?: { highest: string; count: number } } | undefined {
  if (cap.diseases) {
    const catalogue = catalogueOf(bill.city, bill.spec);
    if (!catalogue) return undefined;
    const entries = diseasesOf(bill).map((d) => findDisease(catalogue, d).found);
    if (cap.diseases === 'perDisease') {
      const d = entries[0];
      const amount = d ? diseaseCap(catalogue, d, bill.dims) : undefined;
      return d && amount !== undefined && amount !== null ? { pool: `${cap.pool}:${d.code ?? d.name}`, amount: money(amount) } : undefined;
    }
    const seen = bill.seen.add(cap.pool, entries.map((d) => (d ? (d.code ?? d.name) : '')));
    let highest = { name: '', cap: -1 };
    for (const id of seen) {
      const d = findDisease(catalogue, id).found;
      const c = d ? (diseaseCap(catalogue, d, bill.dims) ?? 0) : 0;
      if (d && c > highest.cap) highest = { name: d.name, cap: c };
    }
    const amount = money(highest.cap).plus(money(cap.extraPerDisease ?? 0).times(seen.size - 1));
    return { pool: cap.pool, amount, disease: { highest: highest.name, count: seen.size } };
  }
  if (cap.conditions) {
    const e = bill.event;
    const seen = bill.seen.add(cap.pool, e.type === 'twoDiseases' ? e.conditions : []);
    const amount = seen.size === 2 ? cap.conditions.both : seen.has('diabetes') ? cap.conditions.diabetes : cap.conditions.hypertension;
    return { pool: cap.pool, amount: money(amount) };
  }
  const amount = cap.amount === undefined ? null : resolve(cap.amount, bill.dims);
  return { pool: cap.pool, amount: amount === null ? null : money(amount) };
}

/**
 * 年度限额: takes what the fund would pay from the year's pool, in fen (the amount actually paid, so that a
 * year's payments add up to the limit and never one fen more), and returns it.
 */
export function applyCap(bill: Bill, cap: Cap, wanted: Decimal): Decimal {
  if (!cap.diseases && !cap.conditions && !bill.steps.on) {
    // The common case, without explanation (a what-if chart): a fixed or looked-up limit.
    const amount = cap.amount === undefined ? null : resolve(cap.amount, bill.dims);
    return bill.ledger.takeFromCap(cap.pool, amount === null ? null : money(amount), wanted);
  }
  const limit = limitOf(bill, cap);
  if (!limit) return wanted;
  const paidBefore = bill.steps.on ? bill.ledger.get(limit.pool) : ZERO;
  const granted = bill.ledger.takeFromCap(limit.pool, limit.amount, wanted);
  if (bill.steps.on && limit.amount !== null) {
    if (limit.disease) {
      bill.steps.add({ kind: 'diseaseCap', params: { called: cap.called, cap: limit.amount, highest: limit.disease.highest, count: limit.disease.count, extraPerDisease: cap.extraPerDisease ?? 0 }, amount: limit.amount, source: cap.source });
    }
    if (limit.disease || granted.lt(wanted)) {
      bill.steps.add({ kind: 'cap', params: { called: cap.called, cap: limit.amount, wanted, granted, paidBefore }, amount: granted, source: cap.source });
    }
  }
  return granted;
}
