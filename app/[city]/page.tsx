import type { Metadata } from 'next';
import Link from '@/components/Link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { CallBlock } from '@/components/CallBlock';
import { schemeLabel } from '@/lib/content/describe';
import { getHandbook } from '@/lib/content/load';
import { findCity } from '@/lib/content/queries';
import { KeyNumbers } from '@/components/KeyNumbers';
import { SCHEME_LABELS } from '@/lib/policy/labels';
import { loadRuleBook } from '@/lib/policy/load';
import { handbookCityOf } from '@/lib/policy/names';
import { sheetIds } from '@/lib/policy/sheet';
import { pageMetadata } from '@/lib/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return getHandbook().cities.map((c) => ({ city: c.id }));
}

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const city = findCity(getHandbook(), (await params).city);
  if (!city) return {};
  const title = city.kind === 'city' ? `${city.name}医保问答` : city.name;
  return pageMetadata({ title, description: city.summary, path: city.url });
}

export default async function CityPage({ params }: Props) {
  const book = getHandbook();
  const city = findCity(book, (await params).city);
  if (!city) notFound();
  // The city's 明白纸: one printable page per scheme (app/sheet).
  const rules = loadRuleBook();
  const sheets = sheetIds(rules).filter((s) => handbookCityOf(rules[s.rulesCity]!) === city.id);
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: '首页' }, { label: city.name }]} />
      <h1 className="text-2xl font-bold">{city.kind === 'city' ? `${city.name}医保问答` : city.name}</h1>
      <p className="mt-2 text-muted">{city.summary}</p>
      <p className="mt-1 text-sm text-muted">
        适用：{schemeLabel(city.schemes)} · {city.province}
      </p>
      {sheets.length > 0 && (
        <p className="mt-3 flex flex-wrap gap-2">
          {sheets.map((sheet) => (
            <Link key={sheet.id} href={`/sheet/${sheet.id}/`} className="tap inline-flex items-center rounded-lg border border-brand-600 bg-white px-4 font-bold text-brand-700 hover:bg-brand-50">
              打印明白纸{sheets.length > 1 ? `（${SCHEME_LABELS[sheet.scheme]}）` : ''}
            </Link>
          ))}
        </p>
      )}
      <KeyNumbers cityId={city.id} />
      <h2 className="mt-6 mb-2 text-xl font-bold">目录</h2>
      <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white">
        {city.chapters.map((ch) => (
          <li key={ch.slug}>
            <Link href={ch.url} className="tap flex items-center justify-between gap-3 px-4 py-3 hover:bg-brand-50">
              <span className="font-bold">{ch.title}</span>
              <span className="shrink-0 text-sm text-muted">{ch.entries.length} 问 ›</span>
            </Link>
          </li>
        ))}
      </ul>
      <CallBlock book={book} cityId={city.id} />
    </>
  );
}
