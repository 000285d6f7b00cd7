import { describe, expect, it } from 'vitest';
import { getHandbook } from '@/lib/content/load';
import { loadRuleBook } from './load';
import { buildSheet, formatSheetNumber, partsText, sheetIds, sheetNumbers } from './sheet';

/** The value at a dotted path of a rules file (what the sheet says it read). */
function at(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), root);
}

const rules = loadRuleBook();
const book = getHandbook();

describe('明白纸 (lib/policy/sheet.ts)', () => {
  it('has a sheet for each city and scheme with a handbook', () => {
    expect(sheetIds(rules).map((s) => s.id).sort()).toEqual(['bazhong-employee', 'bazhong-resident', 'changchun-resident', 'changdu-employee', 'national-resident']);
  });

  it.each(sheetIds(rules).map((s) => [s.id, s] as const))('%s: every number equals the rules value it came from', (_id, { rulesCity, scheme }) => {
    const spec = rules[rulesCity]!;
    const sheet = buildSheet(spec, scheme);
    const numbers = sheetNumbers(sheet);
    expect(numbers.length).toBeGreaterThan(10);
    for (const x of numbers) expect(at(spec, x.path), `${x.path} (${formatSheetNumber(x)})`).toBe(x.value);
    // Every fact cites a real entry of the handbook.
    for (const section of sheet.sections) {
      for (const line of section.lines) expect(book.byId.has(line.source), `${section.id}: ${line.source}`).toBe(true);
      for (const table of section.tables) expect(book.byId.has(table.source), `${section.id}: ${table.source}`).toBe(true);
    }
    // The words carry no number of their own: a digit outside the sheet's numbers comes from the rules'
    // own words (a group's label such as 80周岁（含）以上), never from the page's.
    const ruleWords = JSON.stringify(spec);
    const words = sheet.sections.flatMap((s) => [s.title, ...s.lines.flatMap((l) => l.parts), ...s.tables.flatMap((t) => [t.caption, ...t.head.flat(), ...t.rows.flat(2)])]).filter((p): p is string => typeof p === 'string');
    for (const w of words) for (const [digits] of w.matchAll(/[0-9][0-9.]*[^0-9\s，、；：（）]?/g)) expect(ruleWords, `“${digits}” in “${w}”`).toContain(digits);
  });

  it('reads the numbers a resident asks first from the rules, as the handbook prints them', () => {
    const text = (id: string) => {
      const { rulesCity, scheme } = sheetIds(rules).find((s) => s.id === id)!;
      return buildSheet(rules[rulesCity]!, scheme).sections.map((s) => [...s.tables.flatMap((t) => t.rows.map((r) => r.map(partsText).join('|'))), ...s.lines.map((l) => partsText(l.parts))].join('\n')).join('\n');
    };
    expect(text('bazhong-resident')).toContain('三级医疗机构|700元|60%');
    expect(text('bazhong-resident')).toContain('超过起付线14448元的部分');
    expect(text('bazhong-employee')).toContain('统筹基金年度最高支付限额：14万元');
    expect(text('changdu-employee')).toContain('三级医院|400元/280元/200元|280元/196元/140元');
    expect(text('changchun-resident')).toContain('学生及未成年：起付线按上表的50%计算');
    expect(text('changchun-resident')).toContain('长期异地就医（已办理备案）|同本地|各段比例降低10个百分点');
    expect(text('national-resident')).toContain('各地不同|不低于85%');
  });
});
