/**
 * 长辈版 switch: larger text and tap targets, remembered in localStorage (never sent anywhere).
 * Static markup: both labels are in the page and CSS shows the one that fits html[data-elder] (set
 * before first paint by ELDER_BOOT_SCRIPT), so the right label shows at once; islands/site.ts makes it
 * switch and keeps aria-pressed in step.
 */
export function ElderToggle() {
  return (
    <button type="button" data-elder-toggle="" aria-pressed="false" className="header-button tap flex items-center justify-center text-sm font-bold text-white">
      <span className="header-pill flex items-center rounded-lg border border-white/70 px-3 hover:bg-white/10">
        <span className="elder-off">长辈版</span>
        <span className="elder-on">标准版</span>
      </span>
    </button>
  );
}
