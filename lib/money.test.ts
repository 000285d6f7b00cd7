import { describe, expect, it } from 'vitest';
import type Decimal from 'decimal.js';
import { formatShort, formatYuan, parseAmountInput, round2, money, Money, toAmountString } from './money';

describe('parseAmountInput', () => {
  it.each([
    ['5万', '50000'],
    ['5.5万元', '55000'],
    ['1,200', '1200'],
    ['１２００', '1200'],
    ['¥3000', '3000'],
    ['3000元', '3000'],
    [' 12.50 ', '12.5'],
    ['0', '0'],
    // As residents write and say amounts (issue 13): Chinese grouping in fours, Chinese numerals, spoken short forms.
    ['5,0000', '50000'],
    ['12,3456', '123456'],
    ['五万', '50000'],
    ['一万二', '12000'],
    ['三千五', '3500'],
    ['两万五千', '25000'],
    ['一千零五十', '1050'],
    ['十二万', '120000'],
    ['一百五十万', '1500000'],
    ['5万2', '52000'],
    ['1.5万', '15000'],
    ['三千五百块', '3500'],
    ['八百块钱', '800'],
    ['一万零二', '10002'],
    ['伍仟元', '5000'],
    ['十', '10'],
  ])('parses %s', (input, expected) => {
    const r = parseAmountInput(input);
    expect(r.ok && r.value.toString()).toBe(expected);
  });

  it.each(['abc', '5-3', '1e5', '-100', '', '1,2,3', '5万万', '12.345', '2000000000', '1.2.3', '五五', '万', '负一万', '三千五百块块', '十亿零一', '1,23'])('rejects %j with a Chinese message', (input) => {
    const r = parseAmountInput(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('formatting', () => {
  it('formats yuan with separators and two decimals', () => {
    expect(formatYuan(1234567.891)).toBe('¥1,234,567.89');
    expect(formatYuan(0)).toBe('¥0.00');
    expect(formatShort(55000)).toBe('5.5万元');
    expect(formatShort(800)).toBe('¥800.00');
  });
  it('rounds half up', () => {
    expect(round2(money('2.345')).toFixed(2)).toBe('2.35');
    expect(round2(money('2.344')).toFixed(2)).toBe('2.34');
  });
});

describe('toAmountString', () => {
  it('always writes two decimals, as toFixed(2) would', () => {
    const cases: [Decimal.Value, string][] = [
      [0, '0.00'], [7, '7.00'], [1234.5, '1234.50'], [27780, '27780.00'], ['2863.2', '2863.20'], ['0.05', '0.05'],
      [1e9, '1000000000.00'], ['1e21', '1000000000000000000000.00'], ['0.005', '0.01'], ['0.001', '0.00'], [-5, '-5.00'], ['-0.5', '-0.50'],
    ];
    for (const [value, expected] of cases) {
      expect(toAmountString(new Money(value))).toBe(expected);
      expect(toAmountString(new Money(value))).toBe(new Money(value).toFixed(2));
    }
  });
});

describe('money', () => {
  it('reads numbers and strings alike and reuses nothing mutable', () => {
    expect(money('80000.00').eq(money(80000))).toBe(true);
    expect(money('80000.00')).toBe(money('80000.00'));
    const d = new Money('12.34');
    expect(money(d)).toBe(d);
  });
});
