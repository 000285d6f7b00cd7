/**
 * The script of every page (scripts/islands.mjs adds it to each page of the static export): the few
 * things the handbook's pages do in the browser, in plain DOM code, no UI framework —
 * the 长辈版 switch, the copy-link buttons, 读给我听, 打印, the search boxes, the “左右滑动看全表” cue of
 * wide tables, remembering the resident's city for search ranking, and the service worker for offline
 * use. The calculator and the search page add
 * their own island (islands/calculator.tsx, islands/search.tsx).
 */
import { enhanceCopyLinks } from './copy-link';
import { enhanceElderToggles } from './elder-toggle';
import { citiesOf, enhanceSearchBox } from './search-box';
import { enableReadAloud } from './read-aloud';
import { registerServiceWorker } from './sw-register';
import { watchTableOverflow } from './table-cue';
import { cityOfPath, rememberCity } from '@/lib/search/prefs';

enhanceElderToggles(document);
enhanceCopyLinks(document);
enableReadAloud(document);
// “打印” buttons (the 明白纸, a calculator result): the browser's own print dialog.
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-print]')) window.print();
});
watchTableOverflow(document);
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-box]')) enhanceSearchBox(form);

// On a city's pages, that city's answers come first in search results (localStorage only).
const cities = citiesOf(document.querySelector<HTMLFormElement>('form[data-search-box]'));
const city = cityOfPath(window.location.pathname, cities.filter((c) => c.kind === 'city').map((c) => c.id));
if (city) rememberCity(city);

registerServiceWorker();
