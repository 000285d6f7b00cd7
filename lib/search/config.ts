import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ContentError } from '@/lib/content/parse';
import { describeIssues } from '@/lib/content/schema';
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
    groups: z
      .array(
        z
          .object({
            terms: z.array(word).min(1, '每组至少一个手册用语'),
            words: z.array(word).default([]),
            weight: z.number().min(0.1).max(2).optional(),
            qualifier: z.boolean().optional(),
            also: z.array(word).optional(),
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
    kind: z.enum(['short', 'colloquial', 'long', 'typo', 'traditional', 'latin', 'city']),
    expect: z.array(z.string()).min(1),
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
  return { thesaurus: parseFile(path.join(dir, 'synonyms.yaml'), thesaurusSchema) };
}

/** The public query set with expected answers (queries.yaml), for the benchmark and the tests. */
export function loadQueryCases(dir: string = SEARCH_CONTENT_DIR): QueryCase[] {
  return parseFile(path.join(dir, 'queries.yaml'), z.array(queryCaseSchema).min(1));
}

/**
 * The held-out query set (holdout.yaml): same format, written from the handbooks without looking at
 * the thesaurus or the ranking, to estimate how search does on questions it was not tuned on.
 */
export function loadHoldoutCases(dir: string = SEARCH_CONTENT_DIR, file = 'holdout.yaml'): QueryCase[] {
  return parseFile(path.join(dir, file), z.array(queryCaseSchema).min(1));
}
