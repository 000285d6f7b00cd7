import type { ReactNode } from 'react';
import { TableScroll } from '@/components/TableScroll';

export interface SplitRow {
  key: string;
  /** The row header cell's content (what varies: a city, a hospital level, a bill amount). */
  head: ReactNode;
  headClassName: string;
  personal: ReactNode;
  fund: ReactNode;
  className?: string;
}

/** "您付 / 医保等付" side by side: the comparison tables of the what-if views and /compare. */
export function SplitTable({ caption, column, rows, className = 'mt-2' }: { caption: string; column: string; rows: SplitRow[]; className?: string }) {
  return (
    <TableScroll label={caption} className={className}>
      {/* Three narrow columns of figures: tighter cells, so that the table fits a 390 px phone in 长辈版 too. */}
      <table className="figures">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{column}</th>
            <th scope="col" className="text-right!">
              您付
            </th>
            <th scope="col" className="text-right!">
              医保等付
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.className}>
              <th scope="row" className={r.headClassName}>
                {r.head}
              </th>
              <td className="text-right whitespace-nowrap tabular-nums">{r.personal}</td>
              <td className="text-right whitespace-nowrap tabular-nums">{r.fund}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
