import { Index } from 'flexsearch';
import { describe, expect, it } from 'vitest';
import { getHandbook } from '@/lib/content/load';
import { loadQueryCases, loadSearchConfig, QUERY_SETS } from './config';
import { buildSearchData } from './data';
import { buildSearchEngine, createSearchEngine } from './engine';
import { normalizeText } from './normalize';
import { scanPostings } from './scan';
import { bigramTokens, exactToken, indexTokens } from './tokenize';

/** Reading the texts must give exactly what the FlexSearch indexes give, token by token. */
function indexOf(texts: string[], unigrams: boolean): (token: string) => number[] {
  const index = new Index({ tokenize: 'strict', resolution: 1, encode: unigrams ? indexTokens : bigramTokens });
  texts.forEach((t, i) => index.add(i, t));
  return (token) => (index.search(exactToken(token), { limit: texts.length }) as number[]).sort((a, b) => a - b);
}
const flexPostings = (texts: string[], token: string, unigrams: boolean) => indexOf(texts, unigrams)(token);

describe('scanPostings', () => {
  const texts = ['第1次住院，拨打12393', '比例0.6%，2021年', '一、门诊', '住院报销 app', '12393.5', 'happy', '第一'];
  it.each([
    ['住院', true],
    ['住', true],
    ['住', false],
    ['一', false],
    ['一', true],
    ['1', true],
    ['12393', true],
    ['0.6', true],
    ['6', true],
    ['2021', true],
    ['app', true],
    ['12393.5', false],
  ] as const)('finds “%s” (unigrams %s) exactly where an index does', (token, unigrams) => {
    expect(scanPostings(texts, token, unigrams)).toEqual(flexPostings(texts, token, unigrams));
  });

  it('agrees with the indexes on every field for the tokens of every test question', () => {
    const data = buildSearchData(getHandbook(), loadSearchConfig());
    const engine = createSearchEngine(data);
    const tokens = new Set<string>();
    for (const set of QUERY_SETS.slice(0, 3)) {
      for (const c of loadQueryCases(set.file)) for (const u of engine.analyze(c.q).units) for (const a of u.alts) a.tokens.forEach((t) => tokens.add(t));
    }
    const bodies = data.docs.map((d) => normalizeText(d.text));
    const titles = data.docs.map((d) => normalizeText(d.title));
    const titleIndex = indexOf(titles, true);
    const bodyIndex = indexOf(bodies, false);
    for (const token of tokens) {
      expect(scanPostings(titles, token, true), `title ${token}`).toEqual(titleIndex(token));
      expect(scanPostings(bodies, token, false), `body ${token}`).toEqual(bodyIndex(token));
    }
  });

  it('gives the same results before and after the indexes are built', () => {
    const data = buildSearchData(getHandbook(), loadSearchConfig());
    const build = buildSearchEngine(data);
    let step = build.next();
    while (!step.done) step = build.next();
    const reading = step.value;
    const indexed = createSearchEngine(data);
    expect(reading.indexed).toBe(false);
    expect(indexed.indexed).toBe(true);
    for (const c of loadQueryCases('blind-5.yaml').slice(0, 60)) {
      const a = reading.search(c.q, { preferCity: c.city, limit: 10 }).hits.map((h) => [h.doc.id, h.score.toFixed(9)]);
      const b = indexed.search(c.q, { preferCity: c.city, limit: 10 }).hits.map((h) => [h.doc.id, h.score.toFixed(9)]);
      expect(a, c.q).toEqual(b);
    }
  });
});
