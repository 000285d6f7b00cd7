import { buildSearchEngine, type SearchEngine } from './engine';
import type { SearchData } from './types';

export { highlight, snippet, type Piece } from './highlight';
export type { SearchEngine } from './engine';

/**
 * Browser side: fetches the static /search-data.json (same origin, never the query) and builds the
 * engine once per page load. This module and FlexSearch are only ever loaded with a dynamic
 * import(), when the resident focuses a search box or opens /search.
 */
export const SEARCH_DATA_URL = '/search-data.json';

/** Work done in one task before the page gets the main thread back (a long task is > 50 ms). */
const SLICE_MS = 5;

let pending: Promise<SearchEngine> | null = null;

/** A User Timing mark (scripts/bench-first-answer.mjs reports them): when the data came, when the engine was ready. */
function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    /* no User Timing */
  }
}

/** Lets the browser paint and handle input between two slices of work. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Runs a sliced job (a generator), a few milliseconds per task, so that a slow phone stays responsive. */
async function inSlices<T>(job: Generator<void, T, void>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}

/**
 * The engine as soon as it can answer (it reads the texts for its first questions), then its indexes
 * in the background, so that a shared link's results are on screen before the indexing is done.
 */
async function buildInSlices(data: SearchData): Promise<SearchEngine> {
  const engine = await inSlices(buildSearchEngine(data));
  setTimeout(() => {
    void inSlices(engine.buildIndexes()).then(() => mark('search-indexed'));
  }, 0);
  return engine;
}

export function loadSearchEngine(): Promise<SearchEngine> {
  pending ??= fetch(SEARCH_DATA_URL, { credentials: 'same-origin' })
    .then((res) => {
      if (!res.ok) throw new Error(`search data: HTTP ${res.status}`);
      return res.json() as Promise<SearchData>;
    })
    .then((data) => {
      mark('search-data');
      return buildInSlices(data);
    })
    .then((engine) => {
      mark('search-ready');
      return engine;
    })
    .catch((error: unknown) => {
      pending = null; // let the next focus try again
      throw error;
    });
  return pending;
}
