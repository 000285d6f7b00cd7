import { OFFLINE_NOTE_KEY } from '@/lib/ui/offline';

/**
 * Registers the service worker (/sw.js) that keeps the site usable offline, once the page has
 * loaded and the phone is idle, so it never competes with the page itself. Then asks it to save
 * the handbook pages in the background, unless the resident saves data (Save-Data, 2G).
 *
 * Progress is on <html data-offline="…">: "core" (search and calculator saved), "pages"
 * (saving the handbook), "ready" (everything saved), "paused" (will go on at the next visit).
 * “ready” also has the next page tell the resident, once: “已保存，没网也能看” (lib/ui/offline.ts).
 */
interface NetworkInformation {
  saveData?: boolean;
  effectiveType?: string;
}

function slowOrSaving(): boolean {
  const c = (navigator as Navigator & { connection?: NetworkInformation }).connection;
  return !!(c && (c.saveData || /(^|-)2g$/.test(c.effectiveType ?? '')));
}

function show(state: string): void {
  document.documentElement.setAttribute('data-offline', state);
  // Everything is saved: the next page says so, once (lib/ui/offline.ts).
  if (state === 'ready') {
    try {
      if (localStorage.getItem(OFFLINE_NOTE_KEY) === null) localStorage.setItem(OFFLINE_NOTE_KEY, 'pending');
    } catch {
      /* private mode: nothing to tell later */
    }
  }
}

/** This page shows the note (its <head> decided so): no other page will. */
function noteShown(): void {
  if (document.documentElement.dataset.offlineNote !== 'show') return;
  try {
    localStorage.setItem(OFFLINE_NOTE_KEY, 'told');
  } catch {
    /* private mode */
  }
}

function start(): void {
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; state?: string }>) => {
    const data = event.data ?? {};
    if (data.type === 'precache-status' && data.state) show(data.state);
  });
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
    /* not supported here (private mode, old WebView): the site works online as before */
  });
  void navigator.serviceWorker.ready.then((registration) => {
    show('core');
    registration.active?.postMessage({ type: 'precache-pages', saveData: slowOrSaving() });
  });
}

export function registerServiceWorker(): void {
  noteShown();
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const whenIdle = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 5000 });
    else setTimeout(start, 1000);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
