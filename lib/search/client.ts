import { createSearchEngine, type SearchEngine } from './engine';
import type { SearchData } from './types';

export { highlight, snippet, type Piece } from './highlight';
export type { SearchEngine } from './engine';

/**
 * Browser side: fetches the static /search-data.json (same origin, never the query) and builds the
 * engine once per page load. This module and FlexSearch are only ever loaded with a dynamic
 * import(), when the resident focuses a search box or opens /search.
 */
export const SEARCH_DATA_URL = '/search-data.json';

let pending: Promise<SearchEngine> | null = null;

export function loadSearchEngine(): Promise<SearchEngine> {
  pending ??= fetch(SEARCH_DATA_URL, { credentials: 'same-origin' })
    .then((res) => {
      if (!res.ok) throw new Error(`search data: HTTP ${res.status}`);
      return res.json() as Promise<SearchData>;
    })
    .then(createSearchEngine)
    .catch((error: unknown) => {
      pending = null; // let the next focus try again
      throw error;
    });
  return pending;
}
