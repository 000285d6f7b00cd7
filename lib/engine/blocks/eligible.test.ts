import { describe, expect, it } from 'vitest';
import { render } from '../words';
import { classBSelfPay } from './class-b';
import { eligibleAmount } from './eligible';
import { testBill } from './test-bill';

describe('eligible (政策范围内费用) and classB (乙类先行自付)', () => {
  it('total − 自费, in the handbook’s word for 自费', () => {
    const bill = testBill({ type: 'inpatient', total: '50000.00', outOfScope: '3000.00' }, { eligible: { source: 'x/y/1', outOfScope: '丙类等自费' } });
    expect(eligibleAmount(bill).toFixed(2)).toBe('47000.00');
    expect(render(bill.steps.structured)[0]?.text).toBe('政策范围内费用：总费用 ¥50,000.00 − 丙类等自费 ¥3,000.00 = ¥47,000.00');
  });
  it('乙类: the self-paid share first; none where the rules have none (said in a note)', () => {
    expect(classBSelfPay(testBill({ type: 'inpatient', classB: '2000.00' }), { selfPay: 10, source: 'x/y/1' }).toNumber()).toBe(200);
    const none = testBill({ type: 'inpatient', classB: '2000.00' });
    expect(classBSelfPay(none, { selfPay: 0, note: '手册没有规定乙类先行自付', source: 'x/y/1' }).toNumber()).toBe(0);
    expect(render(none.steps.structured)[0]?.text).toBe('手册没有规定乙类先行自付');
  });
});
