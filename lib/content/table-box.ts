/**
 * Every table of the site sits in the same two boxes (Markdown answers: lib/content/markdown.ts;
 * components: components/TableScroll.tsx):
 *
 *   <div class="table-box" data-table-box>
 *     <p class="table-cue" aria-hidden="true">← 左右滑动看全表 →</p>
 *     <div class="table-wrap" role="region" aria-label="…" tabindex="0"><table>…</table></div>
 *   </div>
 *
 * .table-wrap scrolls sideways when the table is wider than the screen; as a named, focusable region
 * it can be scrolled with the keyboard too (axe: scrollable-region-focusable). The cue's line is
 * always there (it keeps its space, so nothing moves when it appears) and shows only while the table
 * is wider than its box: islands/table-cue.ts sets data-overflow on the .table-box, and follows the
 * table through 长辈版, rotation, font size and the calculator's new figures.
 */
export const TABLE_BOX_ATTRIBUTE = 'data-table-box';
export const TABLE_OVERFLOW_ATTRIBUTE = 'data-overflow';
export const TABLE_CUE = '← 左右滑动看全表 →';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The boxes around a table's HTML (for HTML written as text: the Markdown renderer). */
export function tableBoxHtml(tableHtml: string, label: string): string {
  return `<div class="table-box" ${TABLE_BOX_ATTRIBUTE}=""><p class="table-cue" aria-hidden="true">${TABLE_CUE}</p><div class="table-wrap" role="region" aria-label="${escapeHtml(label)}" tabindex="0">${tableHtml}</div></div>`;
}
