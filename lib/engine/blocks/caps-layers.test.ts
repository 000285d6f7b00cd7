import { describe, expect, it } from 'vitest';
import { money } from '@/lib/money';
import type { DiseaseCatalogue, LayerSpec } from '@/lib/policy/spec';
import { YearLedger, YearSeen } from '../ledger';
import { assistance } from './assistance';
import { applyCap } from './cap';
import { cumulativeShare } from './cumulative-layer';
import { shareRatio } from './share-ratio';
import { testBill } from './test-bill';

describe('caps (年度限额)', () => {
  it('a pool shared by the year’s bills, paid to the fen', () => {
    const ledger = new YearLedger();
    const cap = { pool: 'basic', amount: 1000, called: '年度限额', source: 'x/y/1' };
    expect(applyCap(testBill({ type: 'outpatient' }, {}, { ledger }), cap, money(600.005)).toFixed(2)).toBe('600.01');
    expect(applyCap(testBill({ type: 'outpatient' }, {}, { ledger }), cap, money(600)).toFixed(2)).toBe('399.99');
    expect(applyCap(testBill({ type: 'outpatient' }, {}, { ledger }), { ...cap, amount: null }, money(5)).toFixed(2)).toBe('5.00');
  });

  it('from the year’s diseases: the highest cap, plus an amount for each further disease', () => {
    const diseases: Record<string, DiseaseCatalogue> = { c: { source: 'x/y/1', capBy: [], list: [{ name: '甲', cap: 3000 }, { name: '乙', cap: 2400 }] } };
    const seen = new YearSeen();
    const ledger = new YearLedger();
    const bill = (names: string[]) => testBill({ type: 'chronic', diseases: names }, { catalogue: 'c' }, { city: { diseases }, seen, ledger });
    const cap = { pool: 'chronic', diseases: 'highest' as const, extraPerDisease: 480, called: '门诊慢性病年度额度', source: 'x/y/1' };
    expect(applyCap(bill(['乙']), cap, money(5000)).toNumber()).toBe(2400);
    expect(applyCap(bill(['甲']), cap, money(5000)).toNumber()).toBe(3480 - 2400);
  });

  it('from the “两病” of the year', () => {
    const seen = new YearSeen();
    const ledger = new YearLedger();
    const cap = { pool: 'two', conditions: { hypertension: 200, diabetes: 300, both: 500 }, called: '年度限额', source: 'x/y/1' };
    expect(applyCap(testBill({ type: 'twoDiseases', conditions: ['hypertension'] }, {}, { seen, ledger }), cap, money(400)).toNumber()).toBe(200);
    expect(applyCap(testBill({ type: 'twoDiseases', conditions: ['diabetes'] }, {}, { seen, ledger }), cap, money(400)).toNumber()).toBe(300);
  });
});

describe('layers after the basic fund', () => {
  it('shareRatio: a ratio of the share for the persons it is for, up to a yearly cap', () => {
    const layer = { kind: 'shareRatio' as const, payer: 'civil' as const, label: '公务员医疗补助', when: { civilServant: true }, ratio: 60, pool: 'civil', cap: 20000, source: 'x/y/1' };
    expect(shareRatio(testBill({ type: 'inpatient' }), layer, money(2560)).toNumber()).toBe(0);
    expect(shareRatio(testBill({ type: 'inpatient' }, {}, { person: { civilServant: true } }), layer, money(2560)).toNumber()).toBe(1536);
  });

  it('cumulative: the year’s share above a deductible in bands, up to a cap; favoured persons get more', () => {
    const layer: Extract<LayerSpec, { kind: 'cumulative' }> = {
      kind: 'cumulative', payer: 'critical', label: '大病保险', pool: 'c', base: '年度累计个人自付', deductible: 14448,
      bands: [{ upTo: 100000, ratio: 60 }, { upTo: 200000, ratio: 70 }, { upTo: null, ratio: 85 }], cap: 300000,
      favoured: { when: { assistance: ['dibao'] }, deductiblePercent: 50, ratioPlus: 5, uncapped: true, source: 'x/y/2' }, source: 'x/y/1',
    };
    expect(cumulativeShare(testBill({ type: 'inpatient' }), layer, money(19220)).toFixed(2)).toBe('2863.20');
    // (19220 − 14448 × 50%) × 65%
    expect(cumulativeShare(testBill({ type: 'inpatient' }, {}, { person: { assistance: 'dibao' } }), layer, money(19220)).toFixed(2)).toBe('7797.40');
  });

  it('assistance: 常规救助 by status, then 倾斜救助 above the threshold, none for excluded places', () => {
    const layer: Extract<LayerSpec, { kind: 'assistance' }> = {
      kind: 'assistance', payer: 'assistance', income: { amount: 28896, source: 'x/y/1', note: '收入' },
      statuses: { edge: { deductiblePercent: 10, ratio: 50, cap: 10000 } }, excludedPlaces: ['unreferred'],
      tilted: { threshold: 8500, cap: 10000, ratio: 50, places: ['local'], who: '规范转诊' }, source: 'x/y/1',
    };
    const person = { assistance: 'edge' as const };
    expect(assistance(testBill({ type: 'inpatient' }, {}, { person, dims: { assistance: 'edge' } }), layer, money(24836.8)).toFixed(2)).toBe('13168.40');
    expect(assistance(testBill({ type: 'inpatient' }, {}, { person, dims: { where: 'unreferred' } }), layer, money(24836.8)).toNumber()).toBe(0);
    expect(assistance(testBill({ type: 'inpatient' }), layer, money(24836.8)).toNumber()).toBe(0);
  });
});
