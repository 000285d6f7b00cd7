import type Decimal from 'decimal.js';
import { min, positive, round2, ZERO } from '@/lib/money';

/**
 * The year's running totals across events (one policy year): caps used, cumulative shares, deductibles paid.
 * Keys are descriptive strings ("basicCap", "criticalBase" …); every value starts at 0.
 */
export class YearLedger {
  private readonly totals = new Map<string, Decimal>();

  get(key: string): Decimal {
    return this.totals.get(key) ?? ZERO;
  }

  set(key: string, value: Decimal): void {
    this.totals.set(key, value);
  }

  add(key: string, value: Decimal): Decimal {
    const next = this.get(key).plus(value);
    this.totals.set(key, next);
    return next;
  }

  /**
   * Takes up to `wanted` from an annual limit, records it, and returns what was granted, in fen:
   * the amount actually paid, so that a year's payments add up to the cap and never one fen more.
   */
  takeFromCap(key: string, cap: Decimal | null, wanted: Decimal): Decimal {
    const asked = round2(positive(wanted));
    const granted = cap === null ? asked : min(asked, this.remaining(key, cap));
    this.add(key, granted);
    return granted;
  }

  /** What is left of an annual limit (never below 0). */
  remaining(key: string, cap: Decimal): Decimal {
    return positive(cap.minus(this.get(key)));
  }
}

/** Things seen during the year (the diseases of 门诊慢性病 bills, the “两病” conditions), by key. */
export class YearSeen {
  /** Made on first use: most years have no such bill. */
  private sets: Map<string, Set<string>> | undefined;

  add(key: string, items: Iterable<string>): Set<string> {
    this.sets ??= new Map();
    let set = this.sets.get(key);
    if (!set) {
      set = new Set();
      this.sets.set(key, set);
    }
    for (const i of items) set.add(i);
    return set;
  }
}
