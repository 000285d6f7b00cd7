import { contactsUrl, hotlineGroups, telNumbers } from '@/lib/content/contacts';
import { cityAliases, districtAliases, provinceAliases } from '@/lib/content/place-names';
import { SCHEME_NAMES } from '@/lib/content/schema';
import type { Handbook } from '@/lib/content/types';
import { unique } from './tokenize';
import type { SearchCity, SearchData, SearchDoc, Thesaurus, ThesaurusGroup } from './types';

/** The topic of hotline results (content/topics.yaml). */
export const CONTACTS_TOPIC = '联系方式';

export interface SearchConfig {
  thesaurus: Thesaurus;
  /**
   * The disease names of the rules' catalogues (content/<city>/rules.yaml `diseases`) and the topics a
   * question naming one implies (synonyms.yaml `diseaseTopics`: 门诊慢特病、特殊疾病).
   */
  diseases?: { names: string[]; topics: string[] };
}

/**
 * How a catalogue entry is treated (痔疮门诊手术治疗, 慢性肾功能衰竭透析治疗, 恶性肿瘤放化疗, 造血干细胞移植术后):
 * the resident names the disease (痔疮) or the operation (造血干细胞移植), not the treatment.
 */
const TREATMENT_SUFFIX = /(?:门诊)?(?:手术|内镜|透析|抗排异|双膦酸盐)?治疗$|放化疗$|放疗$|术后$/u;

/**
 * 帕金森病 → [帕金森病, 帕金森]; 肌萎缩侧索硬化（ALS） → [肌萎缩侧索硬化]; 痔疮门诊手术治疗 → [痔疮门诊手术治疗, 痔疮];
 * 慢性肾炎/肾病综合征 → [慢性肾炎, 肾病综合征]; 其他病毒性肝炎 → [其他病毒性肝炎, 病毒性肝炎]: how a disease may be named.
 */
export function diseaseWords(name: string): string[] {
  let bare = name;
  // Innermost brackets first: 〔肌萎缩侧索硬化（ALS）〕 is one note.
  for (let prev = ''; prev !== bare; ) [prev, bare] = [bare, bare.replace(/[（(〔［[][^（(〔［[）)〕］\]]*[）)〕］\]]/gu, '')];
  const names = bare.includes('/') ? bare.split('/') : [bare];
  const words = names.flatMap((full) => {
    const named = full.trim();
    const disease = named.replace(/^其他/u, '').replace(TREATMENT_SUFFIX, '');
    const short = disease.replace(/(?<!疾)[病症]$/u, '');
    return [named, disease, ...(short.length >= 3 ? [short] : [])];
  });
  return [...new Set(words)].filter((w) => w.length >= 2);
}

/**
 * The thesaurus with one group for each disease of the catalogues that it does not already have: a
 * question naming a disease (帕金森、艾滋病) is also about the topics the disease lists are under.
 */
export function withDiseaseGroups(thesaurus: Thesaurus, diseases: SearchConfig['diseases']): Thesaurus {
  if (!diseases?.names.length || !diseases.topics.length) return thesaurus;
  const known = new Set(thesaurus.groups.flatMap((g) => [...g.terms, ...g.words]));
  const catalogued = new Set(diseases.names.flatMap(diseaseWords));
  // A group the thesaurus has for a catalogued disease (its lay names: 老年痴呆 → 阿尔茨海默病) implies the topics too.
  const existing = thesaurus.groups.map((g) => (g.also || !g.terms.some((t) => catalogued.has(t)) ? g : { ...g, also: diseases.topics }));
  const groups: ThesaurusGroup[] = [];
  for (const name of [...new Set(diseases.names)].sort()) {
    const words = diseaseWords(name).filter((w) => !known.has(w));
    if (words.length === 0) continue;
    words.forEach((w) => known.add(w));
    groups.push({ terms: words, words: [], also: diseases.topics });
  }
  return { ...thesaurus, groups: [...existing, ...groups] };
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
    region: c.kind === 'reference' ? [] : provinceAliases(c.province),
    districts: c.kind === 'city' ? unique(c.hotlines.map((h) => h.group).filter((g) => g !== c.name).flatMap(districtAliases)) : [],
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
    thesaurus: withDiseaseGroups(config.thesaurus, config.diseases),
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
