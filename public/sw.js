/*
 * 医保明白纸 service worker: after one visit the handbook, search and calculator work without a network.
 *
 * - Install: reads /precache-manifest.json (written by scripts/precache.mjs after `next build`) and
 *   caches the "core" list: the home page, /search/, /calculator/, /compare/, /search-data.json,
 *   every /_next/static file (CSS and the pages' scripts), icons and the offline page. Entries that an older
 *   version already holds with the same revision are copied, not downloaded again.
 * - Then, when a page asks (islands/sw-register.ts, once the page is idle, not with Save-Data or on
 *   2G), the "pages" list in the background, two at a time: every handbook page (HTML). An
 *   interrupted run goes on at the
 *   next visit; nothing already cached with the same revision is fetched again.
 * - Fetch: cache first for /_next/static (hashed names) and other precached files; network first
 *   with a cache fallback for pages (HTML, HEAD),
 *   giving up on a slow network after a few seconds when a cached copy exists, and never showing a
 *   server error (5xx) over a cached copy; a Chinese offline page for a page that was never cached.
 * - A failed install deletes the cache it was filling (the worker of that version is discarded).
 * - Update: scripts/precache.mjs writes the build's version below, so a new build is a new worker.
 *   It installs in the background and takes over on the next visit (no skipWaiting, no pop-up).
 *
 * Everything stays on the phone: the worker only talks to this site.
 */
const VERSION = '__PRECACHE_VERSION__';
const CACHE_PREFIX = 'ybmbz-';
const CACHE = `${CACHE_PREFIX}${VERSION}`;
const MANIFEST_URL = '/precache-manifest.json';
const OFFLINE_URL = '/offline.html';
/** The marker stored once the background list is complete for this version. */
const PAGES_DONE = '/__sw/pages-done';
const REVISION_HEADER = 'x-precache-revision';
/** How long a page waits for a slow network before a cached copy is shown instead. */
const NETWORK_TIMEOUT_MS = 4000;
const BACKGROUND_CONCURRENCY = 2;
/** Status codes from this one up are the server's failure, not an answer: a cached copy is shown instead. */
const SERVER_ERROR = 500;
/** The background download steps aside while the resident is loading something (ms since their last request). */
const BACKGROUND_QUIET_MS = 3000;
let lastForegroundFetch = 0;

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until the page has made no request for a while, so that saving pages never slows what the resident opens. */
async function quiet() {
  for (let wait; (wait = lastForegroundFetch + BACKGROUND_QUIET_MS - Date.now()) > 0; ) await sleep(wait);
}

let manifestPromise = null;
/** The last file that could not be cached, for the status message (debugging a paused precache). */
let lastFailure = '';

/**
 * The manifest of this version (from the cache when there, else the network, at install):
 * { version, core: [[url, revision]], pages: [[url, revision]] }.
 */
function manifest() {
  manifestPromise ??= (async () => {
    const cache = await caches.open(CACHE);
    let res = await cache.match(MANIFEST_URL);
    if (!res) {
      res = await fetch(MANIFEST_URL, { cache: 'no-store' });
      if (!res.ok) throw new Error(`precache manifest: HTTP ${res.status}`);
      await cache.put(MANIFEST_URL, res.clone());
    }
    const data = await res.json();
    if (VERSION !== '__PRECACHE' + '_VERSION__' && data.version !== VERSION) throw new Error('precache manifest of another version');
    return {
      ...data,
      revisions: new Map([...data.core, ...data.pages]),
    };
  })();
  manifestPromise.catch(() => (manifestPromise = null));
  return manifestPromise;
}

/**
 * The cache key of a request: its path only. Query strings are ignored (/search/?q=…, older
 * calculator links: the page reads them itself), and /x/index.html is /x/.
 */
function cacheKey(url) {
  let path = url.pathname;
  if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length);
  return path;
}

async function revisionOf(response) {
  return response ? response.headers.get(REVISION_HEADER) : null;
}

/** A copy of the response that remembers its revision, for the cache. */
async function withRevision(response, revision) {
  const headers = new Headers(response.headers);
  headers.set(REVISION_HEADER, revision);
  const body = await response.arrayBuffer();
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * Puts [url, revision] entries into the cache: copies what an older version holds with the same
 * revision, downloads the rest (unless onlyCopy). Returns how many could not be had.
 */
async function cacheEntries(cache, entries, { concurrency, older = [], onlyCopy = false, background = false }) {
  let next = 0;
  let failures = 0;
  const worker = async () => {
    while (next < entries.length) {
      const [url, revision] = entries[next++];
      if ((await revisionOf(await cache.match(url))) === revision) continue;
      let copied = false;
      for (const old of older) {
        const res = await old.match(url);
        if ((await revisionOf(res)) === revision) {
          await cache.put(url, res);
          copied = true;
          break;
        }
      }
      if (copied || onlyCopy) continue;
      if (background) await quiet();
      try {
        const res = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
        if (!res.ok || res.redirected) throw new Error(`HTTP ${res.status}`);
        await cache.put(url, await withRevision(res, revision));
      } catch (error) {
        failures++;
        lastFailure = `${url}: ${error}`;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(entries.length, concurrency) }, worker));
  return failures;
}

async function olderCaches() {
  const names = (await caches.keys()).filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE);
  return Promise.all(names.map((n) => caches.open(n)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const m = await manifest();
      const cache = await caches.open(CACHE);
      const older = await olderCaches();
      // Handbook pages already downloaded by the previous version are carried over (a local copy).
      if (older.length) await cacheEntries(cache, m.pages, { concurrency: 8, older, onlyCopy: true });
      const failures = await cacheEntries(cache, m.core, { concurrency: 6, older });
      if (failures) throw new Error(`${failures} core files could not be cached`);
    })().catch(async (error) => {
      // This version will not be used: leave no half-filled cache behind (the next visit starts over).
      manifestPromise = null;
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
      if (self.registration.navigationPreload) await self.registration.navigationPreload.enable().catch(() => undefined);
      await self.clients.claim();
    })(),
  );
});

// ---------------------------------------------------------------------------------------------
// Background precache of the handbook pages, asked for by a page (see islands/sw-register.ts).

let pagesRun = null;
let progress = { state: 'core', done: 0, total: 0 };

async function broadcast(message) {
  const clients = await self.clients.matchAll({ includeUncontrolled: true, type: 'window' });
  for (const client of clients) client.postMessage(message);
}

function precachePages() {
  pagesRun ??= (async () => {
    const cache = await caches.open(CACHE);
    const m = await manifest();
    if (await cache.match(PAGES_DONE)) {
      progress = { state: 'ready', done: m.pages.length, total: m.pages.length };
      return;
    }
    progress = { state: 'pages', done: 0, total: m.pages.length };
    const batch = 24;
    for (let i = 0; i < m.pages.length; i += batch) {
      const slice = m.pages.slice(i, i + batch);
      const failures = await cacheEntries(cache, slice, { concurrency: BACKGROUND_CONCURRENCY, background: true });
      if (failures) throw new Error('network');
      progress = { state: 'pages', done: Math.min(i + batch, m.pages.length), total: m.pages.length };
      await broadcast({ type: 'precache-status', ...progress });
    }
    await cache.put(PAGES_DONE, new Response(String(Date.now())));
    progress = { state: 'ready', done: m.pages.length, total: m.pages.length };
  })()
    .catch((error) => {
      progress = { ...progress, state: 'paused', error: `${error}; ${lastFailure}` };
    })
    .finally(async () => {
      pagesRun = null;
      await broadcast({ type: 'precache-status', ...progress });
    });
  return pagesRun;
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'precache-pages') {
    if (data.saveData) {
      event.waitUntil(
        (async () => {
          const done = await (await caches.open(CACHE)).match(PAGES_DONE);
          progress = done ? { ...progress, state: 'ready' } : { ...progress, state: 'core' };
          event.source?.postMessage({ type: 'precache-status', ...progress });
        })(),
      );
    } else {
      event.waitUntil(precachePages());
    }
  } else if (data.type === 'precache-status') {
    event.source?.postMessage({ type: 'precache-status', ...progress });
  } else if (data.type === 'version') {
    event.ports[0]?.postMessage({ type: 'version', version: VERSION });
  }
});

// ---------------------------------------------------------------------------------------------
// Requests.

function timeout(ms) {
  return new Promise((resolve) => setTimeout(() => resolve(null), ms));
}

/** A response to a HEAD request, made from a cached GET response. */
function headOnly(response) {
  return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function offlinePage() {
  const cache = await caches.open(CACHE);
  return (await cache.match(OFFLINE_URL)) || new Response('<!doctype html><meta charset="utf-8"><title>没有网络</title><p>没有网络，这一页还没有保存在手机上。', { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

async function networkFirst(event, key, revisions) {
  const { request } = event;
  lastForegroundFetch = Date.now();
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  const network = (async () => {
    const preloaded = request.mode === 'navigate' ? await event.preloadResponse : undefined;
    const res = preloaded || (await fetch(request));
    // A server error (502 while the server restarts, 503, …) is no page: the saved copy is better.
    if (res.status >= SERVER_ERROR && cached) return null;
    // Keep a copy of a page or payload the resident opened (same origin, complete, not a redirect).
    if (request.method === 'GET' && res.ok && res.type === 'basic' && !res.redirected) {
      const revision = revisions?.get(key) || 'runtime';
      event.waitUntil(withRevision(res.clone(), revision).then((copy) => cache.put(key, copy)));
    }
    return res;
  })();
  try {
    const res = cached ? await Promise.race([network, timeout(NETWORK_TIMEOUT_MS)]) : await network;
    if (res) return res;
    event.waitUntil(network.catch(() => undefined)); // timed out or a server error: the cached copy below
  } catch {
    /* offline: the cached copy below */
  }
  if (cached) return request.method === 'HEAD' ? headOnly(cached) : cached;
  if (request.mode === 'navigate') return offlinePage();
  return Response.error();
}

async function cacheFirst(event, key) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  if (cached) return event.request.method === 'HEAD' ? headOnly(cached) : cached;
  lastForegroundFetch = Date.now();
  const res = await fetch(event.request);
  if (event.request.method === 'GET' && res.ok && res.type === 'basic') event.waitUntil(cache.put(key, res.clone()));
  return res;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' && request.method !== 'HEAD') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname === '/sw.js' || url.pathname === MANIFEST_URL) return;
  event.respondWith(
    (async () => {
      let m = null;
      try {
        m = await manifest();
      } catch {
        /* no manifest (yet): the network, with whatever is cached and the offline page as fallback */
      }
      const key = cacheKey(url);
      // Hashed build files never change; icons and the manifest change only with a new version.
      const immutable = url.pathname.startsWith('/_next/static/') || (/\.(png|ico|webmanifest|js)$/.test(key) && m?.revisions.has(key));
      if (immutable && request.method === 'GET') {
        try {
          return await cacheFirst(event, key);
        } catch {
          return Response.error();
        }
      }
      return networkFirst(event, key, m?.revisions);
    })(),
  );
});
