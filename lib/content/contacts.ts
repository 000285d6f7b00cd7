import type { Hotline } from './schema';
import type { Handbook } from './types';

export interface HotlineGroup {
  cityId: string;
  cityName: string;
  group: string;
  hotlines: Hotline[];
}

/** Every hotline in the documents, grouped by city then district, in document order. */
export function hotlineGroups(book: Handbook): HotlineGroup[] {
  const groups: HotlineGroup[] = [];
  for (const city of book.cities) {
    for (const h of city.hotlines) {
      let group = groups.find((g) => g.cityId === city.id && g.group === h.group);
      if (!group) {
        group = { cityId: city.id, cityName: city.name, group: h.group, hotlines: [] };
        groups.push(group);
      }
      group.hotlines.push(h);
    }
  }
  return groups;
}

/**
 * The dialable form of a printed number for a tel: link: digits only, keeping a leading +.
 * "0827-5269011" → "08275269011", "0895—4980183" → "08954980183". Printed text with several numbers
 * (“0971-12333或0971-4316477”) yields each.
 */
export function telNumbers(printed: string): string[] {
  // Printed numbers use every kind of dash: "0827-5269011", "0895—4980183", "0895－4980183".
  const plain = printed.replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-');
  return (plain.match(/\+?\d[\d\s-]{2,}\d/g) ?? []).map((n) => n.replace(/[\s-]/g, ''));
}

/** The id of a hotline group's section on /contacts (jump links, search results): `<city>-<group>`. */
export function contactAnchor(cityId: string, group: string): string {
  return `${cityId}-${group}`;
}
