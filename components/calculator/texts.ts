import type { CityId, EventType, Level, Place, SchemeId } from '@/lib/scenario/types';

/**
 * Words of the calculator that are not in the rules: one-line explanations a resident understands.
 * No numbers and no rules here (those come from content/<city>/rules.yaml through the engine).
 */

/** What the page gets from the server besides the rules. */
export interface CalculatorContext {
  /** Handbook entry id → "巴中 · <question title>", for every `source` the engine can cite. */
  titles: Record<string, string>;
  /** Province of each profile, for the city question. */
  provinces: Partial<Record<CityId, string>>;
}

export const CITY_HINTS: Partial<Record<CityId, string>> = {
  custom: '不在以上地方参保：按全国参考标准估算，可以改成当地的起付线和比例',
};

export const SCHEME_HINTS: Record<SchemeId, string> = {
  employee: '在单位上班、以灵活就业人员身份参保，或从单位退休',
  resident: '学生、儿童、农村和城镇居民等没有参加职工医保的人',
};

export const EVENT_HINTS: Record<EventType, string> = {
  inpatient: '办了住院手续，出院时结算',
  outpatient: '看普通门诊、在门诊或药店买药',
  chronic: '已经办理门诊慢性病认定，在门诊看病拿药',
  special: '已经办理门诊特殊疾病认定，如肿瘤门诊治疗、透析',
  twoDiseases: '高血压、糖尿病在门诊长期用药',
  maternity: '生孩子或终止妊娠的医疗费',
  injury: '未成年人和在校学生门诊看外伤',
  drug: '使用医保单行支付的谈判药品（在认定的定点医院或“双通道”药店购买）',
};

const LEVEL_HINTS: Record<Level, string> = {
  township: '乡镇卫生院、街道的社区卫生服务中心',
  village: '村里的卫生室',
  level1: '一级医院，以及还没有评定等级的医院',
  level2: '多数县医院、区医院是二级',
  level3: '市里的大医院多为三级（“三甲”“三乙”）',
  'level3-provincial': '省属、部属的三级大医院',
  pharmacy: '凭医保卡在定点药店买药',
};

const CITY_LEVEL_HINTS: Partial<Record<CityId, Partial<Record<Level, string>>>> = {
  changchun: {
    level1: '社区卫生服务中心、乡镇卫生院也算这一级',
    level2: '区属医院',
    level3: '市属的三级医院',
  },
};

export function levelHint(city: CityId, level: Level): string {
  return CITY_LEVEL_HINTS[city]?.[level] ?? LEVEL_HINTS[level];
}

export const LEVEL_TIP = '不知道医院等级？看医院大门的牌子或挂号单，写着“三级甲等”就是三级。';

export const PLACE_HINTS: Record<Place, string> = {
  local: '在参保的城市看病（含按规定备案的定点医院）',
  longterm: '已办理异地长期居住备案（如随子女生活、异地安置），在备案地看病',
  referral: '经参保地医院同意转到外地，并办理了转诊备案',
  emergency: '在外地突发急病，急诊抢救后住院',
  unreferred: '没有转诊、也不是急诊，自己到外地住院',
};

export const AMOUNT_HELP = {
  total: '出院结算单或发票上的“医疗费总额”“费用合计”。',
  outpatientTotal: '门诊收费票据上的“合计”；一年里看了几次，可以加在一起填。',
  outOfScope: '结算单上的“全自费”“自费”金额：医保目录以外的药品和项目。没有就不填。',
  classB: '费用清单中标着“乙类”的药品和项目的合计。结算单上的“乙类先行自付”通常是它的十分之一。不清楚可以不填。',
  twoDiseases: '这一年在门诊买降压药、降糖药花的钱。',
  maternity: '生育住院结算单上的“医疗费总额”。',
};

export const EXAMPLE_AMOUNT = '例如 52000，也可以写 5.2万';

/** Short names of the handbooks, for "依据" links. */
export const CITY_SHORT: Record<string, string> = {
  bazhong: '巴中',
  changchun: '长春',
  changdu: '昌都',
  national: '全国参考',
  cases: '案例',
};
