export const ELDER_STORAGE_KEY = 'ybmbz-elder';

/**
 * Runs in <head> before first paint so that 长辈版 does not flash: reads the remembered choice.
 * Kept as a string because it must execute before React loads.
 */
export const ELDER_BOOT_SCRIPT = `try{if(localStorage.getItem(${JSON.stringify(ELDER_STORAGE_KEY)})==='1')document.documentElement.dataset.elder='1'}catch(e){}`;
