import { describe, expect, it } from 'vitest';
import { loadHandbook } from '@/lib/content/load';
import { keyNumbers } from './key-numbers';
import { loadRuleBook } from './load';

const rules = loadRuleBook();
const book = loadHandbook();

describe('key numbers on city pages', () => {
  it('shows 巴中 起付线 and 报销比例 by level, citing real entries', () => {
    const [resident] = keyNumbers(rules, 'bazhong');
    expect(resident?.rows).toContainEqual(['三级医疗机构', '700元', '60%']);
    for (const city of ['bazhong', 'changchun', 'changdu', 'national']) {
      const tables = keyNumbers(rules, city);
      expect(tables.length).toBeGreaterThan(0);
      for (const t of tables) {
        expect(book.byId.has(t.source), t.source).toBe(true);
        for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
      }
    }
  });
  it('reads 长春 and 昌都 tables from the rules', () => {
    expect(keyNumbers(rules, 'changchun')[0]?.rows[0]).toEqual(['三级（省级及以上）医院', '1200元（学生600元）', '55%–65%（学生65%–75%）']);
    expect(keyNumbers(rules, 'changdu')[0]?.rows).toContainEqual(['三级医院', '400／280／200', '280／196／140']);
    expect(keyNumbers(rules, 'cases')).toEqual([]);
  });
});
