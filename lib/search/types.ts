import type { Scheme } from '@/lib/content/schema';

/** A number to call, as a search result shows it (tap to call). */
export interface SearchPhone {
  /** Who answers: 长春医保呼叫服务中心. */
  name: string;
  /** As printed: 0431-81110000. */
  printed: string;
  /** The digits for a tel: link: 043181110000. */
  tel: string;
}

/**
 * One search result: a handbook entry, or one office's hotlines (id `contacts/<city>/<group>`,
 * `phones` set, `url` its place on /contacts).
 */
export interface SearchDoc {
  id: string;
  /** Where the result opens; absent for handbook entries, whose page is /<id>/ (see docUrl). */
  url?: string;
  /** The numbers of a hotline result. */
  phones?: SearchPhone[];
  city: string;
  /** The question. */
  title: string;
  /** 相似问法: other ways residents ask it (searched between the title and the answer). */
  similar: string[];
  /** The whole answer as plain text. */
  text: string;
  tags: string[];
  schemes: Scheme[];
  /** Chapter title, e.g. “第三章 城乡居民医保篇”. */
  chapter: string;
}

export interface SearchCity {
  id: string;
  /** 巴中市 */
  name: string;
  kind: 'city' | 'reference' | 'case';
  /** Names a resident may type for this city (巴中市, 巴中); empty for reference and case collections. */
  aliases: string[];
  /** The province's names (西藏自治区, 西藏); empty for the national reference. */
  region: string[];
  /**
   * Its districts and counties (巴州区, 巴州, 通江县, 通江 …: the places of its hotlines): a question naming one
   * names the city, and the name stays a word of the question (平昌的电话 is 平昌县's number). Empty but for cities.
   */
  districts: string[];
}

export interface SearchTopic {
  name: string;
  slug: string;
}

/** One thesaurus group: how handbooks say it (terms) and how residents say it (words). */
export interface ThesaurusGroup {
  terms: string[];
  words: string[];
  /** Below 1 for question frames (能报多少、怎么办理、在哪里) that say less about the topic. */
  weight?: number;
  /**
   * Says whose or which scheme's question it is (医保、职工医保、参保), not what it is about: a question
   * naming it is not off the topic of a query that does not.
   */
  qualifier?: boolean;
  /**
   * Handbook terms of other groups this one implies (a disease → 门诊慢特病): a query naming it also
   * looks, with less weight, for entries on those topics (透析 finds the 慢特病 lists that name it).
   */
  also?: string[];
  /**
   * Each resident's word of the group also counts as itself: 青海 is 异地 for a resident of 巴中, and
   * still the place whose phone numbers a question may ask for.
   */
  own?: boolean;
}

export interface Thesaurus {
  /** Question words that carry no topic (怎么、如何、哪些 …): separators in a query. */
  fillers: string[];
  /** Function characters (的、了、是 …): a bigram containing one counts less. */
  weak: string;
  /** Common misspellings → the right word, applied to the query before anything else. */
  typos: Record<string, string>;
  /** Characters that sound alike (one string per syllable, tones ignored), for same-sound misspellings. */
  homophones: string[];
  groups: ThesaurusGroup[];
}

/** Everything the search needs, as one JSON document (served as /search-data.json). */
export interface SearchData {
  version: 1;
  cities: SearchCity[];
  topics: SearchTopic[];
  /** Scheme labels: employee → 职工医保, resident → 城乡居民医保. */
  schemes: Record<Scheme, string>;
  thesaurus: Thesaurus;
  /** Popular questions (the home page's “大家常问”), offered when nothing is found. */
  popular: { id: string; label: string }[];
  docs: SearchDoc[];
}

export interface SearchOptions {
  /** Only this city's entries (the city filter). */
  city?: string;
  scheme?: Scheme;
  /** Topic name, as used in entry tags. */
  topic?: string;
  /** The resident's chosen city: its entries are lifted, others still shown. */
  preferCity?: string;
  /** At most this many hits (default: all that pass the relevance threshold). */
  limit?: number;
}

/** The page a search result opens. */
export function docUrl(doc: Pick<SearchDoc, 'id' | 'url'>): string {
  return doc.url ?? `/${doc.id}/`;
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
  /** Share of the query (by weight) that this entry matches, 0–1. */
  coverage: number;
}

export interface SearchResponse {
  query: string;
  /** The query after folding (full-width, traditional) and spelling corrections. */
  normalized: string;
  /** Set when a known misspelling was corrected: the query actually searched. */
  corrected: string | null;
  /** Cities named in the query (巴中、长春 …). */
  cities: string[];
  /**
   * The city whose answers come first (named in the query, else the resident's chosen city), when
   * some of the hits are its: the first `firstCityCount` hits are that city's, the rest other places'.
   */
  firstCity: string | null;
  firstCityCount: number;
  /** Words and bigrams to highlight in titles and snippets (folded). */
  terms: string[];
  hits: SearchHit[];
  /** Number of hits before the limit (after filters). */
  total: number;
  /** Hits per city, scheme and topic before filters: for filter labels. */
  facets: { city: Record<string, number>; scheme: Record<string, number>; topic: Record<string, number> };
}
