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
import { docUrl, type SearchResponse } from '@/lib/search/types';
import { readChosenCity, rememberCity, searchUrl, takeHandedOffQuery, type SearchParams } from '@/lib/search/prefs';
import { element, markedText as marked } from './dom';
import { readIslandProps } from './props';

/** Results per screenful: a phone shows three or four; ten keep each render light on a slow phone. */
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 200;

const MESSAGES = {
  failed: '搜索暂时无法使用，请检查网络后重试。',
  loading: '正在准备搜索……',
  found: (total: number, q: string) => `找到 ${total} 条与“${shortQuery(q)}”相关的答案。`,
  none: (q: string) => `没有找到与“${shortQuery(q)}”相关的答案。`,
  noneTitle: (q: string) => `没有找到“${shortQuery(q)}”`,
  chosen: (city: string) => `已把${city}的答案排在前面。`,
  firstCity: (city: string) => `${city}的答案`,
  otherPlaces: '其他地方',
  call: (name: string, printed: string) => `打电话给${name}：${printed}`,
  corrected: (q: string) => `已按“${q}”搜索。`,
  more: (n: number) => `再显示 ${n} 条`,
  widen: (n: number) => `在全部城市、险种和主题中找（${n} 条）`,
};

/** A long spoken question is echoed by its start only, so that it never fills the first screen. */
const ECHO_MAX = 16;
function shortQuery(q: string): string {
  const chars = [...q];
  return chars.length > ECHO_MAX ? `${chars.slice(0, ECHO_MAX).join('')}…` : q;
}

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

  /** One result; its title is a heading one level under the list's own (h2 alone, h3 under “巴中市的答案”). */
  function resultItem(doc: SearchResponse['hits'][number]['doc'], terms: string[], level: 'h2' | 'h3'): HTMLLIElement {
    const link = element('a', 'tap block py-1 text-brand-800 hover:underline', marked(searchClient.highlight(doc.title, terms)));
    link.href = docUrl(doc);
    const about = doc.phones
      ? `${cityName(doc.city)} · 点号码即可拨打`
      : `${cityName(doc.city)} · ${doc.schemes.map(schemeName).join('、')} · ${doc.tags.join('、')}`;
    // A hotline result is the numbers themselves, tap to call; an answer shows where it matched.
    const body = doc.phones
      ? element(
          'ul',
          'mt-1 space-y-1',
          ...doc.phones.map((phone) => {
            const call = element('a', 'tap inline-flex items-center font-bold text-brand-700 underline', phone.printed);
            call.href = `tel:${phone.tel}`;
            call.setAttribute('aria-label', MESSAGES.call(phone.name, phone.printed));
            return element('li', 'flex flex-wrap items-center justify-between gap-x-3', element('span', '', marked(searchClient.highlight(phone.name, terms))), call);
          }),
        )
      : element('p', 'mt-1 text-[0.9375rem]', marked(searchClient.snippet(doc.text, terms)));
    return element(
      'li',
      '',
      element(
        'article',
        'rounded-xl border border-slate-200 bg-white px-4 py-3',
        element(level, 'text-lg font-bold', link),
        element('p', 'text-sm text-muted', about),
        body,
      ),
    );
  }

  /** The hits on screen: the first city's under its own heading, then the other places'. */
  function resultGroups(response: SearchResponse, filteredCity: string | undefined): HTMLElement[] {
    const visible = response.hits.slice(0, shown);
    const own = response.firstCity && !filteredCity ? Math.min(response.firstCityCount, visible.length) : 0;
    const list = (items: SearchResponse['hits']) =>
      element('ol', 'space-y-3', ...items.map(({ doc }) => resultItem(doc, response.terms, own === 0 ? 'h2' : 'h3')));
    if (own === 0) return [list(visible)];
    const group = (id: string, title: string, items: SearchResponse['hits']) => {
      const heading = element('h2', 'mb-2 mt-4 text-lg font-bold first:mt-0', title);
      heading.id = id;
      const ol = list(items);
      ol.setAttribute('aria-labelledby', id);
      return element('section', '', heading, ol);
    };
    const sections = [group(`${ids.results}-first`, MESSAGES.firstCity(cityName(response.firstCity!)), visible.slice(0, own))];
    if (visible.length > own) sections.push(group(`${ids.results}-others`, MESSAGES.otherPlaces, visible.slice(own)));
    return sections;
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
    results.replaceChildren(...(found ? resultGroups(response!, now.city) : []));
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
          link.href = docUrl(doc);
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
