import type Decimal from 'decimal.js';
import { min, money, positive, round2, toAmountString, ZERO } from '@/lib/money';
import type { RuleBook } from '@/lib/policy/schema';
import { EVENT_LABELS } from '@/lib/scenario/labels';
import type { EstimateResult, EventResult, FieldError, PayerId, Scenario } from '@/lib/scenario/types';
import { validateScenario } from '@/lib/scenario/validate';
import { evaluateBazhongEvent } from './bazhong';
import { capabilityFor } from './capabilities';
import { evaluateChangchunEvent } from './changchun';
import { evaluateChangduEvent } from './changdu';
import { evaluateCustomEvent, mergeProfile } from './custom';
import { YearLedger } from './ledger';
import { StepList } from './steps';
import type { EventContext, EventOutcome, Payers } from './types';

export const GENERAL_NOTE = '本结果按手册公布的政策估算，实际报销以医保经办机构结算为准。';
const PAYER_ORDER: PayerId[] = ['basic', 'civil', 'critical', 'assistance'];

function evaluateEvent(scenario: Scenario, rules: RuleBook, ctx: EventContext): EventOutcome {
  switch (scenario.city) {
    case 'bazhong':
      return evaluateBazhongEvent(ctx, rules.bazhong, scenario.scheme);
    case 'changchun':
      return evaluateChangchunEvent(ctx, rules.changchun);
    case 'changdu':
      return evaluateChangduEvent(ctx, rules.changdu);
    case 'custom':
      return evaluateCustomEvent(ctx, rules.custom.schemes.resident, mergeProfile(rules.custom.schemes.resident, scenario.profile));
  }
}

/**
 * Rounds each payer half-up to 0.01 once, at the end of the event (docs/contract.md), and keeps the
 * payers together within what the event can be paid (never more than total − 自费).
 */
function roundPayers(payers: Payers, ceiling: Decimal, order: PayerId[]): Record<PayerId, Decimal> {
  const limit = round2(ceiling);
  let sum = ZERO;
  const rounded = { basic: ZERO, critical: ZERO, civil: ZERO, assistance: ZERO };
  for (const id of PAYER_ORDER) {
    if (!order.includes(id)) continue;
    const value = min(round2(payers[id]), positive(limit.minus(sum)));
    rounded[id] = value;
    sum = sum.plus(value);
  }
  return rounded;
}

function payerStrings(values: Record<PayerId, Decimal>, order: PayerId[]): Partial<Record<PayerId, string>> {
  const out: Partial<Record<PayerId, string>> = {};
  for (const id of order) out[id] = toAmountString(values[id]);
  return out;
}

/** The split of a year's bills between the payers, step by step. The scenario must be valid. */
export function estimate(scenario: Scenario, rules: RuleBook, options: { explain?: boolean } = {}): EstimateResult {
  const explain = options.explain ?? true;
  const cap = capabilityFor(rules, scenario.city, scenario.scheme);
  if (!cap) throw new Error(`no profile for ${scenario.city}/${scenario.scheme}`);
  const ledger = new YearLedger();
  const notes = new Set<string>();
  const totals = { basic: ZERO, critical: ZERO, civil: ZERO, assistance: ZERO };
  let total = ZERO;
  let outOfScope = ZERO;
  let nthInpatient = 0;
  const events: EventResult[] = scenario.events.map((event) => {
    if (event.type === 'inpatient') nthInpatient += 1;
    const steps = new StepList(explain);
    const outcome = evaluateEvent(scenario, rules, {
      event,
      nthInpatient: event.type === 'inpatient' ? nthInpatient : 0,
      person: scenario.person,
      ledger,
      steps,
      notes,
    });
    const rounded = roundPayers(outcome.payers, outcome.ceiling, cap.payers);
    const eventTotal = money(event.total);
    const eventOut = 'outOfScope' in event ? money(event.outOfScope) : ZERO;
    const fund = cap.payers.reduce((s, id) => s.plus(rounded[id]), ZERO);
    for (const id of cap.payers) totals[id] = totals[id].plus(rounded[id]);
    total = total.plus(eventTotal);
    outOfScope = outOfScope.plus(eventOut);
    return {
      type: event.type,
      total: toAmountString(eventTotal),
      outOfScope: toAmountString(eventOut),
      fund: toAmountString(fund),
      personal: toAmountString(eventTotal.minus(fund)),
      payers: payerStrings(rounded, cap.payers),
      steps: steps.steps,
    };
  });
  const fund = cap.payers.reduce((s, id) => s.plus(totals[id]), ZERO);
  notes.add(GENERAL_NOTE);
  if (scenario.city === 'bazhong' && scenario.person.assistance !== 'none') notes.add(`医疗救助起付标准按${rules.bazhong.assistance.income.note}（${rules.bazhong.assistance.income.amount}元）计算。`);
  return {
    city: scenario.city,
    scheme: scenario.scheme,
    total: toAmountString(total),
    outOfScope: toAmountString(outOfScope),
    fund: toAmountString(fund),
    personal: toAmountString(total.minus(fund)),
    payers: payerStrings(totals, cap.payers),
    events,
    steps: events.flatMap((e, i) =>
      e.steps.map((s) => ({ ...s, text: `第${i + 1}笔（${EVENT_LABELS[e.type]}）：${s.text}` })),
    ),
    notes: [...notes],
  };
}

export type EstimateOutcome = { ok: true; result: EstimateResult } | { ok: false; error: FieldError };

/** Validates raw JSON and estimates: the door shared by the CLI, the URL and the calculator page. */
export function estimateInput(input: unknown, rules: RuleBook, options: { explain?: boolean } = {}): EstimateOutcome {
  const validation = validateScenario(input, rules);
  if (!validation.ok) return validation;
  return { ok: true, result: estimate(validation.scenario, rules, options) };
}
