import type { Piece } from '@/lib/search/highlight';

/** Text with the parts that matched the query in <mark> (lib/search/highlight's pieces). */
export function markedText(pieces: readonly Piece[]): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const piece of pieces) {
    const el = document.createElement(piece.hit ? 'mark' : 'span');
    el.textContent = piece.text;
    out.append(el);
  }
  return out;
}

/** An element with its classes and children. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.append(...children);
  return el;
}
