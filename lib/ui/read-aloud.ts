/**
 * 读给我听: the text of an answer cut into the pieces a speech engine reads well. Pure functions,
 * shared by the browser code (islands/read-aloud.ts) and the tests.
 */

/** Longest piece spoken at once: some engines stop in the middle of a long utterance. */
export const MAX_PIECE = 120;

/** The best Chinese voice: mainland Mandarin first, then any Chinese one. */
export function pickChineseVoice<T extends { lang: string; localService?: boolean }>(voices: readonly T[]): T | undefined {
  const mainland = voices.filter((v) => /^(zh[-_](CN|Hans)|cmn)/i.test(v.lang));
  const any = voices.filter((v) => /^(zh|cmn)\b/i.test(v.lang));
  return mainland.find((v) => v.localService) ?? mainland[0] ?? any[0];
}

/**
 * The text in sentences, none longer than MAX_PIECE: split after 。！？；, then at line breaks, then
 * after ，、 where a sentence is still too long. Empty pieces are dropped.
 */
export function speechPieces(text: string, max = MAX_PIECE): string[] {
  const pieces: string[] = [];
  const sentences = text
    .replace(/[ \t]+/g, ' ')
    .split(/(?<=[。！？；!?;])|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const sentence of sentences) {
    if (sentence.length <= max) {
      pieces.push(sentence);
      continue;
    }
    let rest = sentence;
    while (rest.length > max) {
      const window = rest.slice(0, max);
      const cut = Math.max(window.lastIndexOf('，'), window.lastIndexOf('、'), window.lastIndexOf(','), window.lastIndexOf(' '));
      const at = cut > max / 3 ? cut + 1 : max;
      pieces.push(rest.slice(0, at).trim());
      rest = rest.slice(at);
    }
    if (rest.trim()) pieces.push(rest.trim());
  }
  return pieces;
}
