import type { RuleBook } from '@/lib/policy/schema';
import type { CityId, Delivery, EventType, Level, PayerId, PersonField, Place, SchemeId } from '@/lib/scenario/types';

/** What one city and scheme can compute: derived from its rules, used by validation and the calculator. */
export interface EventCapability {
  levels?: Level[];
  /** Whether `level` must be given (it is optional where the rule does not use it). */
  levelRequired?: boolean;
  places?: Place[];
  deliveries?: Delivery[];
  /** The facts exist in the handbook, but not enough to compute: the reason, in Chinese. */
  unavailable?: string;
  /** Only for minors and students (长春 门诊外伤), below this age. */
  minorsBelowAge?: number;
}

export interface Capability {
  city: CityId;
  scheme: SchemeId;
  personFields: PersonField[];
  payers: PayerId[];
  events: Partial<Record<EventType, EventCapability>>;
}

const ALL_DELIVERIES: Delivery[] = ['natural', 'difficult', 'cesarean', 'termination'];

function placesOf(places: Partial<Record<Place, unknown>>): Place[] {
  return Object.keys(places) as Place[];
}

export function capabilityFor(rules: RuleBook, city: CityId, scheme: SchemeId): Capability | undefined {
  if (city === 'bazhong') {
    const s = rules.bazhong.schemes[scheme];
    return {
      city,
      scheme,
      personFields: s.personFields,
      payers: scheme === 'employee' ? ['basic', 'critical', 'civil', 'assistance'] : ['basic', 'critical', 'assistance'],
      events: {
        inpatient: { levels: s.inpatient.levels, levelRequired: true, places: placesOf(s.inpatient.places) },
        outpatient: { levels: s.outpatient.levels, levelRequired: scheme === 'employee' },
        chronic: {},
        special: { levels: s.inpatient.levels },
        twoDiseases: {},
        maternity: { deliveries: ALL_DELIVERIES },
        injury: { unavailable: '巴中手册没有单独的门诊外伤待遇：意外伤害住院按住院待遇计算，请选择“住院”。' },
        drug: {},
      },
    };
  }
  if (city === 'changchun' && scheme === 'resident') {
    const s = rules.changchun.schemes.resident;
    return {
      city,
      scheme,
      personFields: s.personFields,
      payers: ['basic', 'critical'],
      events: {
        inpatient: { levels: s.inpatient.levels, levelRequired: true, places: placesOf(s.inpatient.places) },
        outpatient: { levels: s.outpatient.levels, levelRequired: true },
        chronic: {},
        special: { levels: s.special.levels, levelRequired: true },
        injury: { minorsBelowAge: s.minorAge },
        maternity: { unavailable: s.maternity.unavailable },
        twoDiseases: { unavailable: '长春手册没有单列“两病”门诊用药待遇，高血压、糖尿病可申请门诊慢性病，请选择“门诊慢性病”。' },
        drug: { unavailable: '长春的门诊特药先由个人承担35%或10%，再按住院比例报销：请选择“门诊特殊疾病”并把个人先承担的部分填作自费。' },
      },
    };
  }
  if (city === 'changdu' && scheme === 'employee') {
    const s = rules.changdu.schemes.employee;
    const special = '昌都手册列出了门诊特殊病和罕见病病种，但没有给出门诊的报销比例和限额，无法估算，请查看手册原文或咨询医保经办机构。';
    return {
      city,
      scheme,
      personFields: s.personFields,
      payers: ['basic'],
      events: {
        inpatient: { levels: s.inpatient.levels, levelRequired: true, places: placesOf(s.inpatient.places) },
        outpatient: { levels: s.outpatient.levels, levelRequired: true },
        maternity: { deliveries: ['natural', 'cesarean', 'termination'] },
        chronic: { unavailable: special },
        special: { unavailable: special },
        twoDiseases: { unavailable: '昌都职工医保手册没有“两病”门诊用药待遇的规定。' },
        injury: { unavailable: '昌都职工医保手册没有单独的门诊外伤待遇。' },
        drug: { unavailable: '昌都职工医保手册没有单行支付药品的规定。' },
      },
    };
  }
  if (city === 'custom' && scheme === 'resident') {
    const s = rules.custom.schemes.resident;
    const other = '“其他地区（自定义）”只估算住院、普通门诊和门诊外伤；其他待遇各地差别很大，请以当地政策为准。';
    return {
      city,
      scheme,
      personFields: s.personFields,
      payers: ['basic', 'critical'],
      events: {
        inpatient: { levels: s.inpatient.levels, levelRequired: true, places: placesOf(s.inpatient.places) },
        outpatient: { levels: s.outpatient.levels },
        chronic: { unavailable: other },
        special: { unavailable: other },
        twoDiseases: { unavailable: other },
        maternity: { unavailable: other },
        injury: {},
        drug: { unavailable: other },
      },
    };
  }
  return undefined;
}

/** The schemes each profile offers (for messages and the calculator). */
export const SCHEMES_BY_CITY: Record<CityId, SchemeId[]> = {
  bazhong: ['employee', 'resident'],
  changchun: ['resident'],
  changdu: ['employee'],
  custom: ['resident'],
};
