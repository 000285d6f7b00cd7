import type { CityFile, Scheme, Topic } from './schema';

export interface Entry {
  /** `<city>/<chapter>/<n>`, also the URL path. */
  id: string;
  city: string;
  chapter: string;
  slug: string;
  url: string;
  title: string;
  /** The source lost this question; the title was written by us. */
  titleAdded: boolean;
  tags: string[];
  schemes: Scheme[];
  section: string;
  date: string;
  document: string;
  /** Reading notes on the entry's page, in plain words. */
  notes: string[];
  /** 相似问法: other ways residents ask this question, written from the answer (shown as “也有人这样问”, searched). */
  similar: string[];
  /** The technical account of how the entry was read from the source: /sources only. */
  sourceNotes: string[];
  markdown: string;
  html: string;
  /** Whole answer as plain text. */
  text: string;
  file: string;
  line: number;
  indexInChapter: number;
}

export interface Chapter {
  city: string;
  slug: string;
  url: string;
  title: string;
  order: number;
  document: string;
  date: string;
  schemes: Scheme[];
  file: string;
  entries: Entry[];
}

export interface City extends CityFile {
  url: string;
  chapters: Chapter[];
}

/** One “大家常问” question on the home page. */
export interface PopularQuestion {
  entry: Entry;
  /** What the home page shows: the label from home.yaml, or the entry's title. */
  label: string;
}

/** content/home.yaml, validated against the handbook. */
export interface Home {
  popular: PopularQuestion[];
}

export interface Handbook {
  topics: Topic[];
  cities: City[];
  entries: Entry[];
  byId: Map<string, Entry>;
  /** content/home.yaml (absent only in handbooks built for tests). */
  home?: Home;
}
