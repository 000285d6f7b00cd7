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
 * "0827-5269011" → "08275269011". Printed text with several numbers yields each.
 */
export function telNumbers(printed: string): string[] {
  return (printed.match(/\+?\d[\d\s-]{2,}\d/g) ?? []).map((n) => n.replace(/[\s-]/g, ''));
}
