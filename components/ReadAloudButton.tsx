/**
 * 读给我听: reads the element `target` (a CSS selector, e.g. "#answer") aloud. Static markup, shown only
 * where the phone has a Chinese voice (islands/read-aloud.ts sets html[data-tts]; app/globals.css);
 * while it reads, it says 暂停 / 继续 and a 停止 button appears. Prominent in 长辈版.
 */
export function ReadAloudButton({ target, label = '读给我听' }: { target: string; label?: string }) {
  return (
    <div className="read-aloud no-print flex flex-wrap gap-2">
      <button
        type="button"
        data-read-aloud={target}
        className="read-aloud-button tap inline-flex items-center gap-2 rounded-lg border border-brand-600 bg-white px-4 font-bold text-brand-700 hover:bg-brand-50"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 fill-current">
          <path d="M3 9v6h4l5 4V5L7 9H3zm13.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
        </svg>
        <span className="tts-idle">{label}</span>
        <span className="tts-speaking">暂停</span>
        <span className="tts-paused">继续</span>
      </button>
      <button type="button" data-read-aloud-stop="" className="read-aloud-stop tap inline-flex items-center rounded-lg border border-slate-300 bg-white px-4 font-bold">
        停止
      </button>
    </div>
  );
}
