import Link from '@/components/Link';
import type { Entry, Handbook } from '@/lib/content/types';

export interface QuestionLink {
  key: string;
  href: string;
  label: string;
  /** Small grey text before the question (e.g. the city of a related entry). */
  before?: string;
  /** Small grey text after the question. */
  after?: string;
}

/** A list of questions, each a full-width tap target. */
export function QuestionLinks({ items, label }: { items: QuestionLink[]; label: string }) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white">
      {items.map((item) => (
        <li key={item.key}>
          <Link href={item.href} className="tap flex items-center justify-between gap-3 px-4 py-2 hover:bg-brand-50">
            <span>
              {item.before && <span className="mr-2 text-sm text-muted">{item.before}</span>}
              {item.label}
              {item.after && <span className="ml-2 text-sm text-muted">{item.after}</span>}
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

/** Handbook entries as a list of questions. */
export function EntryList({ entries, showCity, label = '问题列表' }: { entries: Entry[]; showCity?: (e: Entry) => string; label?: string }) {
  return <QuestionLinks label={label} items={entries.map((e) => ({ key: e.id, href: e.url, label: e.title, before: showCity?.(e) }))} />;
}

/** The “大家常问” questions (content/home.yaml), each with its short label and its city. */
export function popularQuestionLinks(book: Handbook): QuestionLink[] {
  return (book.home?.popular ?? []).map(({ entry, label }) => ({
    key: entry.id,
    href: entry.url,
    label,
    after: book.cities.find((c) => c.id === entry.city)?.name.replace(/市$/, ''),
  }));
}
