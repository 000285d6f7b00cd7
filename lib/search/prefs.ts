/**
 * Small browser helpers for the search UI, safe to import from any client component (no engine, no
 * FlexSearch). Everything stays on the phone: localStorage and sessionStorage, never a request.
 */

/** The resident's city, remembered when they open a city's pages or pick it as a search filter. */
export const CITY_STORAGE_KEY = 'ybmbz-city';
/** A query handed from a search box to /search/ without putting it in any fetched URL. */
export const PENDING_QUERY_KEY = 'ybmbz-search-q';
export const SEARCH_PATH = '/search/';

export function readChosenCity(): string | null {
  try {
    return localStorage.getItem(CITY_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberCity(id: string | null): void {
  try {
    if (id) localStorage.setItem(CITY_STORAGE_KEY, id);
    else localStorage.removeItem(CITY_STORAGE_KEY);
  } catch {
    /* private mode: nothing is remembered */
  }
}

export interface SearchParams {
  q: string;
  city?: string;
  scheme?: string;
  topic?: string;
}

/** /search/?q=…&city=… (only the parameters that are set). */
export function searchUrl({ q, city, scheme, topic }: SearchParams): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (city) params.set('city', city);
  if (scheme) params.set('scheme', scheme);
  if (topic) params.set('topic', topic);
  const query = params.toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

/**
 * Opening /search/ for a query typed elsewhere: loading /search/?q=… would send the query to the
 * server (and into its logs), so the query travels in sessionStorage instead and the search page
 * writes it into its address with history.replaceState (no request).
 */
export function handOffQuery(q: string): void {
  try {
    sessionStorage.setItem(PENDING_QUERY_KEY, q);
  } catch {
    /* without sessionStorage the search page opens empty */
  }
}

export function takeHandedOffQuery(): string | null {
  try {
    const q = sessionStorage.getItem(PENDING_QUERY_KEY);
    if (q !== null) sessionStorage.removeItem(PENDING_QUERY_KEY);
    return q;
  } catch {
    return null;
  }
}

/** The city id when `pathname` is one of a city's pages (/bazhong/…), else null. */
export function cityOfPath(pathname: string, cityIds: readonly string[]): string | null {
  const first = pathname.split('/')[1] ?? '';
  return cityIds.includes(first) ? first : null;
}
