import { CITY_STORAGE_KEY } from '@/lib/search/prefs';

/** Each city's section on /contacts/ carries its id here (app/contacts/page.tsx). */
export const CONTACTS_CITY_ATTRIBUTE = 'data-contacts-city';

/**
 * /contacts/ opens at the resident's city (the one islands/site.ts remembered when they read its
 * pages): this inline script, placed right after the list of cities, moves that city's section to the
 * front and shows its “排在最前” line. It runs while the page is being parsed, before it is first
 * drawn, so nothing moves under the resident's eyes; the order in the document (screen readers,
 * keyboard) is the order on screen. Without a remembered city (or without script) the page stays in
 * document order with its jump links on top. Kept as a string: it must run before any bundle loads.
 */
export const CONTACTS_ORDER_SCRIPT = `try{var c=localStorage.getItem(${JSON.stringify(CITY_STORAGE_KEY)}),l=document.currentScript&&document.currentScript.previousElementSibling,s=c&&l&&l.querySelector('[${CONTACTS_CITY_ATTRIBUTE}="'+c.replace(/[^a-z0-9-]/g,'')+'"]');if(s){l.insertBefore(s,l.firstElementChild);var n=s.querySelector('[data-remembered-note]');if(n)n.hidden=false}}catch(e){}`;
