'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { SearchMarked } from './SearchMarked';
import type { SearchEngine } from '@/lib/search/engine';
import type { SearchHit } from '@/lib/search/types';
import { cityOfPath, entryUrl, handOffQuery, readChosenCity, rememberCity, SEARCH_PATH } from '@/lib/search/prefs';

type ClientModule = typeof import('@/lib/search/client');
type Loaded = { mod: ClientModule; engine: SearchEngine };

export interface SearchBoxCity {
  id: string;
  name: string;
  kind: string;
}

const MAX_SUGGESTIONS = 6;
const DEBOUNCE_MS = 120;

interface View {
  status: 'idle' | 'loading' | 'ready' | 'error';
  query: string;
  hits: SearchHit[];
  total: number;
  terms: string[];
}
const IDLE: View = { status: 'idle', query: '', hits: [], total: 0, terms: [] };

/**
 * The search box with instant suggestions (ARIA 1.2 combobox with a listbox popup). The engine
 * (FlexSearch, the tokenizer and the index data) is only downloaded when the box gets focus.
 * `header`: the compact box in the site header (hidden on the home page and on /search, which
 * have their own); `hero`: the large box first on the home page. Also remembers the resident's
 * city when they are on a city's pages, for ranking.
 */
export function SearchBox({ cities, variant }: { cities: SearchBoxCity[]; variant: 'header' | 'hero' }) {
  const uid = useId();
  const inputId = `${uid}-input`;
  const listId = `${uid}-list`;
  const optionId = (i: number) => `${uid}-opt-${i}`;
  const router = useRouter();
  const pathname = usePathname() ?? '/';
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [view, setView] = useState<View>(IDLE);
  const loaded = useRef<Loaded | null>(null);
  const loading = useRef<Promise<Loaded> | null>(null);
  const latest = useRef('');
  const composing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const city = cityOfPath(pathname, cities.filter((c) => c.kind === 'city').map((c) => c.id));
    if (city) rememberCity(city);
  }, [pathname, cities]);

  // A new page starts with an empty box (the header stays mounted across client navigations).
  useEffect(() => {
    clearTimeout(timer.current);
    pending.current = false;
    latest.current = '';
    setValue('');
    setView(IDLE);
    setOpen(false);
    setActive(-1);
  }, [pathname]);

  useEffect(() => () => clearTimeout(timer.current), []);

  // The suggestions are not a scroll box of their own (the page scrolls: simpler with 长辈版's large
  // text, and no scroll area that a keyboard cannot reach): bring the option chosen with the arrow
  // keys into view.
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const load = useCallback((): Promise<Loaded> => {
    loading.current ??= import('@/lib/search/client')
      .then(async (mod) => ({ mod, engine: await mod.loadSearchEngine() }))
      .then(
        (ready) => (loaded.current = ready),
        (error: unknown) => {
          loading.current = null;
          throw error;
        },
      );
    return loading.current;
  }, []);

  const run = useCallback(
    (raw: string) => {
      const query = raw.trim();
      if (!query) {
        setView(IDLE);
        setOpen(false);
        setActive(-1);
        return;
      }
      const ready = loaded.current;
      if (!ready) {
        setView({ ...IDLE, status: 'loading', query });
        setOpen(true);
        load().then(
          () => run(latest.current),
          () => setView({ ...IDLE, status: 'error', query }),
        );
        return;
      }
      const res = ready.engine.search(query, { preferCity: readChosenCity() ?? undefined, limit: MAX_SUGGESTIONS });
      setView({ status: 'ready', query, hits: res.hits, total: res.total, terms: res.terms });
      setActive(-1);
      setOpen(true);
    },
    [load],
  );

  const schedule = (next: string) => {
    latest.current = next;
    clearTimeout(timer.current);
    pending.current = true;
    timer.current = setTimeout(() => {
      pending.current = false;
      run(latest.current);
    }, DEBOUNCE_MS);
  };

  /** Runs a search still waiting for the debounce now, so arrow keys act on the current results. */
  const flush = (): boolean => {
    if (!pending.current) return false;
    clearTimeout(timer.current);
    pending.current = false;
    run(latest.current);
    return true;
  };

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const openEntry = (url: string) => {
    close();
    router.push(url);
  };

  const openSearchPage = () => {
    const query = value.trim();
    if (!query) return;
    close();
    handOffQuery(query);
    router.push(SEARCH_PATH);
  };

  // Options: the suggestions, then “查看全部结果” when there are any.
  const showAll = view.status === 'ready' && view.total > 0;
  const optionCount = view.hits.length + (showAll ? 1 : 0);
  const expanded = open && optionCount > 0;

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (composing.current || e.nativeEvent.isComposing) return;
    const flushed = ['ArrowDown', 'ArrowUp', 'Enter'].includes(e.key) && flush();
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (flushed) setActive(0);
        else if (!open) run(value);
        else if (optionCount) setActive((a) => (a + 1) % optionCount);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!flushed && open && optionCount) setActive((a) => (a <= 0 ? optionCount - 1 : a - 1));
        break;
      case 'Enter':
        e.preventDefault();
        if (!flushed && expanded && active >= 0 && active < view.hits.length) openEntry(entryUrl(view.hits[active]!.doc.id));
        else openSearchPage();
        break;
      case 'Escape':
        if (open) {
          e.preventDefault();
          close();
        } else if (value) {
          e.preventDefault();
          setValue('');
          latest.current = '';
          setView(IDLE);
        }
        break;
      case 'Tab':
        close();
        break;
    }
  };

  const cityName = (id: string) => cities.find((c) => c.id === id)?.name ?? '';
  const highlight = loaded.current?.mod.highlight;

  let status = '';
  if (open && view.status === 'loading') status = '正在准备搜索……';
  else if (open && view.status === 'error') status = '搜索暂时无法使用，请检查网络后再试。';
  else if (open && view.status === 'ready')
    status = view.total > 0 ? `找到 ${view.total} 条相关问题，可以用上下方向键选择。` : `没有找到与“${view.query}”相关的问题。`;

  // The home page and /search have their own, larger box.
  if (variant === 'header' && (pathname === '/' || /^\/search\/?$/.test(pathname))) return null;

  const hero = variant === 'hero';
  return (
    <div className={hero ? 'mt-4' : 'mx-auto max-w-3xl px-4 pb-2'}>
      <form
        role="search"
        aria-label={hero ? '搜索医保问题' : '站内搜索'}
        onSubmit={(e) => {
          e.preventDefault();
          openSearchPage();
        }}
      >
        <label htmlFor={inputId} className={hero ? 'mb-1 block text-lg font-bold' : 'sr-only'}>
          {hero ? '搜一搜您想问的问题' : '搜索医保问题'}
        </label>
        <div
          ref={box}
          className="relative flex gap-2"
          onBlur={(e) => {
            if (!box.current?.contains(e.relatedTarget as Node | null)) close();
          }}
        >
          <input
            id={inputId}
            type="search"
            role="combobox"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-describedby={`${uid}-hint`}
            autoComplete="off"
            enterKeyHint="search"
            placeholder="如：新生儿怎么参保、住院报销多少"
            value={value}
            onFocus={() => {
              void load().catch(() => undefined);
              if (value.trim() && view.status !== 'idle') setOpen(true);
            }}
            onChange={(e) => {
              setValue(e.target.value);
              if (!composing.current) schedule(e.target.value);
            }}
            onCompositionStart={() => (composing.current = true)}
            onCompositionEnd={(e) => {
              composing.current = false;
              schedule(e.currentTarget.value);
            }}
            onKeyDown={onKeyDown}
            className={`tap min-w-0 flex-1 rounded-lg border bg-white px-3 text-ink placeholder:text-slate-500 ${
              hero ? 'border-slate-400 text-lg' : 'border-white/70 text-base'
            }`}
          />
          <button
            type="submit"
            className={`tap shrink-0 rounded-lg px-4 font-bold ${hero ? 'bg-brand-700 text-white hover:bg-brand-800' : 'border border-white/70 text-white hover:bg-white/10'}`}
          >
            搜索
          </button>
          <span id={`${uid}-hint`} className="sr-only">
            输入后会列出相关问题，用上下方向键选择，回车打开；直接回车查看全部结果。
          </span>
          <div
            className={
              open && view.status !== 'idle'
                ? 'absolute left-0 right-0 top-full z-40 mt-1 rounded-xl border border-slate-200 bg-white text-ink shadow-lg'
                : 'hidden'
            }
          >
            {view.status === 'loading' && <p className="px-4 py-3 text-muted">正在准备搜索……</p>}
            {view.status === 'error' && <p className="px-4 py-3 text-muted">搜索暂时无法使用，请检查网络后再试。</p>}
            {view.status === 'ready' && view.total === 0 && (
              <p className="px-4 py-3 text-muted">
                没有找到与“{view.query}”相关的问题。按回车看看其他建议。
              </p>
            )}
            <ul id={listId} role="listbox" aria-label="搜索建议" className={expanded ? 'divide-y divide-slate-100' : 'hidden'}>
              {view.hits.map((hit, i) => (
                <li
                  key={hit.doc.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={active === i}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => openEntry(entryUrl(hit.doc.id))}
                  className={`tap flex cursor-pointer flex-col justify-center px-4 py-2 ${active === i ? 'bg-brand-50 outline outline-2 -outline-offset-2 outline-brand-600' : 'hover:bg-slate-50'}`}
                >
                  <span>{highlight ? <SearchMarked pieces={highlight(hit.doc.title, view.terms)} /> : hit.doc.title}</span>
                  <span className="text-sm text-muted">{cityName(hit.doc.city)}</span>
                </li>
              ))}
              {showAll && (
                <li
                  id={optionId(view.hits.length)}
                  role="option"
                  aria-selected={active === view.hits.length}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={openSearchPage}
                  className={`tap flex cursor-pointer items-center px-4 py-2 font-bold text-brand-700 ${active === view.hits.length ? 'bg-brand-50 outline outline-2 -outline-offset-2 outline-brand-600' : 'hover:bg-slate-50'}`}
                >
                  查看全部 {view.total} 条结果 ›
                </li>
              )}
            </ul>
          </div>
          <div role="status" aria-live="polite" className="sr-only">
            {status}
          </div>
        </div>
      </form>
    </div>
  );
}
