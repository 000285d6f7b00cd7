import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { capabilityFor } from '@/lib/policy/capabilities';
import { loadRuleBook } from '@/lib/policy/load';
import { schemesOf } from '@/lib/policy/names';
import { validateScenario } from '@/lib/scenario/validate';
import { estimateInput } from './estimate';
import { compareCities } from './whatif';

/**
 * What the engine and the rules say to residents is in plain words: no words about how the handbooks were
 * turned into text (提取, 错位, 还原, 原文如此 …), no doubled quotation marks (““两病”).
 */
const JARGON = /提取|错位|还原|原文|OCR|““|””/;
const rules = loadRuleBook();
const fixture = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(process.cwd(), 'scripts/differential/fixture.json.gz'))).toString('utf8')) as { cases: { s: unknown }[] };

function texts(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => texts(n, out));
  else if (node && typeof node === 'object') Object.values(node).forEach((n) => texts(n, out));
  return out;
}

describe('plain words for residents', () => {
  it('in every text of the rules files', () => {
    const bad = texts(rules).filter((t) => JARGON.test(t));
    expect(bad).toEqual([]);
  });

  it('in every step, note and reason the engine gives (a thousand recorded scenarios, every city compared)', () => {
    const bad = new Set<string>();
    for (const { s } of fixture.cases.slice(0, 1000)) {
      const o = estimateInput(s, rules);
      if (!o.ok) continue;
      for (const t of [...o.result.steps.map((x) => x.text), ...o.result.notes]) if (JARGON.test(t)) bad.add(t);
    }
    for (const { s } of fixture.cases.slice(0, 150)) {
      const v = validateScenario(s, rules);
      if (!v.ok) continue;
      for (const c of compareCities(v.scenario, rules)) for (const t of [...c.mapped, ...c.skipped, c.reason ?? '']) if (JARGON.test(t)) bad.add(t);
    }
    expect([...bad]).toEqual([]);
  });

  it('in what cannot be computed, and why', () => {
    const bad: string[] = [];
    for (const city of Object.keys(rules)) {
      for (const scheme of schemesOf(rules, city)) {
        const cap = capabilityFor(rules, city, scheme);
        for (const [type, ec] of Object.entries(cap?.events ?? {})) {
          for (const t of [ec?.unavailable ?? '', ...Object.values(ec?.deliveriesUnavailable ?? {})]) if (JARGON.test(t)) bad.push(`${city}/${scheme}/${type}: ${t}`);
          const v = validateScenario({ city, scheme, events: [{ type, total: 100 }] }, rules);
          if (!v.ok) for (const e of v.errors) if (JARGON.test(e.message)) bad.push(e.message);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('the check itself finds such words', () => {
    expect(JARGON.test('长春住院分段报销比例表在原文提取中错位一行')).toBe(true);
    expect(JARGON.test('““两病”门诊用药')).toBe(true);
    expect(JARGON.test('长春手册里这张表排版有误')).toBe(false);
  });
});
