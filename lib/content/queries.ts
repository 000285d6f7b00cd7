import type { Topic } from './schema';
import type { Chapter, City, Entry, Handbook } from './types';

export function findCity(book: Handbook, id: string): City | undefined {
  return book.cities.find((c) => c.id === id);
}

export function findChapter(book: Handbook, cityId: string, slug: string): Chapter | undefined {
  return findCity(book, cityId)?.chapters.find((ch) => ch.slug === slug);
}

export function chapterOf(book: Handbook, entry: Entry): Chapter {
  const chapter = findChapter(book, entry.city, entry.chapter);
  if (!chapter) throw new Error(`entry ${entry.id} has no chapter`);
  return chapter;
}

export function topicByName(book: Handbook, name: string): Topic | undefined {
  return book.topics.find((t) => t.name === name);
}

export function entriesWithTopic(book: Handbook, topic: Topic): Entry[] {
  return book.entries.filter((e) => e.tags.includes(topic.name));
}

/** Previous and next entry in the same chapter. */
export function neighbours(book: Handbook, entry: Entry): { previous?: Entry; next?: Entry } {
  const { entries } = chapterOf(book, entry);
  return { previous: entries[entry.indexInChapter - 1], next: entries[entry.indexInChapter + 1] };
}

/**
 * Entries sharing the most topic tags with this one; the same city first, then other cities.
 * Ties keep handbook order so the list is stable between builds.
 */
export function relatedEntries(book: Handbook, entry: Entry, limit = 5): Entry[] {
  return book.entries
    .filter((e) => e.id !== entry.id)
    .map((e, order) => ({
      e,
      order,
      shared: e.tags.filter((t) => entry.tags.includes(t)).length,
      sameCity: e.city === entry.city ? 1 : 0,
    }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.sameCity - a.sameCity || b.shared - a.shared || a.order - b.order)
    .slice(0, limit)
    .map((x) => x.e);
}

/** Every URL path the static site serves, for the internal-link check. */
export function sitePaths(book: Handbook): Set<string> {
  const paths = new Set<string>(['/', '/search/', '/contacts/', '/sources/', '/topics/', '/calculator/', '/compare/']);
  for (const city of book.cities) {
    paths.add(city.url);
    for (const ch of city.chapters) {
      paths.add(ch.url);
      for (const e of ch.entries) paths.add(e.url);
    }
  }
  for (const t of book.topics) paths.add(`/topics/${t.slug}/`);
  return paths;
}
