import { describe, expect, it } from 'vitest';
import { DEFAULT_PERSON } from './vocabulary';
import { groupsOf, holds, minorAge, resolve, type Dimensions } from './lookup';
import type { SchemeSpec } from './spec';

const dims: Dimensions = { level: 'level3', where: 'referral', admission: 5, scheme: 'employee', assistance: 'none', groups: { status: 'retired' } };

describe('lookups', () => {
  it('read a value by the bill’s and the person’s dimensions', () => {
    expect(resolve(700, dims)).toBe(700);
    expect(resolve(null, dims)).toBeNull();
    expect(resolve({ by: ['where', 'level'], values: { referral: { level3: 1000 } } }, dims)).toBe(1000);
    expect(resolve({ by: ['status', 'admission'], values: { retired: [280, 196, 140] } }, dims)).toBe(140);
  });
  it('say which entry is missing', () => {
    expect(() => resolve({ by: ['level'], values: { level1: 1 } }, dims)).toThrow(/level=level3/);
  });
});

describe('conditions and groups', () => {
  const scheme = {
    groups: {
      critical: [
        { id: 'aged80', label: '80岁以上', when: { ageAtLeast: 80 } },
        { id: 'retiredOrMajor', label: '退休或重大疾病', when: { any: [{ retired: true }, { majorDisease: true }] } },
        { id: 'ordinary', label: '普通' },
      ],
      minor: [{ id: 'minor', label: '未成年', when: { any: [{ student: true }, { ageBelow: 18 }] } }, { id: 'adult', label: '成年' }],
    },
  } as unknown as SchemeSpec;
  it('the first member whose condition holds', () => {
    expect(groupsOf(scheme, { ...DEFAULT_PERSON, age: 85, retired: true })).toEqual({ critical: 'aged80', minor: 'adult' });
    expect(groupsOf(scheme, { ...DEFAULT_PERSON, majorDisease: true, student: true })).toEqual({ critical: 'retiredOrMajor', minor: 'minor' });
    expect(groupsOf(scheme, DEFAULT_PERSON)).toEqual({ critical: 'ordinary', minor: 'adult' });
    expect(holds({ assistance: ['dibao'] }, { ...DEFAULT_PERSON, assistance: 'dibao' })).toBe(true);
    expect(minorAge(scheme)).toBe(18);
  });
});
