import { resolve } from './lookup';
import type { CitySpec, DiseaseCatalogue, DiseaseEntry, EventSpec } from './spec';
import type { EventType } from './vocabulary';

/**
 * The one disease catalogue format (content/<city>/rules.yaml `diseases`): an entry is found by its
 * handbook code or its exact name; where the handbook groups sub-kinds under one code, the group's code
 * or name finds them when they share one cap.
 */

const normalise = (s: string) => s.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

/** The id a validated scenario keeps for a disease: its code where it has one, else its name. */
export const diseaseId = (d: DiseaseEntry): string => d.code ?? d.name;

/** The catalogue the rules name for a kind of bill. */
export function catalogueOf(spec: CitySpec | undefined, event: EventSpec | undefined): DiseaseCatalogue | undefined {
  return event?.catalogue ? spec?.diseases?.[event.catalogue] : undefined;
}

export function catalogueFor(spec: CitySpec | undefined, scheme: string, type: EventType): DiseaseCatalogue | undefined {
  return catalogueOf(spec, spec?.schemes[scheme as 'employee' | 'resident']?.events[type]);
}

const byId = new WeakMap<DiseaseCatalogue, Map<string, DiseaseEntry>>();

export type DiseaseLookup = { found: DiseaseEntry } | { found?: undefined; subkinds: DiseaseEntry[] };

/** A disease by code, name, name with its detail, or (when its sub-kinds share one cap) group code or name. */
export function findDisease(c: DiseaseCatalogue, query: string, capOf: (d: DiseaseEntry) => unknown = (d) => JSON.stringify(d.cap)): DiseaseLookup {
  let ids = byId.get(c);
  if (!ids) {
    ids = new Map(c.list.map((d) => [diseaseId(d), d]));
    byId.set(c, ids);
  }
  const direct = ids.get(query);
  if (direct) return { found: direct };
  const q = normalise(query);
  const upper = q.toUpperCase();
  const exact = c.list.find((d) => d.code === upper || normalise(d.name) === q || (d.detail !== undefined && normalise(d.name + d.detail) === q));
  if (exact) return { found: exact };
  const group = c.list.filter((d) => (d.groupCode !== undefined && d.groupCode === upper) || (d.group !== undefined && normalise(d.group) === q));
  const first = group[0];
  if (first && group.every((d) => capOf(d) === capOf(first))) return { found: first };
  return { subkinds: group };
}

/** A disease's annual cap for this bill: a number, null (the handbook gives none), or undefined (no own cap). */
export function diseaseCap(c: DiseaseCatalogue, d: DiseaseEntry, dims: Parameters<typeof resolve>[1]): number | null | undefined {
  if (d.cap === undefined) return undefined;
  if (c.capBy.length === 0) return d.cap as number | null;
  return resolve({ by: c.capBy, values: d.cap }, dims);
}
