/**
 * Question-to-question matching: every entry's questions (its title and each 相似问法) as idf-weighted
 * bigram vectors, so that a query saying nearly what one of them says finds that entry, question words
 * included (医保码怎么用 is the question 医保码怎么使用, not 什么是医保码). Function-word bigrams stay in
 * here: 怎么用 vs 是什么, 在哪 vs 多少 are what tells two questions on one topic apart.
 */

/** Entries are counted below this in one number (see entriesUsing); there are a few hundred. */
const ENTRY_UNIT = 1 << 16;

export interface QuestionMatcher {
  /**
   * The query as a vector: each of its tokens that some question uses, with its weight (idf squared),
   * and the vector's length.
   */
  vector(tokens: string[]): { weights: Map<string, number>; norm: number };
  /** The best cosine between the query vector and one of entry `d`'s questions (0 to 1). */
  match(d: number, query: { weights: Map<string, number>; norm: number }): number;
}

/** `questions[d]`: the tokens of each question of entry d (title first), each list without repeats. */
export function questionMatcher(questions: string[][][]): QuestionMatcher {
  const n = questions.length;
  // One map: how many entries use a token (in units of ENTRY_UNIT) and the last entry counted (below it).
  const entriesUsing = new Map<string, number>();
  questions.forEach((asked, d) => {
    for (const tokens of asked) {
      for (const t of tokens) {
        const v = entriesUsing.get(t);
        if (v === undefined) entriesUsing.set(t, ENTRY_UNIT + d);
        else if (v % ENTRY_UNIT !== d) entriesUsing.set(t, v - (v % ENTRY_UNIT) + ENTRY_UNIT + d);
      }
    }
  });
  /** A token's weight: its idf over the entries, squared (a dot product of two idf-weighted vectors). */
  const weight = (t: string): number => {
    const v = entriesUsing.get(t);
    return v === undefined ? 0 : Math.log(1 + n / Math.floor(v / ENTRY_UNIT)) ** 2;
  };
  const lengthOf = (tokens: string[]) => Math.sqrt(tokens.reduce((sum, t) => sum + weight(t), 0)) || 1;
  /** Each question's vector length, worked out the first time a query reaches the entry. */
  const lengths: (number[] | undefined)[] = new Array(n);

  return {
    vector(tokens) {
      const weights = new Map(tokens.filter((t) => entriesUsing.has(t)).map((t) => [t, weight(t)]));
      return { weights, norm: Math.sqrt([...weights.values()].reduce((sum, w) => sum + w, 0)) || 1 };
    },
    match(d, query) {
      if (query.weights.size === 0) return 0;
      const norms = (lengths[d] ??= questions[d]!.map(lengthOf));
      let best = 0;
      questions[d]!.forEach((tokens, j) => {
        let dot = 0;
        for (const t of tokens) dot += query.weights.get(t) ?? 0;
        best = Math.max(best, dot / (query.norm * norms[j]!));
      });
      return best;
    },
  };
}
