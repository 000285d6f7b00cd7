import type { Metadata } from 'next';
import { preload } from 'react-dom';
import { popularQuestionLinks } from '@/components/EntryList';
import { Island } from '@/components/Island';
import { SearchPage, type SearchPageProps } from '@/components/SearchPage';
import { SEARCH_DATA_URL } from '@/lib/search/client';
import { getHandbook } from '@/lib/content/load';
import { SCHEME_NAMES, type Scheme } from '@/lib/content/schema';
import { pageMetadata } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: '搜索',
  description: '在巴中、长春、昌都医保手册和全国参考资料中搜索：输入“新生儿怎么参保”“住院报销多少”，直接看到手册原文的答案。',
  path: '/search/',
});

/** Static page: the results render on the phone, from the query in the address (components/SearchPage, islands/search.ts). */
export default function SearchRoute() {
  // The search data downloads with the page, while its code loads (same request as the engine's fetch).
  preload(SEARCH_DATA_URL, { as: 'fetch', crossOrigin: 'anonymous' });
  const book = getHandbook();
  const cities = book.cities.map((c) => ({ id: c.id, name: c.name, kind: c.kind }));
  const topics = book.topics.map((t) => ({ name: t.name, slug: t.slug }));
  const schemes = (Object.keys(SCHEME_NAMES) as Scheme[]).map((id) => ({ id, name: SCHEME_NAMES[id] }));
  const props: SearchPageProps = { cities, topics, schemes };
  return (
    <>
      {/* data-own-search: the header's search box is left out here (app/globals.css). */}
      <h1 className="mb-3 text-2xl font-bold" data-own-search="">
        搜索医保问题
      </h1>
      <noscript>
        <p className="mb-3">搜索需要打开浏览器的 JavaScript。也可以从首页按城市或按主题查找问题。</p>
      </noscript>
      {/* The results render on the phone: the space is kept so that the footer does not jump (layout shift). */}
      <div className="min-h-svh">
        <Island name="search" props={props}>
          <SearchPage {...props} popular={popularQuestionLinks(book)} />
        </Island>
      </div>
    </>
  );
}
