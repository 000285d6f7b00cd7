import { parse as parseYaml } from 'yaml';
import {
  chapterFrontMatterSchema,
  describeIssues,
  entryMetaSchema,
  similarSchema,
  type ChapterFrontMatter,
  type EntryMeta,
} from './schema';

/** A content file that does not follow content/README.md. The message names file and field. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ContentError';
  }
}

export interface RawEntry {
  meta: EntryMeta;
  title: string;
  markdown: string;
  /** 相似问法: how residents also ask this question (the entry's closing <!-- 也有人这样问 … --> block). */
  similar: string[];
  /** 1-based line of the entry's heading in its file. */
  line: number;
}

export interface RawChapter {
  file: string;
  frontMatter: ChapterFrontMatter;
  entries: RawEntry[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const META_COMMENT = /^<!--\s*(\{[\s\S]*\})\s*-->\s*$/;
/** The entry's last block: `<!-- 也有人这样问` then a YAML list of phrasings, then `-->`. */
const SIMILAR_BLOCK = /\n?<!--\s*也有人这样问\s*\n([\s\S]*?)\n\s*-->\s*$/;
export const SIMILAR_LABEL = '也有人这样问';

function parseYamlOrThrow(file: string, text: string, what: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    throw new ContentError(file, `${what} 不是有效的 YAML：${(error as Error).message.split('\n')[0]}`);
  }
}

/** Splits one chapter file into its front matter and entries, validating both. */
export function parseChapterFile(file: string, source: string): RawChapter {
  const fm = FRONT_MATTER.exec(source);
  if (!fm) throw new ContentError(file, '缺少以 --- 包围的 front matter');
  const fmResult = chapterFrontMatterSchema.safeParse(parseYamlOrThrow(file, fm[1] ?? '', 'front matter'));
  if (!fmResult.success) throw new ContentError(file, `front matter ${describeIssues(fmResult.error)}`);

  const bodyStart = fm[0].length;
  const lines = source.slice(bodyStart).split(/\r?\n/);
  const firstLine = source.slice(0, bodyStart).split(/\r?\n/).length;
  const entries: RawEntry[] = [];
  let current: { title: string; line: number; body: string[] } | null = null;

  const finish = () => {
    if (!current) return;
    const [metaLine, ...rest] = trimBlankStart(current.body);
    const match = META_COMMENT.exec(metaLine?.trim() ?? '');
    const where = `第 ${current.line} 行「${current.title}」`;
    if (!match) throw new ContentError(file, `${where} 标题下一行应为 <!-- {id: …, tags: […], section: …} -->`);
    const metaResult = entryMetaSchema.safeParse(parseYamlOrThrow(file, match[1] ?? '', `${where} 的元数据`));
    if (!metaResult.success) throw new ContentError(file, `${where} ${describeIssues(metaResult.error)}`);
    const body = rest.join('\n').trim();
    const similarBlock = SIMILAR_BLOCK.exec(body);
    const markdown = (similarBlock ? body.slice(0, similarBlock.index) : body).trim();
    if (!markdown) throw new ContentError(file, `${where} 没有答案正文`);
    const similar = similarBlock ? similarSchema.safeParse(parseYamlOrThrow(file, similarBlock[1] ?? '', `${where} 的“${SIMILAR_LABEL}”`)) : undefined;
    if (similar && !similar.success) throw new ContentError(file, `${where} 的“${SIMILAR_LABEL}”${describeIssues(similar.error)}`);
    entries.push({ meta: metaResult.data, title: current.title, markdown, similar: similar?.data ?? [], line: current.line });
  };

  lines.forEach((line, index) => {
    const heading = /^##\s+(.+?)\s*$/.exec(line);
    if (heading && !line.startsWith('###')) {
      finish();
      current = { title: (heading[1] ?? '').trim(), line: firstLine + index, body: [] };
    } else if (current) {
      current.body.push(line);
    } else if (line.trim()) {
      throw new ContentError(file, `第 ${firstLine + index} 行：第一个 “## 问题” 之前不应有正文`);
    }
  });
  finish();
  if (entries.length === 0) throw new ContentError(file, '没有任何条目（## 问题）');
  return { file, frontMatter: fmResult.data, entries };
}

function trimBlankStart(lines: string[]): string[] {
  const first = lines.findIndex((l) => l.trim() !== '');
  return first < 0 ? [] : lines.slice(first);
}
