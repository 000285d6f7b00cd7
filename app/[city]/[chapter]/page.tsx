import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { EntryList } from '@/components/EntryList';
import { documentOf, schemeLabel } from '@/lib/content/describe';
import { getHandbook } from '@/lib/content/load';
import { findChapter, findCity } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return getHandbook().cities.flatMap((c) => c.chapters.map((ch) => ({ city: c.id, chapter: ch.slug })));
}

type Props = { params: Promise<{ city: string; chapter: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { city, chapter } = await params;
  const book = getHandbook();
  const ch = findChapter(book, city, chapter);
  const c = findCity(book, city);
  return ch && c
    ? pageMetadata({ title: `${c.name} ${ch.title}`, description: ch.entries.map((e) => e.title).slice(0, 4).join(' '), path: ch.url })
    : {};
}

export default async function ChapterPage({ params }: Props) {
  const { city: cityId, chapter: slug } = await params;
  const book = getHandbook();
  const city = findCity(book, cityId);
  const chapter = findChapter(book, cityId, slug);
  if (!city || !chapter) notFound();
  const doc = documentOf(city, chapter.document);
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: '首页' }, { href: city.url, label: city.name }, { label: chapter.title }]} />
      <h1 className="text-2xl font-bold">{chapter.title}</h1>
      <p className="mt-1 mb-4 text-sm text-muted">
        {schemeLabel(chapter.schemes)} · 来源：{doc.publisher}《{doc.title}》（{chapter.date}）
      </p>
      <EntryList entries={chapter.entries} />
    </>
  );
}
