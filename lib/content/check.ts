import { tableShapes } from './markdown';
import { sitePaths } from './queries';
import type { Entry, Handbook } from './types';

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
  { pattern: /💡/u, problem: '残留装饰符号 💡' },
  { pattern: /\.{5,}\s*\d/, problem: '残留目录行（……页码）' },
  { pattern: /TODO|lorem ipsum|待补充|placeholder/i, problem: '占位文字' },
];

function checkEntry(entry: Entry, paths: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (line: number, problem: string) =>
    problems.push({ file: entry.file, line: entry.line + line, entry: entry.id, problem });

  for (const { line, cells } of tableShapes(entry.markdown)) {
    const distinct = new Set(cells);
    if (distinct.size > 1) add(line + 1, `表格各行单元格数不一致：${cells.join('/')}`);
  }
  for (const line of wrappedLines(entry.markdown)) add(line + 1, '段落在句中断行（PDF 提取残留），应合并为一行');
  const lines = entry.markdown.split('\n');
  for (const { pattern, problem } of DEBRIS) {
    const index = lines.findIndex((l) => pattern.test(l));
    if (index >= 0) add(index + 2, `${problem}：${lines[index]?.trim().slice(0, 40)}`);
  }
  if (/TODO|placeholder/i.test(entry.title)) add(0, '标题含占位文字');
  for (const match of entry.markdown.matchAll(/\]\((\/[^)\s#]*)(#[^)]*)?\)/g)) {
    const target = match[1] ?? '';
    const normalised = target.endsWith('/') ? target : `${target}/`;
    if (!paths.has(normalised)) add(0, `站内链接无效：${target}`);
  }
  return problems;
}

/** Everything wrong with the handbook's content that the loader's schema cannot see. */
export function checkHandbook(book: Handbook): ContentProblem[] {
  const paths = sitePaths(book);
  const problems = book.entries.flatMap((e) => checkEntry(e, paths));
  for (const city of book.cities) {
    for (const doc of city.documents) {
      if (!city.chapters.some((ch) => ch.document === doc.key)) {
        problems.push({ file: `content/${city.id}/city.yaml`, line: 0, entry: '', problem: `文档 ${doc.key} 没有任何章节` });
      }
    }
  }
  return problems;
}
