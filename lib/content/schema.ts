import { z } from 'zod';

/** Insurance schemes: 职工医保 (employee) and 城乡居民医保 (resident). */
export const schemeSchema = z.enum(['employee', 'resident']);
export type Scheme = z.infer<typeof schemeSchema>;

export const SCHEME_NAMES: Record<Scheme, string> = {
  employee: '职工医保',
  resident: '城乡居民医保',
};

const slug = z.string().regex(/^[a-z0-9-]+$/, '只能包含小写字母、数字和连字符');
/** Policy dates as the sources give them: 2025, 2025-11 or 2025-11-30. */
const policyDate = z.union([z.string(), z.number()]).transform(String).pipe(
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, '日期格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD'),
);

export const topicSchema = z
  .object({ slug, name: z.string().min(1), description: z.string().min(1) })
  .strict();
export const topicsSchema = z.array(topicSchema).min(1);
export type Topic = z.infer<typeof topicSchema>;

export const documentSchema = z
  .object({
    key: z.union([z.string(), z.number()]).transform(String),
    title: z.string().min(1),
    publisher: z.string().min(1),
    date: policyDate,
    covers: z.string().min(1),
    typos: z
      .array(z.object({ where: z.string().min(1), text: z.string().min(1), reading: z.string().min(1) }).strict())
      .default([]),
  })
  .strict();
export type SourceDocument = z.infer<typeof documentSchema>;

export const hotlineSchema = z
  .object({
    group: z.string().min(1),
    name: z.string().min(1),
    /**
     * As dialled from anywhere in China: fixed lines with their area code and an ASCII hyphen
     * ("0431-81110000"), service numbers as they are ("12393", "0827-12345").
     */
    phone: z
      .union([z.string(), z.number()])
      .transform(String)
      .pipe(z.string().regex(/^(?:0\d{2,3}-\d{5,8}|1\d{4})$/, '电话号码应写成“区号-号码”（如 0431-81110000，半角连字符）或五位服务号码（如 12393）')),
    /** The source printed the number without its area code; the area code was added by us (said on the page). */
    areaCodeAdded: z.boolean().optional(),
    /** The city's main hotline(s): the ones every city and answer page offers in its “打电话问” block. */
    main: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();
export type Hotline = z.infer<typeof hotlineSchema>;

export const cityFileSchema = z
  .object({
    id: slug,
    name: z.string().min(1),
    province: z.string().min(1),
    order: z.number().int(),
    kind: z.enum(['city', 'reference', 'case']),
    summary: z.string().min(1),
    schemes: z.array(schemeSchema).min(1),
    documents: z.array(documentSchema).min(1),
    hotlines: z.array(hotlineSchema).default([]),
  })
  .strict();
export type CityFile = z.infer<typeof cityFileSchema>;

export const chapterFrontMatterSchema = z
  .object({
    chapter: slug,
    title: z.string().min(1),
    order: z.number().int(),
    document: z.union([z.string(), z.number()]).transform(String),
    date: policyDate,
    schemes: z.array(schemeSchema).min(1),
  })
  .strict();
export type ChapterFrontMatter = z.infer<typeof chapterFrontMatterSchema>;

export const entryMetaSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+$/, 'id 应为 <city>/<chapter>/<n>'),
    tags: z.array(z.string().min(1)).min(1),
    section: z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1)),
    schemes: z.array(schemeSchema).min(1).optional(),
    date: policyDate.optional(),
    titleAdded: z.boolean().optional(),
    /** Reading notes shown on the entry's page, in words a resident understands (no PDF jargon: check.ts). */
    notes: z.array(z.string().min(1)).optional(),
    /**
     * How the entry was read from the source, in the editors' own terms (extraction, merged cells …):
     * shown only on /sources, under the document, with a link to the entry.
     */
    sourceNotes: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type EntryMeta = z.infer<typeof entryMetaSchema>;

/** 相似问法: phrasings residents use for an entry's question (a YAML list at the end of the entry). */
export const similarSchema = z
  .array(
    z
      .string()
      .trim()
      .min(2, '每个问法至少 2 个字')
      .max(60, '每个问法最多 60 个字')
      .refine((s) => !/[\n<>]/.test(s), '问法是一行纯文本'),
  )
  .refine((list) => new Set(list).size === list.length, '问法有重复');

/**
 * content/home.yaml: what the home page shows besides the city list. `popular` is the “大家常问” list:
 * entry ids residents ask about most, each with an optional short label (the entry's title otherwise).
 * Pass the set of existing entry ids to check that every id exists.
 */
export function homeFileSchema(entryIds: Set<string>) {
  return z
    .object({
      popular: z
        .array(
          z
            .object({
              id: z.string().refine((id) => entryIds.has(id), { message: '不是已有条目的 id' }),
              label: z.string().min(1).optional(),
            })
            .strict(),
        )
        .min(1)
        .max(20)
        .superRefine((items, ctx) => {
          const seen = new Set<string>();
          items.forEach((item, index) => {
            if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `“${item.id}” 重复` });
            seen.add(item.id);
          });
        }),
    })
    .strict();
}
export type HomeFile = z.infer<ReturnType<typeof homeFileSchema>>;

/** Formats zod issues as "field: message" lines. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(根)'}: ${issue.message}`)
    .join('; ');
}
