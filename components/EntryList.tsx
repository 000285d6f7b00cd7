import Link from 'next/link';
import type { Entry } from '@/lib/content/types';

/** A list of questions, each a full-width tap target. */
export function EntryList({ entries, showCity, label = "问题列表" }: { entries: Entry[]; showCity?: (e: Entry) => string; label?: string }) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white">
      {entries.map((e) => (
        <li key={e.id}>
          <Link href={e.url} className="tap flex items-center justify-between gap-3 px-4 py-2 hover:bg-brand-50">
            <span>
              {showCity && <span className="mr-2 text-sm text-muted">{showCity(e)}</span>}
              {e.title}
            </span>
            <span aria-hidden="true" className="text-muted">
              ›
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
