import { QuestionLinks, type QuestionLink } from './EntryList';
import type { Scheme } from '@/lib/content/schema';
import { SEARCH_PATH } from '@/lib/search/prefs';
import { SEARCH_PAGE_IDS } from './search-page-ids';

export interface SearchPageProps {
  cities: { id: string; name: string; kind: string }[];
  topics: { name: string; slug: string }[];
  schemes: { id: Scheme; name: string }[];
}


const ids = SEARCH_PAGE_IDS;
const select = 'tap w-full rounded-lg border border-slate-300 bg-white px-2 text-base';

/**
 * /search?q=…&city=…&scheme=…&topic=… — the page's markup: the box, the filters, and the empty places
 * that islands/search.ts fills on the phone (results with highlighted matches, counts per filter, the
 * resident's chosen city first, a “没有找到” state with suggestions). Typing and filters rewrite the
 * address with history.replaceState, so nothing typed is ever part of a request.
 * `popular`: the “大家常问” list, shown when there is no query or nothing was found.
 */
export function SearchPage({ cities, topics, schemes, popular }: SearchPageProps & { popular: QuestionLink[] }) {
  return (
    <>
      <form id={ids.form} role="search" aria-label="搜索医保问题" action={SEARCH_PATH} method="get">
        <label htmlFor={ids.input} className="mb-1 block font-bold">
          您想问什么？
        </label>
        <div className="flex gap-2">
          <input
            id={ids.input}
            name="q"
            type="search"
            autoComplete="off"
            enterKeyHint="search"
            placeholder="如：新生儿怎么参保、住院报销多少"
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
          <label htmlFor={ids.city} className="block text-sm text-muted">
            城市
          </label>
          <select id={ids.city} className={select} defaultValue="">
            <option value="">全部</option>
            {cities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.scheme} className="block text-sm text-muted">
            险种
          </label>
          <select id={ids.scheme} className={select} defaultValue="">
            <option value="">全部</option>
            {schemes.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.topic} className="block text-sm text-muted">
            主题
          </label>
          <select id={ids.topic} className={select} defaultValue="">
            <option value="">全部</option>
            {topics.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <p id={ids.chosen} hidden className="mt-2 text-sm text-muted">
        <span id={ids.chosenText} />
        <button id={ids.forget} type="button" className="tap ml-1 inline-flex items-center px-1 text-brand-700 underline">
          不再优先
        </button>
      </p>

      <p id={ids.status} role="status" aria-live="polite" className="mt-3 font-bold" />
      <button id={ids.retry} type="button" hidden className="tap mt-2 rounded-lg border border-slate-300 bg-white px-4">
        重试
      </button>
      <p id={ids.corrected} hidden className="mt-1 text-sm text-muted" />

      <section id={ids.results} hidden aria-label="搜索结果" className="mt-3" />
      <button id={ids.more} type="button" hidden className="tap mt-3 w-full rounded-lg border border-slate-300 bg-white px-4 font-bold" />

      <section id={ids.none} hidden aria-labelledby={ids.noneTitle} className="mt-3 rounded-xl border border-slate-200 bg-white px-4 py-3">
        <h2 id={ids.noneTitle} className="text-lg font-bold" />
        <p id={ids.widen} hidden className="mt-2">
          在所选的条件下没有结果。
          <button id={ids.widenButton} type="button" className="tap ml-1 inline-flex items-center rounded-lg border border-slate-300 px-3 font-bold" />
        </p>
        <div id={ids.similar} hidden>
          <h3 className="mt-3 font-bold">您是不是想找：</h3>
          <ul id={ids.similarList} aria-label="相近的问题" className="mt-1" />
        </div>
        <p className="mt-3 text-muted">换个说法试试：用短一点的词，比如“住院报销”“异地就医备案”“新生儿参保”；城市可以在上面的“城市”里选。</p>
      </section>

      {popular.length > 0 && (
        <section id={ids.popular} hidden aria-labelledby={`${ids.popular}-title`} className="mt-4">
          <h2 id={`${ids.popular}-title`} className="mb-2 text-lg font-bold">
            大家常问
          </h2>
          <QuestionLinks label="大家常问" items={popular} />
        </section>
      )}
    </>
  );
}
