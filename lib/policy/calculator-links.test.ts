import { describe, expect, it } from 'vitest';
import { getHandbook } from '@/lib/content/load';
import { calculatorLinkFor } from './calculator-links';
import { loadRuleBook } from './load';

const rules = loadRuleBook();
const book = getHandbook();
const linkOf = (id: string) => calculatorLinkFor(rules, book.byId.get(id)!);

describe('“算一算” links of answers', () => {
  it('sends a 住院 answer to the calculator with 住院 chosen, its city and scheme', () => {
    expect(linkOf('bazhong/resident/11')).toEqual({ kind: 'event', city: 'bazhong', scheme: 'resident', type: 'inpatient' });
    expect(linkOf('changchun/maternity/31')).toEqual({ kind: 'event', city: 'changchun', scheme: 'resident', type: 'maternity' });
  });

  it('sends the 生育津贴 answers to the 生育津贴 tool (the entries its rules cite)', () => {
    expect(linkOf('changdu/maternity/6')).toEqual({ kind: 'tool', tool: 'maternityAllowance', path: '/calculator/allowance/' });
  });

  it('offers nothing where the calculator cannot compute the topic', () => {
    // 昌都 has no 门诊慢特病 computation; a 联系方式 answer has no bill at all.
    expect(linkOf('changdu/special/1')).toBeNull();
    expect(linkOf('changchun/contact/44')).toBeNull();
  });
});
