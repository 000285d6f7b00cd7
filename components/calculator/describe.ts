import { capabilityFor } from '@/lib/engine/capabilities';
import { findBazhongChronic, findBazhongSpecial } from '@/lib/engine/diseases';
import type { RuleBook } from '@/lib/policy/schema';
import { DELIVERY_LABELS, EVENT_LABELS, levelLabel } from '@/lib/scenario/labels';
import type { CityId, MedicalEvent, SchemeId } from '@/lib/scenario/types';
import { placeLabel } from '@/lib/scenario/url';

const CONDITIONS = { hypertension: '高血压', diabetes: '糖尿病' } as const;

function diseaseName(rules: RuleBook, city: CityId, kind: 'chronic' | 'special', code: string): string {
  if (city !== 'bazhong') return code;
  return (kind === 'chronic' ? findBazhongChronic(rules.bazhong, code)?.name : findBazhongSpecial(rules.bazhong, code)?.name) ?? code;
}

/** One event in words: "住院 · 三级医疗机构", "门诊慢性病（冠心病）". */
export function eventTitle(e: MedicalEvent, city: CityId, scheme: SchemeId, rules: RuleBook): string {
  const parts: string[] = [EVENT_LABELS[e.type]];
  switch (e.type) {
    case 'inpatient':
      parts.push(levelLabel(city, e.level));
      if (e.where !== 'local') parts.push(placeLabel(rules, city, scheme, e.where));
      if (e.transfer) parts.push('转院');
      break;
    case 'outpatient':
      parts.push(levelLabel(city, e.level));
      break;
    case 'chronic':
      parts[0] += `（${e.diseases.map((d) => diseaseName(rules, city, 'chronic', d)).join('、')}）`;
      break;
    case 'special':
      parts[0] += `（${diseaseName(rules, city, 'special', e.disease)}）`;
      if (capabilityFor(rules, city, scheme)?.events.special?.levelRequired) parts.push(levelLabel(city, e.level));
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
