import { z } from 'zod';
import { ASSISTANCE_STATUSES, DELIVERIES, EVENT_TYPES, LEVELS, PAYER_IDS, PERSON_FIELDS, PLACES, SCHEME_IDS } from './vocabulary';

/**
 * One schema for every city's rules (content/<city>/rules.yaml): a city is data, never code.
 *
 * A scheme (职工 / 城乡居民) lists, for each kind of bill (event type), the building blocks that
 * settle it, in the order a 医保 office settles a bill:
 *
 *   eligible (政策范围内费用) → classB (乙类先行自付) → deductible (起付线) → pay (比例、分段或定额)
 *   → caps (年度限额) → layers (公务员补助、大病保险/大额补助、医疗救助)
 *
 * Each block is one of a few named kinds (`deductible: {per: admission}`, `pay: {kind: bands}`,
 * `layers: [{kind: cumulative}]` …). A genuinely new kind of rule becomes a new named kind here and
 * one small function in lib/engine/blocks/, never a branch on a city.
 *
 * Values that depend on the bill or the person are *lookups*: `{by: [where, level], values: {...}}`,
 * see ./lookup.ts. Amounts are yuan, ratios percent (90 = 90%). Every block carries `source`, the
 * handbook entry it rests on; the calculator links each explanation step to it.
 */

export const SOURCE_PATTERN = /^[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+$/;
const source = z.string().regex(SOURCE_PATTERN, 'source 应为条目 id，如 bazhong/resident/11');
const amount = z.number().nonnegative();
const ratio = z.number().min(0).max(100);
const text = z.string().min(1);
const id = z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, '名称只用英文字母和数字，如 basicCap');

/** A date a rule stands for: YYYY-MM or YYYY-MM-DD (docs/contract.md `rulesAsOf`). */
export const asOfDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, '日期应为 YYYY-MM 或 YYYY-MM-DD');

// ————————————————————————————— lookups and conditions —————————————————————————————

/**
 * The built-in dimensions of a lookup: the bill's `level`, `where`, `delivery`; `admission` (the n-th
 * 住院 of the year, values an array whose last value holds for every later admission); `scheme`;
 * the person's `assistance` status. Any group a scheme defines (`groups`) is a dimension too.
 */
export const BUILT_IN_DIMENSIONS = ['level', 'where', 'delivery', 'admission', 'scheme', 'assistance'] as const;

export type LookupTable = { by: string[]; values: unknown };
/** A number, null (none: no cap, not covered), or a table of values by dimensions. */
export type Lookup = number | null | LookupTable;
export const lookup: z.ZodType<Lookup> = z.union([amount, z.null(), z.object({ by: z.array(id.or(z.enum(BUILT_IN_DIMENSIONS))).min(1), values: z.unknown() }).strict()]);

export interface PersonCondition {
  retired?: boolean;
  student?: boolean;
  civilServant?: boolean;
  majorDisease?: boolean;
  ageAtLeast?: number;
  ageBelow?: number;
  assistance?: (typeof ASSISTANCE_STATUSES)[number][];
  /** At least one of these holds. */
  any?: PersonCondition[];
}
/** Every key given must hold: `{retired: true}`, `{ageAtLeast: 80}`, `{any: [{student: true}, {ageBelow: 18}]}`. */
export const personCondition: z.ZodType<PersonCondition> = z.lazy(() =>
  z
    .object({
      retired: z.boolean().optional(),
      student: z.boolean().optional(),
      civilServant: z.boolean().optional(),
      majorDisease: z.boolean().optional(),
      ageAtLeast: z.number().int().optional(),
      ageBelow: z.number().int().optional(),
      assistance: z.array(z.enum(ASSISTANCE_STATUSES)).optional(),
      any: z.array(personCondition).min(1).optional(),
    })
    .strict(),
);

/** One group of persons (`在职` / `退休` …): the first whose `when` holds; the last has no `when`. */
const groupMember = z.object({ id, label: text, when: personCondition.optional() }).strict();

// ————————————————————————————— building blocks —————————————————————————————

/** 政策范围内费用 = 总费用 − 个人自费 (for “两病” the drug bill itself). `outOfScope`: how the handbook names 自费. */
const eligibleBlock = z.object({ source, outOfScope: text.default('个人自费') }).strict();

/** 乙类先行自付: `selfPay` percent of the 乙类 amount is the person's before anything else. 0 with `note`: the handbook has none. */
const classBBlock = z.object({ selfPay: ratio, source, note: text.optional() }).strict();

/**
 * 起付线. `per: admission` — each admission (with `transfer`: a 转院 in one course of treatment pays only
 * the difference); `per: year` — once a year: what the year's bills have paid of it is kept in `pool`, so a
 * first bill smaller than the deductible leaves the rest for the next. `factor` (percent) scales it for a
 * group (学生 50%). `atLevel`: the deductible of that level whatever the bill's level.
 */
const deductibleBlock = z.discriminatedUnion('per', [
  z
    .object({
      per: z.literal('admission'),
      amount: lookup,
      factor: lookup.optional(),
      atLevel: z.enum(LEVELS).optional(),
      transfer: z.object({ source }).strict().optional(),
      source,
    })
    .strict(),
  z
    .object({
      per: z.literal('year'),
      pool: id,
      amount: lookup,
      factor: lookup.optional(),
      atLevel: z.enum(LEVELS).optional(),
      source,
    })
    .strict(),
]);

const band = z.object({ upTo: amount.nullable(), ratio: lookup }).strict();
const bands = z.array(band).min(1);
export type BandSpec = z.infer<typeof band>;

/** Changes of a ratio table for a place of treatment: every ratio `delta` points lower/higher, or one `flat` ratio. */
const placeAdjustment = z.object({ delta: z.number().optional(), flat: ratio.optional(), source }).strict();

const terminationBand = z.object({ belowWeeks: z.number().int().positive().optional(), belowMonths: z.number().positive().optional(), amount }).strict();

/**
 * How the basic fund pays what is above the deductible.
 * - `ratio`: one ratio.
 * - `bands` of the bill (`of: bill`, the admission's eligible cost) or of the year's cumulative eligible cost (`of: year`, kept in `pool`).
 * - `lumpSum`: a fixed amount (生育定额/包干/限额) by delivery, never more than the eligible cost.
 * - `cumulative`: the year's cumulative eligible cost above `deductible`, in bands, up to `cap`.
 */
const payBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ratio'), ratio: lookup, source }).strict(),
  z
    .object({
      kind: z.literal('bands'),
      of: z.enum(['bill', 'year']),
      pool: id.optional(),
      bands,
      places: z.partialRecord(z.enum(PLACES), placeAdjustment).optional(),
      /** Added to the result's notes whenever the table is used. */
      note: text.optional(),
      source,
    })
    .strict(),
  z
    .object({
      kind: z.literal('lumpSum'),
      amount: lookup,
      /** What the amount is, in the handbook's words (限额, 包干, 定额). */
      called: text,
      extraBaby: z.object({ amount: amount.optional(), percent: ratio.optional() }).strict().optional(),
      termination: z
        .object({
          bands: z.array(terminationBand).min(1),
          weeksPerMonth: z.object({ value: z.number().positive(), source }).strict().optional(),
          source,
        })
        .strict()
        .optional(),
      /** Amounts the handbook adds that this bill does not include (said in a note). */
      notCounted: z
        .array(z.object({ when: z.enum(['termination', 'delivery']), amount: amount.optional(), bands: z.array(terminationBand).optional(), text }).strict())
        .optional(),
      source,
    })
    .strict(),
  z.object({ kind: z.literal('cumulative'), pool: id, deductible: amount, bands, cap: amount.nullable(), source }).strict(),
]);

/**
 * 年度限额: the basic fund pays at most `amount` a year from `pool` (pools are shared by every kind of bill
 * that names them). `amount` may come from the diseases of the bill: `diseases: highest` (the highest cap of
 * the year's diseases, `extraPerDisease` for each further one), `perDisease` (each listed disease its own
 * pool), or from the “两病” `conditions` of the year.
 */
const capBlock = z
  .object({
    pool: id,
    amount: lookup.optional(),
    diseases: z.enum(['highest', 'perDisease']).optional(),
    extraPerDisease: amount.optional(),
    conditions: z.object({ hypertension: amount, diabetes: amount, both: amount }).strict().optional(),
    /** What the limit is called in the step (统筹基金年度最高支付限额, 门诊统筹年度额度 …). */
    called: text,
    source,
  })
  .strict();

const favoured = z
  .object({ when: personCondition, deductiblePercent: ratio, ratioPlus: z.number(), uncapped: z.boolean(), source })
  .strict();

const assistanceStatus = z.object({ deductiblePercent: ratio, ratio, cap: amount }).strict();

/**
 * What pays after the basic fund, on the eligible cost it left to the person (`share`), in order.
 * - `shareRatio`: `ratio` of the share, up to `cap` a year (公务员医疗补助, 门诊大额).
 * - `cumulative`: the year's cumulative share above a deductible, in bands, up to a cap (大病保险, 大额补助).
 * - `assistance`: 医疗救助 by status (常规救助), then 倾斜救助 above a threshold.
 */
const layerBlock = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('shareRatio'), payer: z.enum(PAYER_IDS), label: text, when: personCondition.optional(), ratio, pool: id, cap: amount, source })
    .strict(),
  z
    .object({
      kind: z.literal('cumulative'),
      payer: z.enum(PAYER_IDS),
      label: text,
      pool: id,
      deductible: lookup,
      bands,
      cap: lookup,
      /** How the year's share is described (年度累计个人自付 …). */
      base: text,
      favoured: favoured.optional(),
      /** Entries of values that another question of the handbook gives. */
      sources: z.partialRecord(z.enum(['deductible', 'bands', 'cap']), source).optional(),
      source,
    })
    .strict(),
  z
    .object({
      kind: z.literal('assistance'),
      payer: z.literal('assistance'),
      income: z.object({ amount, source, note: text }).strict(),
      statuses: z.partialRecord(z.enum(ASSISTANCE_STATUSES), assistanceStatus),
      excludedPlaces: z.array(z.enum(PLACES)),
      tilted: z
        .object({
          threshold: amount,
          cap: amount,
          ratio: lookup,
          places: z.array(z.enum(PLACES)),
          /** Who counts as 规范转诊且在省域内就医, in words. */
          who: text,
        })
        .strict(),
      source,
    })
    .strict(),
]);
export type LayerSpec = z.infer<typeof layerBlock>;

const eventSpec = z
  .object({
    /** Why this kind of bill cannot be computed, in plain words for a resident. */
    unavailable: text.optional(),
    levels: z.array(z.enum(LEVELS)).optional(),
    levelRequired: z.boolean().optional(),
    /** The places of treatment the rules tell apart, named as in the handbook. */
    places: z.partialRecord(z.enum(PLACES), z.object({ label: text }).strict()).optional(),
    /** The deliveries that can be computed; the others with the reason they cannot. */
    deliveries: z.array(z.enum(DELIVERIES)).optional(),
    deliveriesUnavailable: z.partialRecord(z.enum(DELIVERIES), text).optional(),
    /** Only these persons have this benefit, and what to tell the others. */
    onlyFor: z.object({ when: personCondition, message: text }).strict().optional(),
    /** Diseases are looked up in this catalogue (`diseases.<name>`). */
    catalogue: id.optional(),
    eligible: eligibleBlock.optional(),
    classB: classBBlock.optional(),
    deductible: deductibleBlock.optional(),
    pay: payBlock.optional(),
    caps: z.array(capBlock).optional(),
    layers: z.array(layerBlock).optional(),
    /** Said in the result's notes whenever such a bill is computed. */
    notes: z.array(text).optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (!e.unavailable && (!e.eligible || !e.pay)) ctx.addIssue({ code: 'custom', message: '可以计算的费用类型需要 eligible 和 pay（不能计算的写 unavailable）' });
  });
export type EventSpec = z.infer<typeof eventSpec>;

/** A resident may change these values of the rules (`profile` of a scenario): each names the value it replaces. */
const editable = z
  .object({
    deductible: z.string(),
    ratio: z.string(),
    annualCap: z.string(),
    criticalDeductible: z.string(),
    criticalSegments: z.string(),
    criticalCap: z.string(),
  })
  .partial()
  .strict();

const schemeSpec = z
  .object({
    /** The person fields the rules use (the calculator asks only these). */
    person: z.array(z.enum(PERSON_FIELDS)),
    /** The payers of this scheme, with the name the handbook gives each. */
    payers: z.partialRecord(z.enum(PAYER_IDS), text),
    groups: z.record(id, z.array(groupMember).min(1)).optional(),
    events: z.partialRecord(z.enum(EVENT_TYPES), eventSpec),
    editable: editable.optional(),
  })
  .strict();
export type SchemeSpec = z.infer<typeof schemeSpec>;

const diseaseEntry = z
  .object({
    name: text,
    code: z.string().optional(),
    detail: z.string().optional(),
    group: z.string().optional(),
    groupCode: z.string().optional(),
    /** The annual cap: a number, or values by the catalogue's `capBy`; null = none can be given. */
    cap: z.unknown().optional(),
  })
  .strict();
export type DiseaseEntry = z.infer<typeof diseaseEntry>;

const catalogue = z
  .object({
    source,
    /** What a cap depends on (`scheme`, a group). */
    capBy: z.array(z.string()).default([]),
    /** When a disease's cap is null: the reason, `{name}` and `{scheme}` filled in. */
    noCap: text.optional(),
    /** Example of how to write a disease, for messages (如 M04600). */
    example: text.optional(),
    list: z.array(diseaseEntry).min(1),
  })
  .strict();
export type DiseaseCatalogue = z.infer<typeof catalogue>;

// ————————————————————————————— tools outside a scenario —————————————————————————————

const tools = z
  .object({
    /** 城乡居民 待遇等待期. */
    waitingPeriod: z
      .object({
        source,
        fixedMonths: z.number().int(),
        variableMonthsPerExtraYear: z.number().int(),
        minimumAfterRepairMonths: z.number().int(),
        minimumAfterRepairFromBrokenYears: z.number().int(),
        continuousGraceUntil: z.string().regex(/^\d{2}-\d{2}$/),
        newbornDays: z.number().int(),
        newbornSource: source,
      })
      .strict(),
    /** 大病保险 年度限额 after continuous or broken cover. */
    criticalCapAdjustment: z
      .object({ base: amount, baseSource: source, step: amount, freeYears: z.number().int(), maxPercent: ratio, source, brokenSource: source })
      .strict(),
    /** 职工 缴费 and 个人账户. */
    contributions: z
      .object({
        source,
        baseMinPercent: ratio,
        baseMaxPercent: z.number().positive(),
        rates: z.record(z.string(), z.object({ label: z.string(), unit: ratio, personal: ratio, maternity: ratio }).strict()),
        account: z.object({ source, activePercentOfBase: ratio, retiredMonthly: amount }).strict(),
      })
      .strict(),
    /** 生育津贴. */
    maternityAllowance: z
      .object({
        source,
        formulaSource: source,
        daysPerMonthOfPay: z.number().positive(),
        weeksPerMonth: z.number().positive(),
        baseDays: z.number().int(),
        difficultDays: z.number().int(),
        extraBabyDays: z.number().int(),
        survivingTwoOrMoreDays: z.number().int(),
        lateFirstBirthDays: z.number().int(),
        spouseCareDays: z.number().int(),
        termination: z
          .object({
            source,
            bands: z.array(z.object({ belowMonths: z.number().nullable(), days: z.number().int() }).strict()).min(1),
            ectopicDays: z.number().int(),
            sterilisationDays: z.number().int(),
            iudExtraDays: z.number().int(),
            implantExtraDays: z.number().int(),
          })
          .strict(),
        nutrition: z.object({ source, percentOfAnnualWage: ratio }).strict(),
      })
      .strict(),
  })
  .partial()
  .strict();
export type Tools = z.infer<typeof tools>;

// ————————————————————————————— 明白纸 facts no calculation uses —————————————————————————————

/** Text of a 明白纸 fact: numbers go in number fields (the sheet's test checks each against its field), never in the words. */
const wordsOnly = text.refine((s) => !/[0-9０-９]/.test(s), '数字请写进数字字段（amount、percent、year），不要写在文字里');

/**
 * What a 明白纸 (app/sheet) says that no calculation uses: what residents pay in, and how to 备案 for
 * 异地就医. Where tools.contributions has the rates (昌都), the sheet reads those instead.
 */
const sheetFacts = z
  .object({
    /** 缴费: who pays, how much (`amount` in `unit`, or `percent`), for which `year`, with a note in words. */
    contributions: z
      .array(
        z
          .object({
            who: wordsOnly,
            year: z.number().int().min(2000).max(2100).optional(),
            amount: amount.optional(),
            percent: ratio.optional(),
            unit: wordsOnly.optional(),
            note: wordsOnly.optional(),
            source,
          })
          .strict(),
      )
      .min(1)
      .optional(),
    /** 异地就医备案: two to five short lines. */
    yidi: z.array(z.object({ text: wordsOnly, source }).strict()).min(1).max(5),
  })
  .strict();
export type SheetFacts = z.infer<typeof sheetFacts>;

// ————————————————————————————— a city —————————————————————————————

export const citySpecSchema = z
  .object({
    city: z.string().regex(/^[a-z0-9-]+$/),
    name: text,
    /** Position among the cities in the calculator. */
    order: z.number().int(),
    /** The date the rules stand for (`rulesAsOf` of every result), its source, and what a resident should know about it. */
    asOf: z.object({ date: asOfDate, source, note: text.optional() }).strict(),
    /** Names of hospital levels where the handbook has its own. */
    levelNames: z.partialRecord(z.enum(LEVELS), text).optional(),
    diseases: z.record(id, catalogue).optional(),
    schemes: z.partialRecord(z.enum(SCHEME_IDS), schemeSpec),
    tools: tools.optional(),
    /** 明白纸 facts, per scheme (app/sheet). */
    sheet: z.partialRecord(z.enum(SCHEME_IDS), sheetFacts).optional(),
    /** YAML anchors shared by several blocks (`&name` … `*name`); not read otherwise. */
    shared: z.unknown().optional(),
  })
  .strict();
export type CitySpec = z.infer<typeof citySpecSchema>;

/** Every city's rules, keyed by city id, in the calculator's order. Plain JSON: the pages hand it to the browser. */
export type RuleBook = Record<string, CitySpec>;
