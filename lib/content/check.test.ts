import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { checkHandbook, jargonIn, SOURCE_JARGON } from './check';
import { loadHandbook } from './load';
import { htmlToText, renderMarkdown } from './markdown';
import type { Entry, Handbook } from './types';

const SIX = ['住院能报多少钱', '住院报销比例', '住院咋个报', '我爸住院报好多', '那个请问住院能报多少', '住院报效多少'];

function bookWith(markdown: string, title = '问？', notes: string[] = [], sourceNotes: string[] = [], similar: string[] = SIX): Handbook {
  const html = renderMarkdown(markdown);
  const entry: Entry = {
    id: 'x/y/1', city: 'x', chapter: 'y', slug: '1', url: '/x/y/1/', title, titleAdded: false, tags: ['住院'],
    schemes: ['resident'], section: 's', date: '2025', document: 'd', notes, sourceNotes, similar, markdown, html, text: htmlToText(html),
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

const problems = (md: string, title?: string, notes?: string[], similar?: string[]) =>
  checkHandbook(bookWith(md, title, notes, [], similar)).map((p) => p.problem);

/** The one-entry book with a second city of ours (长春市) beside it. */
function bookWithNeighbour(markdown: string, similar: string[]): Handbook {
  const book = bookWith(markdown, '问？', [], [], similar);
  const other = { ...book.cities[0]!, id: 'changchun', name: '长春市', url: '/changchun/', documents: [], chapters: [] };
  return { ...book, cities: [{ ...book.cities[0]!, name: '巴中市' }, other] };
}

describe('content check', () => {
  it('finds a 相似问法 that names another of our cities, unless the entry speaks of it', () => {
    const asked = [...SIX.slice(0, 5), '长春住院能报多少'];
    expect(checkHandbook(bookWithNeighbour('住院按比例报销。', asked)).map((p) => p.problem)).toEqual([expect.stringMatching(/别的城市（长春市）/)]);
    expect(checkHandbook(bookWithNeighbour('在长春市住院的，按长春的规定报销。', asked))).toEqual([]);
    // Places that are not ours (where a resident lives or travels) are fine.
    expect(checkHandbook(bookWithNeighbour('住院按比例报销。', [...SIX.slice(0, 5), '在成都住院能报多少']))).toEqual([]);
  });

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
  it('finds a paragraph split across a page break', () => {
    expect(problems('基本医疗保险、城乡居\n\n民大病保险都按规定支付。')).toEqual([expect.stringMatching(/段落在句中断开/)]);
    expect(problems('（一）药品目录分为甲类药品和乙类药品。\n\n不在目录内的药品由个人负担。')).toEqual([]);
    expect(problems('**线上**：\n\n申请人进入专区办理。')).toEqual([]);
  });
  it('finds leftover “答：” prefixes', () => {
    expect(problems('答：本人参保缴费基数的2%。')).toEqual([expect.stringMatching(/答：/)]);
    expect(problems('**答：**不可以。')).toEqual([expect.stringMatching(/答：/)]);
    expect(problems('答:根据国家规定执行。')).toEqual([expect.stringMatching(/答：/)]);
    expect(problems('问答：见下表。')).toEqual([]);
  });
  it('finds LaTeX, HTML and entity remnants', () => {
    expect(problems('报销 $60\\%$ 。')).toEqual(expect.arrayContaining([expect.stringMatching(/LaTeX/)]));
    expect(problems('应报销=(4200-100) \\times 90%。')).toEqual([expect.stringMatching(/LaTeX/)]);
    expect(problems('双侧骶髂关节炎<math>≥2</math>级。')).toEqual([expect.stringMatching(/HTML 标签/)]);
    expect(problems('<p>1.临床标准。</p>')).toEqual([expect.stringMatching(/HTML 标签/)]);
    expect(problems('所占百分比&lt;70%。')).toEqual([expect.stringMatching(/HTML 实体/)]);
    expect(problems('FEV1/FVC<70%，血尿酸≥420μmol/L，体温≥38.5℃。')).toEqual([]);
  });
  it('finds PDF spacing, half-width punctuation, emoji and invisible characters', () => {
    expect(problems('个人缴费 400 元。')).toEqual([expect.stringMatching(/空格/)]);
    expect(problems('答复如下,我市执行最低标准。')).toEqual([expect.stringMatching(/半角标点/)]);
    expect(problems('💡 医保住院报销。')).toEqual([expect.stringMatching(/装饰符号/)]);
    expect(problems('参保\u3000缴费。')).toEqual([expect.stringMatching(/全角空格/)]);
    expect(problems('工作日09:00-12:00，电话0827-5775700，网址<https://fuwu.nhsa.gov.cn>。')).toEqual([]);
  });
  it('finds Markdown that does not render (shown to residents as raw asterisks or brackets)', () => {
    expect(problems('见** 起付线**表。')).toEqual([expect.stringMatching(/Markdown 标记没有生效/)]);
    expect(problems('见[住院] (/x/y/1/)。')).toEqual([]);
    expect(problems('**线上备案渠道：**国家医保服务APP。')).toEqual([]);
  });
  it('checks that titles are questions without the source numbering', () => {
    expect(problems('答案。', '十一问：住院怎么报销？')).toEqual([expect.stringMatching(/序号/)]);
    expect(problems('答案。', '27、在哪些医院可以报销？')).toEqual([expect.stringMatching(/序号/)]);
    expect(problems('答案。', '💡 住一次院能报多少？')).toEqual([expect.stringMatching(/序号或符号/)]);
    expect(problems('答案。', '医疗救助结算方式')).toEqual([expect.stringMatching(/问句/)]);
    expect(problems('答案。', '生病住院，医保一年能报销多少钱？（年度限额）')).toEqual([]);
  });
  it('rejects Markdown links in reading notes, which are shown as plain text', () => {
    expect(problems('答案。', '问？', ['见[第三章二十二问](/x/y/1/)'])).toEqual([expect.stringMatching(/阅读说明/)]);
    expect(problems('答案。', '问？', ['原文印作“000”，应为1000元。'])).toEqual([]);
  });
});

describe('plain words on residents’ pages', () => {
  it('finds the editors’ PDF and table jargon', () => {
    expect(jargonIn('长春住院分段报销比例表在原文提取中错位一行，本工具按还原后的表格计算')).toEqual(['提取', '错位', '还原']);
    expect(jargonIn('括号内文字原文如此，疑有脱字')).toEqual(['原文如此', '脱字']);
    expect(jargonIn('合并单元格已在各行重复列出；表头为整理时所加；号码按原文照录；原文表格跨页拆分')).toEqual(['单元格', '跨页', '照录', '表头']);
    expect(jargonIn('ocr 识别')).toEqual(['OCR']);
    expect(jargonIn('长春手册里这张表排版有误，我们按手册其他问答里的比例整理，以医保局解释为准')).toEqual([]);
    expect(jargonIn('下载“国家医保服务平台APP”，录入身份信息；打印或存为 PDF')).toEqual([]);
    expect(SOURCE_JARGON.length).toBeGreaterThanOrEqual(10);
  });
  it('rejects it in reading notes, answers and titles; the technical account (sourceNotes) may use it', () => {
    const md = '答案。';
    expect(problems(md, '问？', ['表格据原文整理（原文表格在提取中错位），以经办机构解释为准'])).toEqual([expect.stringMatching(/阅读说明用了居民看不懂的整理用语“提取”“错位”/)]);
    expect(problems(md, '问？', ['“期末”或为“期未”，原文如此'])).toEqual([expect.stringMatching(/“原文如此”/)]);
    expect(problems('表格照录原文。')).toEqual([expect.stringMatching(/答案用了.*“照录”/)]);
    expect(problems(md, '表头是什么？')).toEqual([expect.stringMatching(/标题用了/)]);
    expect(checkHandbook(bookWith(md, '问？', ['我们拿到的手册里这张表排乱了，我们按内容整理成上表，以医保局解释为准'], ['原文表格在提取中错位']))).toEqual([]);
  });
  it('rejects it in what city.yaml shows on residents’ pages (summary, hotlines), not in the /sources-only typos', () => {
    const book = bookWith('答案。');
    const city = book.cities[0]!;
    city.summary = '据原文提取整理';
    city.documents[0]!.typos = [{ where: '表', text: 'x', reading: '提取中错位，已还原' }];
    expect(checkHandbook(book).map((p) => p.problem)).toEqual([expect.stringMatching(/整理用语“提取”：据原文提取整理/)]);
  });
  it('asks a city with hotlines to mark its main one, and an added area code to be there', () => {
    const book = bookWith('答案。');
    const city = book.cities[0]!;
    city.hotlines = [{ group: 'X', name: '热线', phone: '0431-81110000', areaCodeAdded: true }];
    expect(checkHandbook(book).map((p) => p.problem)).toEqual([expect.stringMatching(/没有标出主要咨询电话/)]);
    city.hotlines = [{ group: 'X', name: '热线', phone: '12393', areaCodeAdded: true, main: true }];
    expect(checkHandbook(book).map((p) => p.problem)).toEqual([expect.stringMatching(/号码没有区号/)]);
    city.hotlines = [{ group: 'X', name: '热线', phone: '0431-81110000', areaCodeAdded: true, main: true }];
    expect(checkHandbook(book)).toEqual([]);
  });
  it('the site’s own words (pages, components, islands) have none, /sources aside', () => {
    const root = path.resolve(__dirname, '../..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.(tsx?|css)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) files.push(full);
      }
    };
    for (const dir of ['app', 'components', 'islands']) walk(path.join(root, dir));
    expect(files.length).toBeGreaterThan(30);
    const found = files
      .filter((f) => path.relative(root, f) !== path.join('app', 'sources', 'page.tsx'))
      .flatMap((f) => {
        // Code comments are for developers; only what can reach the page counts.
        const code = fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
        return jargonIn(code).map((w) => `${path.relative(root, f)}: ${w}`);
      });
    expect(found).toEqual([]);
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

describe('content/home.yaml', () => {
  const book = loadHandbook();
  it('lists about ten popular questions, every one an existing entry', () => {
    const popular = book.home?.popular ?? [];
    expect(popular.length).toBeGreaterThanOrEqual(8);
    for (const { entry, label } of popular) {
      expect(book.byId.get(entry.id)).toBe(entry);
      expect(label).toMatch(/？/);
    }
  });

  it('wants at least six 相似问法 per entry, none a copy of the title', () => {
    expect(problems('答案。', '住院能报多少？', [], SIX.slice(0, 5)).join()).toContain('至少要 6 个');
    expect(problems('答案。', '住院能报多少？', [], [...SIX.slice(0, 5), '住院能报多少']).join()).toContain('问法与标题相同');
    expect(problems('答案。', '住院能报多少？', [], SIX)).toEqual([]);
  });
});
