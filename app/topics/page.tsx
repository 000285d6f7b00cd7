import type { Metadata } from 'next';
import Link from '@/components/Link';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { getHandbook } from '@/lib/content/load';
import { entriesWithTopic } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: '按主题浏览',
  description: '参保缴费、住院、门诊、慢特病、生育、异地就医、医疗救助等主题下的全部问答。',
  path: '/topics/',
});

export default function TopicsPage() {
  const book = getHandbook();
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: '首页' }, { label: '按主题' }]} />
      <h1 className="mb-4 text-2xl font-bold">按主题浏览</h1>
      <ul className="grid gap-2 sm:grid-cols-2">
        {book.topics.map((t) => (
          <li key={t.slug}>
            <Link href={`/topics/${t.slug}/`} className="tap block rounded-xl border border-slate-200 bg-white px-4 py-3 hover:bg-brand-50">
              <span className="font-bold">{t.name}</span>
              <span className="ml-2 text-sm text-muted">{entriesWithTopic(book, t).length} 问</span>
              <span className="block text-sm text-muted">{t.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
