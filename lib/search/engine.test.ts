import { beforeAll, describe, expect, it } from 'vitest';
import { getHandbook } from '@/lib/content/load';
import { loadQueryCases, loadSearchConfig, QUERY_SETS } from './config';
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

  it('reads a counted digit as the handbooks write it (3级医院 is 三级医院, 生3胎 is 生三胎)', () => {
    expect(top('3级医院住院起付线', 10)).toEqual(top('三级医院住院起付线', 10));
    expect(top('第2次住院', 10)).toEqual(top('第二次住院', 10));
    expect(top('生3胎还能享受生育待遇吗')).toContain('changdu/maternity/11');
    // No spelling-correction notice: the resident typed nothing wrong.
    expect(engine.search('3级医院住院起付线').corrected).toBeNull();
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

  it('corrects same-sound misspellings that are not in the typo list, and leaves correct questions alone', () => {
    for (const [wrong, right] of [
      ['起服线', '起付线'],
      ['门诊同筹', '门诊统筹'],
      ['医保电子凭正', '医保电子凭证'],
      ['慢性病申清', '慢性病申请'],
    ]) {
      const res = engine.search(wrong!, { limit: 5 });
      expect(res.corrected).toBe(right);
      expect(res.hits.map((h) => h.doc.id)).toEqual(engine.search(right!, { limit: 5 }).hits.map((h) => h.doc.id));
    }
    for (const q of ['老伴去世了医保卡里的钱怎么办', '发现医院骗医保的钱在哪举报', '我爸中风住院了']) {
      expect(engine.analyze(q).corrected, q).toBeNull();
    }
    const sets = [...loadQueryCases(), ...loadQueryCases('seen-1.yaml'), ...loadQueryCases('seen-2.yaml')].filter((c) => c.kind !== 'typo');
    expect(sets.filter((c) => engine.analyze(c.q).corrected).map((c) => c.q)).toEqual([]);
  });

  it('reads question forms as questions', () => {
    const units = (q: string) => engine.analyze(q).units.map((u) => u.alts.map((a) => a.text));
    // 能不能报销 asks whether it is covered; it is not 不能报销 (not covered).
    expect(units('生孩子能不能报销').flat()).not.toContain('不能报销');
    expect(units('生孩子能不能报销').flat()).toContain('报销');
    // A final 不 asks like 吗 (能报不 = 能报吗).
    const keys = (q: string) => engine.analyze(q).units.map((u) => u.key);
    expect(keys('住院能报不')).toEqual(keys('住院能报吗'));
    expect(keys('犯法不')).toEqual(keys('犯法'));
    // 能报多少钱: the 钱 of 多少钱 is part of the question, not a topic.
    expect(engine.analyze('生孩子能报多少钱').units.map((u) => u.key)).not.toContain('t:钱');
    // 怎么报销 is 怎么 + 报销, not 怎么报 + 销; 能报销 is 能 + 报销.
    expect(engine.analyze('慢病怎么报销').units.map((u) => u.key)).not.toContain('t:销');
    expect(engine.analyze('出车祸医保能报销吗').units.map((u) => u.key)).not.toContain('t:销');
  });

  it('lets topics decide over question frames', () => {
    // Maternity questions for 生孩子, hospital questions (not the maternity one) for 住院.
    expect(top('生孩子能报多少钱', 1)[0]).toMatch(/maternity|guide\/10|resident\/14|employee\/28/);
    expect(top('住院报销多少', 1)).not.toEqual(['changchun/maternity/31']);
    expect(top('住院报销多少', 3)).toEqual(expect.arrayContaining(['bazhong/resident/11']));
  });

  it('finds the topic of a long, rambling voice question', () => {
    expect(top('我爸七十多了在农村交的医保前几天中风住进县医院了出院能报多少')).toEqual(
      expect.arrayContaining(['changchun/inpatient/4']),
    );
    expect(top('你好我想问一下我在外面打工老家在巴中我的医保在外面看病可以用不')[0]).toMatch(/^bazhong\//);
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
    const res = engine.search('孩子出生后怎么交医保');
    expect(res.terms).toContain('新生儿');
    expect(res.terms).not.toContain('怎么');
  });

  it('reads a disease as a question about the 慢特病 lists that name it (thesaurus also)', () => {
    const top = engine.search('透析', { limit: 3 }).hits;
    expect(top.some((h) => h.doc.tags.includes('慢特病') && h.doc.text.includes('透析'))).toBe(true);
    const a = engine.analyze('透析');
    expect(a.units.some((u) => u.key.startsWith('also:'))).toBe(true);
    // Not when the query names the topic itself.
    expect(engine.analyze('透析慢特病').units.some((u) => u.key.startsWith('also:') && u.alts.some((x) => x.text === '慢特病'))).toBe(false);
  });

  it('puts the named city’s entries before other places’ (巴中医保局电话 is not 大连’s number)', () => {
    const top = engine.search('巴中医保局电话多少', { limit: 3 }).hits;
    expect(top[0]?.doc.city).toBe('bazhong');
  });

  it('is deterministic', () => {
    const a = engine.search('异地就医备案怎么办').hits.map((h) => [h.doc.id, h.score]);
    const b = engine.search('异地就医备案怎么办').hits.map((h) => [h.doc.id, h.score]);
    expect(a).toEqual(b);
  });

  // The sets tuned on (their figures overstate new questions; the held-out ones are only run by
  // npm run bench:search, which prints no question of theirs): a guard against a change that breaks them.
  // The floor is the weakest tuned set's, heldout-13 (people asking for someone else: 0.809 / 0.936 when
  // it was relabelled tuned); the others stand at 0.87–0.98 / 0.97–1.00.
  it.each(QUERY_SETS.filter((set) => set.status === 'tuned').map((set) => [set.name, set.file] as const))(
    'answers the tuned set %s well (recall@1 ≥ 0.8 and recall@3 ≥ 0.93 here; npm run bench:search reports it exactly)',
    (_name, file) => {
      const cases = loadQueryCases(file);
      const ranks = cases.map((c) => {
        const rank = engine.search(c.q, { preferCity: c.city, limit: 3 }).hits.findIndex((h) => c.expect.includes(h.doc.id));
        return rank < 0 ? Infinity : rank + 1;
      });
      expect(ranks.filter((r) => r <= 1).length / cases.length).toBeGreaterThanOrEqual(0.8);
      expect(ranks.filter((r) => r <= 3).length / cases.length).toBeGreaterThanOrEqual(0.93);
    },
  );
});

describe('search engine: spoken questions, hotlines, your city first', () => {
  const book = getHandbook();
  const engine = createSearchEngine(buildSearchData(book, loadSearchConfig()));

  it('drops fillers and politeness: a spoken question reads like the short one', () => {
    const spoken = engine.analyze('喂你好，麻烦问一下，就是说那个住院起付线是多少，谢谢了');
    // What is left besides the topics is function characters (是、了), which weigh next to nothing.
    expect(spoken.units.filter((u) => u.key.startsWith('t:') && !u.weak).map((u) => u.key)).toEqual([]);
    const top = (q: string) => engine.search(q, { limit: 3 }).hits.map((h) => h.doc.id);
    expect(top('喂你好，麻烦问一下，就是说那个住院起付线是多少，谢谢了')).toEqual(top('住院起付线是多少'));
  });

  it('reads family words as a weak signal (我妈 → 退休/老人), never as the topic', () => {
    const unit = engine.analyze('我妈住院能报多少').units.find((u) => u.alts.some((a) => a.text === '退休'));
    expect(unit?.weight).toBeLessThan(0.5);
    expect(engine.search('我妈住院能报多少', { limit: 1 }).hits[0]?.doc.tags).toContain('住院');
    expect(engine.search('媳妇生娃能报多少', { limit: 3 }).hits.every((h) => h.doc.tags.includes('生育'))).toBe(true);
  });

  it('finds an office\'s phone numbers: a hotline result with tel numbers', () => {
    const hit = engine.search('江达县医保电话多少', { limit: 1 }).hits[0];
    expect(hit?.doc.id).toBe('contacts/changdu/江达县');
    expect(hit?.doc.phones?.[0]?.tel).toMatch(/^\d{7,}$/);
    expect(decodeURIComponent(hit?.doc.url ?? '')).toMatch(/^\/contacts\/#changdu-/);
    // A place far away is 异地 for a resident, and still that place when its numbers are asked for.
    expect(engine.search('青海异地备案咨询电话', { limit: 3 }).hits.map((h) => h.doc.id)).toContain('contacts/national/青海省');
  });

  it('puts the chosen or named city\'s answers first, all of them above any other place', () => {
    const res = engine.search('住院能报多少', { preferCity: 'bazhong' });
    expect(res.firstCity).toBe('bazhong');
    expect(res.firstCityCount).toBeGreaterThan(0);
    const cities = res.hits.map((h) => h.doc.city);
    expect(cities.slice(0, res.firstCityCount).every((c) => c === 'bazhong')).toBe(true);
    expect(cities.slice(res.firstCityCount).includes('bazhong')).toBe(false);
    // Named in the question, the city wins over the remembered one.
    const named = engine.search('长春住院能报多少', { preferCity: 'bazhong' });
    expect(named.firstCity).toBe('changchun');
    expect(named.hits[0]?.doc.city).toBe('changchun');
    // Without a city, no heading.
    expect(engine.search('住院能报多少').firstCity).toBeNull();
    // The city filter stays a filter.
    expect(engine.search('住院能报多少', { city: 'changdu', preferCity: 'bazhong' }).hits.every((h) => h.doc.city === 'changdu')).toBe(true);
  });

  it('reads a 相似问法 the resident says almost word for word', () => {
    const entry = book.byId.get('changchun/benefits/37')!;
    const phrasing = entry.similar[0]!;
    expect(engine.search(phrasing, { limit: 3 }).hits.map((h) => h.doc.id)).toContain(entry.id);
  });

  it('matches the question as asked, question words included (怎么用 is not 是什么)', () => {
    // Both titles name 医保码; only one asks how to use it.
    expect(book.byId.get('bazhong/general/31')!.title).toBe('什么是医保码？');
    expect(book.byId.get('bazhong/general/33')!.title).toBe('医保码怎么使用？');
    expect(engine.search('医保码怎么用', { limit: 1 }).hits[0]?.doc.id).toBe('bazhong/general/33');
    expect(engine.search('什么是医保码', { limit: 1 }).hits[0]?.doc.id).toBe('bazhong/general/31');
  });

  it('reads a district or county as its city, first under its heading, and keeps it a word (平昌的电话 is 平昌县’s)', () => {
    const a = engine.analyze('巴州区我屋头婆婆得了帕金森，门诊开药能报不嘛');
    expect(a.cities).toEqual(['bazhong']);
    const response = engine.search('通江县住院起付线多少', { limit: 5 });
    expect(response.firstCity).toBe('bazhong');
    expect(response.hits[0]?.doc.city).toBe('bazhong');
    expect(engine.search('平昌医保电话', { limit: 1 }).hits[0]?.doc.id).toBe('contacts/bazhong/平昌县');
    expect(engine.search('卡若区医保电话', { limit: 1 }).hits[0]?.doc.id).toBe('contacts/changdu/卡若区');
    // A light word: the county's number is not the answer to a question about 起付线 asked there.
    expect(engine.search('通江县住院起付线多少', { limit: 1 }).hits[0]?.doc.id).not.toBe('contacts/bazhong/通江县');
    expect(top('通江县住院起付线多少', 3)).toContain('bazhong/resident/11');
  });

  it('reads a province as its place: 西藏 lifts 昌都 and the 西藏 cases, and stays a word of the question', () => {
    const a = engine.analyze('西藏职工医保退休要交满多少年');
    expect(a.cities).toEqual([]);
    expect(new Set(a.regionCities)).toEqual(new Set(['changdu', 'cases']));
    expect(a.plainTokens).toContain('西藏');
    expect(engine.search('西藏职工医保退休要交满多少年', { limit: 1 }).hits[0]?.doc.city).toBe('changdu');
    expect(engine.search('四川职工医保退休要交满多少年', { limit: 1 }).hits[0]?.doc.city).toBe('bazhong');
    // A named city decides; the province adds nothing then.
    expect(engine.analyze('四川巴中住院报销').regionCities).toEqual([]);
  });

  it('reads a disease of the rules’ catalogues, or its everyday name, as a question about the 慢特病 lists', () => {
    for (const q of ['帕金森门诊开药能报吗', '我外婆有老年痴呆门诊开药能报吗', '渐冻症门诊能报吗']) {
      const a = engine.analyze(q);
      expect(a.units.some((u) => u.key.startsWith('also:')), q).toBe(true);
      const first = engine.search(q, { limit: 1 }).hits[0]!.doc;
      expect(first.tags.includes('慢特病') || /慢性病|特殊疾病|慢特病/.test(first.title), `${q} → ${first.title}`).toBe(true);
    }
  });
});
