import { describe, expect, it } from 'vitest';
import { loadRuleBook } from '@/lib/policy/load';
import { validateScenario } from './validate';

const rules = loadRuleBook();
const base = { city: 'bazhong', scheme: 'resident', events: [{ type: 'inpatient', level: 'level3', where: 'local', total: 50000 }] };
const errorOf = (input: unknown) => {
  const v = validateScenario(input, rules);
  return v.ok ? null : v.error;
};

describe('validateScenario', () => {
  it('accepts the contract example and fills defaults', () => {
    const v = validateScenario({ ...base, events: [{ ...base.events[0], outOfScope: 3000, classB: 8000 }] }, rules);
    expect(v.ok).toBe(true);
    if (v.ok) {
      expect(v.scenario.person.age).toBe(40);
      expect(v.scenario.events[0]).toMatchObject({ total: '50000.00', outOfScope: '3000.00', classB: '8000.00' });
    }
  });

  it.each([
    [{ ...base, events: [{ type: 'inpatient', level: 'level3', total: -1 }] }, 'events[0].total', '费用不能为负数'],
    [{ ...base, events: [{ type: 'inpatient', level: 'level3', total: 2e9 }] }, 'events[0].total', '过大'],
    [{ ...base, events: [{ type: 'inpatient', level: 'level3', total: 100.123 }] }, 'events[0].total', '两位小数'],
    [{ ...base, events: [{ type: 'inpatient', level: 'level3', total: 'abc' }] }, 'events[0].total', '数字'],
    [{ ...base, events: [{ type: 'inpatient', level: 'level3', total: 100, outOfScope: 200 }] }, 'events[0].outOfScope', '不能超过总费用'],
    [{ ...base, colour: 'red' }, 'colour', '不使用字段'],
    [{ ...base, events: [{ type: 'inpatient', level: 'level3', total: 100, foo: 1 }] }, 'events[0].foo', '不使用字段'],
    [{ ...base, events: [{ type: 'outpatient', level: 'level3', total: 100, where: 'local' }] }, 'events[0].where', '不使用字段'],
    [{ ...base, person: { retired: true } }, 'person.retired', '不使用'],
    [{ ...base, person: { student: true } }, 'person.student', '不使用'],
    [{ ...base, city: 'beijing' }, 'city', '城市应为'],
    [{ ...base, city: 'changchun', scheme: 'employee' }, 'scheme', '只能计算城乡居民医保'],
    [{ ...base, events: [{ type: 'inpatient', level: 'level3-provincial', total: 100 }] }, 'events[0].level', '没有'],
    [{ ...base, city: 'changchun', events: [{ type: 'maternity', delivery: 'difficult', total: 3000 }] }, 'events[0].delivery', '长春手册没有难产的生育定额'],
    [{ ...base, city: 'changchun', events: [{ type: 'maternity', delivery: 'termination', weeks: 10, total: 3000 }] }, 'events[0].delivery', '长春手册没有终止妊娠的生育定额'],
    [{ ...base, city: 'changchun', events: [{ type: 'twoDiseases', conditions: ['diabetes'], total: 300 }] }, 'events[0].type', '请选择“门诊慢性病”'],
    [{ ...base, city: 'changchun', events: [{ type: 'injury', total: 3000 }] }, 'events[0].type', '未成年人和在校学生'],
    [{ ...base, events: [{ type: 'chronic', diseases: ['M02200'], total: 100 }] }, 'events[0].diseases[0]', '亚类'],
    [{ ...base, scheme: 'employee', events: [{ type: 'chronic', diseases: ['M02220'], total: 100 }] }, 'events[0].diseases[0]', '只纳入城乡居民'],
    [{ ...base, events: [{ type: 'maternity', delivery: 'termination', total: 100 }] }, 'events[0].weeks', '孕周'],
    [{ ...base, events: [] }, 'events', '至少添加一笔'],
    [{ ...base, profile: {} }, 'profile', '全国参考标准'],
    ['not an object', '', 'JSON 对象'],
    // A name every object has (found by the fuzz test): not a city.
    [{ ...base, city: 'toString' }, 'city', '城市'],
    [{ ...base, city: '__proto__' }, 'city', '城市'],
  ])('rejects %j at %s', (input, path, message) => {
    const error = errorOf(input);
    expect(error?.path).toBe(path);
    expect(error?.message).toContain(message);
  });

  it('accepts amounts typed as residents type them', () => {
    const v = validateScenario({ ...base, events: [{ type: 'inpatient', level: 'level3', total: '5万', outOfScope: '１２００' }] }, rules);
    expect(v.ok && v.scenario.events[0]).toMatchObject({ total: '50000.00', outOfScope: '1200.00' });
  });
});

describe('validation is repeatable', () => {
  it('accepts its own output again, unchanged', () => {
    const inputs = [
      { city: 'bazhong', scheme: 'resident', events: [{ type: 'chronic', diseases: ['M04600'], total: 2000 }, { type: 'inpatient', level: 'level2', total: 3000 }] },
      { city: 'changchun', scheme: 'resident', person: { age: 10 }, events: [{ type: 'injury', total: 300 }, { type: 'special', disease: '血友病', level: 'level3', total: 100 }] },
      { city: 'changdu', scheme: 'employee', person: { age: 50 }, events: [{ type: 'maternity', delivery: 'termination', weeks: 8, total: 900 }] },
    ];
    for (const input of inputs) {
      const once = validateScenario(input, rules);
      expect(once.ok).toBe(true);
      if (!once.ok) continue;
      const twice = validateScenario(JSON.parse(JSON.stringify(once.scenario)), rules);
      expect(twice).toEqual(once);
    }
  });
  it('names choices in Chinese in its messages', () => {
    const v = validateScenario({ ...base, events: [{ type: 'maternity', total: 100 }] }, rules);
    expect(v.ok ? '' : v.error.message).toContain('natural（顺产）');
  });
});

describe('every error at once', () => {
  it('reports every wrong field in one pass, the first one being the one the CLI prints', () => {
    const v = validateScenario(
      {
        city: 'bazhong',
        scheme: 'employee',
        person: { age: 'old', student: true },
        events: [
          { type: 'inpatient', total: -1, outOfScope: 'x' },
          { type: 'chronic', diseases: ['不存在的病'], total: '5-3' },
          { type: 'maternity', delivery: 'termination', total: 100 },
        ],
        colour: 'red',
      },
      rules,
    );
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors.map((e) => e.path)).toEqual([
      'colour',
      'person.student',
      'person.age',
      'events[0].level',
      'events[0].total',
      'events[0].outOfScope',
      'events[1].diseases[0]',
      'events[1].total',
      'events[2].weeks',
    ]);
    expect(v.error).toEqual(v.errors[0]);
  });
});
