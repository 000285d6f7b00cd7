import type { CalculatorContext } from '@/components/calculator/texts';
import { CITY_SHORT } from '@/components/calculator/texts';
import { getHandbook } from '@/lib/content/load';
import { ruleSources } from '@/lib/policy/load';
import type { RuleBook } from '@/lib/policy/spec';
import type { CityId } from '@/lib/scenario/types';

/**
 * Build time only (reads the handbook): what the calculator pages pass to the browser besides the rules —
 * the title of every handbook entry a step can cite, and each city's province.
 */
export function calculatorContext(rules: RuleBook): CalculatorContext {
  const book = getHandbook();
  const titles: Record<string, string> = {};
  for (const id of new Set(ruleSources(rules))) {
    const entry = book.byId.get(id);
    // A city added later needs no entry in CITY_SHORT: its handbook's name without 市 stands in.
    const short = CITY_SHORT[entry?.city ?? ''] ?? book.cities.find((c) => c.id === entry?.city)?.name.replace(/市$/, '') ?? entry?.city;
    if (entry) titles[id] = `${short}手册“${entry.title}”`;
  }
  const provinces: Partial<Record<CityId, string>> = {};
  for (const c of book.cities) if (c.kind === 'city') provinces[c.id as CityId] = c.province;
  // A profile without a handbook city of its own (全国参考标准（可修改）) stands for the whole country.
  for (const id of Object.keys(rules)) provinces[id] ??= '全国';
  return { titles, provinces };
}
