import { describe, expect, it } from 'vitest';
import { questionMatcher } from './question-match';
import { segments, segmentTokens, unique } from './tokenize';

const tokens = (q: string) => unique(segments(q).flatMap(segmentTokens));
/** Three entries: two about 医保码 that differ in what they ask, one about 住院. */
const entries = [
  ['什么是医保码', '医保码是啥'],
  ['医保码怎么使用', '医保码怎么用'],
  ['住院怎么报销', '住院能报多少'],
].map((qs) => qs.map(tokens));

describe('question-to-question matching', () => {
  const m = questionMatcher(entries);
  const score = (q: string) => entries.map((_, d) => m.match(d, m.vector(tokens(q))));

  it('finds the entry whose question the query says, question words included', () => {
    const [what, how, inpatient] = score('医保码怎么用');
    expect(how).toBeCloseTo(1, 10);
    expect(what).toBeLessThan(how!);
    expect(inpatient).toBeLessThan(what!);
  });

  it('is a cosine: between 0 and 1, and 0 when nothing is shared or nothing is known', () => {
    for (const s of score('住院报销')) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
    expect(score('生育津贴')).toEqual([0, 0, 0]);
    expect(m.vector(tokens('生育津贴')).weights.size).toBe(0);
  });

  it('weighs a token by how few entries use it (医保码 in two entries counts less than 住院 in one)', () => {
    const v = m.vector(['医保', '住院']);
    expect(v.weights.get('住院')!).toBeGreaterThan(v.weights.get('医保')!);
  });
});
