/**
 * /search: fills the page that components/SearchPage renders — results with highlighted matches,
 * counts per filter, the resident's chosen city first, a “没有找到” state with suggestions. Plain DOM
 * code (no UI framework), so that the page's main thread is free for building the index.
 *
 * The query lives in the address (/search/?q=…&city=…): read on the phone, rewritten with
 * history.replaceState as the resident types or filters, so nothing typed is ever part of a request.
 * The engine comes with this script (a static import: it downloads with the page, not after it).
 */
import type { SearchPageProps } from '@/components/SearchPage';
import { SEARCH_PAGE_IDS as ids } from '@/components/search-page-ids';
import * as searchClient from '@/lib/search/client';
import type { SearchEngine } from '@/lib/search/engine';
import type { SearchResponse } from '@/lib/search/types';
import { entryUrl, readChosenCity, rememberCity, searchUrl, takeHandedOffQuery, type SearchParams } from '@/lib/search/prefs';
import { element, markedText as marked } from './dom';
import { readIslandProps } from './props';

/** Results per screenful: a phone shows three or four; ten keep each render light on a slow phone. */
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 200;

const MESSAGES = {
  failed: '搜索暂时无法使用，请检查网络后重试。',
  loading: '正在准备搜索……',
  found: (total: number, q: string) => `找到 ${total} 条与“${q}”相关的问题。`,
  none: (q: string) => `没有找到与“${q}”相关的问题。`,
  noneTitle: (q: string) => `没有找到“${q}”`,
  chosen: (city: string) => `已把${city}的答案排在前面。`,
  corrected: (q: string) => `已按“${q}”搜索。`,
  more: (n: number) => `再显示 ${n} 条`,
  widen: (n: number) => `在全部城市、险种和主题中找（${n} 条）`,
};

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`search page: #${id} is missing`);
  return el as T;
}

function start(props: SearchPageProps): void {
  const { cities, topics, schemes } = props;
  const form = byId<HTMLFormElement>(ids.form);
  const input = byId<HTMLInputElement>(ids.input);
  const citySelect = byId<HTMLSelectElement>(ids.city);
  const schemeSelect = byId<HTMLSelectElement>(ids.scheme);
  const topicSelect = byId<HTMLSelectElement>(ids.topic);
  const status = byId(ids.status);
  const results = byId(ids.results);
  const more = byId<HTMLButtonElement>(ids.more);
  const none = byId(ids.none);
  const popular = document.getElementById(ids.popular);

  const cityName = (id: string) => cities.find((c) => c.id === id)?.name ?? id;
  const schemeName = (id: string) => schemes.find((s) => s.id === id)?.name ?? id;

  let engine: SearchEngine | null = null;
  let failed = false;
  let chosen: string | null = readChosenCity();
  let shown = PAGE_SIZE;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cached: { key: string; response: SearchResponse | null } | null = null;

  /** The search in the address, with unknown filter values left out. */
  function current(): Required<Pick<SearchParams, 'q'>> & SearchParams {
    const params = new URLSearchParams(window.location.search);
    const city = params.get('city') ?? '';
    const scheme = params.get('scheme') ?? '';
    const topic = params.get('topic') ?? '';
    return {
      q: (params.get('q') ?? '').trim(),
      city: cities.some((c) => c.id === city) ? city : undefined,
      scheme: schemes.some((s) => s.id === scheme) ? scheme : undefined,
      topic: topics.some((t) => t.slug === topic) ? topic : undefined,
    };
  }

  function navigate(next: Partial<SearchParams>): void {
    window.history.replaceState(null, '', searchUrl({ ...current(), ...next }));
    shown = PAGE_SIZE;
    render();
  }

  function search(now: SearchParams & { q: string }): SearchResponse | null {
    if (!engine || !now.q) return null;
    const key = JSON.stringify([now, chosen]);
    if (cached?.key !== key) {
      const topic = topics.find((t) => t.slug === now.topic)?.name;
      const response = engine.search(now.q, { city: now.city, scheme: now.scheme as SearchPageProps['schemes'][number]['id'] | undefined, topic, preferCity: chosen ?? undefined });
      cached = { key, response };
    }
    return cached.response;
  }

  function labelOptions(selectEl: HTMLSelectElement, names: string[], counts: Record<string, number> | null): void {
    // Option 0 is 全部; the others follow the props' order.
    names.forEach((name, i) => {
      const option = selectEl.options[i + 1];
      if (!option) return;
      const text = counts ? `${name}（${counts[option.value] ?? 0}）` : name;
      if (option.text !== text) option.text = text;
    });
  }

  function resultItem(doc: SearchResponse['hits'][number]['doc'], terms: string[]): HTMLLIElement {
    const link = element('a', 'tap block py-1 text-brand-800 hover:underline', marked(searchClient.highlight(doc.title, terms)));
    link.href = entryUrl(doc.id);
    return element(
      'li',
      '',
      element(
        'article',
        'rounded-xl border border-slate-200 bg-white px-4 py-3',
        element('h2', 'text-lg font-bold', link),
        element('p', 'text-sm text-muted', `${cityName(doc.city)} · ${doc.schemes.map(schemeName).join('、')} · ${doc.tags.join('、')}`),
        element('p', 'mt-1 text-[0.9375rem]', marked(searchClient.snippet(doc.text, terms))),
      ),
    );
  }

  function render(): void {
    const now = current();
    const response = search(now);
    const topicName = topics.find((t) => t.slug === now.topic)?.name;

    citySelect.value = now.city ?? '';
    schemeSelect.value = now.scheme ?? '';
    topicSelect.value = now.topic ?? '';
    labelOptions(citySelect, cities.map((c) => c.name), response?.facets.city ?? null);
    labelOptions(schemeSelect, schemes.map((s) => s.name), response?.facets.scheme ?? null);
    // Topic counts are keyed by name.
    labelOptions(
      topicSelect,
      topics.map((t) => t.name),
      response ? Object.fromEntries(topics.map((t) => [t.slug, response.facets.topic[t.name] ?? 0])) : null,
    );

    const showChosen = Boolean(chosen && !now.city && cities.some((c) => c.id === chosen));
    byId(ids.chosen).hidden = !showChosen;
    byId(ids.chosenText).textContent = showChosen ? MESSAGES.chosen(cityName(chosen!)) : '';

    let text = '';
    if (failed) text = MESSAGES.failed;
    else if (now.q && !engine) text = MESSAGES.loading;
    else if (response) text = response.total > 0 ? MESSAGES.found(response.total, now.q) : MESSAGES.none(now.q);
    if (status.textContent !== text) status.textContent = text;
    byId(ids.retry).hidden = !failed;
    const corrected = byId(ids.corrected);
    corrected.hidden = !response?.corrected;
    corrected.textContent = response?.corrected ? MESSAGES.corrected(response.corrected) : '';

    const found = Boolean(response && response.total > 0);
    results.hidden = !found;
    results.replaceChildren(...(found ? response!.hits.slice(0, shown).map(({ doc }) => resultItem(doc, response!.terms)) : []));
    more.hidden = !(found && shown < response!.total);
    if (!more.hidden) more.textContent = MESSAGES.more(Math.min(PAGE_SIZE, response!.total - shown));

    const nothing = Boolean(response && response.total === 0);
    none.hidden = !nothing;
    if (nothing) {
      byId(ids.noneTitle).textContent = MESSAGES.noneTitle(now.q);
      const filtered = Boolean(now.city || now.scheme || topicName);
      const unfilteredTotal = Object.values(response!.facets.city).reduce((a, b) => a + b, 0);
      byId(ids.widen).hidden = !(filtered && unfilteredTotal > 0);
      byId(ids.widenButton).textContent = MESSAGES.widen(unfilteredTotal);
      const alternatives = engine!.suggest(now.q);
      byId(ids.similar).hidden = alternatives.length === 0;
      byId(ids.similarList).replaceChildren(
        ...alternatives.map((doc) => {
          const link = element('a', 'tap flex items-center py-1 text-brand-800 underline', doc.title, element('span', 'ml-2 text-sm text-muted no-underline', cityName(doc.city)));
          link.href = entryUrl(doc.id);
          return element('li', '', link);
        }),
      );
    }
    if (popular) popular.hidden = !(!now.q || nothing);
  }

  function load(): void {
    failed = false;
    render();
    searchClient.loadSearchEngine().then(
      (ready) => {
        engine = ready;
        render();
      },
      () => {
        failed = true;
        render();
      },
    );
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    navigate({ q: input.value.trim() });
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => navigate({ q: input.value.trim() }), DEBOUNCE_MS);
  });
  citySelect.addEventListener('change', () => {
    const id = citySelect.value;
    if (cities.find((c) => c.id === id)?.kind === 'city') {
      rememberCity(id);
      chosen = id;
    }
    navigate({ city: id || undefined });
  });
  schemeSelect.addEventListener('change', () => navigate({ scheme: schemeSelect.value || undefined }));
  topicSelect.addEventListener('change', () => navigate({ topic: topicSelect.value || undefined }));
  byId(ids.forget).addEventListener('click', () => {
    rememberCity(null);
    chosen = null;
    render();
  });
  byId(ids.retry).addEventListener('click', load);
  more.addEventListener('click', () => {
    shown += PAGE_SIZE;
    render();
  });
  byId(ids.widenButton).addEventListener('click', () => navigate({ city: undefined, scheme: undefined, topic: undefined }));
  // Back and forward change the address: show its query in the box.
  window.addEventListener('popstate', () => {
    input.value = current().q;
    render();
  });

  // A query handed over from a search box elsewhere on the site (see handOffQuery).
  const pending = takeHandedOffQuery();
  if (pending && !current().q) window.history.replaceState(null, '', searchUrl({ ...current(), q: pending }));
  input.value = current().q;
  load();
}

const props = readIslandProps<SearchPageProps>('search');
if (props) start(props);
