import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError, parseChapterFile } from './parse';
import { htmlToText, renderMarkdown } from './markdown';
import { cityFileSchema, describeIssues, homeFileSchema, topicsSchema, type Topic } from './schema';
import type { Chapter, City, Entry, Handbook, Home } from './types';

export const CONTENT_DIR = path.join(process.cwd(), 'content');

function readYaml(file: string): unknown {
  try {
    return parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(path.relative(process.cwd(), file), `不是有效的 YAML：${(error as Error).message.split('\n')[0]}`);
  }
}

function loadTopics(dir: string): Topic[] {
  const file = path.join(dir, 'topics.yaml');
  const result = topicsSchema.safeParse(readYaml(file));
  if (!result.success) throw new ContentError('content/topics.yaml', describeIssues(result.error));
  return result.data;
}

function loadCity(dir: string, id: string, topicNames: Set<string>): City {
  const cityDir = path.join(dir, id);
  const rel = (f: string) => path.relative(process.cwd(), path.join(cityDir, f));
  const parsed = cityFileSchema.safeParse(readYaml(path.join(cityDir, 'city.yaml')));
  if (!parsed.success) throw new ContentError(rel('city.yaml'), describeIssues(parsed.error));
  const cityFile = parsed.data;
  if (cityFile.id !== id) throw new ContentError(rel('city.yaml'), `id: 应与目录名 ${id} 相同`);
  const documentKeys = new Set(cityFile.documents.map((d) => d.key));

  const chapterFiles = fs
    .readdirSync(cityDir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const chapters: Chapter[] = chapterFiles.map((fileName) => {
    const file = rel(fileName);
    const raw = parseChapterFile(file, fs.readFileSync(path.join(cityDir, fileName), 'utf8'));
    const fm = raw.frontMatter;
    if (!documentKeys.has(fm.document)) throw new ContentError(file, `document: “${fm.document}” 不在 city.yaml 的 documents 中`);
    const entries: Entry[] = raw.entries.map((e, index) => {
      const prefix = `${id}/${fm.chapter}/`;
      if (!e.meta.id.startsWith(prefix)) {
        throw new ContentError(file, `第 ${e.line} 行 id: “${e.meta.id}” 应以 ${prefix} 开头`);
      }
      for (const tag of e.meta.tags) {
        if (!topicNames.has(tag)) throw new ContentError(file, `第 ${e.line} 行 tags: “${tag}” 不在 content/topics.yaml 中`);
      }
      const html = renderMarkdown(e.markdown);
      return {
        id: e.meta.id,
        city: id,
        chapter: fm.chapter,
        slug: e.meta.id.slice(prefix.length),
        url: `/${e.meta.id}/`,
        title: e.title,
        titleAdded: e.meta.titleAdded ?? false,
        tags: e.meta.tags,
        schemes: e.meta.schemes ?? fm.schemes,
        section: e.meta.section,
        date: e.meta.date ?? fm.date,
        document: fm.document,
        notes: e.meta.notes ?? [],
        similar: e.similar,
        sourceNotes: e.meta.sourceNotes ?? [],
        markdown: e.markdown,
        html,
        text: htmlToText(html),
        file,
        line: e.line,
        indexInChapter: index,
      };
    });
    return {
      city: id,
      slug: fm.chapter,
      url: `/${id}/${fm.chapter}/`,
      title: fm.title,
      order: fm.order,
      document: fm.document,
      date: fm.date,
      schemes: fm.schemes,
      file,
      entries,
    };
  });
  chapters.sort((a, b) => a.order - b.order);
  const seen = new Map<string, string>();
  for (const ch of chapters) {
    const other = seen.get(ch.slug);
    if (other) throw new ContentError(ch.file, `chapter: “${ch.slug}” 与 ${other} 重复`);
    seen.set(ch.slug, ch.file);
  }
  return { ...cityFile, url: `/${id}/`, chapters };
}

/** Loads and validates every handbook in content/. Throws ContentError naming file and field. */
export function loadHandbook(dir: string = CONTENT_DIR): Handbook {
  const topics = loadTopics(dir);
  const topicNames = new Set(topics.map((t) => t.name));
  const cityIds = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'city.yaml')))
    .map((d) => d.name);
  const cities = cityIds.map((id) => loadCity(dir, id, topicNames)).sort((a, b) => a.order - b.order);

  const entries = cities.flatMap((c) => c.chapters.flatMap((ch) => ch.entries));
  const byId = new Map<string, Entry>();
  for (const entry of entries) {
    const twin = byId.get(entry.id);
    if (twin) throw new ContentError(entry.file, `第 ${entry.line} 行 id: “${entry.id}” 与 ${twin.file} 第 ${twin.line} 行重复`);
    byId.set(entry.id, entry);
  }
  const home = loadHome(dir, byId);
  return { topics, cities, entries, byId, ...(home ? { home } : {}) };
}

/** content/home.yaml: every id must be an existing entry. Undefined when the file does not exist. */
function loadHome(dir: string, byId: Map<string, Entry>): Home | undefined {
  const file = path.join(dir, 'home.yaml');
  if (!fs.existsSync(file)) return undefined;
  const rel = path.relative(process.cwd(), file);
  const result = homeFileSchema(new Set(byId.keys())).safeParse(readYaml(file));
  if (!result.success) throw new ContentError(rel, describeIssues(result.error));
  return {
    popular: result.data.popular.map(({ id, label }) => {
      const entry = byId.get(id) as Entry;
      return { entry, label: label ?? entry.title };
    }),
  };
}

let cached: Handbook | undefined;
/** The handbook, loaded once per process (build, CLI or test run). */
export function getHandbook(): Handbook {
  cached ??= loadHandbook();
  return cached;
}
