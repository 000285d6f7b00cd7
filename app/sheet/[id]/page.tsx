import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import QRCode from 'qrcode';
import Link from '@/components/Link';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { TableScroll } from '@/components/TableScroll';
import { callTargets, telNumbers } from '@/lib/content/contacts';
import { getHandbook } from '@/lib/content/load';
import { loadRuleBook } from '@/lib/policy/load';
import { buildSheet, formatSheetNumber, sheetIds, shortSection, type Part, type Sheet } from '@/lib/policy/sheet';
import { absoluteUrl, pageMetadata } from '@/lib/site';
import { chineseDate } from '@/lib/tools/dates';

/**
 * /sheet/<city>-<scheme>/: the 明白纸 — one page that explains a scheme at a glance, made from the
 * city's rules (lib/policy/sheet.ts) and city.yaml, never typed again; readable on a phone, and
 * printed on one A4 sheet (app/globals.css: .sheet print rules), with a QR code back to this page.
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return sheetIds(loadRuleBook()).map(({ id }) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

function sheetFor(id: string): Sheet | undefined {
  const rules = loadRuleBook();
  const found = sheetIds(rules).find((s) => s.id === id);
  return found ? buildSheet(rules[found.rulesCity]!, found.scheme) : undefined;
}

/** The handbook city of a sheet (全国参考 for the national reference) and its source document. */
function sourceOf(sheet: Sheet) {
  const book = getHandbook();
  const city = book.cities.find((c) => c.id === sheet.contentCity)!;
  return { book, city, document: city.documents[0]! };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const sheet = sheetFor((await params).id);
  if (!sheet) return {};
  const { city } = sourceOf(sheet);
  return pageMetadata({
    title: `${city.name}${sheet.schemeName}明白纸`,
    description: `${city.name}${sheet.schemeName}一页看懂：交多少钱、住院起付线和报销比例、大病保险、门诊、慢特病、生育、异地就医备案和咨询电话，可打印。`,
    path: `/sheet/${sheet.id}/`,
  });
}

function Parts({ parts }: { parts: Part[] }) {
  return <>{parts.map((p, i) => (typeof p === 'string' ? p : <b key={i}>{formatSheetNumber(p)}</b>))}</>;
}

export default async function SheetPage({ params }: Props) {
  const sheet = sheetFor((await params).id);
  if (!sheet) notFound();
  const { book, city, document } = sourceOf(sheet);
  const url = absoluteUrl(`/sheet/${sheet.id}/`);
  const qr = await QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  const calls = callTargets(book, city.id);
  const where = (source: string) => book.byId.get(source);
  return (
    <article className="sheet" aria-labelledby="sheet-title">
      <div className="no-print">
        <Breadcrumbs items={[{ href: '/', label: '首页' }, { href: city.url, label: city.name }, { label: '明白纸' }]} />
      </div>
      <div className="sheet-head">
        <h1 id="sheet-title" className="text-2xl font-bold">
          {city.name}
          {sheet.schemeName}明白纸
        </h1>
        <p className="mt-1 text-sm text-muted">
          按{document.publisher}《{document.title}》（{chineseDate(document.date)}）整理 · 规定截至{chineseDate(sheet.asOf.date)}
        </p>
        {sheet.asOf.note && <p className="mt-1 text-sm text-muted">{sheet.asOf.note}</p>}
        <p className="no-print mt-3 flex flex-wrap gap-2">
          <button type="button" data-print="" className="tap rounded-lg bg-brand-700 px-4 font-bold text-white hover:bg-brand-800">
            打印这张明白纸
          </button>
          <Link href="/calculator/" className="tap inline-flex items-center rounded-lg border border-brand-600 bg-white px-4 font-bold text-brand-700">
            算一算我能报多少
          </Link>
        </p>
      </div>
      <div className="sheet-body">
        {sheet.sections.map((section) => {
          const sources = [...new Set([...section.tables.map((t) => t.source), ...section.lines.map((l) => l.source)])];
          const cited = (
            <>
              依据：
              {sources.map((s, i) => {
                const entry = where(s);
                return (
                  <span key={s}>
                    {i > 0 && '；'}
                    {entry ? <Link href={entry.url}>{shortSection(entry.section)}</Link> : s}
                  </span>
                );
              })}
            </>
          );
          return (
            <section key={section.id} aria-labelledby={`sheet-${section.id}`} className="sheet-section">
              <h2 id={`sheet-${section.id}`} className="sheet-h2">
                {section.title}
                {/* On paper the sources share the heading's line (one line less per section). */}
                <span className="sheet-source-print"> {cited}</span>
              </h2>
              {section.tables.map((t) => (
                <TableScroll key={t.caption} label={t.caption} className="sheet-table">
                  <table>
                    <caption>{t.caption}</caption>
                    <thead>
                      <tr>
                        {t.head.map((h, i) => (
                          <th key={i} scope="col">
                            <Parts parts={h} />
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {t.rows.map((row, r) => (
                        <tr key={r}>
                          {row.map((cell, c) =>
                            c === 0 ? (
                              <th key={c} scope="row">
                                <Parts parts={cell} />
                              </th>
                            ) : (
                              <td key={c}>
                                <Parts parts={cell} />
                              </td>
                            ),
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              ))}
              {section.lines.length > 0 && (
                <ul className="sheet-lines">
                  {section.lines.map((l, i) => (
                    <li key={i}>
                      <Parts parts={l.parts} />
                    </li>
                  ))}
                </ul>
              )}
              <p className="sheet-source">{cited}</p>
            </section>
          );
        })}
        {calls && (
          <section aria-labelledby="sheet-calls" className="sheet-section">
            <h2 id="sheet-calls" className="sheet-h2">
              打电话问
            </h2>
            <ul className="sheet-lines">
              {calls.hotlines.map((h) => (
                <li key={h.phone}>
                  {h.name}：
                  {telNumbers(h.phone).map((tel) => (
                    <a key={tel} href={`tel:${tel}`} className="font-bold underline">
                      {h.phone}
                    </a>
                  ))}
                  {h.note && <span className="sheet-call-note">（{h.note}）</span>}
                </li>
              ))}
            </ul>
            <p className="sheet-source">
              更多电话：<Link href="/contacts/">医保咨询电话</Link>
            </p>
          </section>
        )}
        <div className="sheet-foot">
          <div className="sheet-qr" role="img" aria-label={`二维码：${url}`} dangerouslySetInnerHTML={{ __html: qr }} />
          <p className="text-sm">
            扫码看网页版（可搜索、可计算）：<span className="break-all">{url}</span>
            <br />
            本页按手册整理，仅供参考，以当地医保经办机构解释和结算为准。
          </p>
        </div>
      </div>
    </article>
  );
}
