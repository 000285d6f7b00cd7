import Link from '@/components/Link';
import { TableScroll } from '@/components/TableScroll';
import { getRuleBook } from '@/lib/policy/load';
import { keyNumbers } from '@/lib/policy/key-numbers';

/** "Key numbers" card of a city page: from content/<city>/rules.yaml, each table linked to its source. */
export function KeyNumbers({ cityId }: { cityId: string }) {
  const tables = keyNumbers(getRuleBook(), cityId);
  if (tables.length === 0) return null;
  return (
    <section aria-labelledby="key-numbers" className="mt-5 rounded-xl border border-brand-100 bg-white px-4 py-3">
      <h2 id="key-numbers" className="text-lg font-bold">
        关键数字
      </h2>
      {tables.map((t) => (
        <div key={t.title} className="mt-3">
          <h3 className="font-bold">{t.title}</h3>
          <TableScroll label={t.title}>
            <table>
              <thead>
                <tr>
                  {t.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {t.rows.map((row) => (
                  <tr key={row.join('|')}>
                    {row.map((cell, i) => (
                      <td key={i}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="mt-1 text-sm text-muted">
            {t.note && <>{t.note}。</>}
            出处：
            <Link href={`/${t.source}/`} className="underline">
              查看手册原文
            </Link>
          </p>
        </div>
      ))}
    </section>
  );
}
