import type { Metadata } from 'next';
import Link from '@/components/Link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { CallBlock } from '@/components/CallBlock';
import { CopyLinkButton } from '@/components/CopyLinkButton';
import { EntryList } from '@/components/EntryList';
import { ReadAloudButton } from '@/components/ReadAloudButton';
import { schemeLabel, sourceLine, summarise } from '@/lib/content/describe';
import { getHandbook } from '@/lib/content/load';
import { SIMILAR_LABEL } from '@/lib/content/parse';
import type { Entry } from '@/lib/content/types';
import { calculatorLinkFor } from '@/lib/policy/calculator-links';
import { EVENT_LABELS } from '@/lib/policy/labels';
import { getRuleBook } from '@/lib/policy/load';
import { draftToHash } from '@/lib/scenario/url-state';
import { chapterOf, findCity, neighbours, relatedEntries, topicByName } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/site';

export const dynamicParams = false;

/** “算一算”: the calculator with this answer's kind of bill chosen, or the tool its rules belong to. */
function calculateLink(entry: Entry): { href: string; label: string } | null {
  const link = calculatorLinkFor(getRuleBook(), entry);
  if (!link) return null;
  if (link.kind === 'tool') return { href: link.path, label: '算一算生育津贴' };
  const draft = { city: link.city, ...(link.scheme ? { scheme: link.scheme } : {}), person: {}, events: [{ type: link.type }] };
  return { href: `/calculator/${draftToHash(draft, link.scheme ? 'person' : 'scheme')}`, label: `算一算${EVENT_LABELS[link.type]}能报多少` };
}

export function generateStaticParams() {
  return getHandbook().entries.map((e) => ({ city: e.city, chapter: e.chapter, entry: e.slug }));
}

type Props = { params: Promise<{ city: string; chapter: string; entry: string }> };

async function entryFor(params: Props['params']) {
  const { city, chapter, entry } = await params;
  return getHandbook().byId.get(`${city}/${chapter}/${entry}`);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await entryFor(params);
  if (!entry) return {};
  const city = findCity(getHandbook(), entry.city);
  const title = `${entry.title}（${city?.name ?? ''}）`;
  const description = summarise(entry.text, 110);
  return pageMetadata({ title, description, path: entry.url, type: 'article' });
}

export default async function EntryPage({ params }: Props) {
  const entry = await entryFor(params);
  if (!entry) notFound();
  const book = getHandbook();
  const city = findCity(book, entry.city);
  if (!city) notFound();
  const chapter = chapterOf(book, entry);
  const { previous, next } = neighbours(book, entry);
  const related = relatedEntries(book, entry);
  const calculate = calculateLink(entry);
  return (
    <article>
      <Breadcrumbs
        items={[
          { href: '/', label: '首页' },
          { href: city.url, label: city.name },
          { href: chapter.url, label: chapter.title },
        ]}
      />
      <h1 className="text-2xl leading-snug font-bold">{entry.title}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-800">{schemeLabel(entry.schemes)}</span>
        {entry.tags.map((tag) => {
          const topic = topicByName(book, tag);
          return topic ? (
            <Link key={tag} href={`/topics/${topic.slug}/`} className="tap inline-flex items-center rounded bg-slate-100 px-3 text-muted underline">
              {tag}
            </Link>
          ) : null;
        })}
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <ReadAloudButton target="#answer-read" />
        {calculate && (
          <Link href={calculate.href} className="no-print tap inline-flex items-center rounded-lg border border-brand-600 bg-white px-4 font-bold text-brand-700 hover:bg-brand-50">
            {calculate.label}
          </Link>
        )}
      </div>
      <div id="answer-read">
        <p className="sr-only">{entry.title}</p>
        <div className="answer mt-4 rounded-xl border border-slate-200 bg-white px-4 py-2" dangerouslySetInnerHTML={{ __html: entry.html }} />
      </div>
      {(entry.notes.length > 0 || entry.titleAdded) && (
        <aside aria-label="阅读说明" className="mt-4 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm">
          <h2 className="font-bold">阅读说明</h2>
          <ul className="mt-1 list-disc pl-5">
            {entry.titleAdded && <li>原文此处没有问题标题，标题由本站根据答案内容整理。</li>}
            {entry.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </aside>
      )}
      {entry.similar.length > 0 && (
        <section aria-labelledby="similar-title" className="mt-4">
          <h2 id="similar-title" className="font-bold">
            {SIMILAR_LABEL}
          </h2>
          <ul className="mt-1 list-disc pl-5 text-muted">
            {entry.similar.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-4 text-sm text-muted">来源：{sourceLine(city, entry)}</p>
      <div className="mt-4">
        <CopyLinkButton />
      </div>
      <nav aria-label="本章上一问和下一问" className="mt-4 grid gap-2 sm:grid-cols-2">
        {previous && (
          <Link href={previous.url} className="tap rounded-xl border border-slate-200 bg-white px-4 py-2 hover:bg-brand-50">
            <span className="block text-sm text-muted">上一问</span>
            {previous.title}
          </Link>
        )}
        {next && (
          <Link href={next.url} className="tap rounded-xl border border-slate-200 bg-white px-4 py-2 hover:bg-brand-50 sm:col-start-2">
            <span className="block text-sm text-muted">下一问</span>
            {next.title}
          </Link>
        )}
      </nav>
      {related.length > 0 && (
        <section className="mt-6">
          <h2 className="mb-2 text-lg font-bold">相关问题</h2>
          <EntryList entries={related} showCity={(e) => (e.city === entry.city ? '' : (findCity(book, e.city)?.name ?? ''))} />
        </section>
      )}
      <CallBlock book={book} cityId={entry.city} />
    </article>
  );
}
