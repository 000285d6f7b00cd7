import type Decimal from 'decimal.js';

/**
 * Explanation steps, structured: what a building block did (`kind`), with the values it used
 * (`params`), the amount it produced and the handbook entry it rests on. The Chinese sentence is made
 * from the params (./words.ts), so an explanation cannot say other numbers than the ones computed.
 */

export interface BandPart {
  from: Decimal;
  to: Decimal;
  ratio: number;
}

export type StepData =
  | { kind: 'eligible'; params: { total: Decimal; outOfScope: Decimal; word: string; disease?: string } }
  | { kind: 'classB'; params: { classB: Decimal; selfPay: number; note?: string } }
  | { kind: 'transfer'; params: { due: Decimal; full: Decimal; paidBefore: Decimal } }
  | {
      kind: 'deductible';
      params: { per: 'admission' | 'year'; full: Decimal; due: Decimal; covered: Decimal; level?: string; place?: string; who: string[]; admission?: number; atLevel?: string; factor?: number };
    }
  | { kind: 'ratio'; params: { base: Decimal; ratio: number; afterDeductible: boolean; who: string[] } }
  | { kind: 'bands'; params: { of: 'bill' | 'year'; parts: BandPart[]; table: { upTo: number | null; ratio: number }[]; place?: string; who: string[]; yearTotal?: Decimal } }
  | { kind: 'lumpSum'; params: { called: string; what: string; amount: Decimal; eligible: Decimal } }
  | { kind: 'cumulativePay'; params: { yearTotal: Decimal; deductible: number; table: { upTo: number | null; ratio: number }[] } }
  | { kind: 'cap'; params: { called: string; cap: Decimal; wanted: Decimal; granted: Decimal; paidBefore: Decimal } }
  | { kind: 'diseaseCap'; params: { called: string; cap: Decimal; highest: string; count: number; extraPerDisease: number } }
  | { kind: 'shareRatio'; params: { label: string; share: Decimal; ratio: number; cap: number } }
  | {
      kind: 'cumulativeLayer';
      params: { label: string; base: string; yearTotal: Decimal; deductible: Decimal; cap: Decimal | null; parts: BandPart[]; who: string[]; favoured?: { status: string; deductiblePercent: number; ratioPlus: number; uncapped: boolean } };
    }
  | { kind: 'assistance'; params: { status: string; yearTotal: Decimal; deductible: Decimal; ratio: number; cap: number } }
  | { kind: 'assistanceExcluded'; params: { place: string } }
  | { kind: 'tilted'; params: { who: string; yearTotal: Decimal; threshold: number; ratio: number; cap: number } };

export type StructuredStep = StepData & { amount?: Decimal; source: string };

/** The steps of one bill. `explain: false` records nothing (what-if charts need only the numbers). */
export class StepList {
  readonly structured: StructuredStep[] = [];

  constructor(readonly on = true) {}

  add(step: StructuredStep): void {
    this.structured.push(step);
  }
}
