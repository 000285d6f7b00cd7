/**
 * “已保存，没网也能看”: told once per device, quietly. When the service worker has saved the whole site
 * (islands/sw-register.ts sees data-offline="ready") it leaves OFFLINE_NOTE_KEY = "pending"; the next
 * page the resident opens shows the note under the header — decided in <head> before the first paint
 * (OFFLINE_NOTE_BOOT_SCRIPT), so nothing moves — and islands/sw-register.ts then sets it to "told": no
 * other page shows it again. Not a pop-up: a line in the page, a polite status.
 */
export const OFFLINE_NOTE_KEY = 'ybmbz-offline-note';
export const OFFLINE_NOTE_TEXT = '已保存，没网也能看：这个网站已经存在您的手机上，没有网络时也能打开。';

/** Runs in <head> before the first paint: html[data-offline-note="show"] shows the note (app/globals.css). */
export const OFFLINE_NOTE_BOOT_SCRIPT = `try{if(localStorage.getItem(${JSON.stringify(OFFLINE_NOTE_KEY)})==='pending')document.documentElement.dataset.offlineNote='show'}catch(e){}`;
