'use client';

import Link from '@/components/Link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { QuestionLinks } from './EntryList';
import { SearchMarked } from './SearchMarked';
// /search is the page that searches: its engine comes with the page (in parallel with the rest of the
// page's code), not after it. Everywhere else the header box imports it on focus (components/SearchBox).
import * as searchClient from '@/lib/search/client';
import type { SearchEngine } from '@/lib/search/engine';
import type { Scheme } from '@/lib/content/schema';
import { entryUrl, readChosenCity, rememberCity, searchUrl, takeHandedOffQuery, type SearchParams } from '@/lib/search/prefs';


export interface SearchPageProps {
  cities: { id: string; name: string; kind: string }[];
  topics: { name: string; slug: string }[];
  schemes: { id: Scheme; name: string }[];
}

/** Results per screenful: a phone shows three or four; ten keep the first render light on a slow phone. */
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 200;

/**
 * /search?q=…&city=…&scheme=…&topic=… — full results with highlighted matches, filters, the
 * resident's chosen city first, and a “没有找到” state with suggestions. Reads the query from the
 * address on the phone (static page); typing and filters rewrite the address with
 * history.replaceState, so nothing typed is ever part of a request.
 */
export function SearchPage({ cities, topics, schemes }: SearchPageProps) {
  const uid = useId();
  const params = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const cityParam = params.get('city') ?? '';
  const city = cities.some((c) => c.id === cityParam) ? cityParam : '';
  const schemeParam = params.get('scheme') ?? '';
  const scheme = schemes.some((s) => s.id === schemeParam) ? (schemeParam as Scheme) : undefined;
  const topicSlug = params.get('topic') ?? '';
  const topic = topics.find((t) => t.slug === topicSlug);

  const [input, setInput] = useState(q);
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [chosen, setChosen] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE_SIZE);
  const written = useRef(q);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const current: SearchParams = { q, city: city || undefined, scheme, topic: topic?.slug };
  const navigate = (next: Partial<SearchParams>) => {
    const url = searchUrl({ ...current, ...next });
    written.current = next.q ?? q;
    window.history.replaceState(null, '', url);
    setShown(PAGE_SIZE);
  };

  // A query handed over from a search box elsewhere on the site (see handOffQuery).
  useEffect(() => {
    setChosen(readChosenCity());
    const pending = takeHandedOffQuery();
    if (pending && !q) {
      setInput(pending);
      written.current = pending;
      window.history.replaceState(null, '', searchUrl({ ...current, q: pending }));
    }
    return () => clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Back and forward change the address: show its query in the box.
  useEffect(() => {
    if (q !== written.current) {
      written.current = q;
      setInput(q);
    }
  }, [q]);

  useEffect(() => {
    let live = true;
    setFailed(false);
    searchClient.loadSearchEngine().then(
      (ready) => live && setEngine(ready),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const response = useMemo(
    () => (engine && q ? engine.search(q, { city: city || undefined, scheme, topic: topic?.name, preferCity: chosen ?? undefined }) : null),
    [engine, q, city, scheme, topic, chosen],
  );
  const alternatives = useMemo(() => (engine && q && response?.total === 0 ? engine.suggest(q) : []), [engine, q, response]);
  const popular = useMemo(() => engine?.popular() ?? [], [engine]);

  const cityName = (id: string) => cities.find((c) => c.id === id)?.name ?? id;
  const schemeName = (id: string) => schemes.find((s) => s.id === id)?.name ?? id;
  const filtered = Boolean(city || scheme || topic);
  const unfilteredTotal = response ? Object.values(response.facets.city).reduce((a, b) => a + b, 0) : 0;

  let status = '';
  if (failed) status = '搜索暂时无法使用，请检查网络后重试。';
  else if (q && !engine) status = '正在准备搜索……';
  else if (response) status = response.total > 0 ? `找到 ${response.total} 条与“${q}”相关的问题。` : `没有找到与“${q}”相关的问题。`;

  const select = 'tap w-full rounded-lg border border-slate-300 bg-white px-2 text-base';
  return (
    <>
      <form
        role="search"
        aria-label="搜索医保问题"
        onSubmit={(e) => {
          e.preventDefault();
          clearTimeout(timer.current);
          navigate({ q: input.trim() });
        }}
      >
        <label htmlFor={`${uid}-q`} className="mb-1 block font-bold">
          您想问什么？
        </label>
        <div className="flex gap-2">
          <input
            id={`${uid}-q`}
            type="search"
            autoComplete="off"
            enterKeyHint="search"
            placeholder="如：新生儿怎么参保、住院报销多少"
            value={input}
            onChange={(e) => {
              const next = e.target.value;
              setInput(next);
              clearTimeout(timer.current);
              timer.current = setTimeout(() => navigate({ q: next.trim() }), DEBOUNCE_MS);
            }}
            className="tap min-w-0 flex-1 rounded-lg border border-slate-400 bg-white px-3 text-lg"
          />
          <button type="submit" className="tap shrink-0 rounded-lg bg-brand-700 px-4 font-bold text-white hover:bg-brand-800">
            搜索
          </button>
        </div>
      </form>

      <fieldset className="mt-3 grid grid-cols-3 gap-2">
        <legend className="sr-only">筛选</legend>
        <div>
          <label htmlFor={`${uid}-city`} className="block text-sm text-muted">
            城市
          </label>
          <select
            id={`${uid}-city`}
            className={select}
            value={city}
            onChange={(e) => {
              const id = e.target.value;
              if (cities.find((c) => c.id === id)?.kind === 'city') {
                rememberCity(id);
                setChosen(id);
              }
              navigate({ city: id || undefined });
            }}
          >
            <option value="">全部</option>
            {cities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {response ? `（${response.facets.city[c.id] ?? 0}）` : ''}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${uid}-scheme`} className="block text-sm text-muted">
            险种
          </label>
          <select id={`${uid}-scheme`} className={select} value={scheme ?? ''} onChange={(e) => navigate({ scheme: e.target.value || undefined })}>
            <option value="">全部</option>
            {schemes.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
                {response ? `（${response.facets.scheme[s.id] ?? 0}）` : ''}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${uid}-topic`} className="block text-sm text-muted">
            主题
          </label>
          <select id={`${uid}-topic`} className={select} value={topic?.slug ?? ''} onChange={(e) => navigate({ topic: e.target.value || undefined })}>
            <option value="">全部</option>
            {topics.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
                {response ? `（${response.facets.topic[t.name] ?? 0}）` : ''}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      {chosen && !city && cities.some((c) => c.id === chosen) && (
        <p className="mt-2 text-sm text-muted">
          已把{cityName(chosen)}的答案排在前面。
          <button
            type="button"
            className="tap ml-1 inline-flex items-center px-1 text-brand-700 underline"
            onClick={() => {
              rememberCity(null);
              setChosen(null);
            }}
          >
            不再优先
          </button>
        </p>
      )}

      <p role="status" aria-live="polite" className="mt-3 font-bold">
        {status}
      </p>
      {failed && (
        <button type="button" className="tap mt-2 rounded-lg border border-slate-300 bg-white px-4" onClick={() => setAttempt((a) => a + 1)}>
          重试
        </button>
      )}
      {response?.corrected && (
        <p className="mt-1 text-sm text-muted">已按“{response.corrected}”搜索。</p>
      )}

      {response && response.total > 0 && (
        <>
          <ol aria-label="搜索结果" className="mt-3 space-y-3">
            {response.hits.slice(0, shown).map(({ doc }) => (
              <li key={doc.id}>
                <article className="rounded-xl border border-slate-200 bg-white px-4 py-3">
                  <h2 className="text-lg font-bold">
                    <Link href={entryUrl(doc.id)} className="tap block py-1 text-brand-800 hover:underline">
                      <SearchMarked pieces={searchClient.highlight(doc.title, response.terms)} />
                    </Link>
                  </h2>
                  <p className="text-sm text-muted">
                    {cityName(doc.city)} · {doc.schemes.map(schemeName).join('、')} · {doc.tags.join('、')}
                  </p>
                  <p className="mt-1 text-[0.9375rem]">
                    <SearchMarked pieces={searchClient.snippet(doc.text, response.terms)} />
                  </p>
                </article>
              </li>
            ))}
          </ol>
          {shown < response.total && (
            <button
              type="button"
              className="tap mt-3 w-full rounded-lg border border-slate-300 bg-white px-4 font-bold"
              onClick={() => setShown((n) => n + PAGE_SIZE)}
            >
              再显示 {Math.min(PAGE_SIZE, response.total - shown)} 条
            </button>
          )}
        </>
      )}

      {response && response.total === 0 && (
        <section aria-labelledby={`${uid}-none`} className="mt-3 rounded-xl border border-slate-200 bg-white px-4 py-3">
          <h2 id={`${uid}-none`} className="text-lg font-bold">
            没有找到“{q}”
          </h2>
          {filtered && unfilteredTotal > 0 && (
            <p className="mt-2">
              在所选的条件下没有结果。
              <button
                type="button"
                className="tap ml-1 inline-flex items-center rounded-lg border border-slate-300 px-3 font-bold"
                onClick={() => navigate({ city: undefined, scheme: undefined, topic: undefined })}
              >
                在全部城市、险种和主题中找（{unfilteredTotal} 条）
              </button>
            </p>
          )}
          {alternatives.length > 0 && (
            <>
              <h3 className="mt-3 font-bold">您是不是想找：</h3>
              <ul aria-label="相近的问题" className="mt-1">
                {alternatives.map((doc) => (
                  <li key={doc.id}>
                    <Link href={entryUrl(doc.id)} className="tap flex items-center py-1 text-brand-800 underline">
                      {doc.title}
                      <span className="ml-2 text-sm text-muted no-underline">{cityName(doc.city)}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="mt-3 text-muted">换个说法试试：用短一点的词，比如“住院报销”“异地就医备案”“新生儿参保”；城市可以在上面的“城市”里选。</p>
        </section>
      )}

      {(!q || response?.total === 0) && popular.length > 0 && (
        <section aria-labelledby={`${uid}-popular`} className="mt-4">
          <h2 id={`${uid}-popular`} className="mb-2 text-lg font-bold">
            大家常问
          </h2>
          <QuestionLinks
            label="大家常问"
            items={popular.map(({ doc, label }) => ({ key: doc.id, href: entryUrl(doc.id), label, after: cityName(doc.city).replace(/市$/, '') }))}
          />
        </section>
      )}
    </>
  );
}
