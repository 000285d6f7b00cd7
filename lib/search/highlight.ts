import { isAlnum, normalizeText } from './normalize';
import { inAlnumRun } from './tokenize';

/** A run of text, marked when it matched the query. */
export interface Piece {
  text: string;
  hit: boolean;
}

/**
 * 1 at every position of `text` covered by one of `terms` (terms are folded; so is the text, 1:1).
 * A term of Latin letters or digits marks whole words and numbers only, as the index matches them:
 * “1” marks the 1 of “第1次”, never the 1 of “12393” or “2021”.
 */
export function matchMask(text: string, terms: readonly string[]): Uint8Array {
  const folded = normalizeText(text);
  const mask = new Uint8Array(text.length);
  for (const term of terms) {
    if (!term) continue;
    const whole = isAlnum(term.charCodeAt(0)) || isAlnum(term.charCodeAt(term.length - 1));
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      if (whole && (inAlnumRun(folded, at - 1) || inAlnumRun(folded, at + term.length))) continue;
      mask.fill(1, at, at + term.length);
    }
  }
  return mask;
}

function piecesOf(text: string, mask: Uint8Array, from: number, to: number): Piece[] {
  const out: Piece[] = [];
  for (let i = from; i < to; ) {
    const hit = mask[i] === 1;
    let j = i + 1;
    while (j < to && (mask[j] === 1) === hit) j++;
    out.push({ text: text.slice(i, j), hit });
    i = j;
  }
  return out;
}

/** The whole text cut into marked and unmarked pieces. */
export function highlight(text: string, terms: readonly string[]): Piece[] {
  return piecesOf(text, matchMask(text, terms), 0, text.length);
}

const BREAK = /[。；;！？!?\n]/;
const SOFT_BREAK = /[，,：:、]/;
const LEADING_PUNCTUATION = /^[\s，,、：:；;。]+/;

/**
 * About `size` characters of an answer around the densest cluster of matches, starting at a sentence
 * where one is near, with “…” where text was left out. Line breaks become spaces.
 */
export function snippet(text: string, terms: readonly string[], size = 80): Piece[] {
  const flat = text.replace(/\s+/g, (m) => ' '.repeat(m.length));
  const mask = matchMask(flat, terms);
  const n = flat.length;
  if (n <= size) return piecesOf(flat, mask, 0, n).map(trimPiece).filter((p) => p.text);
  let best = 0;
  let bestAt = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += mask[i]!;
    if (i >= size) sum -= mask[i - size]!;
    if (i >= size - 1 && sum > best) {
      best = sum;
      bestAt = i - size + 1;
    }
  }
  let start = best === 0 ? 0 : bestAt;
  // Begin a little before the first match, at a sentence start if one is close.
  if (best > 0) {
    let first = start;
    while (first < n && !mask[first]) first++;
    start = Math.max(0, first - 12);
    const sentence = lastIndex(flat, BREAK, first - 1, first - 30);
    const clause = lastIndex(flat, SOFT_BREAK, first - 1, first - 12);
    if (sentence >= 0) start = sentence + 1;
    else if (clause >= 0) start = clause + 1;
    while (start < first && LEADING_PUNCTUATION.test(flat[start]!)) start++;
  }
  const end = Math.min(n, start + size);
  const pieces = piecesOf(flat, mask, start, end);
  if (start > 0) pieces.unshift({ text: '…', hit: false });
  if (end < n) pieces.push({ text: '…', hit: false });
  return mergeSpaces(pieces);
}

function lastIndex(text: string, pattern: RegExp, from: number, to: number): number {
  for (let k = from; k >= Math.max(0, to); k--) if (pattern.test(text[k]!)) return k;
  return -1;
}

function trimPiece(p: Piece): Piece {
  return { ...p, text: p.text.replace(/ {2,}/g, ' ') };
}

function mergeSpaces(pieces: Piece[]): Piece[] {
  const out = pieces.map(trimPiece);
  if (out[0] && !out[0].hit) out[0] = { ...out[0], text: out[0].text.replace(/^ +/, '') };
  const last = out[out.length - 1];
  if (last && !last.hit) out[out.length - 1] = { ...last, text: last.text.replace(/ +$/, '') };
  return out.filter((p) => p.text);
}
