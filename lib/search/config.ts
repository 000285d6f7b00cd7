import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ContentError } from '@/lib/content/parse';
import { describeIssues } from '@/lib/content/schema';
import { getRuleBook } from '@/lib/policy/load';
import type { RuleBook } from '@/lib/policy/spec';
import type { SearchConfig } from './data';

/** Node only (build, CLI, bench, tests): reads content/search/*.yaml. The browser gets the result as JSON. */
export const SEARCH_CONTENT_DIR = path.join(process.cwd(), 'content', 'search');

const word = z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1, '不能为空'));

export const thesaurusSchema = z
  .object({
    fillers: z.array(word).default([]),
    weak: z.string().default(''),
    typos: z.record(z.string().min(1), word).default({}),
    homophones: z.array(word).default([]),
    /** Topics a question naming a disease of the rules' catalogues implies (see SearchConfig.diseases). */
    diseaseTopics: z.array(word).default([]),
    groups: z
      .array(
        z
          .object({
            terms: z.array(word).min(1, '每组至少一个手册用语'),
            words: z.array(word).default([]),
            weight: z.number().min(0.1).max(2).optional(),
            qualifier: z.boolean().optional(),
            also: z.array(word).optional(),
            own: z.boolean().optional(),
          })
          .strict(),
      )
      .min(60, '同义词表至少要有 60 组'),
  })
  .strict();

export const queryCaseSchema = z
  .object({
    q: word,
    city: z.string().optional(),
    kind: z.enum(['short', 'colloquial', 'long', 'typo', 'traditional', 'latin', 'city', 'phone', 'note']),
    expect: z.array(z.string()).min(1),
    /** The words of the best expected answer that answer the question (blind sets from 2026-11-29 on). */
    passage: z.string().optional(),
  })
  .strict();
export type QueryCase = z.infer<typeof queryCaseSchema>;

function readYaml(file: string): unknown {
  const rel = path.relative(process.cwd(), file);
  try {
    return parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(rel, `不是有效的 YAML：${(error as Error).message.split('\n')[0]}`);
  }
}

function parseFile<T>(file: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(readYaml(file));
  if (!result.success) throw new ContentError(path.relative(process.cwd(), file), describeIssues(result.error));
  return result.data;
}

/** The thesaurus (content/search/synonyms.yaml). */
export function loadSearchConfig(dir: string = SEARCH_CONTENT_DIR): SearchConfig {
  const { diseaseTopics, ...thesaurus } = parseFile(path.join(dir, 'synonyms.yaml'), thesaurusSchema);
  return { thesaurus, diseases: { names: diseaseNames(getRuleBook()), topics: diseaseTopics } };
}

/** Every disease name (and group name) of every rules catalogue. */
export function diseaseNames(rules: RuleBook): string[] {
  const names = Object.values(rules).flatMap((city) =>
    Object.values(city.diseases ?? {}).flatMap((catalogue) => catalogue.list.flatMap((d) => [d.name, ...(d.group ? [d.group] : [])])),
  );
  return [...new Set(names)].sort();
}

/**
 * The query sets with expected answers. `tuned`: the thesaurus and ranking were adjusted while looking
 * at its results (its figures overstate how search does on new questions); `heldout`: never looked at
 * while tuning (only its summary figures are printed, never its questions), the honest estimate.
 */
export const QUERY_SETS = [
  { key: 'public', file: 'queries.yaml', name: '公开集', status: 'tuned' },
  { key: 'seen1', file: 'seen-1.yaml', name: '旧留出集一', status: 'tuned' },
  { key: 'seen2', file: 'seen-2.yaml', name: '旧留出集二', status: 'tuned' },
  { key: 'seen3', file: 'seen-3.yaml', name: '旧留出集三', status: 'tuned' },
  { key: 'seen4', file: 'seen-4.yaml', name: '旧留出集四', status: 'tuned' },
  { key: 'blind5', file: 'blind-5.yaml', name: '盲测集五', status: 'tuned' },
  { key: 'heldout6', file: 'heldout-6.yaml', name: '留出集六', status: 'tuned' },
  { key: 'heldout7', file: 'heldout-7.yaml', name: '留出集七', status: 'tuned' },
  { key: 'heldout8', file: 'heldout-8.yaml', name: '留出集八', status: 'heldout' },
  { key: 'heldout9', file: 'heldout-9.yaml', name: '留出集九', status: 'heldout' },
  { key: 'heldout10', file: 'heldout-10.yaml', name: '留出集十', status: 'heldout' },
  { key: 'heldout11', file: 'heldout-11.yaml', name: '留出集十一', status: 'heldout' },
  { key: 'heldout12', file: 'heldout-12.yaml', name: '留出集十二', status: 'heldout' },
  { key: 'heldout13', file: 'heldout-13.yaml', name: '留出集十三', status: 'tuned' },
  { key: 'heldout14', file: 'heldout-14.yaml', name: '留出集十四', status: 'heldout' },
] as const satisfies readonly { key: string; file: string; name: string; status: 'tuned' | 'heldout' }[];
export type QuerySet = (typeof QUERY_SETS)[number];

/** One query set's questions (content/search/<file>). */
export function loadQueryCases(file: string = 'queries.yaml', dir: string = SEARCH_CONTENT_DIR): QueryCase[] {
  return parseFile(path.join(dir, file), z.array(queryCaseSchema).min(1));
}
