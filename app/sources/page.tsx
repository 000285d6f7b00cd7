import type { Metadata } from 'next';
import Link from '@/components/Link';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { DISCLAIMER } from '@/components/SiteFooter';
import { getHandbook } from '@/lib/content/load';
import { pageMetadata } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: '资料来源与勘误',
  description: '本站依据的各地医保公开资料：标题、发布单位、日期、覆盖内容，以及原文的错漏和本站的读法。',
  path: '/sources/',
});

export default function SourcesPage() {
  const book = getHandbook();
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: '首页' }, { label: '资料来源' }]} />
      <h1 className="text-2xl font-bold">资料来源与勘误</h1>
      <p className="mt-2 mb-4 text-muted">{DISCLAIMER}。原文表格在整理中若有重排，页面上均有“阅读说明”。</p>
      {book.cities.flatMap((city) =>
        city.documents.map((doc) => (
          <section key={doc.key} className="mb-5 rounded-xl border border-slate-200 bg-white px-4 py-3">
            <h2 className="text-lg font-bold">《{doc.title}》</h2>
            <dl className="mt-2 grid grid-cols-[5em_1fr] gap-y-1 text-[0.9375rem]">
              <dt className="text-muted">发布</dt>
              <dd>{doc.publisher}</dd>
              <dt className="text-muted">日期</dt>
              <dd>{doc.date}</dd>
              <dt className="text-muted">地区</dt>
              <dd>
                <Link href={city.url} className="underline">
                  {city.name}
                </Link>
              </dd>
              <dt className="text-muted">内容</dt>
              <dd>{doc.covers}</dd>
            </dl>
            {doc.typos.length > 0 && (
              <>
                <h3 className="mt-3 font-bold">原文错漏及本站读法</h3>
                <ul className="mt-1 list-disc pl-5 text-[0.9375rem]">
                  {doc.typos.map((t) => (
                    <li key={`${t.where}-${t.text}`}>
                      {t.where}：原文“{t.text}”——{t.reading}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        )),
      )}
    </>
  );
}
