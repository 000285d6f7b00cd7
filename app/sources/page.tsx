import type { Metadata } from 'next';
import Link from '@/components/Link';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { DISCLAIMER } from '@/components/SiteFooter';
import { getHandbook } from '@/lib/content/load';
import type { Entry } from '@/lib/content/types';
import { pageMetadata } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: '资料来源与勘误',
  description: '本站依据的各地医保公开资料：标题、发布单位、日期、覆盖内容，以及原文的错漏和本站的读法。',
  path: '/sources/',
});

/**
 * The reading notes of a document's entries, each linked: what the entry's page tells the resident,
 * and how the entry was read from the source (its sourceNotes: PDF extraction, tables put back
 * together), which only this page shows.
 */
function EntryNotes({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) return null;
  return (
    <details className="mt-3">
      <summary className="tap flex cursor-pointer items-center font-bold text-brand-700 underline">各问的阅读说明和整理经过（{entries.length} 问）</summary>
      <ul className="mt-1 grid gap-3 text-[0.9375rem]">
        {entries.map((e) => (
          <li key={e.id}>
            <Link href={e.url} className="font-bold text-brand-700 underline">
              {e.title}
            </Link>
            <span className="text-muted">（{e.section}）</span>
            <ul className="mt-1 list-disc pl-5">
              {e.notes.map((n) => (
                <li key={`n-${n}`}>{n}</li>
              ))}
              {e.sourceNotes.map((n) => (
                <li key={`s-${n}`}>
                  <span className="text-muted">整理经过：</span>
                  {n}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}

export default function SourcesPage() {
  const book = getHandbook();
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: '首页' }, { label: '资料来源' }]} />
      <h1 className="text-2xl font-bold">资料来源与勘误</h1>
      <p className="mt-2 mb-4 text-muted">
        {DISCLAIMER}。本站依据的文本是从各地公开的 PDF 和网页中提取的：表格常有错位、合并单元格和跨页拆分，个别问题丢了标题。我们如何读、如何还原，每份文件下面都有记录；问答页面上的“阅读说明”只用平常话说明对居民有什么影响。
      </p>
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
            <EntryNotes entries={book.entries.filter((e) => e.city === city.id && e.document === doc.key && (e.notes.length > 0 || e.sourceNotes.length > 0))} />
          </section>
        )),
      )}
    </>
  );
}
