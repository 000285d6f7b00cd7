import type { BazhongRules, ChangchunRules } from '@/lib/policy/schema';

/** Disease look-ups: by handbook code where the handbook has one, or by the exact handbook name. */

const normalise = (s: string) => s.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

export type BazhongChronicDisease = BazhongRules['chronicDiseases']['list'][number];

/**
 * 巴中 门诊慢性病: a sub-kind code or name, or a disease code/name whose sub-kinds all share one cap.
 * Returns undefined when unknown or ambiguous (a group whose sub-kinds have different caps).
 */
export function findBazhongChronic(rules: BazhongRules, query: string): BazhongChronicDisease | undefined {
  const q = normalise(query).toUpperCase();
  const list = rules.chronicDiseases.list;
  const exact = list.find((d) => d.code === q || normalise(d.name) === normalise(query));
  if (exact) return exact;
  const group = list.filter((d) => d.groupCode === q || normalise(d.group) === normalise(query));
  const first = group[0];
  if (first && group.every((d) => d.employee === first.employee && d.resident === first.resident)) return first;
  return undefined;
}

/** Sub-kinds of a group query with different caps (to tell the user to choose one). */
export function bazhongChronicSubkinds(rules: BazhongRules, query: string): string[] {
  const q = normalise(query).toUpperCase();
  return rules.chronicDiseases.list
    .filter((d) => d.groupCode === q || normalise(d.group) === normalise(query))
    .map((d) => `${d.code} ${d.name}`);
}

export function findBazhongSpecial(rules: BazhongRules, query: string) {
  const q = normalise(query).toUpperCase();
  return rules.specialDiseases.list.find((d) => d.code === q || normalise(d.name) === normalise(query));
}

export type ChangchunChronicDisease = ChangchunRules['chronicDiseases']['list'][number];

export function findChangchunChronic(rules: ChangchunRules, query: string): ChangchunChronicDisease | undefined {
  const q = normalise(query);
  return rules.chronicDiseases.list.find((d) => normalise(d.name) === q || normalise(d.name + d.detail) === q);
}

export function findChangchunSpecial(rules: ChangchunRules, query: string): string | undefined {
  const q = normalise(query);
  return rules.specialDiseases.list.find((d) => normalise(d) === q);
}
