import { describe, expect, it } from 'vitest';
import { checkHandbook } from './check';
import { loadHandbook } from './load';
import { htmlToText, renderMarkdown } from './markdown';
import type { Entry, Handbook } from './types';

function bookWith(markdown: string): Handbook {
  const html = renderMarkdown(markdown);
  const entry: Entry = {
    id: 'x/y/1', city: 'x', chapter: 'y', slug: '1', url: '/x/y/1/', title: '问？', titleAdded: false, tags: ['住院'],
    schemes: ['resident'], section: 's', date: '2025', document: 'd', notes: [], markdown, html, text: htmlToText(html),
    file: 'content/x/01-y.md', line: 10, indexInChapter: 0,
  };
  return {
    topics: [],
    cities: [{
      id: 'x', name: 'X', province: 'P', order: 1, kind: 'city', summary: 's', schemes: ['resident'], hotlines: [], url: '/x/',
      documents: [{ key: 'd', title: 't', publisher: 'p', date: '2025', covers: 'c', typos: [] }],
      chapters: [{ city: 'x', slug: 'y', url: '/x/y/', title: 'Y', order: 1, document: 'd', date: '2025', schemes: ['resident'], file: 'content/x/01-y.md', entries: [entry] }],
    }],
    entries: [entry],
    byId: new Map([[entry.id, entry]]),
  };
}

const problems = (md: string) => checkHandbook(bookWith(md)).map((p) => p.problem);

describe('content check', () => {
  it('passes clean content', () => {
    expect(problems('第一段。\n\n| 级别 | 起付线 |\n|---|---|\n| 三级 | 700元 |\n\n见[住院](/x/y/1/)。')).toEqual([]);
  });
  it('finds a ragged table', () => {
    expect(problems('| a | b |\n|---|---|\n| 1 | 2 | 3 |')).toEqual([expect.stringMatching(/单元格数不一致/)]);
  });
  it('finds a broken internal link', () => {
    expect(problems('见[别处](/x/y/99/)。')).toEqual([expect.stringMatching(/站内链接无效/)]);
  });
  it('finds extraction debris: hard-wrapped lines, 000, stray page numbers', () => {
    expect(problems('参保人员住院发生的医疗费\n用由统筹基金支付。')).toEqual([expect.stringMatching(/断行/)]);
    expect(problems('三级医院起付线000元。')).toEqual([expect.stringMatching(/000/)]);
    expect(problems('第一段。\n\n15\n\n第二段。')).toEqual([expect.stringMatching(/页码/)]);
    expect(problems('起付线1000元，10000元。')).toEqual([]);
  });
});

describe('the real handbook', () => {
  const book = loadHandbook();
  it('loads every city with unique ids and has no content problems', () => {
    expect(book.cities.map((c) => c.id)).toEqual(expect.arrayContaining(['bazhong', 'changchun', 'changdu', 'national', 'cases']));
    expect(new Set(book.entries.map((e) => e.id)).size).toBe(book.entries.length);
    expect(checkHandbook(book)).toEqual([]);
  });
  it('keeps the canonical 巴中 worked example (4500 / 3690 / 510 / 300)', () => {
    const example = book.entries.find((e) => e.city === 'bazhong' && e.text.includes('3690'));
    expect(example?.text).toMatch(/510/);
  });
});
