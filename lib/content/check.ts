import { tableShapes } from './markdown';
import { sitePaths } from './queries';
import type { Entry, Handbook } from './types';
import { cityAliases } from './place-names';

export interface ContentProblem {
  file: string;
  line: number;
  entry: string;
  problem: string;
}

const CJK = /[\u3400-\u9fff]/;
const BLOCK_START = /^\s*(#|[-*+]\s|\d+[.)]\s|\||>|<!--)/;

/** Lines of one Markdown paragraph that were hard-wrapped by the PDF extraction. */
function wrappedLines(markdown: string): number[] {
  const lines = markdown.split('\n');
  const hits: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (!line.trim() || !next.trim() || BLOCK_START.test(line) || BLOCK_START.test(next)) continue;
    if (/\s{2}$/.test(line)) continue; // explicit Markdown line break
    const last = line.trim().slice(-1);
    if (CJK.test(last) && CJK.test(next.trim().charAt(0))) hits.push(i + 1);
  }
  return hits;
}

const DEBRIS: { pattern: RegExp; problem: string }[] = [
  { pattern: /(?<![\d.,，０-９])000(?![\d%])/, problem: '出现孤立的“000”（可能是 1000 丢了首位）' },
  { pattern: /^\s*\d{1,3}\s*$/m, problem: '单独一行的数字（可能是残留页码）' },
  { pattern: /\uFFFD/, problem: '乱码字符 �' },
  { pattern: /(?![©®™])\p{Extended_Pictographic}/u, problem: '残留装饰符号（表情符号）' },
  { pattern: /\.{5,}\s*\d/, problem: '残留目录行（……页码）' },
  { pattern: /TODO|lorem ipsum|待补充|placeholder/i, problem: '占位文字' },
  { pattern: /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*)?答\s*[：:]/, problem: '残留“答：”前缀（答案不需要再写“答：”）' },
  { pattern: /\$[^$\n]+\$|\\[%{}]|\$[^$\n]*\\[a-zA-Z]+|\\(?:times|leq|geq|le|ge|text|frac|mathrm|circ|gamma|mu|sim)\b|\^\{/, problem: 'LaTeX 公式残留' },
  { pattern: /<\/?(?:p|b|i|u|br|math|sup|sub|span|div|font|table|td|tr|th)\b[^>]*>/i, problem: 'HTML 标签残留' },
  { pattern: /&(?:lt|gt|amp|nbsp|quot|apos|#\d+|#x[\da-f]+);/i, problem: 'HTML 实体残留' },
  { pattern: /[\u3400-\u9fff] +\d|\d +[\u3400-\u9fff]/, problem: '汉字与数字之间残留空格（PDF 提取残留），应删去' },
  { pattern: /[\u3400-\u9fff][,;?!]|[,;?!][\u3400-\u9fff]/, problem: '汉字旁用了半角标点（,;?!），应改为全角' },
  { pattern: /[\u3000\u00AD\u200B-\u200D\uFEFF]/, problem: '全角空格或不可见字符' },
];

/**
 * Words of the editors' trade — extracting text from a PDF and repairing its tables — that tell a
 * resident nothing (“原文表格在提取中错位”). They belong in the technical account on /sources (an
 * entry's `sourceNotes`, a document's `typos`) and nowhere else: jargonIn() finds them in any text a
 * resident reads on the other pages. Say instead what it means for the resident (“我们拿到的手册里这张表
 * 排乱了，我们按内容重新整理，以医保局解释为准”).
 */
export const SOURCE_JARGON = ['提取', '错位', '还原', '原文如此', '单元格', '跨页', '照录', '脱字', '脱漏', '表头', '乱码', '错行', '串行', 'OCR'] as const;

/** The jargon words (SOURCE_JARGON) in a text, in list order. */
export function jargonIn(text: string): string[] {
  return SOURCE_JARGON.filter((word) => text.toUpperCase().includes(word));
}

/** Paragraphs that end mid-sentence and continue in the next paragraph (a page break in the PDF). */
function brokenParagraphs(markdown: string): number[] {
  const hits: number[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line || BLOCK_START.test(line) || !CJK.test(line.slice(-1))) continue;
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? '').trim()) j++;
    if (j === i + 1 || j >= lines.length) continue; // adjacent lines are wrappedLines' business
    const next = (lines[j] ?? '').trim();
    if (!BLOCK_START.test(next) && CJK.test(next.charAt(0))) hits.push(i + 1);
  }
  return hits;
}

/** Problems with a question title: it should read as a question, without the source's numbering. */
function titleProblems(title: string): string[] {
  const problems: string[] = [];
  if (!/[？?]/.test(title)) problems.push('标题应为问句（含“？”）');
  if (/^\s*(?:第?[一二三四五六七八九十百]+[问、：:.．]|\d+\s*[.、．：:]|(?![©®™])\p{Extended_Pictographic})/u.test(title)) {
    problems.push('标题残留原文序号或符号');
  }
  if (/TODO|placeholder/i.test(title)) problems.push('标题含占位文字');
  return problems;
}

/** Every entry has at least this many 相似问法 (content/README.md). */
export const MIN_SIMILAR = 6;

/** 相似问法 problems: too few, a copy of the title, or debris. */
function similarProblems(entry: Entry): string[] {
  const problems: string[] = [];
  if (entry.similar.length < MIN_SIMILAR) problems.push(`“也有人这样问”只有 ${entry.similar.length} 个问法，至少要 ${MIN_SIMILAR} 个`);
  const plain = (s: string) => s.replace(/[\s？?！!，,。.、]/g, '');
  for (const phrasing of entry.similar) {
    if (plain(phrasing) === plain(entry.title)) problems.push(`问法与标题相同：${phrasing}`);
    for (const { pattern, problem } of DEBRIS) if (pattern.test(phrasing)) problems.push(`问法${problem}：${phrasing}`);
  }
  return problems;
}

function checkEntry(entry: Entry, paths: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (line: number, problem: string) =>
    problems.push({ file: entry.file, line: entry.line + line, entry: entry.id, problem });

  for (const { line, cells } of tableShapes(entry.markdown)) {
    const distinct = new Set(cells);
    if (distinct.size > 1) add(line + 1, `表格各行单元格数不一致：${cells.join('/')}`);
  }
  for (const line of wrappedLines(entry.markdown)) add(line + 1, '段落在句中断行（PDF 提取残留），应合并为一行');
  for (const line of brokenParagraphs(entry.markdown)) add(line + 1, '段落在句中断开（PDF 分页残留），应与下一段合并');
  const lines = entry.markdown.split('\n');
  for (const { pattern, problem } of DEBRIS) {
    const index = lines.findIndex((l) => pattern.test(l));
    if (index >= 0) add(index + 2, `${problem}：${lines[index]?.trim().slice(0, 40)}`);
  }
  const markup = /\*\*|\]\(|(?<![\w/])__|\[\s*\]/.exec(entry.text);
  if (markup) {
    const around = entry.text.slice(Math.max(0, markup.index - 12), markup.index + 14).replace(/\n/g, ' ');
    add(0, `Markdown 标记没有生效，页面上会显示原样符号：…${around}…`);
  }
  for (const problem of titleProblems(entry.title)) add(0, `${problem}：${entry.title}`);
  for (const problem of similarProblems(entry)) add(0, problem);
  for (const note of [...entry.notes, ...entry.sourceNotes]) {
    if (/\]\(|<[a-z]/i.test(note)) add(0, `阅读说明是纯文本，不能含 Markdown 链接或 HTML：${note.slice(0, 30)}`);
  }
  const jargon = (where: string, text: string) => {
    const words = jargonIn(text);
    if (words.length) add(0, `${where}用了居民看不懂的整理用语“${words.join('”“')}”（技术说明写进 sourceNotes，只在资料来源页显示）：${text.slice(0, 40)}`);
  };
  jargon('标题', entry.title);
  jargon('答案', entry.text);
  for (const note of entry.notes) jargon('阅读说明', note);
  for (const match of entry.markdown.matchAll(/\]\((\/[^)\s#]*)(#[^)]*)?\)/g)) {
    const target = match[1] ?? '';
    const normalised = target.endsWith('/') ? target : `${target}/`;
    if (!paths.has(normalised)) add(0, `站内链接无效：${target}`);
  }
  return problems;
}

/**
 * A 相似问法 is a question its own entry answers: one that names another of our cities (a 巴中 entry
 * asked “长春住院报多少”) belongs to that city's answers — unless the entry itself speaks of that city.
 */
function otherCityPhrasings(book: Handbook): ContentProblem[] {
  const names = book.cities
    .filter((c) => c.kind === 'city')
    .map((c) => ({ id: c.id, words: cityAliases(c.name) }));
  return book.entries.flatMap((entry) =>
    entry.similar.flatMap((phrasing) =>
      names
        .filter((c) => c.id !== entry.city && c.words.some((w) => phrasing.includes(w)) && !c.words.some((w) => entry.text.includes(w) || entry.title.includes(w)))
        .map((c) => ({ file: entry.file, line: entry.line, entry: entry.id, problem: `问法说的是别的城市（${c.words[0]}），这个条目答不了：${phrasing}` })),
    ),
  );
}

/** Everything wrong with the handbook's content that the loader's schema cannot see. */
export function checkHandbook(book: Handbook): ContentProblem[] {
  const paths = sitePaths(book);
  const problems = book.entries.flatMap((e) => checkEntry(e, paths));
  problems.push(...otherCityPhrasings(book));
  for (const city of book.cities) {
    const file = `content/${city.id}/city.yaml`;
    // What city.yaml says on the residents' pages (a document's `covers` and `typos` are on /sources only).
    const shown = [city.name, city.summary, ...city.documents.flatMap((d) => [d.title, d.publisher]), ...city.hotlines.flatMap((h) => [h.group, h.name, h.note ?? ''])];
    for (const text of shown) {
      const words = jargonIn(text);
      if (words.length) problems.push({ file, line: 0, entry: '', problem: `页面上的文字用了居民看不懂的整理用语“${words.join('”“')}”：${text.slice(0, 40)}` });
    }
    // Every page of a city ends with its main hotline(s) (components/CallBlock): the data says which.
    if (city.hotlines.length > 0 && !city.hotlines.some((h) => h.main)) {
      problems.push({ file, line: 0, entry: '', problem: '有电话但没有标出主要咨询电话（main: true）' });
    }
    for (const h of city.hotlines) {
      if (h.areaCodeAdded && !/^0\d{2,3}-/.test(h.phone)) {
        problems.push({ file, line: 0, entry: '', problem: `${h.name} ${h.phone}：标了 areaCodeAdded，但号码没有区号` });
      }
    }
    for (const doc of city.documents) {
      if (!city.chapters.some((ch) => ch.document === doc.key)) {
        problems.push({ file: `content/${city.id}/city.yaml`, line: 0, entry: '', problem: `文档 ${doc.key} 没有任何章节` });
      }
    }
  }
  const pageTexts: [string, string][] = [
    ...book.topics.flatMap((t): [string, string][] => [['content/topics.yaml', t.name], ['content/topics.yaml', t.description]]),
    ...(book.home?.popular ?? []).map((q): [string, string] => ['content/home.yaml', q.label]),
  ];
  for (const [file, text] of pageTexts) {
    const words = jargonIn(text);
    if (words.length) problems.push({ file, line: 0, entry: '', problem: `页面上的文字用了居民看不懂的整理用语“${words.join('”“')}”：${text.slice(0, 40)}` });
  }
  return problems;
}
