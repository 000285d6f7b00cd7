import type Decimal from 'decimal.js';
import { min, money, positive, round2, toAmountString, ZERO } from '@/lib/money';
import { capabilityFor } from '@/lib/policy/capabilities';
import { EVENT_LABELS } from '@/lib/policy/labels';
import { groupsOf, type Dimensions } from '@/lib/policy/lookup';
import { withProfile } from '@/lib/policy/profile';
import type { LayerSpec, RuleBook, SchemeSpec } from '@/lib/policy/spec';
import { PAYER_IDS, type PayerId } from '@/lib/policy/vocabulary';
import type { EstimateResult, EventResult, FieldError, MedicalEvent, Scenario } from '@/lib/scenario/types';
import { validateScenario } from '@/lib/scenario/validate';
import type { Payers } from './bill';
import { settle } from './event';
import { YearLedger, YearSeen } from './ledger';
import { StepList } from './steps';
import { render, yuan } from './words';

export const GENERAL_NOTE = '本结果按手册公布的政策估算，实际报销以医保经办机构结算为准。';

/**
 * Rounds each payer half-up to 0.01 once, at the end of the event (docs/contract.md), and keeps the
 * payers together within what the event can be paid (never more than total − 自费).
 */
function roundPayers(payers: Payers, ceiling: Decimal, order: readonly PayerId[]): Payers {
  const limit = round2(ceiling);
  let sum = ZERO;
  const rounded = { basic: ZERO, critical: ZERO, civil: ZERO, assistance: ZERO };
  for (const id of PAYER_IDS) {
    if (!order.includes(id)) continue;
    const value = min(round2(payers[id]), positive(limit.minus(sum)));
    rounded[id] = value;
    sum = sum.plus(value);
  }
  return rounded;
}

function payerStrings(values: Payers, order: readonly PayerId[]): Partial<Record<PayerId, string>> {
  const out: Partial<Record<PayerId, string>> = {};
  for (const id of order) out[id] = toAmountString(values[id]);
  return out;
}

/** What the rules' lookups depend on for one bill (built field by field: this runs for every bill of every chart point). */
function dimensionsOf(event: MedicalEvent, admission: number, scheme: string, assistance: string, groups: Dimensions['groups']): Dimensions {
  return {
    level: 'level' in event ? event.level : undefined,
    where: event.type === 'inpatient' ? event.where : 'local',
    delivery: event.type === 'maternity' ? event.delivery : undefined,
    admission,
    scheme,
    assistance,
    groups,
  };
}

const assistanceNotes = new WeakMap<SchemeSpec, string | null>();
/** The note on the income figure the scheme's 医疗救助 deductibles rest on (null: the scheme has no 医疗救助). */
function assistanceNoteOf(s: SchemeSpec): string | null {
  let note = assistanceNotes.get(s);
  if (note === undefined) {
    let layer: Extract<LayerSpec, { kind: 'assistance' }> | undefined;
    for (const e of Object.values(s.events)) for (const l of e?.layers ?? []) if (l.kind === 'assistance') layer ??= l;
    note = layer ? `医疗救助起付标准按${layer.income.note}（${yuan(layer.income.amount)}）计算。` : null;
    assistanceNotes.set(s, note);
  }
  return note;
}

/** The split of a year's bills between the payers, step by step. The scenario must be valid. */
export function estimate(scenario: Scenario, rules: RuleBook, options: { explain?: boolean } = {}): EstimateResult {
  const explain = options.explain ?? true;
  const city = rules[scenario.city];
  const rulesScheme = city?.schemes[scenario.scheme];
  const cap = capabilityFor(rules, scenario.city, scenario.scheme);
  if (!city || !rulesScheme || !cap) throw new Error(`no rules for ${scenario.city}/${scenario.scheme}`);
  const scheme = withProfile(rulesScheme, scenario.profile);
  const ledger = new YearLedger();
  const seen = new YearSeen();
  const notes = new Set<string>();
  const groups = groupsOf(scheme, scenario.person);
  const totals = { basic: ZERO, critical: ZERO, civil: ZERO, assistance: ZERO };
  let total = ZERO;
  let outOfScope = ZERO;
  let admission = 0;
  const events: EventResult[] = scenario.events.map((event) => {
    if (event.type === 'inpatient') admission += 1;
    const spec = scheme.events[event.type];
    if (!spec) throw new Error(`no rules for ${event.type}`);
    const steps = new StepList(explain);
    const outcome = settle({
      event,
      spec,
      scheme,
      city,
      person: scenario.person,
      dims: dimensionsOf(event, event.type === 'inpatient' ? admission : 0, scenario.scheme, scenario.person.assistance, groups),
      ledger,
      seen,
      steps,
      notes,
    });
    const rounded = roundPayers(outcome.payers, outcome.ceiling, cap.payers);
    const eventTotal = money(event.total);
    const eventOut = 'outOfScope' in event ? money(event.outOfScope) : ZERO;
    let fund = ZERO;
    for (const id of cap.payers) {
      fund = fund.plus(rounded[id]);
      totals[id] = totals[id].plus(rounded[id]);
    }
    total = total.plus(eventTotal);
    outOfScope = outOfScope.plus(eventOut);
    return {
      type: event.type,
      total: toAmountString(eventTotal),
      outOfScope: toAmountString(eventOut),
      fund: toAmountString(fund),
      personal: toAmountString(eventTotal.minus(fund)),
      payers: payerStrings(rounded, cap.payers),
      steps: explain ? render(steps.structured) : [],
    };
  });
  let fund = ZERO;
  for (const id of cap.payers) fund = fund.plus(totals[id]);
  notes.add(GENERAL_NOTE);
  const assistanceNote = scenario.person.assistance === 'none' ? null : assistanceNoteOf(scheme);
  if (assistanceNote) notes.add(assistanceNote);
  if (city.asOf.note) notes.add(city.asOf.note);
  return {
    city: scenario.city,
    scheme: scenario.scheme,
    total: toAmountString(total),
    outOfScope: toAmountString(outOfScope),
    fund: toAmountString(fund),
    personal: toAmountString(total.minus(fund)),
    payers: payerStrings(totals, cap.payers),
    events,
    steps: events.flatMap((e, i) => e.steps.map((s) => ({ ...s, text: `第${i + 1}笔（${EVENT_LABELS[e.type]}）：${s.text}` }))),
    notes: [...notes],
    rulesAsOf: city.asOf.date,
  };
}

export type EstimateOutcome = { ok: true; result: EstimateResult } | { ok: false; error: FieldError; errors: FieldError[] };

/** Validates raw JSON and estimates: the door shared by the CLI, the URL and the calculator page. */
export function estimateInput(input: unknown, rules: RuleBook, options: { explain?: boolean } = {}): EstimateOutcome {
  const validation = validateScenario(input, rules);
  if (!validation.ok) return validation;
  return { ok: true, result: estimate(validation.scenario, rules, options) };
}
