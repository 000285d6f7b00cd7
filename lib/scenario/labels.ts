import type { AssistanceStatus, CityId, Condition, Delivery, EventType, Level, PayerId, PersonField, Place, SchemeId } from './types';

/** Names as the handbooks write them, for steps, messages and the calculator. */
export const CITY_NAMES: Record<CityId, string> = {
  bazhong: '巴中市',
  changchun: '长春市',
  changdu: '昌都市',
  custom: '其他地区（自定义）',
};

export const SCHEME_LABELS: Record<SchemeId, string> = { employee: '职工医保', resident: '城乡居民医保' };

/** What each field of `person` asks, in the words of the messages about it. */
export const PERSON_FIELD_LABELS: Record<PersonField, string> = {
  age: '年龄',
  retired: '是否退休',
  student: '是否学生或未成年',
  civilServant: '是否享受公务员医疗补助',
  majorDisease: '是否患大额补助规定的重大疾病',
  assistance: '医疗救助身份',
};

export const EVENT_LABELS: Record<EventType, string> = {
  inpatient: '住院',
  outpatient: '普通门诊（门诊统筹）',
  chronic: '门诊慢性病',
  special: '门诊特殊疾病',
  twoDiseases: '“两病”门诊用药',
  maternity: '生育医疗费',
  injury: '门诊外伤',
  drug: '单行支付药品',
};

const DEFAULT_LEVEL_LABELS: Record<Level, string> = {
  township: '乡镇卫生院（社区卫生服务中心）',
  village: '村卫生室',
  level1: '一级及未定级医疗机构',
  level2: '二级医疗机构',
  level3: '三级医疗机构',
  'level3-provincial': '三级（省级）医院',
  pharmacy: '定点零售药店',
};

const CITY_LEVEL_LABELS: Partial<Record<CityId, Partial<Record<Level, string>>>> = {
  changchun: {
    level1: '一级医院（社区卫生服务中心、乡镇卫生院）',
    level2: '二级（区级）医院',
    level3: '三级（市级）医院',
    'level3-provincial': '三级（省级及以上）医院',
  },
  changdu: { level1: '一级医院', level2: '二级医院', level3: '三级医院' },
  custom: { level1: '一级及以下医疗机构', level2: '二级医疗机构', level3: '三级医疗机构' },
};

/** Generic level names (for messages that do not depend on a city). */
export const LEVEL_NAMES = DEFAULT_LEVEL_LABELS;

export const CONDITION_LABELS: Record<Condition, string> = { hypertension: '高血压', diabetes: '糖尿病' };

export function levelLabel(city: CityId, level: Level): string {
  return CITY_LEVEL_LABELS[city]?.[level] ?? DEFAULT_LEVEL_LABELS[level];
}

export const PLACE_LABELS: Record<Place, string> = {
  local: '本地（参保地）就医',
  longterm: '异地长期居住（已备案）',
  referral: '转诊转院（已备案）',
  emergency: '异地急诊抢救',
  unreferred: '未转诊的临时外出就医',
};

export const ASSISTANCE_LABELS: Record<AssistanceStatus, string> = {
  none: '无',
  tekun: '特困人员',
  orphan: '孤儿',
  dibao: '低保对象',
  monitor: '防止返贫监测对象',
  edge: '低保边缘家庭成员',
  illness: '因病致贫重病患者',
};

export const DELIVERY_LABELS: Record<Delivery, string> = {
  natural: '顺产',
  difficult: '难产',
  cesarean: '剖宫产',
  termination: '终止妊娠',
};

export const PAYER_LABELS: Record<PayerId, string> = {
  basic: '基本医保统筹基金',
  critical: '大病保险／大额补助',
  civil: '公务员医疗补助',
  assistance: '医疗救助',
};

/** The critical-illness layer's own name in each city and scheme. */
export function criticalLabel(city: CityId, scheme: SchemeId): string {
  if (city === 'bazhong' && scheme === 'employee') return '职工大额医疗费用补助';
  if (city === 'changchun') return '大病补充保险';
  return '城乡居民大病保险';
}
