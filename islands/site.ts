/**
 * The script of every page (scripts/islands.mjs adds it to each page of the static export): the few
 * things the handbook's pages do in the browser, in plain DOM code, no UI framework —
 * the 长辈版 switch, the copy-link buttons, the search boxes, the “左右滑动看全表” cue of wide tables,
 * remembering the resident's city for search ranking, and the service worker for offline use. The calculator and the search page add
 * their own island (islands/calculator.tsx, islands/search.tsx).
 */
import { enhanceCopyLinks } from './copy-link';
import { enhanceElderToggles } from './elder-toggle';
import { citiesOf, enhanceSearchBox } from './search-box';
import { registerServiceWorker } from './sw-register';
import { watchTableOverflow } from './table-cue';
import { cityOfPath, rememberCity } from '@/lib/search/prefs';

enhanceElderToggles(document);
enhanceCopyLinks(document);
watchTableOverflow(document);
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-box]')) enhanceSearchBox(form);

// On a city's pages, that city's answers come first in search results (localStorage only).
const cities = citiesOf(document.querySelector<HTMLFormElement>('form[data-search-box]'));
const city = cityOfPath(window.location.pathname, cities.filter((c) => c.kind === 'city').map((c) => c.id));
if (city) rememberCity(city);

registerServiceWorker();
