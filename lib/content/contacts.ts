import type { Hotline } from './schema';
import type { City, Handbook } from './types';

export interface HotlineGroup {
  cityId: string;
  cityName: string;
  group: string;
  /** Its id on /contacts/ (contactAnchor). */
  anchor: string;
  hotlines: Hotline[];
}

/** /contacts/ */
export const CONTACTS_PATH = '/contacts/';

/**
 * The id of a hotline group's section on /contacts/ (the jump links there, and search results,
 * link to `/contacts/#<anchor>`). Stable: made of the city id and the group's name as written in
 * content/<city>/city.yaml, e.g. contactAnchor('changchun', '九台区') → "changchun-九台区".
 */
export function contactAnchor(cityId: string, group: string): string {
  return `${cityId}-${group.replace(/\s+/g, '')}`;
}

/** The id of a city's whole section on /contacts/: the city id ("/contacts/#changchun"). */
export function cityContactAnchor(cityId: string): string {
  return cityId;
}

/** `/contacts/#<anchor>` for a hotline group, or for a whole city when no group is given. */
export function contactsUrl(cityId: string, group?: string): string {
  return `${CONTACTS_PATH}#${encodeURIComponent(group === undefined ? cityContactAnchor(cityId) : contactAnchor(cityId, group))}`;
}

/** Every hotline in the documents, grouped by city then district, in document order. */
export function hotlineGroups(book: Handbook): HotlineGroup[] {
  const groups: HotlineGroup[] = [];
  for (const city of book.cities) {
    for (const h of city.hotlines) {
      let group = groups.find((g) => g.cityId === city.id && g.group === h.group);
      if (!group) {
        group = { cityId: city.id, cityName: city.name, group: h.group, anchor: contactAnchor(city.id, h.group), hotlines: [] };
        groups.push(group);
      }
      group.hotlines.push(h);
    }
  }
  return groups;
}

/** What a city's or an answer's “打电话问” block offers. */
export interface CallTargets {
  /** Whose numbers they are (the page's own city, or the national reference when it has none). */
  city: City;
  /** The numbers marked `main: true` in city.yaml. */
  hotlines: Hotline[];
  /** The page's city has no number of its own in the sources (the 案例 page): these are another's. */
  borrowed: boolean;
}

/**
 * The main hotline(s) to offer on a city's pages: the city's own (`main: true` in its city.yaml);
 * a place without numbers in its source (the 案例 of 003) gets the national reference's instead.
 */
export function callTargets(book: Handbook, cityId: string): CallTargets | null {
  const city = book.cities.find((c) => c.id === cityId);
  if (!city) return null;
  const own = city.hotlines.filter((h) => h.main);
  if (own.length > 0) return { city, hotlines: own, borrowed: false };
  const reference = book.cities.find((c) => c.kind === 'reference' && c.hotlines.some((h) => h.main));
  if (!reference) return null;
  return { city: reference, hotlines: reference.hotlines.filter((h) => h.main), borrowed: true };
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

