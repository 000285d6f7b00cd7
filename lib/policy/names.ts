import { LEVEL_NAMES, PAYER_LABELS, PLACE_LABELS } from './labels';
import type { CitySpec, RuleBook } from './spec';
import type { CityId, Level, PayerId, Place, SchemeId } from './vocabulary';

/** Names a city's rules give to levels, places and payers (the handbook's words), with the defaults. */

export function cityName(rules: RuleBook, city: CityId): string {
  return rules[city]?.name ?? city;
}

export function levelName(spec: CitySpec | undefined, level: Level): string {
  return spec?.levelNames?.[level] ?? LEVEL_NAMES[level];
}

/** How the city's rules name a place of treatment for 住院. */
export function placeName(spec: CitySpec | undefined, scheme: SchemeId, place: Place): string {
  return spec?.schemes[scheme]?.events.inpatient?.places?.[place]?.label ?? PLACE_LABELS[place] ?? place;
}

export function payerName(spec: CitySpec | undefined, scheme: SchemeId, payer: PayerId): string {
  return spec?.schemes[scheme]?.payers[payer] ?? PAYER_LABELS[payer];
}

/** The schemes a city's rules compute, in the contract's order. */
export function schemesOf(rules: RuleBook, city: CityId): SchemeId[] {
  const s = rules[city]?.schemes ?? {};
  return (['employee', 'resident'] as const).filter((id) => s[id] !== undefined);
}

/**
 * The handbook city (content/<city>/) a city's rules come from: the city of the entry its `asOf` cites
 * (the calculator's `custom` profile cites national/…, the national reference).
 */
export function handbookCityOf(spec: CitySpec): string {
  return spec.asOf.source.split('/')[0] ?? spec.city;
}

/** The rules city computed from a handbook city's figures, if any (national → custom). */
export function rulesCityOf(rules: RuleBook, handbookCity: string): CityId | undefined {
  return Object.values(rules).find((spec) => handbookCityOf(spec) === handbookCity)?.city;
}
