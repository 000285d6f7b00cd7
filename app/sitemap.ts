import type { MetadataRoute } from 'next';
import { getHandbook } from '@/lib/content/load';
import { absoluteUrl } from '@/lib/site';

/** /sitemap.xml: every page of the site (static export: written once at build time). */
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const book = getHandbook();
  const page = (path: string, priority: number): MetadataRoute.Sitemap[number] => ({ url: absoluteUrl(path), priority });
  return [
    page('/', 1),
    page('/search/', 0.6),
    page('/calculator/', 0.9),
    page('/compare/', 0.7),
    page('/topics/', 0.6),
    page('/contacts/', 0.7),
    page('/sources/', 0.4),
    ...book.cities.map((c) => page(c.url, 0.8)),
    ...book.cities.flatMap((c) => c.chapters.map((ch) => page(ch.url, 0.6))),
    ...book.topics.map((t) => page(`/topics/${t.slug}/`, 0.5)),
    ...book.entries.map((e) => page(e.url, 0.7)),
  ];
}
