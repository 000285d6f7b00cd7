import { SCHEME_NAMES, type Scheme, type SourceDocument } from './schema';
import type { City, Entry } from './types';

export function schemeLabel(schemes: Scheme[]): string {
  return schemes.map((s) => SCHEME_NAMES[s]).join('、');
}

export function documentOf(city: City, key: string): SourceDocument {
  const doc = city.documents.find((d) => d.key === key);
  if (!doc) throw new Error(`${city.id} has no document ${key}`);
  return doc;
}

/** "巴中市医疗保障局《医保政策宣传手册》第三章 十一问（2025-11）" */
export function sourceLine(city: City, entry: Entry): string {
  const doc = documentOf(city, entry.document);
  return `${doc.publisher}《${doc.title}》${entry.section}（${entry.date}）`;
}

/** A one-line description for search results and link previews. */
export function summarise(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
