import { Index } from 'flexsearch';
import { isAlnum, isCjk, normalizeText } from './normalize';
import { bigramTokens, exactToken, indexTokens, phraseTokens, segments, segmentTokens, unique } from './tokenize';
import type { SearchData, SearchDoc, SearchHit, SearchOptions, SearchResponse } from './types';

/**
 * The search engine shared by the site (header box, /search) and the CLI: FlexSearch indexes built
 * with our tokenizer, the thesaurus applied to the query, and a ranking that puts question titles
 * above answer bodies, lifts the chosen or named city, and rewards phrase coverage.
 *
 * Ranking in short. The query becomes “units”: each thesaurus match is one unit whose alternatives
 * are the handbook's words for it (门槛费 → 起付线 | 起付标准), every other bigram is a unit of its
 * own. A unit scores per entry by its best alternative: a full match in the title is worth 1; the
 * answer (0.45, less for very long answers) and the topic tags/chapter (0.3) add to a partial title
 * match (noisy-or). Units are weighted by rarity (idf), recognised concepts above stray bigrams,
 * question frames (能报多少) below topics. On top: how much of the title the query explains, query
 * trigrams found in the title, and the boosts for a city named in the query or chosen by the
 * resident. Entries matching too little of the query are dropped, so a question about nothing in
 * the handbooks finds nothing. No query is special-cased: everything query-specific is data
 * (content/search/synonyms.yaml).
 */

const W_BODY = 0.45;
const W_META = 0.3;
/** A thesaurus alternative that is not the word the resident typed counts a little less. */
const SYNONYM_FACTOR = 0.85;
/** A recognised domain concept (a thesaurus match) outweighs a stray bigram of the same rarity. */
const CONCEPT_WEIGHT = 1.4;
const UNKNOWN_WEIGHT = 1;
const MIN_COVERAGE = 0.3;
const RELATIVE_COVERAGE = 0.45;
const BONUS_TITLE_SHARE = 0.15;
const BONUS_PHRASE = 0.1;
const BOOST_NAMED_CITY = 1.5;
const BOOST_CHOSEN_CITY = 1.15;

interface Alt {
  text: string;
  tokens: string[];
  /** 1 for the words as typed, SYNONYM_FACTOR for a thesaurus alternative. */
  factor: number;
}

interface Unit {
  key: string;
  alts: Alt[];
  group: boolean;
  /** Characters of the query this unit stands for. */
  length: number;
  unigram: boolean;
  weak: boolean;
  /** The thesaurus group's own weight (question frames such as 能报多少 count less than topics). */
  weight: number;
}

interface Trigger {
  text: string;
  groups: number[];
  /** The handbooks' own word (a term of one of its groups), not only a resident's word. */
  isTerm: boolean;
}

export interface QueryAnalysis {
  normalized: string;
  corrected: string | null;
  cities: string[];
  units: Unit[];
  /** Trigram phrases of the query for the title-phrase bonus. */
  trigrams: string[];
}

export interface SearchEngine {
  readonly data: SearchData;
  search(query: string, options?: SearchOptions): SearchResponse;
  /** Spelling-tolerant alternatives: entries whose question shares most characters with the query. */
  suggest(query: string, limit?: number): SearchDoc[];
  /** Popular questions (content/home.yaml), with the short label the home page shows. */
  popular(): { doc: SearchDoc; label: string }[];
  doc(id: string): SearchDoc | undefined;
  analyze(query: string): QueryAnalysis;
}

type Postings = { t: number[]; b: number[]; m: number[] };

function byLengthDesc(a: string, b: string): number {
  return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}

export function createSearchEngine(data: SearchData): SearchEngine {
  const docs = data.docs;
  const N = docs.length;
  const byId = new Map(docs.map((d, i) => [d.id, i]));

  // —— Indexes: FlexSearch with our tokenizer as the index-level `encode` (used for add and search).
  const options = { tokenize: 'strict' as const, resolution: 1, encode: indexTokens };
  const titleIndex = new Index(options);
  const bodyIndex = new Index({ ...options, encode: bigramTokens });
  const metaIndex = new Index(options);
  const titles: string[] = [];
  const titleTokens: string[][] = [];
  const bodyNorm = new Float64Array(N);
  const lengths: number[] = [];
  const weakChars = new Set(normalizeText(data.thesaurus.weak));

  docs.forEach((doc, i) => {
    titleIndex.add(i, doc.title);
    bodyIndex.add(i, doc.text);
    metaIndex.add(i, [...doc.tags, doc.chapter, ...doc.schemes.map((s) => data.schemes[s])].join(' '));
    const folded = normalizeText(doc.title);
    titles.push(folded);
    titleTokens.push(unique(segments(folded).flatMap(segmentTokens)).filter((t) => !isWeak(t)));
    lengths.push(doc.text.length);
  });
  const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, N);
  // BM25-style length normalisation for a single occurrence (k1 = 1.2, b = 0.6), kept within bounds.
  lengths.forEach((len, i) => {
    const norm = 2.2 / (1 + 1.2 * (0.4 + (0.6 * len) / avgLength));
    bodyNorm[i] = Math.min(1.2, Math.max(0.2, norm));
  });

  function isWeak(token: string): boolean {
    for (const ch of token) if (weakChars.has(ch)) return true;
    return false;
  }

  // —— Thesaurus, fillers, typos and city names, folded like everything else.
  const groupTerms = data.thesaurus.groups.map((g) => unique(g.terms.map(normalizeText)));
  const triggerMap = new Map<string, Trigger>();
  data.thesaurus.groups.forEach((g, gi) => {
    const terms = new Set(groupTerms[gi]);
    for (const raw of [...g.terms, ...g.words]) {
      const text = normalizeText(raw);
      const trigger = triggerMap.get(text) ?? { text, groups: [], isTerm: false };
      if (!trigger.groups.includes(gi)) trigger.groups.push(gi);
      if (terms.has(text)) trigger.isTerm = true;
      triggerMap.set(text, trigger);
    }
  });
  const groupWeight = data.thesaurus.groups.map((g) => g.weight ?? 1);
  const triggersByFirst = new Map<string, Trigger[]>();
  for (const trigger of [...triggerMap.values()].sort((a, b) => byLengthDesc(a.text, b.text))) {
    const first = trigger.text[0]!;
    const list = triggersByFirst.get(first) ?? [];
    list.push(trigger);
    triggersByFirst.set(first, list);
  }
  const fillers = unique(data.thesaurus.fillers.map(normalizeText)).sort(byLengthDesc);
  const typos = Object.entries(data.thesaurus.typos)
    .map(([wrong, right]) => [normalizeText(wrong), normalizeText(right)] as const)
    .sort((a, b) => byLengthDesc(a[0], b[0]));
  const cityNames = data.cities
    .flatMap((c) => c.aliases.map((alias) => ({ alias: normalizeText(alias), city: c.id })))
    .sort((a, b) => byLengthDesc(a.alias, b.alias));

  const idfMax = idf(1);
  function idf(df: number): number {
    return Math.log(1 + (N - df + 0.5) / (df + 0.5));
  }

  function postingsOf(token: string, cache: Map<string, Postings>): Postings {
    let p = cache.get(token);
    if (!p) {
      const limit = N;
      const q = exactToken(token);
      p = {
        t: titleIndex.search(q, { limit }) as number[],
        b: bodyIndex.search(q, { limit }) as number[],
        m: metaIndex.search(q, { limit }) as number[],
      };
      cache.set(token, p);
    }
    return p;
  }

  function contentLeft(text: string, sep: Uint8Array): boolean {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!sep[i] && (isCjk(code) || isAlnum(code))) return true;
    }
    return false;
  }

  function analyze(query: string): QueryAnalysis {
    const folded = normalizeText(query).trim();
    let text = folded;
    for (const [wrong, right] of typos) if (text.includes(wrong)) text = text.split(wrong).join(right);
    const corrected = text !== folded ? text : null;
    const n = text.length;

    // City names: remembered for the boost, taken out of the words to match (unless nothing else is left).
    const cities: string[] = [];
    const citySep = new Uint8Array(n);
    for (const { alias, city } of cityNames) {
      for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + alias.length)) {
        if (citySep[at]) continue;
        citySep.fill(1, at, at + alias.length);
        if (!cities.includes(city)) cities.push(city);
      }
    }
    const sep = contentLeft(text, citySep) ? citySep : new Uint8Array(n);

    // Thesaurus: the set of non-overlapping matches that covers the most of the query (so 在哪里交
    // reads 哪里交, not 在哪 + 里交), preferring fewer, longer matches; never across a separator.
    const inTrigger = new Uint8Array(n);
    const matched: { trigger: Trigger; start: number; end: number }[] = [];
    const cover = new Int32Array(n + 1);
    const count = new Int32Array(n + 1);
    const choice: (Trigger | null)[] = new Array(n + 1).fill(null);
    for (let i = n - 1; i >= 0; i--) {
      cover[i] = cover[i + 1]!;
      count[i] = count[i + 1]!;
      const code = text.charCodeAt(i);
      if (sep[i] || !(isCjk(code) || isAlnum(code))) continue;
      for (const t of triggersByFirst.get(text[i]!) ?? []) {
        const end = i + t.text.length;
        if (end > n || !text.startsWith(t.text, i)) continue;
        let crosses = false;
        for (let k = i; k < end; k++) if (sep[k]) crosses = true;
        // A Latin trigger (app) must be a whole word, not the middle of another (happy).
        if (isAlnum(code) && ((i > 0 && isAlnum(text.charCodeAt(i - 1))) || (end < n && isAlnum(text.charCodeAt(end))))) crosses = true;
        if (crosses) continue;
        const c = t.text.length + cover[end]!;
        const k = 1 + count[end]!;
        if (c > cover[i]! || (c === cover[i]! && k < count[i]!) || (c === cover[i]! && k === count[i]! && !choice[i])) {
          cover[i] = c;
          count[i] = k;
          choice[i] = t;
        }
      }
    }
    for (let i = 0; i < n; ) {
      const t = choice[i];
      if (t) {
        matched.push({ trigger: t, start: i, end: i + t.text.length });
        inTrigger.fill(1, i, i + t.text.length);
        i += t.text.length;
      } else {
        i++;
      }
    }

    // Fillers (怎么、如何 …) become separators, except inside a thesaurus match.
    const withFillers = Uint8Array.from(sep);
    for (const filler of fillers) {
      for (let at = text.indexOf(filler); at >= 0; at = text.indexOf(filler, at + 1)) {
        let free = true;
        for (let k = at; k < at + filler.length; k++) if (inTrigger[k]) free = false;
        if (free) withFillers.fill(1, at, at + filler.length);
      }
    }
    const anyTrigger = matched.length > 0;
    const finalSep = anyTrigger || contentLeft(text, withFillers) ? withFillers : sep;

    const units = new Map<string, Unit>();
    for (const { trigger } of matched) {
      const altTexts = unique([trigger.text, ...trigger.groups.flatMap((g) => groupTerms[g]!)]);
      const alts = altTexts
        .map((t) => ({ text: t, tokens: phraseTokens(t), factor: t === trigger.text || !trigger.isTerm ? 1 : SYNONYM_FACTOR }))
        .filter((a) => a.tokens.length > 0);
      const key = `g:${[...altTexts].sort().join('|')}`;
      const prev = units.get(key);
      const length = trigger.text.length;
      const weight = Math.max(...trigger.groups.map((g) => groupWeight[g]!));
      if (prev) prev.length = Math.max(prev.length, length);
      else units.set(key, { key, alts, group: true, length, unigram: false, weak: false, weight });
    }
    const rest = segments(text, (i) => finalSep[i] === 1 || inTrigger[i] === 1);
    for (const seg of rest) {
      for (const token of segmentTokens(seg)) {
        const key = `t:${token}`;
        if (units.has(key)) continue;
        const unigram = seg.kind === 'cjk' && token.length === 1;
        units.set(key, {
          key,
          alts: [{ text: token, tokens: [token], factor: 1 }],
          group: false,
          length: token.length,
          unigram,
          weak: isWeak(token),
          weight: 1,
        });
      }
    }

    const trigrams = new Set<string>();
    for (const seg of segments(text, (i) => finalSep[i] === 1)) {
      if (seg.kind !== 'cjk') continue;
      for (let i = 0; i + 3 <= seg.text.length; i++) trigrams.add(seg.text.slice(i, i + 3));
    }
    for (const unit of units.values()) {
      if (!unit.group) continue;
      for (const alt of unit.alts) if (alt.text.length >= 3) trigrams.add(alt.text.slice(0, 3));
    }

    return { normalized: text, corrected, cities, units: [...units.values()], trigrams: [...trigrams] };
  }

  function search(query: string, opts: SearchOptions = {}): SearchResponse {
    const analysis = analyze(query);
    const { units } = analysis;
    const cache = new Map<string, Postings>();
    const score = new Float64Array(N);
    const cover = new Float64Array(N);
    const cT = new Uint8Array(N);
    const cB = new Uint8Array(N);
    const cM = new Uint8Array(N);
    const touched: number[] = [];
    const terms = new Set<string>();
    const queryTokens = new Set<string>();
    let totalWeight = 0;
    const unitVal = new Float64Array(N);
    const unitFull = new Uint8Array(N);

    for (const unit of units) {
      unitVal.fill(0);
      unitFull.fill(0);
      const unitDocs: number[] = [];
      for (const alt of unit.alts) {
        const k = alt.tokens.length;
        touched.length = 0;
        for (const token of alt.tokens) {
          const p = postingsOf(token, cache);
          for (const d of p.t) {
            if (!cT[d] && !cB[d] && !cM[d]) touched.push(d);
            cT[d]!++;
          }
          for (const d of p.b) {
            if (!cT[d] && !cB[d] && !cM[d]) touched.push(d);
            cB[d]!++;
          }
          for (const d of p.m) {
            if (!cT[d] && !cB[d] && !cM[d]) touched.push(d);
            cM[d]!++;
          }
        }
        let anyFull = false;
        for (const d of touched) {
          const fT = cT[d]! / k;
          const fB = cB[d]! / k;
          const fM = cM[d]! / k;
          // Title first: a full title match is worth 1 whatever the body says; the answer and the
          // tags add to a partial title match (noisy-or), so “titles above bodies” holds.
          const v = alt.factor * (1 - (1 - fT * fT) * (1 - W_BODY * fB * fB * bodyNorm[d]!) * (1 - W_META * fM * fM));
          if (unitVal[d] === 0 && unitFull[d] === 0) unitDocs.push(d);
          if (v > unitVal[d]!) unitVal[d] = v;
          if (cT[d] === k || cB[d] === k || cM[d] === k) {
            unitFull[d] = 1;
            anyFull = true;
          }
          cT[d] = cB[d] = cM[d] = 0;
        }
        if (anyFull) {
          for (const t of alt.tokens) queryTokens.add(t);
          // Highlight what matched; lone characters and function words only when they are the whole query.
          if (!unit.weak && !(unit.unigram && units.length > 1)) terms.add(alt.text);
        }
      }
      let df = 0;
      for (const d of unitDocs) if (unitFull[d]) df++;
      let weight = df > 0 ? Math.min(idf(df), idfMax) : UNKNOWN_WEIGHT;
      weight *= unit.weight;
      if (unit.group) weight *= CONCEPT_WEIGHT * Math.min(1.75, 1 + 0.25 * Math.max(0, unit.length - 2));
      if (unit.unigram) weight *= 0.5;
      if (unit.weak) weight *= 0.4;
      totalWeight += weight;
      for (const d of unitDocs) {
        score[d]! += weight * unitVal[d]!;
        if (unitFull[d]) cover[d]! += weight;
      }
    }

    // Relevance threshold, boosts and bonuses.
    const candidates: SearchHit[] = [];
    let bestCoverage = 0;
    if (totalWeight > 0) {
      for (let d = 0; d < N; d++) if (cover[d]! / totalWeight > bestCoverage) bestCoverage = cover[d]! / totalWeight;
    }
    const threshold = Math.max(MIN_COVERAGE, RELATIVE_COVERAGE * bestCoverage);
    for (let d = 0; d < N && totalWeight > 0; d++) {
      const coverage = cover[d]! / totalWeight;
      if (coverage < threshold || coverage === 0) continue;
      const doc = docs[d]!;
      const tt = titleTokens[d]!;
      let explained = 0;
      for (const t of tt) if (queryTokens.has(t)) explained++;
      const titleShare = tt.length ? explained / tt.length : 0;
      let phraseHits = 0;
      for (const tri of analysis.trigrams) if (titles[d]!.includes(tri)) phraseHits++;
      let s = score[d]! / totalWeight + BONUS_TITLE_SHARE * titleShare + BONUS_PHRASE * Math.min(1, phraseHits / 3);
      if (analysis.cities.includes(doc.city)) s *= BOOST_NAMED_CITY;
      if (opts.preferCity && doc.city === opts.preferCity) s *= BOOST_CHOSEN_CITY;
      candidates.push({ doc, score: s, coverage });
    }
    candidates.sort((a, b) => b.score - a.score || byId.get(a.doc.id)! - byId.get(b.doc.id)!);

    const facets: SearchResponse['facets'] = { city: {}, scheme: {}, topic: {} };
    for (const { doc } of candidates) {
      facets.city[doc.city] = (facets.city[doc.city] ?? 0) + 1;
      for (const s of doc.schemes) facets.scheme[s] = (facets.scheme[s] ?? 0) + 1;
      for (const t of doc.tags) facets.topic[t] = (facets.topic[t] ?? 0) + 1;
    }
    const filtered = candidates.filter(
      ({ doc }) =>
        (!opts.city || doc.city === opts.city) &&
        (!opts.scheme || doc.schemes.includes(opts.scheme)) &&
        (!opts.topic || doc.tags.includes(opts.topic)),
    );

    return {
      query,
      normalized: analysis.normalized,
      corrected: analysis.corrected,
      cities: analysis.cities,
      terms: [...terms].sort(byLengthDesc),
      hits: opts.limit !== undefined ? filtered.slice(0, opts.limit) : filtered,
      total: filtered.length,
      facets,
    };
  }

  function suggest(query: string, limit = 5): SearchDoc[] {
    const { normalized } = analyze(query);
    const chars = unique(
      segments(normalized).flatMap((seg) => (seg.kind === 'alnum' ? [seg.text] : [...seg.text])),
    ).filter((c) => !weakChars.has(c));
    if (chars.length === 0) return [];
    const cache = new Map<string, Postings>();
    const score = new Float64Array(N);
    let total = 0;
    for (const c of chars) {
      const p = postingsOf(c, cache);
      // A character the handbooks never use says the question is about something else.
      const w = p.t.length + p.b.length > 0 ? idf(new Set([...p.t, ...p.b]).size) : idfMax;
      total += w;
      for (const d of p.t) score[d]! += w;
    }
    return [...score.keys()]
      .filter((d) => score[d]! / total >= 0.5)
      .sort((a, b) => score[b]! - score[a]! || docs[a]!.title.length - docs[b]!.title.length || a - b)
      .slice(0, limit)
      .map((d) => docs[d]!);
  }

  return {
    data,
    search,
    suggest,
    analyze,
    popular: () =>
      data.popular.flatMap(({ id, label }) => {
        const i = byId.get(id);
        return i === undefined ? [] : [{ doc: docs[i]!, label }];
      }),
    doc: (id) => {
      const i = byId.get(id);
      return i === undefined ? undefined : docs[i];
    },
  };
}
