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
    const changchun = keyNumbers(rules, 'changchun')[0];
    expect(changchun?.columns).toEqual(['医院等级', '起付线（成年居民）', '起付线（学生及未成年）', '报销比例（成年居民）', '报销比例（学生及未成年）']);
    expect(changchun?.rows).toContainEqual(['三级（省级及以上）医院', '1200元', '600元', '55%–65%', '65%–75%']);
    const changdu = keyNumbers(rules, 'changdu')[0];
    expect(changdu?.columns.slice(1, 3)).toEqual(['起付线（第一次／第二次／第三次及以后）（在职人员）', '起付线（第一次／第二次／第三次及以后）（退休人员）']);
    expect(changdu?.rows).toContainEqual(['三级医院', '400／280／200元', '280／196／140元', '按年度累计费用分段（见下表）']);
    expect(keyNumbers(rules, 'changdu')[1]?.rows).toContainEqual(['20万元–40万元', '96%']);
    expect(keyNumbers(rules, 'national')[0]?.rows).toContainEqual(['三级医疗机构', '各地不同', '65%（全国参考）']);
    expect(keyNumbers(rules, 'cases')).toEqual([]);
  });
});
