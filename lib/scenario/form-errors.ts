import type { RuleBook } from '@/lib/policy/spec';
import { draftToInput, type Draft } from './draft';
import type { FieldError } from './types';
import type { CalcStep } from './url-state';
import { checkAmount, validateScenario } from './validate';

/** The calculator's errors: every wrong field of a draft, where its input is, and on which step it is asked. */

/** The id of the input that a validation error's path points at: `events[0].total` → `f-events-0-total`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[[\].]+/g, '-').replace(/-+$/, '') || 'scenario'}`;
}

/** The calculator step on which the field of an error path is asked. */
export function stepOfPath(path: string): CalcStep {
  if (path === 'city' || path === '') return 'city';
  if (path === 'scheme') return 'scheme';
  if (path.startsWith('person') || path.startsWith('profile')) return 'person';
  return 'events';
}

/** Order of the fields on the page, for listing errors top to bottom. */
function fieldOrder(path: string): string {
  const m = /^events\[(\d+)\]\.(\w+)/.exec(path);
  if (m) {
    const keys = ['type', 'level', 'where', 'transfer', 'diseases', 'disease', 'conditions', 'delivery', 'weeks', 'babies', 'total', 'outOfScope', 'classB'];
    return `2-${m[1]?.padStart(3, '0')}-${String(keys.indexOf(m[2] ?? '')).padStart(2, '0')}`;
  }
  const p = /^profile\.(\w+)(?:\.(level\d)|\[(\d+)\])?/.exec(path);
  if (p) {
    const keys = ['deductible', 'ratio', 'annualCap', 'criticalDeductible', 'criticalSegments', 'criticalCap'];
    const group = p[2] ? `0${p[2]}${keys.indexOf(p[1] ?? '')}` : `${keys.indexOf(p[1] ?? '') + 1}${p[3] ?? ''}`;
    return `3-${group}-${path}`;
  }
  return path === 'city' ? '0-0' : path === 'scheme' ? '0-1' : `1-${path}`;
}

const EVENT_AMOUNTS = ['total', 'outOfScope', 'classB'] as const;
/** What the calculator says of a bill of 0 元. */
export const ZERO_TOTAL = '总费用是 0 元，就没有要报销的钱。请填写这次看病一共花了多少钱（发票上的总金额）';

/**
 * Every error of a draft, in the engine's own words, top to bottom as the fields stand on the page:
 * validation reports them all at once. Before a city and scheme are chosen it cannot judge the events,
 * so their amounts are checked on their own.
 */
export function collectErrors(d: Draft, rules: RuleBook): FieldError[] {
  const input = draftToInput(d, rules);
  const v = validateScenario(input, rules);
  const errors = v.ok ? [] : [...v.errors];
  if (errors.some((e) => e.path === 'city' || e.path === 'scheme') && Array.isArray(input.events)) {
    (input.events as Record<string, unknown>[]).forEach((e, i) => {
      for (const k of EVENT_AMOUNTS) {
        const r = e[k] === undefined ? undefined : checkAmount(e[k]);
        if (r !== undefined && typeof r !== 'string') errors.push({ path: `events[${i}].${k}`, message: r.problem });
      }
    });
  }
  // A bill of 0 元 is valid for the engine (it pays nothing), but in the calculator it is a bill not
  // filled in yet: say so, instead of a result of ¥0.00 and 100%.
  if (Array.isArray(input.events)) {
    (input.events as Record<string, unknown>[]).forEach((e, i) => {
      const path = `events[${i}].total`;
      const r = e.total === undefined ? undefined : checkAmount(e.total);
      if (typeof r === 'string' && Number(r) === 0 && !errors.some((x) => x.path === path)) errors.push({ path, message: ZERO_TOTAL });
    });
  }
  return errors.sort((a, b) => (fieldOrder(a.path) < fieldOrder(b.path) ? -1 : fieldOrder(a.path) > fieldOrder(b.path) ? 1 : 0));
}
