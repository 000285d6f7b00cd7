import { describe, expect, it } from 'vitest';
import { callTargets, contactAnchor, contactsUrl, hotlineGroups, telNumbers } from './contacts';
import { loadHandbook } from './load';

describe('telNumbers', () => {
  it('keeps digits (and a leading +) for tel: links, whatever dash the document printed', () => {
    expect(telNumbers('0827-5775700')).toEqual(['08275775700']);
    expect(telNumbers('0895—4980183')).toEqual(['08954980183']);
    expect(telNumbers('0895－4980183')).toEqual(['08954980183']);
    expect(telNumbers('81110000')).toEqual(['81110000']);
    expect(telNumbers('12393')).toEqual(['12393']);
  });
  it('yields each number of a printed text with several', () => {
    expect(telNumbers('0971-12333或0971-4316477')).toEqual(['097112333', '09714316477']);
  });
});

describe('contactAnchor', () => {
  it('is made of the city id and the group name, so it stays the same from build to build', () => {
    expect(contactAnchor('changchun', '九台区')).toBe('changchun-九台区');
    expect(contactAnchor('changchun', '九台区')).toBe(contactAnchor('changchun', '九台区'));
    expect(contactAnchor('bazhong', '巴 州 区')).toBe('bazhong-巴州区');
  });
  it('gives a /contacts/ link for a group or a whole city', () => {
    expect(contactsUrl('changdu')).toBe('/contacts/#changdu');
    expect(decodeURIComponent(contactsUrl('changchun', '九台区'))).toBe('/contacts/#changchun-九台区');
  });
});

describe('the real contact directory', () => {
  const book = loadHandbook();
  const groups = hotlineGroups(book);

  it('has a dialable number of at least 5 digits for every hotline', () => {
    for (const group of groups) {
      for (const h of group.hotlines) {
        const numbers = telNumbers(h.phone);
        expect(numbers.length, `${group.cityName} ${h.name} ${h.phone}`).toBeGreaterThan(0);
        for (const n of numbers) expect(n.length, `${h.name} ${h.phone}`).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('writes every fixed line with its area code and an ASCII hyphen (长春 0431, 公主岭 0434, 昌都 0895, 北京 010)', () => {
    for (const group of groups) {
      for (const h of group.hotlines) expect(h.phone, `${group.cityName} ${h.name}`).toMatch(/^(0\d{2,3}-\d{5,8}|1\d{4})$/);
    }
    const phones = (id: string) => book.cities.find((c) => c.id === id)!.hotlines.map((h) => h.phone);
    expect(phones('changchun')).toContain('0431-81110000');
    expect(phones('changchun')).toContain('0434-5069913');
    expect(phones('changdu')).toContain('0895-4980183');
    expect(phones('national')).toEqual(expect.arrayContaining(['010-65006161', '010-66007070']));
  });

  it('says where the area code was added by us: 长春 (except 公主岭, printed with 0434) and 北京', () => {
    const added = book.cities.flatMap((c) => c.hotlines.filter((h) => h.areaCodeAdded).map((h) => h.phone));
    expect(added.filter((p) => p.startsWith('0431-'))).toHaveLength(15);
    expect(added).toEqual(expect.arrayContaining(['010-65006161', '010-66007070']));
    expect(added).not.toContain('0434-5069913');
  });

  it('gives every group a distinct anchor', () => {
    const anchors = groups.map((g) => g.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(anchors).toContain('changdu-卡若区');
  });

  it('offers each city’s main hotline, marked in the data; the case page gets the national 12393', () => {
    const main = (id: string) => callTargets(book, id)!.hotlines.map((h) => h.phone);
    expect(main('bazhong')).toEqual(['0827-5775700']);
    expect(main('changchun')).toEqual(['0431-81110000']);
    expect(main('changdu')).toEqual(['0895-4980183']);
    expect(main('national')).toEqual(['12393']);
    const cases = callTargets(book, 'cases')!;
    expect(cases.borrowed).toBe(true);
    expect(cases.city.id).toBe('national');
    expect(cases.hotlines.map((h) => h.phone)).toEqual(['12393']);
    expect(callTargets(book, 'nowhere')).toBeNull();
  });
});
