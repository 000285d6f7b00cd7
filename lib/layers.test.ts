import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleBook } from '@/lib/policy/load';

/**
 * The layers of lib/ point one way — money → policy (rules: schema, loading, capabilities, names) →
 * scenario (the contract's scenario, validation, form drafts, the address) → engine (the interpreter,
 * what-if) — with no import cycle anywhere in lib/, and the engine names no city: a city is data.
 */

const LIB = path.join(process.cwd(), 'lib');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'testdata' ? [] : files(p);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? path.join(process.cwd(), spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : undefined;
  if (!base) return undefined;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) if (fs.existsSync(candidate)) return candidate;
  return undefined;
}

/** Every lib module and the lib modules it imports (type-only imports count: they are a dependency too). */
const graph = new Map<string, string[]>();
for (const f of files(LIB)) {
  const text = fs.readFileSync(f, 'utf8');
  const deps = [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)]
    .map((m) => resolveImport(f, m[1] ?? ''))
    .filter((d): d is string => d !== undefined && d.startsWith(LIB));
  graph.set(f, [...new Set(deps)]);
}
const layerOf = (f: string) => path.relative(LIB, f).split(path.sep)[0]?.replace(/\.tsx?$/, '') ?? '';
const rel = (f: string) => path.relative(process.cwd(), f);

/** Which layers each layer may import (itself included). */
const ALLOWED: Record<string, string[]> = {
  money: ['money'],
  policy: ['money', 'content', 'policy'],
  scenario: ['money', 'policy', 'scenario'],
  engine: ['money', 'policy', 'scenario', 'engine'],
  tools: ['money', 'policy', 'scenario', 'tools'],
};

describe('layers of lib/', () => {
  it('found the modules and their imports', () => {
    expect(graph.size).toBeGreaterThan(40);
    expect(graph.get(path.join(LIB, 'engine/estimate.ts'))).toContain(path.join(LIB, 'engine/event.ts'));
  });

  it('point one way: money → policy → scenario → engine', () => {
    const wrong: string[] = [];
    for (const [f, deps] of graph) {
      const allowed = ALLOWED[layerOf(f)];
      if (!allowed) continue;
      for (const d of deps) if (!allowed.includes(layerOf(d))) wrong.push(`${rel(f)} → ${rel(d)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('have no import cycle anywhere in lib/', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(f)), f].map(rel).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const d of graph.get(f) ?? []) visit(d, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('the engine names no city (ids or names of any city in the rules)', () => {
    const rules = loadRuleBook();
    const names = Object.values(rules).flatMap((c) => [c.city, c.name, c.name.replace(/市$/, '')]);
    const words = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\（）]/g, '\\$&')).join('|'));
    const named = [...graph.keys()].filter((f) => layerOf(f) === 'engine').filter((f) => words.test(fs.readFileSync(f, 'utf8')));
    expect(named.map(rel)).toEqual([]);
  });
});
