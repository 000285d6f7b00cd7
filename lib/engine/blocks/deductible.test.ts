import { describe, expect, it } from 'vitest';
import { money } from '@/lib/money';
import { YearLedger } from '../ledger';
import { deductible } from './deductible';
import { testBill } from './test-bill';

const byLevel = { by: ['level'], values: { level1: 200, level2: 400, level3: 800 } };

describe('deductible (起付线)', () => {
  it('per admission: by level, never more than the covered cost', () => {
    expect(deductible(testBill({ type: 'inpatient' }), { per: 'admission', amount: byLevel, source: 'x/y/1' }, money(10000)).toFixed(2)).toBe('400.00');
    expect(deductible(testBill({ type: 'inpatient' }), { per: 'admission', amount: byLevel, source: 'x/y/1' }, money(150)).toFixed(2)).toBe('150.00');
  });

  it('by the n-th admission of the year (the last value for every later one), with a factor for a group', () => {
    const amount = { by: ['admission'], values: [300, 210, 150] };
    const paid = (n: number) => deductible(testBill({ type: 'inpatient' }, {}, { dims: { admission: n } }), { per: 'admission', amount, source: 'x/y/1' }, money(10000)).toNumber();
    expect([1, 2, 3, 4].map(paid)).toEqual([300, 210, 150, 150]);
    const half = deductible(testBill({ type: 'inpatient' }, {}, { dims: { groups: { minor: 'minor' } } }), { per: 'admission', amount: byLevel, factor: { by: ['minor'], values: { minor: 50, adult: 100 } }, source: 'x/y/1' }, money(10000));
    expect(half.toNumber()).toBe(200);
  });

  it('a 转院 in one course of treatment pays only the difference', () => {
    const ledger = new YearLedger();
    const block = { per: 'admission' as const, amount: byLevel, transfer: { source: 'x/y/2' }, source: 'x/y/1' };
    expect(deductible(testBill({ type: 'inpatient' }, {}, { ledger, dims: { level: 'level1' } }), block, money(5000)).toNumber()).toBe(200);
    expect(deductible(testBill({ type: 'inpatient', transfer: true }, {}, { ledger, dims: { level: 'level3' } }), block, money(5000)).toNumber()).toBe(600);
    expect(deductible(testBill({ type: 'inpatient', transfer: true }, {}, { ledger, dims: { level: 'level2' } }), block, money(5000)).toNumber()).toBe(0);
  });

  it('once a year: what the year has paid of it counts, so a small first bill leaves the rest for the next', () => {
    const paid = new YearLedger();
    const block = { per: 'year' as const, pool: 'p', amount: 400, source: 'x/y/1' };
    expect(deductible(testBill({ type: 'special' }, {}, { ledger: paid }), block, money(100)).toNumber()).toBe(100);
    expect(deductible(testBill({ type: 'special' }, {}, { ledger: paid }), block, money(1000)).toNumber()).toBe(300);
    expect(deductible(testBill({ type: 'special' }, {}, { ledger: paid }), block, money(1000)).toNumber()).toBe(0);
  });

  it('at a fixed level whatever the bill’s level, and says so in its step', () => {
    const bill = testBill({ type: 'special' }, {}, { dims: { level: 'level3' } });
    expect(deductible(bill, { per: 'year', pool: 'p', amount: byLevel, atLevel: 'level2', source: 'x/y/1' }, money(5000)).toNumber()).toBe(400);
    expect(bill.steps.structured[0]).toMatchObject({ kind: 'deductible', params: { per: 'year', atLevel: '二级医疗机构' } });
  });
});
