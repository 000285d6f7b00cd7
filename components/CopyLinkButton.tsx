/**
 * Copies the current page's address, for sharing an answer in WeChat. Static markup (also rendered
 * inside the calculator): islands/site.ts handles every [data-copy-link] button on the page and writes
 * the outcome into its [data-copy-status].
 */
export function CopyLinkButton({ label = '复制链接' }: { label?: string }) {
  return (
    <div className="no-print">
      <button
        type="button"
        data-copy-link=""
        className="tap rounded-lg border border-brand-600 bg-white px-4 font-bold text-brand-700 hover:bg-brand-50"
      >
        {label}
      </button>
      <p role="status" data-copy-status="" className="mt-1 min-h-5 text-sm text-muted" />
    </div>
  );
}
