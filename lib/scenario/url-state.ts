import { compact, cityId, draftFromJson, draftToJson, emptyDraft, pick, type Draft } from './draft';
import { SCHEME_IDS } from './types';

/**
 * The calculator's state in the URL's fragment: `#s=<base64url of the draft's JSON>&step=<step>`. A
 * fragment never leaves the phone (browsers do not send it, not even on reload or when a shared link
 * is opened), so what a resident types stays private. Links of the older form `?s=…` still open.
 */

export const STEPS = ['city', 'scheme', 'person', 'events', 'result'] as const;
export type CalcStep = (typeof STEPS)[number];

/** Longest `s` parameter accepted. */
export const MAX_ENCODED = 6000;

// ————————————————————————————— base64url —————————————————————————————

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) return null;
  try {
    const padded = code.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (code.length % 4)) % 4);
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function encodeDraft(d: Draft): string {
  return toBase64Url(JSON.stringify(draftToJson(d)));
}

export function decodeDraft(code: string): Draft | null {
  if (code.length > MAX_ENCODED) return null;
  const json = fromBase64Url(code);
  if (json === null) return null;
  try {
    return draftFromJson(JSON.parse(json));
  } catch {
    return null;
  }
}

/**
 * `#s=…&step=…&v=…`, the fragment of a calculator or compare address (an empty draft on the first step
 * gives ''). `version`: the rules version of the draft's city (lib/policy/version.ts), so that a link
 * opened after the rules changed can say so.
 */
export function draftToHash(d: Draft, step?: CalcStep, version?: string): string {
  const params = new URLSearchParams();
  const empty = !d.city && !d.scheme && d.events.length === 0 && Object.keys(d.person).length === 0 && !d.profile;
  if (!empty) params.set('s', encodeDraft(d));
  if (step && !(empty && step === 'city')) params.set('step', step);
  if (version && !empty) params.set('v', version);
  const q = params.toString();
  return q ? `#${q}` : '';
}

export interface UrlState {
  draft: Draft;
  step?: CalcStep;
  /** The link carried a scenario that could not be read. */
  broken?: boolean;
  /** The rules version the link was made with (`v=`), if it says. */
  version?: string;
}

/**
 * The state of an address: its fragment (`#s=…&step=…`) when it has one, otherwise its query (links
 * from a city's pages, `?city=bazhong`, and links of the older `?s=…` form).
 */
export function stateFromLocation(search: string, hash: string): UrlState {
  const fragment = hash.replace(/^#/, '');
  return paramsToState(fragment ? fragment : search);
}

/**
 * Reads `s=…&step=…` (a query or a fragment). Also accepts `city=bazhong` (links from a city's pages)
 * and `scenario=<JSON>` (a contract scenario written by hand or by a tool).
 */
export function paramsToState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const step = pick(params.get('step'), STEPS);
  const version = /^[0-9-]{4,10}\.[0-9a-f]{8}$/.test(params.get('v') ?? '') ? (params.get('v') as string) : undefined;
  const s = params.get('s');
  const plain = params.get('scenario');
  let draft: Draft | null = emptyDraft();
  let broken = false;
  if (s !== null) {
    draft = decodeDraft(s);
  } else if (plain !== null) {
    try {
      draft = plain.length > MAX_ENCODED ? null : draftFromJson(JSON.parse(plain));
    } catch {
      draft = null;
    }
  } else {
    const city = cityId(params.get('city'));
    const scheme = pick(params.get('scheme'), SCHEME_IDS);
    if (city) draft = { ...emptyDraft(), city, ...(scheme ? { scheme } : {}) };
  }
  if (draft === null) {
    draft = emptyDraft();
    broken = true;
  }
  return compact({ draft, step, broken: broken || undefined, version } as Record<string, unknown>) as unknown as UrlState;
}

