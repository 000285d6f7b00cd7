import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ContentError } from '@/lib/content/parse';
import { describeIssues } from '@/lib/content/schema';
import { SOURCE_PATTERN } from './spec';

/**
 * Golden cases beside a city's rules (content/<city>/golden.yaml), OpenFisca style: a name, the
 * handbook entry the expected figures were worked out from, a scenario (without `city`: the file
 * says it), and the expected payers, fund or personal amounts.
 */
const amount = z.string().regex(/^\d+\.\d{2}$/, '金额写成两位小数的字符串，如 "3690.00"');
/** The expected figures of a case: payers, fund or personal, each as a two-decimal string. */
export const expectedFigures = z
  .partialRecord(z.enum(['basic', 'critical', 'civil', 'assistance', 'fund', 'personal']), amount)
  .refine((e) => Object.keys(e).length > 0, '至少写一项期望金额');
export const goldenFileSchema = z
  .object({
    city: z.string().regex(/^[a-z0-9-]+$/),
    cases: z
      .array(
        z
          .object({
            name: z.string().min(1),
            source: z.string().regex(SOURCE_PATTERN),
            scenario: z.record(z.string(), z.unknown()),
            expect: expectedFigures,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type GoldenFile = z.infer<typeof goldenFileSchema>;

export function loadGoldenFile(file: string): GoldenFile {
  const label = path.relative(process.cwd(), file);
  const result = goldenFileSchema.safeParse(parseYaml(fs.readFileSync(file, 'utf8')));
  if (!result.success) throw new ContentError(label, describeIssues(result.error));
  return result.data;
}

/** The golden files beside the rules files of a directory of cities. */
export function goldenFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'golden.yaml')))
    .map((d) => path.join(dir, d.name, 'golden.yaml'))
    .sort();
}
