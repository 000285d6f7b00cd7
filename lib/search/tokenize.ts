import { isAlnum, isCjk, normalizeText } from './normalize';

/**
 * Our own deterministic tokenizer, the same in Node and in the browser (no Intl.Segmenter, no
 * dictionary). Chinese is cut into overlapping character bigrams (医保报销 → 医保 保报 报销), which
 * keeps word order ("销报" does not find "报销") without needing a word list; runs of Latin letters
 * and digits are single tokens (app, 12393, 2026, m01603, 0.6).
 */
export interface Segment {
  kind: 'cjk' | 'alnum';
  start: number;
  end: number;
  text: string;
}

/**
 * Splits folded text into CJK runs and Latin/digit runs; everything else separates.
 * `skip(i)` marks extra separator positions (query fillers, city names).
 */
export function segments(folded: string, skip?: (index: number) => boolean): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  const n = folded.length;
  while (i < n) {
    const code = folded.charCodeAt(i);
    if (skip?.(i)) {
      i++;
      continue;
    }
    if (isCjk(code)) {
      let j = i + 1;
      while (j < n && isCjk(folded.charCodeAt(j)) && !skip?.(j)) j++;
      out.push({ kind: 'cjk', start: i, end: j, text: folded.slice(i, j) });
      i = j;
    } else if (isAlnum(code)) {
      let j = i + 1;
      for (;;) {
        while (j < n && isAlnum(folded.charCodeAt(j)) && !skip?.(j)) j++;
        if (!isDecimalPoint(folded, j) || skip?.(j) || skip?.(j + 1)) break;
        j += 2;
      }
      out.push({ kind: 'alnum', start: i, end: j, text: folded.slice(i, j) });
      i = j;
    } else {
      i++;
    }
  }
  return out;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** 0.6%、2.8%: a decimal point between two digits, which stays inside the number. */
export function isDecimalPoint(text: string, i: number): boolean {
  return text[i] === '.' && i > 0 && i + 1 < text.length && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
}

/**
 * Whether the character at `i` belongs to a run of letters and digits as `segments` cuts it: a letter, a
 * digit, or a decimal point between two digits. False outside the text.
 */
export function inAlnumRun(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (isAlnum(text.charCodeAt(i)) || isDecimalPoint(text, i));
}

/** Query-side tokens of one segment: bigrams, or the single character of a one-character run. */
export function segmentTokens(seg: Segment): string[] {
  if (seg.kind === 'alnum') return [seg.text];
  const t = seg.text;
  if (t.length === 1) return [t];
  const out: string[] = [];
  for (let i = 0; i + 1 < t.length; i++) out.push(t.slice(i, i + 2));
  return out;
}

/** Query-side tokens of a phrase (a thesaurus term, a typed word). */
export function phraseTokens(phrase: string): string[] {
  return unique(segments(normalizeText(phrase)).flatMap(segmentTokens));
}

/**
 * Index-side tokens: every bigram of a CJK run plus, with `unigrams`, every single character (so that
 * one-character queries like “药” still find something), and every Latin/digit run. These are the
 * functions given to FlexSearch as its index-level `encode`, so FlexSearch applies them to documents
 * and queries alike. Titles and tags get unigrams; long answer texts only bigrams (half the index).
 */
export function indexTokens(text: string): string[] {
  return tokensFor(text, true);
}

export function bigramTokens(text: string): string[] {
  return tokensFor(text, false);
}

function tokensFor(text: string, unigrams: boolean): string[] {
  // A lookup of one token the engine already produced: exactly that token (see exactToken).
  if (text.charCodeAt(0) === EXACT_MARK) return [text.slice(1)];
  // Each token once: FlexSearch would skip repeats anyway, but only after looking them up.
  const out = new Set<string>();
  for (const seg of segments(normalizeText(text))) {
    if (seg.kind === 'alnum') {
      out.add(seg.text);
      continue;
    }
    const t = seg.text;
    if (t.length === 1) out.add(t);
    for (let i = 0; i < t.length; i++) {
      if (unigrams && t.length > 1) out.add(t[i]!);
      if (i + 1 < t.length) out.add(t.slice(i, i + 2));
    }
  }
  return [...out];
}

/** U+E000 (private use) never occurs in handbook text; it marks a query that is already one token. */
const EXACT_MARK = 0xe000;

/**
 * The FlexSearch query for one token produced by our tokenizer. Without the mark, FlexSearch would
 * pass “报销” through `encode` again and intersect 报销 ∩ 报 ∩ 销 — the same answer, three lookups.
 */
export function exactToken(token: string): string {
  return String.fromCharCode(EXACT_MARK) + token;
}

/** Every three consecutive Chinese characters of a folded text, within its runs of Chinese. */
export function cjkTrigrams(folded: string, skip?: (index: number) => boolean): string[] {
  const out: string[] = [];
  for (const seg of segments(folded, skip)) {
    if (seg.kind !== 'cjk') continue;
    for (let i = 0; i + 3 <= seg.text.length; i++) out.push(seg.text.slice(i, i + 3));
  }
  return out;
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
