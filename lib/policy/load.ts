import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { describeIssues } from '@/lib/content/schema';
import { CONTENT_DIR } from '@/lib/content/load';
import { ContentError } from '@/lib/content/parse';
import { bazhongRulesSchema, changchunRulesSchema, changduRulesSchema, customRulesSchema, type RuleBook } from './schema';

/** Where each calculator profile's rules live in content/. */
export const RULE_FILES: Record<keyof RuleBook, string> = {
  bazhong: 'bazhong/rules.yaml',
  changchun: 'changchun/rules.yaml',
  changdu: 'changdu/rules.yaml',
  custom: 'national/rules.yaml',
};

function loadFile<S extends z.ZodTypeAny>(dir: string, file: string, schema: S): z.infer<S> {
  const rel = `content/${file}`;
  let data: unknown;
  try {
    data = parseYaml(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch (error) {
    throw new ContentError(rel, `不是有效的 YAML：${(error as Error).message.split('\n')[0]}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(rel, describeIssues(result.error));
  return result.data;
}

/** Loads and validates every rules.yaml (build time, CLI and tests; the browser receives the result as JSON). */
export function loadRuleBook(dir: string = CONTENT_DIR): RuleBook {
  return {
    bazhong: loadFile(dir, RULE_FILES.bazhong, bazhongRulesSchema),
    changchun: loadFile(dir, RULE_FILES.changchun, changchunRulesSchema),
    changdu: loadFile(dir, RULE_FILES.changdu, changduRulesSchema),
    custom: loadFile(dir, RULE_FILES.custom, customRulesSchema),
  };
}

let cached: RuleBook | undefined;
export function getRuleBook(): RuleBook {
  cached ??= loadRuleBook();
  return cached;
}

/** Every `source` (and `*Source`) value in a rules tree, for the check that each cites a real entry. */
export function ruleSources(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => ruleSources(n, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (/source$/i.test(key) && typeof value === 'string') found.push(value);
      else ruleSources(value, found);
    }
  }
  return found;
}
