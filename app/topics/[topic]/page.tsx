import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { EntryList } from '@/components/EntryList';
import { getHandbook } from '@/lib/content/load';
import { entriesWithTopic } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return getHandbook().topics.map((t) => ({ topic: t.slug }));
}

type Props = { params: Promise<{ topic: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = (await params).topic;
  const t = getHandbook().topics.find((x) => x.slug === slug);
  return t ? pageMetadata({ title: `${t.name}：各地医保问答`, description: t.description, path: `/topics/${t.slug}/` }) : {};
}

export default async function TopicPage({ params }: Props) {
  const slug = (await params).topic;
  const book = getHandbook();
  const topic = book.topics.find((t) => t.slug === slug);
  if (!topic) notFound();
  const entries = entriesWithTopic(book, topic);
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: '首页' }, { href: '/topics/', label: '按主题' }, { label: topic.name }]} />
      <h1 className="text-2xl font-bold">{topic.name}</h1>
      <p className="mt-1 mb-4 text-muted">{topic.description}</p>
      {book.cities
        .map((city) => ({ city, list: entries.filter((e) => e.city === city.id) }))
        .filter(({ list }) => list.length > 0)
        .map(({ city, list }) => (
          <section key={city.id} className="mb-5">
            <h2 className="mb-2 text-lg font-bold">
              {city.name}（{list.length} 问）
            </h2>
            <EntryList entries={list} />
          </section>
        ))}
    </>
  );
}
