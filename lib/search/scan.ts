import { isCjk } from './normalize';
import { inAlnumRun } from './tokenize';

/**
 * The documents that contain one token, found by reading the (folded) texts instead of an index: the
 * same answer as a FlexSearch index built with lib/search/tokenize (indexTokens when `unigrams`, else
 * bigramTokens) gives for that token, without building the index first. The search page uses it for
 * the first question of a shared link while the indexes are still being built (lib/search/engine.ts),
 * so the resident does not wait for them. lib/search/scan.test.ts holds both to the same answers.
 *
 * What a token matches, as the tokenizer cuts texts (lib/search/tokenize.ts):
 *  - two Chinese characters: wherever they stand together (both are in one run of Chinese);
 *  - one Chinese character: anywhere (`unigrams`), or else only as a run of its own (一 in “第一、”);
 *  - letters and digits: a whole run (12393 in “拨打12393”; “1” never inside “12393” or “0.1”).
 */
export function scanPostings(texts: readonly string[], token: string, unigrams: boolean): number[] {
  const out: number[] = [];
  if (!token) return out;
  const match = matcherFor(token, unigrams);
  for (let d = 0; d < texts.length; d++) if (match(texts[d]!)) out.push(d);
  return out;
}

function matcherFor(token: string, unigrams: boolean): (text: string) => boolean {
  const first = token.charCodeAt(0);
  if (isCjk(first)) {
    if (token.length > 1 || unigrams) return (text) => text.includes(token);
    return (text) => occurs(text, token, (at) => !isCjkAt(text, at - 1) && !isCjkAt(text, at + 1));
  }
  return (text) => occurs(text, token, (at) => !inAlnumRun(text, at - 1) && !inAlnumRun(text, at + token.length));
}

/** Is there an occurrence of `token` in `text` at which `accept(position)` holds? */
function occurs(text: string, token: string, accept: (at: number) => boolean): boolean {
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) if (accept(at)) return true;
  return false;
}

function isCjkAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isCjk(text.charCodeAt(i));
}
