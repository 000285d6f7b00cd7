/**
 * Golden cases: scenario → expected payers, each computed by hand from the handbook entry in `source`.
 * Amounts in yuan. Only the payers listed in `expect` are checked (plus fund + personal = total always).
 */
export interface GoldenCase {
  name: string;
  source: string;
  scenario: Record<string, unknown>;
  expect: Partial<Record<'basic' | 'critical' | 'civil' | 'assistance' | 'fund' | 'personal', string>>;
}

const R = (events: unknown[], person?: Record<string, unknown>) => ({ city: 'bazhong', scheme: 'resident', ...(person ? { person } : {}), events });
const E = (events: unknown[], person?: Record<string, unknown>) => ({ city: 'bazhong', scheme: 'employee', ...(person ? { person } : {}), events });
const C = (events: unknown[], person?: Record<string, unknown>) => ({ city: 'changchun', scheme: 'resident', ...(person ? { person } : {}), events });
const D = (events: unknown[], person?: Record<string, unknown>) => ({ city: 'changdu', scheme: 'employee', ...(person ? { person } : {}), events });
const X = (events: unknown[], profile?: Record<string, unknown>) => ({ city: 'custom', scheme: 'resident', ...(profile ? { profile } : {}), events });
const inp = (level: string, total: number, extra: Record<string, unknown> = {}) => ({ type: 'inpatient', level, where: 'local', total, ...extra });

export const GOLDEN_CASES: GoldenCase[] = [
  // ——— 巴中 城乡居民 住院 (第三章十一问) ———
  { name: '张三：乡镇卫生院 4500，目录外 300 → 统筹 3690、自付 510、自费 300', source: 'bazhong/general/43', scenario: R([inp('township', 4500, { outOfScope: 300 })]), expect: { basic: '3690.00', critical: '0.00', fund: '3690.00', personal: '810.00' } },
  { name: '居民 一级 10000：(10000−300)×80%', source: 'bazhong/resident/11', scenario: R([inp('level1', 10000)]), expect: { basic: '7760.00' } },
  { name: '居民 二级 10000：(10000−400)×70%', source: 'bazhong/resident/11', scenario: R([inp('level2', 10000)]), expect: { basic: '6720.00' } },
  { name: '居民 三级 10000：(10000−700)×60%', source: 'bazhong/resident/11', scenario: R([inp('level3', 10000)]), expect: { basic: '5580.00' } },
  { name: '居民 乡镇 1000：(1000−100)×90%', source: 'bazhong/resident/11', scenario: R([inp('township', 1000)]), expect: { basic: '810.00' } },
  { name: '居民 三级 500：不足起付线', source: 'bazhong/resident/11', scenario: R([inp('level3', 500)]), expect: { basic: '0.00', personal: '500.00' } },
  { name: '居民 市外转诊 三级 20000：起付线1000、55%', source: 'bazhong/resident/11', scenario: R([inp('level3', 20000, { where: 'referral' })]), expect: { basic: '10450.00' } },
  { name: '居民 市外急诊 二级 20000：1000、65%', source: 'bazhong/resident/11', scenario: R([inp('level2', 20000, { where: 'emergency' })]), expect: { basic: '12350.00' } },
  { name: '居民 未转诊 一级 20000：1000、70%', source: 'bazhong/resident/11', scenario: R([inp('level1', 20000, { where: 'unreferred' })]), expect: { basic: '13300.00' } },
  { name: '居民 长期备案 三级 20000 = 市内标准', source: 'bazhong/resident/11', scenario: R([inp('level3', 20000, { where: 'longterm' })]), expect: { basic: '11580.00' } },
  { name: '居民 未转诊 乡镇 5000：1000、80%', source: 'bazhong/resident/11', scenario: R([inp('township', 5000, { where: 'unreferred' })]), expect: { basic: '3200.00' } },
  { name: '居民 三级 50000 目录外 3000（合同示例）', source: 'bazhong/resident/23', scenario: R([inp('level3', 50000, { outOfScope: 3000 })]), expect: { basic: '27780.00', critical: '2863.20', fund: '30643.20', personal: '19356.80' } },
  { name: '居民 三级 30万：统筹封顶 11万，大病两段', source: 'bazhong/resident/16', scenario: R([inp('level3', 300000)]), expect: { basic: '110000.00', critical: '112886.40', fund: '222886.40' } },
  { name: '居民 三级 60万：大病三段超 30万封顶', source: 'bazhong/resident/26', scenario: R([inp('level3', 600000)]), expect: { basic: '110000.00', critical: '300000.00', personal: '190000.00' } },
  { name: '居民 低保 三级 60万：大病起付减半、比例+5、不封顶；救助 2万 + 倾斜 1万', source: 'bazhong/resident/24', scenario: R([inp('level3', 600000)], { assistance: 'dibao' }), expect: { basic: '110000.00', critical: '394498.40', assistance: '30000.00', fund: '534498.40' } },
  { name: '居民 特困 三级 10000：救助 100%', source: 'bazhong/assistance/5', scenario: R([inp('level3', 10000)], { assistance: 'tekun' }), expect: { basic: '5580.00', critical: '0.00', assistance: '4420.00', personal: '0.00' } },
  { name: '居民 监测对象 二级 30000：起付 1444.80、65%', source: 'bazhong/assistance/5', scenario: R([inp('level2', 30000)], { assistance: 'monitor' }), expect: { basic: '20720.00', assistance: '5092.88', personal: '4187.12' } },
  { name: '居民 低保边缘 三级 10万：常规封顶 1万 + 倾斜 3168.40', source: 'bazhong/assistance/5', scenario: R([inp('level3', 100000)], { assistance: 'edge' }), expect: { basic: '59580.00', critical: '15583.20', assistance: '13168.40', fund: '88331.60' } },
  { name: '居民 因病致贫 未转诊 三级 10万：不纳入救助', source: 'bazhong/assistance/5', scenario: R([inp('level3', 100000, { where: 'unreferred' })], { assistance: 'illness' }), expect: { basic: '49500.00', critical: '21631.20', assistance: '0.00' } },
  { name: '居民 两次住院 三级各 3万：大病按年度累计', source: 'bazhong/resident/23', scenario: R([inp('level3', 30000), inp('level3', 30000)]), expect: { basic: '35160.00', critical: '6235.20' } },
  { name: '居民 一级转三级：只补起付线差额 400', source: 'bazhong/resident/12', scenario: R([inp('level1', 10000), inp('level3', 20000, { transfer: true })]), expect: { basic: '19520.00' } },
  { name: '居民 三级转一级：不再另计起付线', source: 'bazhong/resident/12', scenario: R([inp('level3', 10000), inp('level1', 5000, { transfer: true })]), expect: { basic: '9580.00' } },
  { name: '居民 门诊统筹 300：50%，年限额 100', source: 'bazhong/resident/18', scenario: R([{ type: 'outpatient', level: 'township', total: 300 }]), expect: { basic: '100.00' } },
  { name: '居民 门诊统筹 两次 120：年度累计到 100', source: 'bazhong/resident/18', scenario: R([{ type: 'outpatient', level: 'township', total: 120 }, { type: 'outpatient', level: 'village', total: 120 }]), expect: { basic: '100.00' } },
  { name: '居民 慢病 冠心病 M04600 2000：90% 限额 800', source: 'bazhong/chronic/3', scenario: R([{ type: 'chronic', diseases: ['M04600'], total: 2000 }]), expect: { basic: '800.00' } },
  { name: '居民 慢病 冠心病 + 抑郁症 1000：按最高限额 1500', source: 'bazhong/chronic/3', scenario: R([{ type: 'chronic', diseases: ['冠心病', 'M02202'], total: 1000 }]), expect: { basic: '900.00' } },
  { name: '居民 慢病 儿童注意力缺陷症 500', source: 'bazhong/chronic/3', scenario: R([{ type: 'chronic', diseases: ['儿童注意力缺陷症'], total: 500 }]), expect: { basic: '450.00' } },
  { name: '居民 门诊特病 恶性肿瘤 10000：扣 400 后 60%', source: 'bazhong/chronic/5', scenario: R([{ type: 'special', disease: 'M00500', total: 10000 }]), expect: { basic: '5760.00', critical: '0.00' } },
  { name: '居民 门诊特病 两次：一年只扣一次起付线', source: 'bazhong/chronic/5', scenario: R([{ type: 'special', disease: '血友病', total: 10000 }, { type: 'special', disease: '血友病', total: 10000 }]), expect: { basic: '11760.00' } },
  { name: '居民 两病 高血压 600：50% 限额 200', source: 'bazhong/chronic/19', scenario: R([{ type: 'twoDiseases', conditions: ['hypertension'], total: 600 }]), expect: { basic: '200.00' } },
  { name: '居民 两病 高血压+糖尿病 1200：限额 500', source: 'bazhong/chronic/19', scenario: R([{ type: 'twoDiseases', conditions: ['hypertension', 'diabetes'], total: 1200 }]), expect: { basic: '500.00' } },
  { name: '居民 两病 糖尿病 400', source: 'bazhong/chronic/19', scenario: R([{ type: 'twoDiseases', conditions: ['diabetes'], total: 400 }]), expect: { basic: '200.00' } },
  { name: '居民 顺产 3000：限额 2000', source: 'bazhong/resident/14', scenario: R([{ type: 'maternity', delivery: 'natural', total: 3000 }]), expect: { basic: '2000.00' } },
  { name: '居民 剖宫产 3000：低于限额据实支付', source: 'bazhong/resident/14', scenario: R([{ type: 'maternity', delivery: 'cesarean', total: 3000 }]), expect: { basic: '3000.00' } },
  { name: '居民 顺产双胞胎 5000：2000+800', source: 'bazhong/resident/14', scenario: R([{ type: 'maternity', delivery: 'natural', babies: 2, total: 5000 }]), expect: { basic: '2800.00' } },
  { name: '居民 孕20周终止妊娠 1500：限额 1000', source: 'bazhong/resident/14', scenario: R([{ type: 'maternity', delivery: 'termination', weeks: 20, total: 1500 }]), expect: { basic: '1000.00' } },
  { name: '居民 孕10周终止妊娠 500：限额 200', source: 'bazhong/resident/14', scenario: R([{ type: 'maternity', delivery: 'termination', weeks: 10, total: 500 }]), expect: { basic: '200.00' } },

  { name: '居民 单行支付药品 10000：不计起付线 60%', source: 'bazhong/drugs/2', scenario: R([{ type: 'drug', total: 10000 }]), expect: { basic: '6000.00', critical: '0.00' } },

  // ——— 巴中 职工 (第二章) ———
  { name: '职工 三级 10000：统筹 80%，大额扣 400 后 85%', source: 'bazhong/employee/36', scenario: E([inp('level3', 10000)]), expect: { basic: '7440.00', critical: '1836.00', civil: '0.00', fund: '9276.00' } },
  { name: '职工 退休 三级 10000：大额无起付线', source: 'bazhong/employee/36', scenario: E([inp('level3', 10000)], { retired: true }), expect: { basic: '7440.00', critical: '2176.00' } },
  { name: '职工 80岁 三级 10000：大额 90%', source: 'bazhong/employee/36', scenario: E([inp('level3', 10000)], { age: 80, retired: true }), expect: { critical: '2304.00', fund: '9744.00' } },
  { name: '职工 恶性肿瘤等 二级 20000：大额无起付线', source: 'bazhong/employee/36', scenario: E([inp('level2', 20000)], { majorDisease: true }), expect: { basic: '16072.00', critical: '3338.80' } },
  { name: '职工 公务员 三级 10000：补助 60%，再大额', source: 'bazhong/employee/33', scenario: E([inp('level3', 10000)], { civilServant: true }), expect: { basic: '7440.00', civil: '1536.00', critical: '530.40', personal: '493.60' } },
  { name: '职工 乡镇 5000', source: 'bazhong/employee/27', scenario: E([inp('township', 5000)]), expect: { basic: '4410.00', critical: '161.50' } },
  { name: '职工 异地转诊 三级 50000：1000、75%', source: 'bazhong/employee/27', scenario: E([inp('level3', 50000, { where: 'referral' })]), expect: { basic: '36750.00', critical: '10922.50' } },
  { name: '职工 未转诊 二级 50000：1000、72%', source: 'bazhong/employee/27', scenario: E([inp('level2', 50000, { where: 'unreferred' })]), expect: { basic: '35280.00', critical: '12172.00' } },
  { name: '职工 三级 30万：统筹封顶 14万，大额两段', source: 'bazhong/employee/37', scenario: E([inp('level3', 300000)]), expect: { basic: '140000.00', critical: '138640.00', personal: '21360.00' } },
  { name: '职工 三级 100万：大额封顶 50万', source: 'bazhong/employee/37', scenario: E([inp('level3', 1000000)]), expect: { basic: '140000.00', critical: '500000.00', fund: '640000.00' } },
  { name: '职工 公务员 三级 20万：补助封顶 2万', source: 'bazhong/employee/33', scenario: E([inp('level3', 200000)], { civilServant: true }), expect: { basic: '140000.00', civil: '20000.00', critical: '33660.00' } },
  { name: '职工 门诊统筹 在职 三级 1000：起付 200、50%，大额 70%', source: 'bazhong/employee/39', scenario: E([{ type: 'outpatient', level: 'level3', total: 1000 }]), expect: { basic: '400.00', critical: '420.00', personal: '180.00' } },
  { name: '职工 门诊统筹 退休 二级 1000：起付 150、70%', source: 'bazhong/employee/39', scenario: E([{ type: 'outpatient', level: 'level2', total: 1000 }], { retired: true }), expect: { basic: '595.00', critical: '283.50' } },
  { name: '职工 门诊统筹 公务员 三级 1000', source: 'bazhong/employee/39', scenario: E([{ type: 'outpatient', level: 'level3', total: 1000 }], { civilServant: true }), expect: { basic: '400.00', civil: '360.00', critical: '168.00' } },
  { name: '职工 门诊统筹 药店 5000：各层封顶', source: 'bazhong/employee/39', scenario: E([{ type: 'outpatient', level: 'pharmacy', total: 5000 }]), expect: { basic: '800.00', critical: '600.00' } },
  { name: '职工 慢病 冠心病 3000：限额 1500', source: 'bazhong/chronic/3', scenario: E([{ type: 'chronic', diseases: ['M04600'], total: 3000 }]), expect: { basic: '1500.00' } },
  { name: '职工 慢病 公务员 1000：剩余部分由公务员补助', source: 'bazhong/employee/33', scenario: E([{ type: 'chronic', diseases: ['M04600'], total: 1000 }], { civilServant: true }), expect: { basic: '900.00', civil: '100.00', personal: '0.00' } },
  { name: '职工 门诊特病 恶性肿瘤 10000：扣 400 后 70%，大额', source: 'bazhong/chronic/5', scenario: E([{ type: 'special', disease: '恶性肿瘤门诊治疗', total: 10000 }]), expect: { basic: '6720.00', critical: '2448.00' } },
  { name: '职工 顺产 4000：限额 3500', source: 'bazhong/employee/28', scenario: E([{ type: 'maternity', delivery: 'natural', total: 4000 }]), expect: { basic: '3500.00' } },
  { name: '职工 剖宫产双胞胎 7000：5500+800', source: 'bazhong/employee/28', scenario: E([{ type: 'maternity', delivery: 'cesarean', babies: 2, total: 7000 }]), expect: { basic: '6300.00' } },
  { name: '职工 孕18周终止妊娠 2500：限额 1800', source: 'bazhong/employee/28', scenario: E([{ type: 'maternity', delivery: 'termination', weeks: 18, total: 2500 }]), expect: { basic: '1800.00' } },
  { name: '职工 孕12周终止妊娠 300：据实支付', source: 'bazhong/employee/28', scenario: E([{ type: 'maternity', delivery: 'termination', weeks: 12, total: 300 }]), expect: { basic: '300.00' } },
  { name: '职工 单行支付药品 20000：70%，个人负担不进大额', source: 'bazhong/drugs/2', scenario: E([{ type: 'drug', total: 20000 }], { civilServant: true }), expect: { basic: '14000.00', critical: '0.00', civil: '0.00' } },
  { name: '职工 低保 三级 10000：大额后救助 70%', source: 'bazhong/assistance/5', scenario: E([inp('level3', 10000)], { assistance: 'dibao' }), expect: { critical: '1836.00', assistance: '506.80', fund: '9782.80' } },

  // ——— 长春 城乡居民 (待遇指南) ———
  { name: '长春 三级市级 10000：起付 800、60%', source: 'changchun/guide/2', scenario: C([inp('level3', 10000)]), expect: { basic: '5520.00', critical: '0.00' } },
  { name: '长春 三级省级 50000：两段，大病补充', source: 'changchun/guide/2', scenario: C([inp('level3-provincial', 50000)]), expect: { basic: '27840.00', critical: '7512.00', personal: '14648.00' } },
  { name: '长春 学生 二级 20000：起付减半 200、80%', source: 'changchun/guide/2', scenario: C([inp('level2', 20000)], { student: true }), expect: { basic: '15840.00' } },
  { name: '长春 一级 10000 乙类 2000：乙类先自付 10%', source: 'changchun/inpatient/3', scenario: C([inp('level1', 10000, { classB: 2000 })]), expect: { basic: '7680.00' } },
  { name: '长春 10岁 三级 10000：未成年按学生标准', source: 'changchun/guide/2', scenario: C([inp('level3', 10000)], { age: 10 }), expect: { basic: '6720.00' } },
  { name: '长春 长期异地 三级 10000：比例降 10%', source: 'changchun/guide/4', scenario: C([inp('level3', 10000, { where: 'longterm' })]), expect: { basic: '4600.00' } },
  { name: '长春 异地非急诊 二级 10000：20%', source: 'changchun/yidi/22', scenario: C([inp('level2', 10000, { where: 'unreferred' })]), expect: { basic: '1920.00' } },
  { name: '长春 转外就医 三级 10000 = 本地标准', source: 'changchun/yidi/20', scenario: C([inp('level3', 10000, { where: 'referral' })]), expect: { basic: '5520.00' } },
  { name: '长春 三级 30万：统筹封顶 20万，大病补充', source: 'changchun/inpatient/1', scenario: C([inp('level3', 300000)]), expect: { basic: '200000.00', critical: '62000.00', personal: '38000.00' } },
  { name: '长春 门诊统筹 社区 500：起付 100、50%', source: 'changchun/guide/5', scenario: C([{ type: 'outpatient', level: 'level1', total: 500 }]), expect: { basic: '200.00' } },
  { name: '长春 门诊统筹 村卫生室 300：无起付线', source: 'changchun/guide/5', scenario: C([{ type: 'outpatient', level: 'village', total: 300 }]), expect: { basic: '150.00' } },
  { name: '长春 门诊统筹 先二级后社区：起付线一年一次', source: 'changchun/outpatient/11', scenario: C([{ type: 'outpatient', level: 'level2', total: 300 }, { type: 'outpatient', level: 'level1', total: 300 }]), expect: { basic: '200.00' } },
  { name: '长春 慢病 冠心病 6000：限额 3000', source: 'changchun/guide/6', scenario: C([{ type: 'chronic', diseases: ['冠心病'], total: 6000 }]), expect: { basic: '3000.00' } },
  { name: '长春 慢病 冠心病+糖尿病 6000：3000+480', source: 'changchun/outpatient/8', scenario: C([{ type: 'chronic', diseases: ['冠心病', '糖尿病'], total: 6000 }]), expect: { basic: '3480.00' } },
  { name: '长春 门诊外伤 学生 3000：(3000−100)×80%', source: 'changchun/outpatient/18', scenario: C([{ type: 'injury', total: 3000 }], { student: true }), expect: { basic: '2320.00' } },
  { name: '长春 门诊外伤 8000：只报 5000 以下', source: 'changchun/outpatient/18', scenario: C([{ type: 'injury', total: 8000 }], { age: 12 }), expect: { basic: '3920.00' } },
  { name: '长春 门诊外伤 80：不足 100', source: 'changchun/outpatient/18', scenario: C([{ type: 'injury', total: 80 }], { student: true }), expect: { basic: '0.00' } },
  { name: '长春 门诊特殊疾病 血友病 三级 20000', source: 'changchun/guide/7', scenario: C([{ type: 'special', disease: '血友病', level: 'level3', total: 20000 }]), expect: { basic: '11520.00' } },
  { name: '长春 苯丙酮尿症 未成年 二级 30000：单列限额 1.5万', source: 'changchun/guide/7', scenario: C([{ type: 'special', disease: '苯丙酮尿症', level: 'level2', total: 30000 }], { age: 10 }), expect: { basic: '15000.00', critical: '3000.00' } },

  // ——— 昌都 职工 ———
  { name: '昌都 在职 三级 第一次 10000：起付 400、93%', source: 'changdu/inpatient/4', scenario: D([inp('level3', 10000)]), expect: { basic: '8928.00' } },
  { name: '昌都 退休 一级 第一次 10000：起付 140', source: 'changdu/inpatient/4', scenario: D([inp('level1', 10000)], { retired: true }), expect: { basic: '9169.80' } },
  { name: '昌都 在职 二级 三次住院：起付 300、210、150', source: 'changdu/inpatient/4', scenario: D([inp('level2', 10000), inp('level2', 10000), inp('level2', 10000)]), expect: { basic: '27286.20' } },
  { name: '昌都 第四次住院仍按第三次起付线', source: 'changdu/inpatient/4', scenario: D([inp('level2', 10000), inp('level2', 10000), inp('level2', 10000), inp('level2', 10000)]), expect: { basic: '36446.70' } },
  { name: '昌都 在职 三级 25万：93% 与 96% 两段', source: 'changdu/inpatient/3', scenario: D([inp('level3', 250000)]), expect: { basic: '233628.00' } },
  { name: '昌都 在职 三级 70万：60万以上不再支付', source: 'changdu/inpatient/3', scenario: D([inp('level3', 700000)]), expect: { basic: '573628.00' } },
  { name: '昌都 乙类 5000 先自付 10%', source: 'changdu/scope/7', scenario: D([inp('level3', 10000, { classB: 5000 })]), expect: { basic: '8463.00' } },
  { name: '昌都 普通门诊 在职 三级 1000', source: 'changdu/account/2', scenario: D([{ type: 'outpatient', level: 'level3', total: 1000 }]), expect: { basic: '560.00' } },
  { name: '昌都 普通门诊 退休 二级 1000', source: 'changdu/account/2', scenario: D([{ type: 'outpatient', level: 'level2', total: 1000 }], { retired: true }), expect: { basic: '474.00' } },
  { name: '昌都 顺产 8000：包干 6000', source: 'changdu/maternity/1', scenario: D([{ type: 'maternity', delivery: 'natural', total: 8000 }]), expect: { basic: '6000.00' } },
  { name: '昌都 剖腹产双胞胎 10000：8000×115%', source: 'changdu/maternity/1', scenario: D([{ type: 'maternity', delivery: 'cesarean', babies: 2, total: 10000 }]), expect: { basic: '9200.00' } },
  { name: '昌都 孕6周终止妊娠：1200', source: 'changdu/maternity/2', scenario: D([{ type: 'maternity', delivery: 'termination', weeks: 6, total: 2000 }]), expect: { basic: '1200.00' } },
  { name: '昌都 孕10周终止妊娠：3000', source: 'changdu/maternity/2', scenario: D([{ type: 'maternity', delivery: 'termination', weeks: 10, total: 5000 }]), expect: { basic: '3000.00' } },
  { name: '昌都 孕20周终止妊娠：4000', source: 'changdu/maternity/2', scenario: D([{ type: 'maternity', delivery: 'termination', weeks: 20, total: 5000 }]), expect: { basic: '4000.00' } },

  // ——— 其他地区（自定义，全国参考） ———
  { name: '自定义 三级 10000：≥65%', source: 'national/overview/5', scenario: X([inp('level3', 10000)]), expect: { basic: '6500.00', critical: '0.00' } },
  { name: '自定义 三级 10万：大病 1万以上 75%', source: 'national/overview/5', scenario: X([inp('level3', 100000)]), expect: { basic: '65000.00', critical: '18750.00' } },
  { name: '自定义 改参数：起付 1000、70%、限额 5万', source: 'national/overview/5', scenario: X([inp('level3', 100000)], { deductible: { level3: 1000 }, ratio: { level3: 70 }, annualCap: 50000 }), expect: { basic: '50000.00', critical: '30000.00' } },
  { name: '自定义 门诊统筹 250：起付 50、50%、限额 150', source: 'national/overview/5', scenario: X([{ type: 'outpatient', level: 'township', total: 250 }]), expect: { basic: '100.00' } },
  { name: '自定义 门诊外伤 1500：超 100 元部分 90%', source: 'national/overview/5', scenario: X([{ type: 'injury', total: 1500 }]), expect: { basic: '1260.00', critical: '0.00' } },
  { name: '自定义 门诊外伤 1500 + 3000：一年只扣一次 100，年度限额 2000', source: 'national/overview/5', scenario: X([{ type: 'injury', total: 1500 }, { type: 'injury', total: 3000 }]), expect: { basic: '2000.00', critical: '0.00' } },
];
