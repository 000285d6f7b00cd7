import { isCjk } from './normalize';

/**
 * Same-sound misspellings (voice input, pinyin keyboards): 起服线 → 起付线, 门诊同筹 → 门诊统筹,
 * 医保电子凭正 → 医保电子凭证, 生育金贴 → 生育津贴. The thesaurus's `homophones` lists characters that
 * sound alike (tones ignored), one string per syllable.
 *
 * Deliberately conservative, so that a correctly typed question is left alone: a character is replaced
 * by one that sounds like it only when
 *  - a bigram through it (not counting function characters) occurs nowhere (not in the handbooks,
 *    not in the thesaurus),
 *  - it is not already part of a thesaurus word, and neither it nor its replacement is a function
 *    character (的、了、是、要 …), and
 *  - the replacement completes a thesaurus word there: a handbook term, or a resident's word of three
 *    or more characters; not by adding one character at the end of an otherwise intact word.
 * The longest completed word wins; repeated until nothing changes. Plain table look-ups, the same in
 * Node and the browser.
 */
export interface Homophones {
  /** Characters that sound like this one (without the character itself). */
  alike(ch: string): readonly string[];
}

export function homophoneTable(groups: readonly string[]): Homophones {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const chars = [...new Set([...group].filter((c) => isCjk(c.charCodeAt(0))))];
    for (const c of chars) {
      const set = map.get(c) ?? new Set<string>();
      for (const other of chars) if (other !== c) set.add(other);
      map.set(c, set);
    }
  }
  const frozen = new Map([...map].map(([c, set]) => [c, [...set]]));
  return { alike: (ch) => frozen.get(ch) ?? [] };
}

export interface Lexicon {
  /** The bigram occurs somewhere: a handbook question or answer, the thesaurus. */
  known(bigram: string): boolean;
  /** A thesaurus word (term or resident's word). */
  isWord(text: string): boolean;
  /** Function characters, never replaced nor replacements. */
  weak: ReadonlySet<string>;
  /**
   * Words (two or more Chinese characters) a correction may complete, by each character they
   * contain; `term` for the handbooks' own words (a thesaurus term), as opposed to a resident's word.
   */
  wordsWith(ch: string): readonly LexiconWord[];
}

export interface LexiconWord {
  word: string;
  /** Position of the character in the word. */
  at: number;
  term: boolean;
}

/** Indexes words by character for Lexicon.wordsWith. */
export function wordsByChar(words: Iterable<{ word: string; term: boolean }>): (ch: string) => readonly LexiconWord[] {
  const map = new Map<string, LexiconWord[]>();
  const seen = new Map<string, boolean>();
  for (const { word, term } of words) seen.set(word, term || (seen.get(word) ?? false));
  for (const [word, term] of seen) {
    if (word.length < 2 || ![...word].every((c) => isCjk(c.charCodeAt(0)))) continue;
    for (let at = 0; at < word.length; at++) {
      const list = map.get(word[at]!) ?? [];
      list.push({ word, at, term });
      map.set(word[at]!, list);
    }
  }
  return (ch) => map.get(ch) ?? [];
}

/**
 * The longest lexicon word that covers position k of chars with chars[k] replaced by ch, as its
 * length (0: none); only handbook terms when `termsOnly`.
 */
function coveringWord(chars: string[], k: number, ch: string, lexicon: Lexicon, termsOnly = false): number {
  let best = 0;
  for (const { word, at, term } of lexicon.wordsWith(ch)) {
    if (termsOnly && !term) continue;
    const start = k - at;
    if (start < 0 || start + word.length > chars.length || word.length <= best) continue;
    let ok = true;
    for (let i = 0; i < word.length && ok; i++) ok = (start + i === k ? ch : chars[start + i]) === word[i];
    // A word that the replacement only extends at one end, the rest already standing on its own
    // (欠缴医保 is not 欠交医保, 的钱医保 not 的迁医保), proves nothing.
    if (ok && (at === 0 || at === word.length - 1) && word.length >= 3) {
      if (lexicon.isWord(at === 0 ? word.slice(1) : word.slice(0, -1))) ok = false;
    }
    if (ok) best = word.length;
  }
  return best;
}

/** Corrects same-sound misspellings in folded text; the result has the same length. */
export function correctHomophones(text: string, table: Homophones, lexicon: Lexicon): string {
  const chars = text.split('');
  const cjk = (k: number) => k >= 0 && k < chars.length && isCjk(chars[k]!.charCodeAt(0));
  for (let round = 0; round < chars.length; round++) {
    let best: { at: number; ch: string; length: number } | null = null;
    for (let k = 0; k < chars.length; k++) {
      const c = chars[k]!;
      if (!cjk(k) || lexicon.weak.has(c)) continue;
      // A bigram with a function character (交吗、的钱) says nothing about a misspelling.
      const side = (j: number) => cjk(j) && !lexicon.weak.has(chars[j]!);
      const left = side(k - 1) ? lexicon.known(chars[k - 1]! + c) : null;
      const right = side(k + 1) ? lexicon.known(c + chars[k + 1]!) : null;
      if (left !== false && right !== false) continue;
      if (coveringWord(chars, k, c, lexicon) > 0) continue;
      // Undoing a bigram that does occur (发现|医院) takes a handbook term, not a resident's word (县医院).
      const termsOnly = left === true || right === true;
      for (const alt of table.alike(c)) {
        if (lexicon.weak.has(alt)) continue;
        const length = coveringWord(chars, k, alt, lexicon, termsOnly);
        if (length > 0 && (!best || length > best.length)) best = { at: k, ch: alt, length };
      }
    }
    if (!best) break;
    chars[best.at] = best.ch;
  }
  return chars.join('');
}
