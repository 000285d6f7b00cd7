import { describe, expect, it } from 'vitest';
import { getHandbook } from '@/lib/content/load';
import { loadQueryCases, loadSearchConfig, QUERY_SETS } from './config';
import { districtAliases, provinceAliases } from '@/lib/content/place-names';
import { buildSearchData, diseaseWords } from './data';
import { normalizeText } from './normalize';

const book = getHandbook();
const config = loadSearchConfig();
const corpus = normalizeText(book.entries.map((e) => `${e.title}\n${e.text}\n${e.tags.join(' ')}`).join('\n'));

describe('content/search', () => {
  it('has a thesaurus of at least 60 groups, each with a handbook word that the handbooks use', () => {
    expect(config.thesaurus.groups.length).toBeGreaterThanOrEqual(60);
    const unused = config.thesaurus.groups.filter((g) => !g.terms.some((t) => corpus.includes(normalizeText(t))));
    expect(unused.map((g) => g.terms.join('/'))).toEqual([]);
  });

  it('implies (also) only terms of other groups', () => {
    const groups = config.thesaurus.groups;
    for (const [gi, g] of groups.entries()) {
      for (const term of g.also ?? []) {
        const target = groups.findIndex((x) => x.terms.map(normalizeText).includes(normalizeText(term)));
        expect(target, `${g.terms[0]} → ${term}`).toBeGreaterThanOrEqual(0);
        expect(target, `${g.terms[0]} → ${term}`).not.toBe(gi);
      }
    }
  });

  it('corrects misspellings to words the handbooks use', () => {
    for (const [wrong, right] of Object.entries(config.thesaurus.typos)) {
      expect(wrong).not.toBe(right);
      expect(corpus.includes(normalizeText(right)), `${wrong} → ${right}`).toBe(true);
    }
  });

  it('offers the home page’s popular questions', () => {
    const data = buildSearchData(book, config);
    expect(data.popular.length).toBeGreaterThan(3);
    for (const p of data.popular) expect(book.byId.has(p.id)).toBe(true);
  });

  it('has a same-sound table of Chinese characters, each listed once per syllable', () => {
    expect(config.thesaurus.homophones.length).toBeGreaterThan(50);
    for (const group of config.thesaurus.homophones) {
      expect([...group].every((c) => /\p{Script=Han}/u.test(c)), group).toBe(true);
      expect(new Set(group).size, group).toBe(group.length);
      expect(normalizeText(group), group).toBe(group);
    }
  });

  const contactIds = new Set(book.cities.flatMap((city) => city.hotlines.map((h) => `contacts/${city.id}/${h.group}`)));

  it.each(QUERY_SETS.map((set) => [set.file, set] as const))('has a query set %s with enough questions and existing expected answers', (_file, set) => {
    const cases = loadQueryCases(set.file);
    expect(cases.length).toBeGreaterThanOrEqual(70);
    for (const c of cases) {
      for (const id of c.expect) expect(book.byId.has(id) || contactIds.has(id), `${c.q} → ${id}`).toBe(true);
      if (c.city) expect(book.cities.some((city) => city.id === c.city)).toBe(true);
    }
    expect(new Set(cases.map((c) => c.q)).size).toBe(cases.length);
    const kinds = new Set(cases.map((c) => c.kind));
    for (const kind of ['short', 'colloquial', 'long', 'typo', 'traditional', 'latin']) expect(kinds.has(kind as never), kind).toBe(true);
  });

  it('builds search data that the browser can take as JSON', () => {
    const data = buildSearchData(book, config);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    // Every entry, then one result per office with hotlines (contacts/<city>/<group>).
    const offices = new Set(book.cities.flatMap((c) => c.hotlines.map((h) => `${c.id}/${h.group}`)));
    expect(data.docs).toHaveLength(book.entries.length + offices.size);
    const bazhou = data.docs.find((d) => d.id === 'contacts/bazhong/巴州区');
    expect(bazhou?.url).toBe(`/contacts/#${encodeURIComponent('bazhong-巴州区')}`);
    expect(bazhou?.phones?.[0]).toEqual({ name: '巴州区市民之家（经办中心）医保窗口', printed: '0827-8668073', tel: '08278668073' });
    expect(data.docs.filter((d) => !d.phones).every((d) => d.similar.length >= 6)).toBe(true);
    expect(data.cities.find((c) => c.id === 'bazhong')?.aliases).toEqual(['巴中市', '巴中']);
    expect(data.cities.find((c) => c.id === 'national')?.aliases).toEqual([]);
    expect(data.cities.find((c) => c.id === 'changdu')?.region).toEqual(['西藏自治区', '西藏']);
    expect(data.cities.find((c) => c.id === 'national')?.region).toEqual([]);
  });

  it('names diseases the way residents do: without the note in brackets, and without 病/症 when three characters are left', () => {
    expect(diseaseWords('帕金森病')).toEqual(['帕金森病', '帕金森']);
    expect(diseaseWords('运动神经元疾病〔肌萎缩侧索硬化（ALS）〕')).toEqual(['运动神经元疾病']);
    expect(diseaseWords('高血压2级及以上（高血压性心脏病）')).toEqual(['高血压2级及以上']);
    expect(diseaseWords('冠心病')).toEqual(['冠心病']);
    // The resident names the disease or the operation, not the treatment; both names of a 甲/乙 entry; 其他 is no name.
    expect(diseaseWords('痔疮门诊手术治疗')).toEqual(['痔疮门诊手术治疗', '痔疮']);
    expect(diseaseWords('慢性肾功能衰竭透析治疗')).toContain('慢性肾功能衰竭');
    expect(diseaseWords('造血干细胞移植术后')).toContain('造血干细胞移植');
    expect(diseaseWords('恶性肿瘤放化疗')).toContain('恶性肿瘤');
    expect(diseaseWords('慢性肾炎/肾病综合征')).toEqual(['慢性肾炎', '肾病综合征']);
    expect(diseaseWords('其他病毒性肝炎（不含甲型、丙型肝炎）')).toEqual(['其他病毒性肝炎', '病毒性肝炎']);
    expect(provinceAliases('西藏自治区')).toEqual(['西藏自治区', '西藏']);
    expect(provinceAliases('四川省')).toEqual(['四川省', '四川']);
    expect(districtAliases('巴州区')).toEqual(['巴州区', '巴州']);
    expect(districtAliases('通江县')).toEqual(['通江县', '通江']);
    expect(districtAliases('公主岭市')).toEqual(['公主岭市', '公主岭']);
  });

  it('knows each city’s districts and counties from its hotlines, and none for the national reference', () => {
    const cities = buildSearchData(book, config).cities;
    const bazhong = cities.find((c) => c.id === 'bazhong')!;
    for (const name of ['巴州区', '巴州', '恩阳', '通江', '南江', '平昌']) expect(bazhong.districts).toContain(name);
    expect(bazhong.districts).not.toContain('巴中市');
    expect(cities.find((c) => c.id === 'changdu')!.districts).toContain('卡若区');
    expect(cities.find((c) => c.id === 'national')!.districts).toEqual([]);
  });

  it('adds a group for each catalogued disease the thesaurus lacks, and the topics to the groups it has', () => {
    expect(config.diseases?.names).toContain('帕金森病');
    expect(config.diseases?.topics.length).toBeGreaterThan(0);
    const groups = buildSearchData(book, config).thesaurus.groups;
    expect(groups.length).toBeGreaterThan(config.thesaurus.groups.length);
    const parkinson = groups.find((g) => g.terms.includes('帕金森病'));
    expect(parkinson?.also).toEqual(config.diseases?.topics);
    // A lay name the thesaurus gives (老年痴呆 → 阿尔茨海默病) carries the topics too.
    expect(groups.find((g) => g.words.includes('老年痴呆'))?.also).toEqual(config.diseases?.topics);
    // Each disease word is in one group only.
    const words = groups.flatMap((g) => [...g.terms, ...g.words]);
    expect(words.filter((w) => w === '帕金森病')).toHaveLength(1);
  });
});
