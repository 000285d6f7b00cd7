import type { AssistanceStatus, Condition, Delivery, EventType, Level, PayerId, PersonField, Place, SchemeId } from './vocabulary';

/**
 * Default Chinese names of the contract's words, for steps, messages and the calculator. A city's
 * rules may name its own levels, places and payers (`levelNames`, event `places`, scheme `payers`):
 * see `levelName`, `placeName`, `payerName` in ./names.ts.
 */

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

/** Generic level names (for messages that do not depend on a city). */
export const LEVEL_NAMES: Record<Level, string> = {
  township: '乡镇卫生院（社区卫生服务中心）',
  village: '村卫生室',
  level1: '一级及未定级医疗机构',
  level2: '二级医疗机构',
  level3: '三级医疗机构',
  'level3-provincial': '三级（省级）医院',
  pharmacy: '定点零售药店',
};

export const CONDITION_LABELS: Record<Condition, string> = { hypertension: '高血压', diabetes: '糖尿病' };

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

/** “两病”门诊用药 stays as it is inside quotes; other words get “…” (no doubled quotation marks). */
export function quoted(text: string): string {
  return text.startsWith('“') ? text : `“${text}”`;
}
