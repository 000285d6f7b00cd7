import type { Metadata } from 'next';
import Link from '@/components/Link';
import { popularQuestionLinks, QuestionLinks } from '@/components/EntryList';
import { SearchBox } from '@/components/SearchBox';
import { schemeLabel } from '@/lib/content/describe';
import { getHandbook } from '@/lib/content/load';
import { pageMetadata, SITE_DESCRIPTION, SITE_TITLE } from '@/lib/site';

export const metadata: Metadata = {
  ...pageMetadata({ title: SITE_TITLE, description: SITE_DESCRIPTION, path: '/' }),
  title: { absolute: SITE_TITLE },
};

export default function HomePage() {
  const book = getHandbook();
  const count = (id: string) => book.entries.filter((e) => e.city === id).length;
  return (
    <>
      <h1 className="text-2xl font-bold">医保政策，一查就懂</h1>
      <SearchBox variant="hero" cities={book.cities.map((c) => ({ id: c.id, name: c.name, kind: c.kind }))} />
      <p className="mt-2 text-muted">
        把各地医保部门的官方手册整理成一问一答：怎么参保、住院能报多少、异地看病怎么办。每个数字都注明出自哪份文件。
      </p>

      <h2 className="mt-6 mb-2 text-xl font-bold">选择您参保的地方</h2>
      <ul className="grid gap-2 sm:grid-cols-2">
        {book.cities.map((c) => (
          <li key={c.id}>
            <Link href={c.url} className="tap block rounded-xl border border-slate-200 bg-white px-4 py-3 hover:bg-brand-50">
              <span className="text-lg font-bold">{c.name}</span>
              <span className="ml-2 text-sm text-muted">
                {c.province} · {count(c.id)} 问
              </span>
              <span className="block text-sm text-muted">{c.kind === 'city' ? schemeLabel(c.schemes) : c.summary}</span>
            </Link>
          </li>
        ))}
      </ul>

      <h2 className="mt-6 mb-2 text-xl font-bold">算一算能报多少</h2>
      <Link href="/calculator/" className="tap block rounded-xl border-2 border-brand-700 bg-white px-4 py-3 hover:bg-brand-50">
        <span className="text-lg font-bold text-brand-700">报销计算器 ›</span>
        <span className="block text-sm text-muted">住院、门诊、慢病、生育能报多少、自己付多少？回答几个问题，一步步算给您看，还能和其他地方比一比。</span>
      </Link>

      {book.home && (
        <section aria-labelledby="popular-heading">
          <h2 id="popular-heading" className="mt-6 mb-2 text-xl font-bold">
            大家常问
          </h2>
          <QuestionLinks
            label="大家常问"
            items={popularQuestionLinks(book)}
          />
        </section>
      )}

      <h2 className="mt-6 mb-2 text-xl font-bold">按主题找</h2>
      <ul className="flex flex-wrap gap-2">
        {book.topics.map((t) => (
          <li key={t.slug}>
            <Link href={`/topics/${t.slug}/`} className="tap inline-flex items-center rounded-full border border-slate-300 bg-white px-4 hover:bg-brand-50">
              {t.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
