/*
 * Registers the service worker (/sw.js) that keeps the site usable offline, once the page has
 * loaded and the phone is idle, so it never competes with the page itself. Then asks it to save
 * the handbook pages in the background, unless the resident saves data (Save-Data, 2G).
 * A file and not an inline script, so the Content-Security-Policy needs no exception for it.
 *
 * Progress is on <html data-offline="…">: "core" (search and calculator saved), "pages"
 * (saving the handbook), "ready" (everything saved), "paused" (will go on at the next visit).
 */
(function () {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;

  function slowOrSaving() {
    var c = navigator.connection;
    return !!(c && (c.saveData || /(^|-)2g$/.test(c.effectiveType || '')));
  }

  function show(state) {
    document.documentElement.setAttribute('data-offline', state);
  }

  function start() {
    navigator.serviceWorker.addEventListener('message', function (event) {
      var data = event.data || {};
      if (data.type === 'precache-status') show(data.state);
    });
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () {
      /* not supported here (private mode, old WebView): the site works online as before */
    });
    navigator.serviceWorker.ready.then(function (registration) {
      show('core');
      if (registration.active) registration.active.postMessage({ type: 'precache-pages', saveData: slowOrSaving() });
    });
  }

  function whenIdle() {
    if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 5000 });
    else setTimeout(start, 1000);
  }

  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
})();
