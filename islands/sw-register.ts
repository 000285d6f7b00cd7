/**
 * Registers the service worker (/sw.js) that keeps the site usable offline, once the page has
 * loaded and the phone is idle, so it never competes with the page itself. Then asks it to save
 * the handbook pages in the background, unless the resident saves data (Save-Data, 2G).
 *
 * Progress is on <html data-offline="…">: "core" (search and calculator saved), "pages"
 * (saving the handbook), "ready" (everything saved), "paused" (will go on at the next visit).
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
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const whenIdle = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 5000 });
    else setTimeout(start, 1000);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
