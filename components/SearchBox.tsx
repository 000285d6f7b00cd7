import { SEARCH_PATH } from '@/lib/search/prefs';

export interface SearchBoxCity {
  id: string;
  name: string;
  kind: string;
}

/**
 * The search box with instant suggestions (ARIA 1.2 combobox with a listbox popup). Static markup;
 * islands/search-box.ts brings it to life: the engine (FlexSearch, the tokenizer and the index data)
 * is only downloaded when the box gets focus. Without script, the form still opens /search/.
 * `header`: the compact box in the site header's second row (hidden by CSS on pages with their own box, marked
 * data-own-search: the home page and /search); `hero`: the large box first on the home page.
 */
export function SearchBox({ cities, variant }: { cities: SearchBoxCity[]; variant: 'header' | 'hero' }) {
  const id = `search-${variant}`;
  const hero = variant === 'hero';
  return (
    <div className={hero ? 'mt-4' : 'min-w-0 flex-1'} {...(hero ? { 'data-own-search': '' } : { 'data-header-search': '' })}>
      <form
        role="search"
        aria-label={hero ? '搜索医保问题' : '站内搜索'}
        action={SEARCH_PATH}
        method="get"
        data-search-box=""
        data-cities={JSON.stringify(cities)}
      >
        <label htmlFor={`${id}-input`} className={hero ? 'mb-1 block text-lg font-bold' : 'sr-only'}>
          {hero ? '搜一搜您想问的问题' : '搜索医保问题'}
        </label>
        <div className="relative flex gap-2" data-search-area="">
          <input
            id={`${id}-input`}
            name="q"
            type="search"
            role="combobox"
            aria-expanded="false"
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            enterKeyHint="search"
            placeholder={hero ? '如：新生儿怎么参保、住院报销多少' : '如：住院报销'}
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
          <span id={`${id}-hint`} className="sr-only">
            输入后会列出相关问题，用上下方向键选择，回车打开；直接回车查看全部结果。
          </span>
          <div data-search-popup="" className="hidden">
            <p data-search-message="" className="hidden px-4 py-3 text-muted" />
            <ul id={`${id}-list`} role="listbox" aria-label="搜索建议" className="hidden" />
          </div>
          <div role="status" aria-live="polite" className="sr-only" data-search-status="" />
        </div>
      </form>
    </div>
  );
}
