import { beforeAll, describe, expect, it } from 'vitest';
import { getHandbook } from '@/lib/content/load';
import { loadQueryCases, loadSearchConfig } from './config';
import { buildSearchData } from './data';
import { createSearchEngine, type SearchEngine } from './engine';

let engine: SearchEngine;
beforeAll(() => {
  engine = createSearchEngine(buildSearchData(getHandbook(), loadSearchConfig()));
});

const top = (query: string, n = 3, options = {}) => engine.search(query, { ...options, limit: n }).hits.map((h) => h.doc.id);

describe('search engine on the handbooks', () => {
  it.each([
    ['新生儿如何参保', ['bazhong/resident/7', 'changchun/enrolment/33']],
    ['小孩出生后怎么交医保', ['bazhong/resident/7', 'changchun/enrolment/33']],
    ['住院报销多少', ['bazhong/resident/11', 'changchun/inpatient/4', 'bazhong/employee/27', 'changchun/guide/2', 'changchun/maternity/31', 'changchun/inpatient/1']],
    ['外地看病怎么报', ['changchun/yidi/19', 'bazhong/employee/38', 'bazhong/general/30', 'changchun/guide/4', 'changdu/yidi/1', 'changdu/yidi/5']],
    ['门槛费是多少', ['changchun/inpatient/2', 'changdu/inpatient/4', 'changchun/guide/2', 'bazhong/resident/11', 'bazhong/employee/27', 'bazhong/resident/22']],
    ['医保卡丢了', ['changchun/outpatient/17', 'bazhong/general/31', 'changdu/ecard/1', 'bazhong/general/33']],
  ])('“%s” has a right answer in the top three', (query, expected) => {
    expect(top(query).some((id) => expected.includes(id))).toBe(true);
  });

  it('treats traditional and full-width queries like simplified ones', () => {
    expect(top('醫保報銷', 10)).toEqual(top('医保报销', 10));
    expect(top('異地就醫備案', 5)).toEqual(top('异地就医备案', 5));
    expect(top('ＡＰＰ备案', 5)).toEqual(top('APP备案', 5));
  });

  it('finds digits and Latin words', () => {
    expect(top('12393')).toContain('national/contacts/5');
    expect(top('M01603')).toContain('bazhong/chronic/3');
    expect(engine.search('APP').total).toBeGreaterThan(0);
    expect(top('2026年居民医保缴费标准', 3, { preferCity: 'bazhong' }).some((id) => id.startsWith('bazhong/resident/'))).toBe(true);
  });

  it('corrects known misspellings and says so', () => {
    const res = engine.search('住院报消多少');
    expect(res.corrected).toBe('住院报销多少');
    expect(res.hits.map((h) => h.doc.id)).toEqual(engine.search('住院报销多少').hits.map((h) => h.doc.id));
  });

  it('puts a question title above an answer that only mentions the words', () => {
    expect(top('医保钱包', 1)).toEqual(['bazhong/general/34']);
    expect(top('门诊慢特病', 1)).toEqual(['bazhong/chronic/1']);
  });

  it('lifts the city named in the query and the chosen city', () => {
    expect(engine.search('巴中住院报销比例').cities).toEqual(['bazhong']);
    expect(top('巴中住院报销比例', 1)[0]).toMatch(/^bazhong\//);
    expect(top('住院能报多少', 1, { preferCity: 'changchun' })[0]).toMatch(/^changchun\//);
    expect(top('起付线', 1, { preferCity: 'changdu' })[0]).toMatch(/^changdu\//);
  });

  it('filters by city, scheme and topic, with facet counts from before the filters', () => {
    const all = engine.search('生育津贴');
    const changdu = engine.search('生育津贴', { city: 'changdu' });
    expect(changdu.hits.length).toBeGreaterThan(0);
    expect(changdu.hits.every((h) => h.doc.city === 'changdu')).toBe(true);
    expect(all.facets.city.changdu).toBe(changdu.total);
    const employee = engine.search('住院', { scheme: 'employee' });
    expect(employee.hits.every((h) => h.doc.schemes.includes('employee'))).toBe(true);
    const topic = engine.search('报销', { topic: '生育' });
    expect(topic.hits.every((h) => h.doc.tags.includes('生育'))).toBe(true);
  });

  it('finds nothing for questions the handbooks do not answer', () => {
    expect(engine.search('火星签证').total).toBe(0);
    expect(engine.search('qwertyuiop').total).toBe(0);
    expect(engine.search('   ').total).toBe(0);
    expect(engine.search('？？').total).toBe(0);
  });

  it('offers spelling-tolerant alternatives and popular questions', () => {
    // 生育津贴 typed out of order: bigrams find nothing, characters still point to the right questions.
    expect(engine.search('育生贴津').total).toBe(0);
    const alternatives = engine.suggest('育生贴津');
    expect(alternatives.length).toBeGreaterThan(0);
    expect(alternatives.every((d) => d.title.includes('生育') && d.title.includes('津贴'))).toBe(true);
    expect(engine.suggest('火星签证')).toEqual([]);
    expect(engine.popular().length).toBeGreaterThan(3);
  });

  it('reports the words to highlight, including thesaurus matches', () => {
    const res = engine.search('小孩出生后怎么交医保');
    expect(res.terms).toContain('新生儿');
    expect(res.terms).not.toContain('怎么');
  });

  it('is deterministic', () => {
    const a = engine.search('异地就医备案怎么办').hits.map((h) => [h.doc.id, h.score]);
    const b = engine.search('异地就医备案怎么办').hits.map((h) => [h.doc.id, h.score]);
    expect(a).toEqual(b);
  });

  it('answers the public query set well (recall@3 ≥ 0.9 here; npm run bench:search reports it exactly)', () => {
    const cases = loadQueryCases();
    const found = cases.filter((c) =>
      engine
        .search(c.q, { preferCity: c.city, limit: 3 })
        .hits.some((h) => c.expect.includes(h.doc.id)),
    ).length;
    expect(found / cases.length).toBeGreaterThanOrEqual(0.9);
  });
});
