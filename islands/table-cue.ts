import { TABLE_BOX_ATTRIBUTE, TABLE_OVERFLOW_ATTRIBUTE } from '@/lib/content/table-box';

/**
 * Shows “← 左右滑动看全表 →” above every table that is wider than its box (lib/ui/table.ts), and
 * only those: on load, and again whenever a table or its box changes size (长辈版, rotation, the
 * resident's font size, the calculator's new figures) or an island adds a table.
 */
export function watchTableOverflow(doc: Document): void {
  if (!('ResizeObserver' in window)) return;
  const selector = `[${TABLE_BOX_ATTRIBUTE}]`;
  const observed = new WeakSet<Element>();
  const update = (box: Element) => {
    const wrap = box.querySelector('.table-wrap');
    if (!wrap) return;
    // One pixel of slack: a table that fits exactly may report a fraction more.
    box.toggleAttribute(TABLE_OVERFLOW_ATTRIBUTE, wrap.scrollWidth > wrap.clientWidth + 1);
  };
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = entry.target.closest(selector);
      if (box) update(box);
    }
  });
  /** Follows a box's scroll area and its table (a new table, when an island draws one, too). */
  const watch = (box: Element) => {
    for (const el of [box.querySelector('.table-wrap'), box.querySelector('table')]) {
      if (el && !observed.has(el)) {
        observed.add(el);
        observer.observe(el);
      }
    }
    update(box);
  };
  const scan = (node: Element | Document) => {
    const around = node instanceof Element ? node.closest(selector) : null;
    if (around) watch(around);
    node.querySelectorAll(selector).forEach(watch);
  };
  scan(doc);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(doc.body, { childList: true, subtree: true });
}
