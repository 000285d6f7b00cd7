import type { CitySpec } from './spec';

/**
 * A short identifier of the rules a result was computed with: the date they stand for and a hash of
 * their content, e.g. `2025-11.3f9a0c1e`. A share link can carry it and, when it is opened after the
 * rules changed, say that the figures may differ. Pure (runs in the browser): FNV-1a over the rules
 * as canonical JSON (keys sorted), so the order of keys in a file does not matter.
 */

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** FNV-1a, 32 bits, over the UTF-16 code units (8 hex digits). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const cache = new WeakMap<CitySpec, string>();

/** `<asOf date>.<8 hex digits>`: changes whenever any value, source or wording of the city's rules changes. */
export function rulesVersion(spec: CitySpec): string {
  let v = cache.get(spec);
  if (!v) {
    v = `${spec.asOf.date}.${fnv1a(canonical(spec))}`;
    cache.set(spec, v);
  }
  return v;
}
