import { describe, expect, it } from 'vitest';
import { formatShort, formatYuan, parseAmountInput, round2, money } from './money';

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
  ])('parses %s', (input, expected) => {
    const r = parseAmountInput(input);
    expect(r.ok && r.value.toString()).toBe(expected);
  });

  it.each(['abc', '5-3', '1e5', '-100', '', '1,2,3', '5万万', '12.345', '2000000000', '1.2.3'])('rejects %j with a Chinese message', (input) => {
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
