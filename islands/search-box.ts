/**
 * The header and home-page search boxes (components/SearchBox renders their markup): an ARIA 1.2
 * combobox with a listbox of suggestions, in plain DOM code so that the handbook's pages carry no UI
 * framework. The engine (lib/search/client: FlexSearch, the tokenizer and the index data) is only
 * imported when a box gets focus. Everything stays on the phone: a query reaches /search/ through
 * sessionStorage (handOffQuery), never in a request.
 */
import { docUrl, type SearchHit } from '@/lib/search/types';
import { handOffQuery, readChosenCity, SEARCH_PATH } from '@/lib/search/prefs';
import { markedText } from './dom';

type ClientModule = typeof import('@/lib/search/client');
type Loaded = { mod: ClientModule; engine: Awaited<ReturnType<ClientModule['loadSearchEngine']>> };

interface City {
  id: string;
  name: string;
  kind: string;
}

const MAX_SUGGESTIONS = 6;
const DEBOUNCE_MS = 120;

const MESSAGES = {
  loading: '正在准备搜索……',
  error: '搜索暂时无法使用，请检查网络后再试。',
  found: (total: number) => `找到 ${total} 条相关问题，可以用上下方向键选择。`,
  none: (query: string) => `没有找到与“${query}”相关的问题。`,
  noneHint: (query: string) => `没有找到与“${query}”相关的问题。按回车看看其他建议。`,
  showAll: (total: number) => `查看全部 ${total} 条结果 ›`,
};

const POPUP_CLASS = 'absolute left-0 right-0 top-full z-40 mt-1 rounded-xl border border-slate-200 bg-white text-ink shadow-lg';
const OPTION_CLASS = 'tap flex cursor-pointer flex-col justify-center px-4 py-2';
const SHOW_ALL_CLASS = 'tap flex cursor-pointer items-center px-4 py-2 font-bold text-brand-700';
const ACTIVE_CLASS = 'bg-brand-50 outline outline-2 -outline-offset-2 outline-brand-600';
const INACTIVE_CLASS = 'hover:bg-slate-50';

type Status = 'idle' | 'loading' | 'ready' | 'error';

let loading: Promise<Loaded> | null = null;
let loaded: Loaded | null = null;

/** One engine per page, shared by every box on it; a failed download is tried again at the next focus. */
function loadEngine(): Promise<Loaded> {
  loading ??= import('@/lib/search/client')
    .then(async (mod) => ({ mod, engine: await mod.loadSearchEngine() }))
    .then(
      (ready) => (loaded = ready),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
  return loading;
}

function setClasses(el: Element, classes: string): void {
  el.setAttribute('class', classes);
}

function marked(text: string, terms: string[]): DocumentFragment {
  return markedText(loaded ? loaded.mod.highlight(text, terms) : [{ text, hit: false }]);
}

/** The places a box knows (components/SearchBox's data-cities); none when missing or unreadable. */
export function citiesOf(form: HTMLFormElement | null): City[] {
  try {
    return JSON.parse(form?.dataset.cities ?? '[]') as City[];
  } catch {
    return [];
  }
}

/** Wires one box (a form[data-search-box]). */
export function enhanceSearchBox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]');
  const area = form.querySelector<HTMLElement>('[data-search-area]');
  const popup = form.querySelector<HTMLElement>('[data-search-popup]');
  const message = form.querySelector<HTMLElement>('[data-search-message]');
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]');
  const live = form.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !area || !popup || !message || !list || !live) return;
  const cities = citiesOf(form);
  const cityName = (id: string) => cities.find((c) => c.id === id)?.name ?? '';

  let status: Status = 'idle';
  let query = '';
  let hits: SearchHit[] = [];
  let total = 0;
  let terms: string[] = [];
  let open = false;
  let active = -1;
  let latest = '';
  let composing = false;
  let pending = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const showAll = () => status === 'ready' && total > 0;
  const optionCount = () => hits.length + (showAll() ? 1 : 0);
  const expanded = () => open && optionCount() > 0;
  const optionId = (i: number) => `${list.id}-opt-${i}`;

  /** Puts the state on the page: the popup, its options, the ARIA attributes and the spoken status. */
  function render(): void {
    const isExpanded = expanded();
    input!.setAttribute('aria-expanded', String(isExpanded));
    if (isExpanded && active >= 0) input!.setAttribute('aria-activedescendant', optionId(active));
    else input!.removeAttribute('aria-activedescendant');
    setClasses(popup!, open && status !== 'idle' ? POPUP_CLASS : 'hidden');

    let text = '';
    if (status === 'loading') text = MESSAGES.loading;
    else if (status === 'error') text = MESSAGES.error;
    else if (status === 'ready' && total === 0) text = MESSAGES.noneHint(query);
    message!.textContent = text;
    setClasses(message!, text ? 'px-4 py-3 text-muted' : 'hidden');

    const options: HTMLLIElement[] = hits.map((hit, i) => {
      const li = document.createElement('li');
      const title = document.createElement('span');
      title.append(marked(hit.doc.title, terms));
      const place = document.createElement('span');
      place.className = 'text-sm text-muted';
      // A hotline result says its first number, so the answer is in the list itself.
      const phone = hit.doc.phones?.[0];
      place.textContent = phone ? `${cityName(hit.doc.city)} · ${phone.printed}` : cityName(hit.doc.city);
      li.append(title, place);
      li.dataset.href = docUrl(hit.doc);
      setClasses(li, `${OPTION_CLASS} ${active === i ? ACTIVE_CLASS : INACTIVE_CLASS}`);
      return li;
    });
    if (showAll()) {
      const li = document.createElement('li');
      li.textContent = MESSAGES.showAll(total);
      li.dataset.searchAll = '';
      setClasses(li, `${SHOW_ALL_CLASS} ${active === hits.length ? ACTIVE_CLASS : INACTIVE_CLASS}`);
      options.push(li);
    }
    options.forEach((li, i) => {
      li.id = optionId(i);
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(active === i));
    });
    list!.replaceChildren(...options);
    setClasses(list!, isExpanded ? 'divide-y divide-slate-100' : 'hidden');

    let spoken = '';
    if (open && status === 'loading') spoken = MESSAGES.loading;
    else if (open && status === 'error') spoken = MESSAGES.error;
    else if (open && status === 'ready') spoken = total > 0 ? MESSAGES.found(total) : MESSAGES.none(query);
    if (live!.textContent !== spoken) live!.textContent = spoken;

    // The suggestions are not a scroll box of their own (the page scrolls: simpler with 长辈版's
    // large text): bring the option chosen with the arrow keys into view.
    if (isExpanded && active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }

  function run(raw: string): void {
    const q = raw.trim();
    if (!q) {
      status = 'idle';
      query = '';
      hits = [];
      total = 0;
      open = false;
      active = -1;
      render();
      return;
    }
    if (!loaded) {
      status = 'loading';
      query = q;
      hits = [];
      total = 0;
      open = true;
      render();
      loadEngine().then(
        () => run(latest),
        () => {
          status = 'error';
          hits = [];
          total = 0;
          render();
        },
      );
      return;
    }
    const res = loaded.engine.search(q, { preferCity: readChosenCity() ?? undefined, limit: MAX_SUGGESTIONS });
    status = 'ready';
    query = q;
    hits = res.hits;
    total = res.total;
    terms = res.terms;
    active = -1;
    open = true;
    render();
  }

  function schedule(next: string): void {
    latest = next;
    clearTimeout(timer);
    pending = true;
    timer = setTimeout(() => {
      pending = false;
      run(latest);
    }, DEBOUNCE_MS);
  }

  /** Runs a search still waiting for the debounce now, so that arrow keys act on the current results. */
  function flush(): boolean {
    if (!pending) return false;
    clearTimeout(timer);
    pending = false;
    run(latest);
    return true;
  }

  function close(): void {
    open = false;
    active = -1;
    render();
  }

  function openEntry(url: string): void {
    close();
    window.location.assign(url);
  }

  function openSearchPage(): void {
    const q = input!.value.trim();
    if (!q) return;
    close();
    handOffQuery(q);
    window.location.assign(SEARCH_PATH);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    openSearchPage();
  });
  input.addEventListener('focus', () => {
    void loadEngine().catch(() => undefined);
    if (input.value.trim() && status !== 'idle') {
      open = true;
      render();
    }
  });
  input.addEventListener('input', () => {
    if (!composing) schedule(input.value);
  });
  input.addEventListener('compositionstart', () => (composing = true));
  input.addEventListener('compositionend', () => {
    composing = false;
    schedule(input.value);
  });
  input.addEventListener('keydown', (e) => {
    if (composing || e.isComposing) return;
    const flushed = ['ArrowDown', 'ArrowUp', 'Enter'].includes(e.key) && flush();
    const count = optionCount();
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (flushed) active = 0;
        else if (!open) return run(input.value);
        else if (count) active = (active + 1) % count;
        render();
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!flushed && open && count) active = active <= 0 ? count - 1 : active - 1;
        render();
        break;
      case 'Enter':
        e.preventDefault();
        if (!flushed && expanded() && active >= 0 && active < hits.length) openEntry(docUrl(hits[active]!.doc));
        else openSearchPage();
        break;
      case 'Escape':
        if (open) {
          e.preventDefault();
          close();
        } else if (input.value) {
          e.preventDefault();
          input.value = '';
          latest = '';
          run('');
        }
        break;
      case 'Tab':
        close();
        break;
    }
  });
  area.addEventListener('focusout', (e) => {
    if (!area.contains(e.relatedTarget as Node | null)) close();
  });
  // A tap on an option must not blur the box first (the popup would close before the click).
  list.addEventListener('mousedown', (e) => e.preventDefault());
  list.addEventListener('click', (e) => {
    const option = (e.target as Element).closest<HTMLLIElement>('[role="option"]');
    if (!option) return;
    if (option.dataset.href) openEntry(option.dataset.href);
    else openSearchPage();
  });
  // A page restored from the back-forward cache starts with a closed popup.
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) close();
  });
}
