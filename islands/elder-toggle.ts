import { ELDER_STORAGE_KEY } from '@/lib/ui/elder';

/**
 * The 长辈版 switch (components/ElderToggle): html[data-elder="1"] turns on larger text and tap
 * targets (app/globals.css), remembered in localStorage (never sent anywhere). The boot script in
 * <head> (ELDER_BOOT_SCRIPT) has already applied the remembered choice before first paint.
 */
export function enhanceElderToggles(root: ParentNode): void {
  const html = document.documentElement;
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-elder-toggle]')];
  const show = () => {
    const on = html.dataset.elder === '1';
    for (const b of buttons) b.setAttribute('aria-pressed', String(on));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const next = html.dataset.elder !== '1';
      if (next) html.dataset.elder = '1';
      else delete html.dataset.elder;
      show();
      try {
        localStorage.setItem(ELDER_STORAGE_KEY, next ? '1' : '0');
      } catch {
        /* private mode: the switch still works for this page */
      }
    });
  }
  show();
}
