import { z } from 'zod';
import { ASSISTANCE_STATUSES, LEVELS, PERSON_FIELDS, PLACES } from '@/lib/scenario/types';

/**
 * Rule parameters of content/<city>/rules.yaml. Amounts are yuan, ratios percent (90 = 90%).
 * Every rule group carries `source`: the handbook entry id the calculator cites for it.
 */
const source = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+$/, 'source 应为条目 id，如 bazhong/resident/11');
const amount = z.number().nonnegative();
const ratio = z.number().min(0).max(100);
const level = z.enum(LEVELS);
const place = z.enum(PLACES);
const levelMap = <T extends z.ZodTypeAny>(value: T) => z.partialRecord(level, value);
const personFields = z.array(z.enum(PERSON_FIELDS));
const sourcedAmount = z.object({ amount: amount.nullable(), source }).strict();

/** A segment of a cumulative amount: the part up to `upTo` (null: no upper bound) at `ratio`. */
export const segmentSchema = z.object({ upTo: amount.nullable(), ratio }).strict();
export type Segment = z.infer<typeof segmentSchema>;

const twoDiseases = z
  .object({ source, ratio, caps: z.object({ hypertension: amount, diabetes: amount, both: amount }).strict() })
  .strict();

// ————————————————————————————— 巴中 —————————————————————————————

const bazhongInpatient = z
  .object({
    source,
    levels: z.array(level),
    places: z.partialRecord(place, z.object({ label: z.string(), table: levelMap(z.tuple([amount, ratio])) }).strict()),
    transferSource: source.optional(),
  })
  .strict();

const bazhongMaternity = z
  .object({
    source,
    prenatal: z
      .object({
        delivery: amount,
        terminationFrom16Weeks: amount.optional(),
        terminationBefore16Weeks: amount.optional(),
        terminationFromMonths: z.number().optional(),
      })
      .strict(),
    delivery: z.object({ natural: amount, difficult: amount, cesarean: amount, extraBaby: amount }).strict(),
    termination: z.object({ from16Weeks: amount, before16Weeks: amount, cesareanExtra: amount }).strict(),
  })
  .strict();

const bazhongEmployee = z
  .object({
    personFields,
    inpatient: bazhongInpatient,
    basicCap: sourcedAmount,
    outpatient: z
      .object({
        source,
        levels: z.array(level),
        active: z.object({ deductible: amount, cap: amount, ratio: levelMap(ratio) }).strict(),
        retired: z.object({ deductible: amount, cap: amount, ratio: levelMap(ratio) }).strict(),
        civil: z.object({ ratio, cap: amount }).strict(),
        critical: z.object({ ratio, cap: amount }).strict(),
      })
      .strict(),
    chronic: z.object({ source, ratio }).strict(),
    special: z.object({ source, deductibleLevel: level, ratio }).strict(),
    twoDiseases,
    maternity: bazhongMaternity,
    civilServant: z.object({ source, ratio, cap: amount, chronicCap: amount }).strict(),
    critical: z
      .object({
        source,
        cap: amount,
        capSource: source,
        segmentLimit: amount,
        groups: z.object({
          ordinary: z.object({ label: z.string(), deductible: amount, ratios: z.tuple([ratio, ratio]) }).strict(),
          retiredOrMajor: z.object({ label: z.string(), deductible: amount, ratios: z.tuple([ratio, ratio]) }).strict(),
          aged80: z.object({ label: z.string(), deductible: amount, ratios: z.tuple([ratio, ratio]), age: z.number() }).strict(),
        }),
      })
      .strict(),
  })
  .strict();

const bazhongResident = z
  .object({
    personFields,
    inpatient: bazhongInpatient,
    basicCap: sourcedAmount,
    outpatient: z.object({ source, levels: z.array(level), ratio, cap: amount }).strict(),
    chronic: z.object({ source, ratio }).strict(),
    special: z.object({ source, deductibleLevel: level, ratio }).strict(),
    twoDiseases,
    maternity: bazhongMaternity,
    critical: z
      .object({
        source,
        deductible: sourcedAmount,
        segments: z.array(segmentSchema).min(1),
        cap: sourcedAmount,
        favoured: z
          .object({
            source,
            statuses: z.array(z.enum(ASSISTANCE_STATUSES)),
            deductibleFactor: ratio,
            ratioBonus: ratio,
            uncapped: z.boolean(),
          })
          .strict(),
        capAdjustment: z
          .object({ source, step: amount, freeYears: z.number().int(), maxPercent: ratio, brokenSource: source })
          .strict(),
      })
      .strict(),
  })
  .strict();

const assistanceStatus = z
  .object({ label: z.string(), deductiblePercent: ratio, ratio, cap: amount })
  .strict();

export const bazhongRulesSchema = z
  .object({
    city: z.literal('bazhong'),
    schemes: z.object({ employee: bazhongEmployee, resident: bazhongResident }).strict(),
    singleDrugs: z
      .object({ source, ratio: z.object({ employee: ratio, resident: ratio }).strict(), highValueSelfPay: ratio })
      .strict(),
    assistance: z
      .object({
        source,
        income: z.object({ amount, source, note: z.string() }).strict(),
        eventTypes: z.array(z.string()),
        excludedPlaces: z.array(place),
        statuses: z.object({
          tekun: assistanceStatus,
          orphan: assistanceStatus,
          dibao: assistanceStatus,
          monitor: assistanceStatus,
          edge: assistanceStatus,
          illness: assistanceStatus,
        }),
        tilted: z
          .object({
            threshold: amount,
            cap: amount,
            ratio: z.object({ tekun: ratio, orphan: ratio, other: ratio }).strict(),
            places: z.array(place),
          })
          .strict(),
      })
      .strict(),
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
    chronicDiseases: z
      .object({
        source,
        list: z.array(
          z
            .object({
              code: z.string(),
              name: z.string(),
              group: z.string(),
              groupCode: z.string(),
              employee: amount.nullable(),
              resident: amount.nullable(),
            })
            .strict(),
        ),
      })
      .strict(),
    specialDiseases: z
      .object({ source, list: z.array(z.object({ code: z.string(), name: z.string() }).strict()) })
      .strict(),
  })
  .strict();
export type BazhongRules = z.infer<typeof bazhongRulesSchema>;
export type BazhongEmployeeRules = BazhongRules['schemes']['employee'];
export type BazhongResidentRules = BazhongRules['schemes']['resident'];

// ————————————————————————————— 长春 —————————————————————————————

const changchunPlace = z
  .object({
    label: z.string(),
    mode: z.enum(['local', 'lower', 'flat']),
    ratioDelta: z.number().optional(),
    ratio: ratio.optional(),
    source: source.optional(),
  })
  .strict();

export const changchunRulesSchema = z
  .object({
    city: z.literal('changchun'),
    schemes: z
      .object({
        resident: z
          .object({
            personFields,
            minorAge: z.number().int(),
            inpatient: z
              .object({
                source,
                levels: z.array(level),
                deductible: levelMap(amount),
                deductibleSource: source,
                studentDeductibleFactor: ratio,
                classBSelfPay: z.object({ ratio, source }).strict(),
                segments: z
                  .array(z.object({ upTo: amount.nullable(), adult: levelMap(ratio), student: levelMap(ratio) }).strict())
                  .min(1),
                reconstructed: z.boolean(),
                places: z.partialRecord(place, changchunPlace),
              })
              .strict(),
            basicCap: sourcedAmount,
            critical: z
              .object({ source, deductible: amount, segments: z.array(segmentSchema).min(1), cap: amount })
              .strict(),
            outpatient: z
              .object({ source, levels: z.array(level), deductible: levelMap(amount), ratio, cap: amount, capSource: source })
              .strict(),
            chronic: z
              .object({ source, ratio, extraDiseaseAddition: amount, combinedCapWithOutpatient: amount })
              .strict(),
            special: z
              .object({
                source,
                levels: z.array(level),
                caps: z.array(z.object({ disease: z.string(), minor: amount, adult: amount }).strict()),
              })
              .strict(),
            injury: z.object({ source, floor: amount, ceiling: amount, ratio }).strict(),
            maternity: z.object({ source, unavailable: z.string() }).strict(),
          })
          .strict(),
      })
      .strict(),
    chronicDiseases: z
      .object({
        source,
        list: z.array(z.object({ name: z.string(), detail: z.string(), cap: amount.nullable() }).strict()),
      })
      .strict(),
    specialDiseases: z.object({ source, list: z.array(z.string()) }).strict(),
  })
  .strict();
export type ChangchunRules = z.infer<typeof changchunRulesSchema>;
export type ChangchunResidentRules = ChangchunRules['schemes']['resident'];

// ————————————————————————————— 昌都 —————————————————————————————

export const changduRulesSchema = z
  .object({
    city: z.literal('changdu'),
    schemes: z
      .object({
        employee: z
          .object({
            personFields,
            inpatient: z
              .object({
                source,
                levels: z.array(level),
                places: z.partialRecord(place, z.object({ label: z.string() }).strict()),
                deductible: z
                  .object({
                    active: levelMap(z.array(amount).min(1)),
                    retired: levelMap(z.array(amount).min(1)),
                  })
                  .strict(),
                classBSelfPay: z.object({ ratio, source }).strict(),
                segments: z.object({ source, list: z.array(segmentSchema).min(1) }).strict(),
              })
              .strict(),
            basicCap: sourcedAmount,
            outpatient: z
              .object({
                source,
                levels: z.array(level),
                unverified: z.string(),
                active: z.object({ deductible: amount, cap: amount, ratio: levelMap(ratio) }).strict(),
                retired: z.object({ deductible: amount, cap: amount, ratio: levelMap(ratio) }).strict(),
              })
              .strict(),
            maternity: z
              .object({
                source,
                delivery: z.object({ natural: amount, cesarean: amount }).strict(),
                extraBabyPercent: ratio,
                termination: z
                  .object({
                    source,
                    weeksPerMonth: z.number().positive(),
                    weeksPerMonthSource: source,
                    bands: z.array(z.object({ belowMonths: z.number().nullable(), amount }).strict()).min(1),
                  })
                  .strict(),
              })
              .strict(),
          })
          .strict(),
      })
      .strict(),
    contributions: z
      .object({
        source,
        baseMinPercent: ratio,
        baseMaxPercent: z.number().positive(),
        rates: z.record(
          z.string(),
          z.object({ label: z.string(), unit: ratio, personal: ratio, maternity: ratio }).strict(),
        ),
      })
      .strict(),
    personalAccount: z.object({ source, activePercentOfBase: ratio, retiredMonthly: amount }).strict(),
    maternityAllowance: z
      .object({
        source,
        formulaSource: source,
        daysPerMonthOfPay: z.number().positive(),
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
  .strict();
export type ChangduRules = z.infer<typeof changduRulesSchema>;
export type ChangduEmployeeRules = ChangduRules['schemes']['employee'];

// ————————————————————————————— 其他地区（自定义） —————————————————————————————

export const customRulesSchema = z
  .object({
    city: z.literal('custom'),
    schemes: z
      .object({
        resident: z
          .object({
            personFields,
            inpatient: z
              .object({
                source,
                levels: z.array(level),
                deductible: levelMap(amount),
                ratio: levelMap(ratio),
                places: z.partialRecord(place, z.object({ label: z.string() }).strict()),
              })
              .strict(),
            basicCap: sourcedAmount,
            critical: z
              .object({ source, deductible: amount, segments: z.array(segmentSchema).min(1), cap: amount.nullable() })
              .strict(),
            outpatient: z.object({ source, levels: z.array(level), deductible: amount, ratio, cap: amount }).strict(),
            injury: z.object({ source, deductible: amount, ratio, cap: amount, reading: z.string().min(1) }).strict(),
          })
          .strict(),
      })
      .strict(),
  })
  .strict();
export type CustomRules = z.infer<typeof customRulesSchema>;
export type CustomResidentRules = CustomRules['schemes']['resident'];

export interface RuleBook {
  bazhong: BazhongRules;
  changchun: ChangchunRules;
  changdu: ChangduRules;
  custom: CustomRules;
}
