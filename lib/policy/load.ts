import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONTENT_DIR } from '@/lib/content/load';
import { ContentError } from '@/lib/content/parse';
import { describeIssues } from '@/lib/content/schema';
import { checkSpec } from './check';
import { citySpecSchema, type CitySpec, type RuleBook } from './spec';

/**
 * Loads and validates rules files (build time, CLI and tests; the browser receives the result as JSON).
 * A city is a directory of content/ with a rules.yaml; nothing else needs to know it exists.
 */

/** One city's rules: parsed, validated against the one schema, every lookup checked. Every problem at once. */
export function loadCitySpec(file: string, label = path.relative(process.cwd(), file)): CitySpec {
  let data: unknown;
  try {
    data = parseYaml(fs.readFileSync(file, 'utf8'), { maxAliasCount: -1 });
  } catch (error) {
    throw new ContentError(label, `不是有效的 YAML：${(error as Error).message.split('\n')[0]}`);
  }
  const result = citySpecSchema.safeParse(data);
  if (!result.success) throw new ContentError(label, describeIssues(result.error));
  const { shared: _anchors, ...spec } = result.data;
  const problems = checkSpec(spec);
  if (problems.length) throw new ContentError(label, problems.join('; '));
  return spec;
}

/** The rules files of content/: every content/<dir>/rules.yaml. */
export function ruleFiles(dir: string = CONTENT_DIR): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'rules.yaml')))
    .map((d) => path.join(dir, d.name, 'rules.yaml'))
    .sort();
}

/** A rule book of the given cities, in their `order`. */
export function ruleBookOf(specs: CitySpec[]): RuleBook {
  const book: RuleBook = {};
  for (const s of [...specs].sort((a, b) => a.order - b.order)) {
    if (book[s.city]) throw new Error(`two rules files for city ${s.city}`);
    book[s.city] = s;
  }
  return book;
}

/** Loads and validates every rules.yaml of content/. */
export function loadRuleBook(dir: string = CONTENT_DIR): RuleBook {
  return ruleBookOf(ruleFiles(dir).map((f) => loadCitySpec(f, path.relative(path.dirname(dir), f))));
}

let cached: RuleBook | undefined;
export function getRuleBook(): RuleBook {
  cached ??= loadRuleBook();
  return cached;
}

/** Every `source` (and `*Source`, `sources`) value in a rules tree, for the check that each cites a real entry. */
export function ruleSources(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => ruleSources(n, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (/source$/i.test(key) && typeof value === 'string') found.push(value);
      else if (key === 'sources' && value && typeof value === 'object') found.push(...Object.values(value).filter((v): v is string => typeof v === 'string'));
      else ruleSources(value, found);
    }
  }
  return found;
}
