import { capabilityFor } from '@/lib/policy/capabilities';
import { catalogueFor, findDisease } from '@/lib/policy/diseases';
import { DELIVERY_LABELS, EVENT_LABELS } from '@/lib/policy/labels';
import { levelName, placeName } from '@/lib/policy/names';
import type { RuleBook } from '@/lib/policy/spec';
import type { CityId, MedicalEvent, SchemeId } from '@/lib/scenario/types';

const CONDITIONS = { hypertension: '高血压', diabetes: '糖尿病' } as const;

function diseaseName(rules: RuleBook, city: CityId, scheme: SchemeId, kind: 'chronic' | 'special', code: string): string {
  const c = catalogueFor(rules[city], scheme, kind);
  return (c && findDisease(c, code).found?.name) ?? code;
}

/** One event in words: "住院 · 三级医疗机构", "门诊慢性病（冠心病）". */
export function eventTitle(e: MedicalEvent, city: CityId, scheme: SchemeId, rules: RuleBook): string {
  const parts: string[] = [EVENT_LABELS[e.type]];
  switch (e.type) {
    case 'inpatient':
      parts.push(levelName(rules[city], e.level));
      if (e.where !== 'local') parts.push(placeName(rules[city], scheme, e.where));
      if (e.transfer) parts.push('转院');
      break;
    case 'outpatient':
      parts.push(levelName(rules[city], e.level));
      break;
    case 'chronic':
      parts[0] += `（${e.diseases.map((d) => diseaseName(rules, city, scheme, 'chronic', d)).join('、')}）`;
      break;
    case 'special':
      parts[0] += `（${diseaseName(rules, city, scheme, 'special', e.disease)}）`;
      if (capabilityFor(rules, city, scheme)?.events.special?.levelRequired) parts.push(levelName(rules[city], e.level));
      break;
    case 'twoDiseases':
      parts[0] += `（${e.conditions.map((c) => CONDITIONS[c]).join('、')}）`;
      break;
    case 'maternity':
      parts.push(e.delivery === 'termination' ? `终止妊娠（孕 ${e.weeks} 周）` : `${DELIVERY_LABELS[e.delivery]}${e.babies > 1 ? `，${e.babies} 个孩子` : ''}`);
      break;
    case 'injury':
      break;
  }
  return parts.join(' · ');
}
