import { contactsUrl, hotlineGroups, telNumbers } from '@/lib/content/contacts';
import { SCHEME_NAMES } from '@/lib/content/schema';
import type { Handbook } from '@/lib/content/types';
import type { SearchCity, SearchData, SearchDoc, Thesaurus } from './types';

/** The topic of hotline results (content/topics.yaml). */
export const CONTACTS_TOPIC = '联系方式';

export interface SearchConfig {
  thesaurus: Thesaurus;
}

/** “巴中市” → [巴中市, 巴中]: the names a resident may type for a city. */
export function cityAliases(name: string): string[] {
  const short = name.replace(/(市|州|县|地区)$/, '');
  return short.length >= 2 && short !== name ? [name, short] : [name];
}

/**
 * The search's whole input as one JSON-serialisable document. Built at build time for the site
 * (app/search-data.json) and at run time for the CLI and the benchmark, from the same handbook and
 * the same content/search/synonyms.yaml, so the site and the CLI rank alike.
 */
export function buildSearchData(book: Handbook, config: SearchConfig): SearchData {
  const chapterTitle = new Map<string, string>();
  for (const city of book.cities) for (const ch of city.chapters) chapterTitle.set(`${city.id}/${ch.slug}`, ch.title);
  const cities: SearchCity[] = book.cities.map((c) => ({
    id: c.id,
    name: c.name,
    kind: c.kind,
    aliases: c.kind === 'city' ? cityAliases(c.name) : [],
  }));
  const contactsChapter = '医保咨询电话';
  const hotlines: SearchDoc[] = hotlineGroups(book).map((g) => {
    const city = book.cities.find((c) => c.id === g.cityId)!;
    const place = g.group === city.name || city.kind !== 'city' ? g.group : `${city.name}${g.group}`;
    return {
      id: `contacts/${g.cityId}/${g.group}`,
      url: contactsUrl(g.cityId, g.group),
      city: g.cityId,
      title: /医保|医疗保障/.test(place) ? `${place}电话` : `${place}医保咨询电话`,
      similar: [],
      text: g.hotlines.map((h) => [h.name, h.phone, h.note].filter(Boolean).join(' ')).join('\n'),
      tags: [CONTACTS_TOPIC],
      schemes: city.schemes,
      chapter: contactsChapter,
      phones: g.hotlines.flatMap((h) => telNumbers(h.phone).map((tel, i, all) => ({ name: h.name, printed: all.length > 1 ? tel : h.phone, tel }))),
    };
  });
  return {
    version: 1,
    cities,
    topics: book.topics.map((t) => ({ name: t.name, slug: t.slug })),
    schemes: { ...SCHEME_NAMES },
    thesaurus: config.thesaurus,
    // The home page's “大家常问” (content/home.yaml), offered when a search finds nothing.
    popular: (book.home?.popular ?? []).map(({ entry, label }) => ({ id: entry.id, label })),
    // Handbook entries, then every office's hotlines (a resident asking for a number gets it).
    docs: [
      ...book.entries.map((e) => ({
      id: e.id,
      city: e.city,
      title: e.title,
      similar: e.similar,
      text: e.text,
      tags: e.tags,
      schemes: e.schemes,
      chapter: chapterTitle.get(`${e.city}/${e.chapter}`) ?? '',
      })),
      ...hotlines,
    ],
  };
}
