import { describe, expect, it } from 'vitest';
import { money } from '@/lib/money';
import { YearLedger } from '../ledger';
import { render } from '../words';
import { payBands } from './bands';
import { payCumulative } from './cumulative';
import { lumpSumAmount, payLumpSum, terminationBand } from './lump-sum';
import { payRatio } from './ratio';
import { testBill } from './test-bill';

describe('pay: ratio', () => {
  it('pays the ratio of what is above the deductible, and its step says so in words', () => {
    const bill = testBill({ type: 'inpatient' }, { deductible: { per: 'admission', amount: 700, source: 'x/y/1' } });
    expect(payRatio(bill, { ratio: 60, source: 'x/y/1' }, money(10000), money(700)).toFixed(2)).toBe('5580.00');
    expect(render(bill.steps.structured)[0]?.text).toBe('起付线以上 ¥9,300.00 由统筹基金报销 60%');
  });
});

describe('pay: bands', () => {
  const bands = [{ upTo: 30000, ratio: 60 }, { upTo: 60000, ratio: 65 }, { upTo: null, ratio: 70 }];
  it('of the bill: the part above the deductible in each band', () => {
    expect(payBands(testBill({ type: 'inpatient' }), { kind: 'bands', of: 'bill', bands, source: 'x/y/1' }, money(50000), money(800)).toFixed(2)).toBe('30520.00');
  });
  it('for a place: every ratio lower, or one flat ratio', () => {
    const places = { longterm: { delta: -10, source: 'x/y/2' }, unreferred: { flat: 20, source: 'x/y/3' } };
    expect(payBands(testBill({ type: 'inpatient' }, {}, { dims: { where: 'longterm' } }), { kind: 'bands', of: 'bill', bands, places, source: 'x/y/1' }, money(10000), money(800)).toNumber()).toBe(4600);
    expect(payBands(testBill({ type: 'inpatient' }, {}, { dims: { where: 'unreferred' } }), { kind: 'bands', of: 'bill', bands, places, source: 'x/y/1' }, money(10000), money(400)).toNumber()).toBe(1920);
  });
  it('of the year: each bill at the bands its part of the year’s cumulative cost falls in', () => {
    const ledger = new YearLedger();
    const block = { kind: 'bands' as const, of: 'year' as const, pool: 'cost', bands: [{ upTo: 200000, ratio: 93 }, { upTo: 400000, ratio: 96 }], source: 'x/y/1' };
    expect(payBands(testBill({ type: 'inpatient' }, {}, { ledger }), block, money(150000), money(400)).toFixed(2)).toBe('139128.00');
    // (200000 − 150280) × 93% + 50000 × 96%
    expect(payBands(testBill({ type: 'inpatient' }, {}, { ledger }), block, money(100000), money(280)).toFixed(2)).toBe('94239.60');
  });
});

describe('pay: lumpSum', () => {
  const block = { kind: 'lumpSum' as const, called: '定额', amount: { by: ['delivery'], values: { natural: 2000, cesarean: 3500 } }, source: 'x/y/1' };
  it('a fixed amount by delivery, plus each further baby (an amount or a percentage), never more than the cost', () => {
    const bill = (e: object) => testBill({ type: 'maternity', delivery: 'natural', babies: 1, ...e } as never, {}, { dims: { delivery: (e as { delivery?: string }).delivery ?? 'natural' } });
    expect(payLumpSum(bill({ total: '3000.00' }), block, money(3000)).toNumber()).toBe(2000);
    expect(payLumpSum(bill({ total: '1500.00' }), block, money(1500)).toNumber()).toBe(1500);
    const twins = bill({ delivery: 'cesarean', babies: 2 });
    expect(lumpSumAmount({ ...block, extraBaby: { amount: 800 } }, twins.event as never, twins.dims).amount.toNumber()).toBe(4300);
    expect(lumpSumAmount({ ...block, extraBaby: { percent: 15 } }, twins.event as never, twins.dims).amount.toNumber()).toBe(4025);
  });
  it('a termination by weeks or months of pregnancy', () => {
    const bands = [{ belowMonths: 2, amount: 1200 }, { belowMonths: 4, amount: 3000 }, { amount: 4000 }];
    expect([6, 8, 15, 16].map((w) => terminationBand(bands, w, 4)?.amount)).toEqual([1200, 3000, 3000, 4000]);
    expect([15, 16].map((w) => terminationBand([{ belowWeeks: 16, amount: 500 }, { amount: 1800 }], w, 4)?.amount)).toEqual([500, 1800]);
  });
});

describe('pay: cumulative', () => {
  it('the year’s cost above a deductible, in bands (100 to 5000 at 80%)', () => {
    const ledger = new YearLedger();
    const block = { kind: 'cumulative' as const, pool: 'injury', deductible: 100, bands: [{ upTo: 4900, ratio: 80 }], cap: null, source: 'x/y/1' };
    expect(payCumulative(testBill({ type: 'injury' }, {}, { ledger }), block, money(3000)).toNumber()).toBe(2320);
    expect(payCumulative(testBill({ type: 'injury' }, {}, { ledger }), block, money(3000)).toNumber()).toBe(1600);
  });
});
