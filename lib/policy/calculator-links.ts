import { capabilityFor } from './capabilities';
import { rulesCityOf } from './names';
import type { RuleBook } from './spec';
import type { EventType, SchemeId } from './vocabulary';

/**
 * “算一算”: where an answer sends a resident who wants the numbers for their own case — the calculator
 * with the answer's kind of bill already chosen (and its city, and scheme when the answer has one), or
 * a tool whose rules the answer gives (生育津贴). Pure: the page builds the address from what it returns.
 */

/** The kinds of bill a topic of the handbook is about, as the calculator names them (content/topics.yaml names). */
export const TOPIC_EVENTS: Readonly<Record<string, EventType>> = {
  住院: 'inpatient',
  门诊: 'outpatient',
  慢特病: 'chronic',
  生育: 'maternity',
  大病保险: 'inpatient',
};

export type CalculatorLink =
  | { kind: 'event'; city: string; scheme?: SchemeId; type: EventType }
  | { kind: 'tool'; tool: 'maternityAllowance'; path: string };

/** Every `source`-like value of a tool's rules (the entries that state them). */
function toolSources(tool: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, key = '') => {
    if (typeof node === 'string' && /source$/i.test(key)) out.push(node);
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  walk(tool);
  return out;
}

export function calculatorLinkFor(rules: RuleBook, entry: { id: string; city: string; tags: string[]; schemes: SchemeId[] }): CalculatorLink | null {
  for (const spec of Object.values(rules)) {
    const allowance = spec.tools?.maternityAllowance;
    if (allowance && toolSources(allowance).includes(entry.id)) return { kind: 'tool', tool: 'maternityAllowance', path: '/calculator/allowance/' };
  }
  const city = rulesCityOf(rules, entry.city);
  if (!city) return null;
  const spec = rules[city]!;
  const schemes = (['employee', 'resident'] as const).filter((s) => spec.schemes[s] && entry.schemes.includes(s));
  for (const tag of entry.tags) {
    const type = TOPIC_EVENTS[tag];
    if (!type) continue;
    const computable = schemes.filter((s) => {
      const e = capabilityFor(rules, city, s)?.events[type];
      return e !== undefined && !e.unavailable;
    });
    if (computable.length === 0) continue;
    return { kind: 'event', city, type, ...(computable.length === 1 ? { scheme: computable[0] } : {}) };
  }
  return null;
}
