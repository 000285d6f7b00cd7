import { Index } from 'flexsearch';
import { isAlnum, isCjk, normalizeText, spellOutCountedDigits } from './normalize';
import { correctHomophones, homophoneTable, type Lexicon, wordsByChar } from './homophones';
import { questionMatcher } from './question-match';
import { scanPostings } from './scan';
import { bigramTokens, cjkTrigrams, exactToken, indexTokens, phraseTokens, segments, segmentTokens, unique } from './tokenize';
import type { SearchData, SearchDoc, SearchHit, SearchOptions, SearchResponse } from './types';

/**
 * The search engine shared by the site (header box, /search) and the CLI: FlexSearch indexes built
 * with our tokenizer, the thesaurus applied to the query, and a ranking that puts question titles
 * above answer bodies, lifts the chosen or named city, and rewards phrase coverage.
 *
 * Reading the query. A counted digit is written as the handbooks write it (生3胎 → 生三胎, 3级医院 → 三级医院:
 * normalize.ts spellOutCountedDigits); known misspellings are corrected (typos), then same-sound ones
 * (homophones.ts: 起服线 → 起付线); city names are noted and taken out (a district or county names its
 * city too, and stays a light word); A-not-A question forms (能不能) separate; the thesaurus is matched
 * (longest cover, question words earning nothing, handbook terms winning ties); fillers and a final 不/没
 * separate.
 *
 * Ranking in short. The query becomes “units”: each thesaurus meaning is one unit whose alternatives
 * are the handbook's words for it (门槛费 → 起付线 | 起付标准), every other bigram is a unit of its
 * own. A unit scores per entry by its best alternative: a full match in the title is worth 1; the
 * answer (0.45, less for very long answers) and the topic tags/chapter (0.3) add to a partial title
 * match (noisy-or). Units are weighted by rarity (idf), recognised concepts above stray bigrams
 * (which share their weight in a long rambling question), question frames (能报多少) below topics
 * and without the bonus for length. On top: how much of the title the query explains, how closely
 * the query says one of the entry's questions word for word (title or 相似问法: the cosine of their
 * idf-weighted bigrams, question words included, so 医保码怎么用 finds 怎么使用 before 什么是), query
 * trigrams found in the title, a small penalty for each topic the title names that the query does
 * not (住院报销多少 prefers 住院 questions to 生育住院 ones), and the boosts for a city, province or
 * scheme named in the query or a city chosen by the resident. Entries matching too little of the query are
 * dropped, so a question about nothing in the handbooks finds nothing. No query is special-cased:
 * everything query-specific is data (content/search/synonyms.yaml).
 */

/** 相似问法 (other ways residents ask the question): below the title, above the answer. */
const W_SIMILAR = 0.75;
/** How much of one 相似问法 the query explains counts this much of the same share of the title. */
const SIMILAR_SHARE_FACTOR = 0.6;
const W_BODY = 0.45;
const W_META = 0.3;
/** A thesaurus alternative that is not the word the resident typed counts a little less. */
const SYNONYM_FACTOR = 0.85;
/** A recognised domain concept (a thesaurus match) outweighs a stray bigram of the same rarity. */
const CONCEPT_WEIGHT = 1.4;
/** Weight of the topics a group implies (`also`), relative to the group itself. */
const IMPLIED_WEIGHT = 0.5;
const UNKNOWN_WEIGHT = 1;
/** A bigram no handbook text uses, in a long spoken question (it straddles two words: 说只、千来). */
const UNUSED_STRAY_WEIGHT = 0.1;
/** The most a leftover bigram of a long spoken question weighs (about the idf of a word in one entry in ten). */
const RAMBLING_STRAY_MAX = 2.5;
const MIN_COVERAGE = 0.3;
/** Leftover bigrams of a question beyond this many share their weight (see strayFactor). */
const STRAY_FREE = 4;
const RELATIVE_COVERAGE = 0.45;
const BONUS_TITLE_SHARE = 0.1;
const BONUS_PHRASE = 0.1;
/** Per topic in a question's title that the query does not name (at most OFF_TOPIC_MAX of them). */
const OFF_TOPIC = 0.05;
const OFF_TOPIC_MAX = 2;
const BOOST_NAMED_CITY = 3;
/** Entries of other places when the query names a city (巴中医保局电话: not 大连's or 深圳's numbers). */
const OTHER_PLACE_FACTOR = 0.5;
const BOOST_NAMED_SCHEME = 1.1;
const OTHER_SCHEME_FACTOR = 0.8;
const BOOST_CHOSEN_CITY = 1.15;
/** A district's or county's name as a word of the question (see analyze). */
const DISTRICT_WORD_WEIGHT = 0.4;
/** How closely the query, word for word, says one of an entry's questions (its title or a 相似问法). */
const W_QUESTION_MATCH = 0.7;

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
  /** A leftover bigram inside a phrase that the questions or their 相似问法 use (see phraseTrigrams). */
  phrase?: boolean;
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
  /** Thesaurus groups the query names, and those they imply (`also`). */
  groups: number[];
  /** The query's own bigrams, as typed (after spelling repairs), city names left out. */
  plainTokens: string[];
  /** Our handbooks in a province the query names (西藏 → 昌都 and the 西藏 cases), when it names no city. */
  regionCities: string[];
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
  /** Whether the FlexSearch indexes are built (until then look-ups read the texts: same results). */
  readonly indexed: boolean;
}

type Postings = { t: number[]; s: number[]; b: number[]; m: number[] };

function byLengthDesc(a: string, b: string): number {
  return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** 能不能、可不可以、有没有、是不是: a word, 不 or 没, the same word again. */
export function isChoiceQuestion(filler: string): boolean {
  return /^(.)[不没]\1/u.test(filler);
}

/** Builds the engine in one go, indexes included (Node: the CLI, the benchmark, the tests). */
export function createSearchEngine(data: SearchData): SearchEngine {
  const build = buildSearchEngine(data);
  let step = build.next();
  while (!step.done) step = build.next();
  const engine = step.value;
  for (const _ of engine.buildIndexes()) {
    /* every slice at once */
  }
  return engine;
}

/**
 * Documents indexed between two pauses of SearchEngine.buildIndexes. The caller decides when to give the
 * thread back (lib/search/client.ts: after 5 ms of work); a pause after every document keeps a slice
 * close to that budget even where several long answers (with tables) come one after another.
 */
const DOCS_PER_SLICE = 1;
/** Documents prepared (folded, their questions and 相似问法 cut into tokens) between two pauses. */
const PREPARED_PER_SLICE = 8;

/** The four fields searched, each its own index: question, 相似问法, answer, topics and chapter. */
type Field = 't' | 's' | 'b' | 'm';
const FIELDS: readonly Field[] = ['t', 's', 'b', 'm'];

/**
 * The engine, prepared in slices: the generator pauses (yields) every few documents and between the
 * stages, so that a browser can run it a slice per task (lib/search/client.ts) and keep the page
 * responsive on a slow phone. The engine it returns already answers, by reading the texts
 * (lib/search/scan.ts: the first question of a shared link need not wait); `buildIndexes()` then builds
 * the FlexSearch indexes, also in slices, and from then on every look-up uses them. Both give the same
 * postings, so the same results.
 */
export function* buildSearchEngine(data: SearchData): Generator<void, SearchEngine & { buildIndexes(): Generator<void, void, void> }, void> {
  const docs = data.docs;
  const N = docs.length;
  const cityKinds = new Map(data.cities.map((c) => [c.id, c.kind]));
  const byId = new Map(docs.map((d, i) => [d.id, i]));

  const titles: string[] = [];
  const titleTokens: string[][] = [];
  /** Each 相似问法, folded, and its tokens (for the share of it that a query explains). */
  const similarTexts: string[][] = [];
  const similarTokens: string[][][] = [];
  /** Every question of each entry (its title, then its 相似问法) as all its bigrams, function words included. */
  const questionTokens: string[][][] = [];
  /** The folded text of each field of each document, as the indexes see it (one line per phrasing). */
  const fieldTexts: Record<Field, string[]> = { t: titles, s: [], b: [], m: [] };
  const fieldText = (doc: SearchDoc, field: Field): string =>
    field === 't'
      ? doc.title
      : field === 's'
        ? doc.similar.join('\n')
        : field === 'b'
          ? doc.text
          : [...doc.tags, doc.chapter, ...doc.schemes.map((x) => data.schemes[x])].join(' ');
  const bodyNorm = new Float64Array(N);
  const lengths: number[] = [];
  const weakChars = new Set(normalizeText(data.thesaurus.weak));

  for (let i = 0; i < N; i++) {
    if (i > 0 && i % PREPARED_PER_SLICE === 0) yield;
    const doc = docs[i]!;
    const folded = normalizeText(doc.title);
    titles.push(folded);
    for (const field of ['s', 'b', 'm'] as const) fieldTexts[field].push(normalizeText(fieldText(doc, field)));
    const phrasings = doc.similar.map(normalizeText);
    const asked = [folded, ...phrasings].map((q) => unique(segments(q).flatMap(segmentTokens)));
    questionTokens.push(asked);
    titleTokens.push(asked[0]!.filter((t) => !isWeak(t)));
    similarTexts.push(phrasings);
    similarTokens.push(asked.slice(1).map((tokens) => tokens.filter((t) => !isWeak(t))));
    lengths.push(doc.text.length);
  }

  // —— Indexes: FlexSearch with our tokenizer as the index-level `encode` (used for add and search),
  // built by buildIndexes(); until then each look-up reads the texts (scanPostings).
  let indexes: Record<Field, Index> | null = null;
  /** The documents whose `field` has `token` (a token of our tokenizer). */
  function lookup(field: Field, token: string, limit = N): number[] {
    if (indexes) return indexes[field].search(exactToken(token), { limit }) as number[];
    const found = scanPostings(fieldTexts[field], token, field !== 'b');
    return found.length > limit ? found.slice(0, limit) : found;
  }
  function* buildIndexes(): Generator<void, void, void> {
    if (indexes) return;
    const options = { tokenize: 'strict' as const, resolution: 1, encode: indexTokens };
    const built: Record<Field, Index> = { t: new Index(options), s: new Index(options), b: new Index({ ...options, encode: bigramTokens }), m: new Index(options) };
    for (let i = 0; i < N; i++) {
      if (i > 0 && i % DOCS_PER_SLICE === 0) yield;
      const doc = docs[i]!;
      for (const field of FIELDS) {
        const text = fieldText(doc, field);
        if (text) built[field].add(i, text);
      }
    }
    indexes = built;
  }
  yield;
  // Phrases residents and handbooks share: every three characters of the questions, and of their
  // 相似问法 where the answer says them too (白内障手术; not 七十多, which is only how someone put it).
  // A long spoken question's leftover bigrams inside one of them are real words.
  const phraseTrigrams = new Set<string>();
  for (let i = 0; i < N; i++) {
    for (const tri of cjkTrigrams(titles[i]!)) phraseTrigrams.add(tri);
    const answer = fieldTexts.b[i]!;
    for (const phrasing of similarTexts[i]!) for (const tri of cjkTrigrams(phrasing)) if (answer.includes(tri)) phraseTrigrams.add(tri);
  }
  yield;
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
  const ownGroups = data.thesaurus.groups.map((g) => g.own === true);
  // `also`: the groups whose handbook terms a group names (checked by lib/search/config.test.ts).
  const groupsOfTerm = new Map<string, number[]>();
  groupTerms.forEach((terms, gi) => terms.forEach((term) => groupsOfTerm.set(term, [...(groupsOfTerm.get(term) ?? []), gi])));
  const impliedGroups = data.thesaurus.groups.map((g) => unique((g.also ?? []).map(normalizeText).flatMap((term) => groupsOfTerm.get(term) ?? [])));
  const triggersByFirst = new Map<string, Trigger[]>();
  for (const trigger of [...triggerMap.values()].sort((a, b) => byLengthDesc(a.text, b.text))) {
    const first = trigger.text[0]!;
    const list = triggersByFirst.get(first) ?? [];
    list.push(trigger);
    triggersByFirst.set(first, list);
  }
  const fillers = unique(data.thesaurus.fillers.map(normalizeText)).sort(byLengthDesc);
  const choiceFillers = fillers.filter(isChoiceQuestion);
  const typos = Object.entries(data.thesaurus.typos)
    .map(([wrong, right]) => [normalizeText(wrong), normalizeText(right)] as const)
    .sort((a, b) => byLengthDesc(a[0], b[0]));
  const cityNames = data.cities
    .flatMap((c) => c.aliases.map((alias) => ({ alias: normalizeText(alias), city: c.id })))
    .sort((a, b) => byLengthDesc(a.alias, b.alias));
  const regionNames = data.cities.flatMap((c) => c.region.map((name) => ({ name: normalizeText(name), city: c.id })));
  const districtNames = data.cities.flatMap((c) => c.districts.map((name) => ({ name: normalizeText(name), city: c.id })));

  // Same-sound misspellings (lib/search/homophones.ts): a bigram is known if the questions, topics,
  // chapters, the thesaurus or (looked up in the index when needed) the answers have it; corrections
  // complete the thesaurus's words.
  yield;
  const homophones = homophoneTable(data.thesaurus.homophones ?? []);
  yield;
  const handbookWords = [
    ...data.thesaurus.groups.flatMap((g) => g.terms),
    ...Object.values(data.thesaurus.typos),
    ...data.cities.flatMap((c) => c.aliases),
    ...data.topics.map((t) => t.name),
  ].map(normalizeText);
  const residentWords = [...data.thesaurus.groups.flatMap((g) => g.words), ...data.thesaurus.fillers].map(normalizeText);
  const shortBigrams = new Set<string>();
  const addBigrams = (text: string) => {
    for (const seg of segments(normalizeText(text))) {
      if (seg.kind !== 'cjk') continue;
      for (let i = 0; i + 1 < seg.text.length; i++) shortBigrams.add(seg.text.slice(i, i + 2));
    }
  };
  for (const doc of docs) [doc.title, doc.chapter, ...doc.tags].forEach(addBigrams);
  yield;
  const lexiconWords = new Set([...handbookWords, ...residentWords]);
  lexiconWords.forEach(addBigrams);
  yield;
  const lexicon: Lexicon = {
    known: (b) => shortBigrams.has(b) || lookup('b', b, 1).length > 0,
    isWord: (w) => lexiconWords.has(w),
    weak: weakChars,
    // Two-character corrections only to the handbooks' own words (报销、备案), not to a resident's
    // word (老伴 is not 老板).
    wordsWith: wordsByChar([
      ...handbookWords.map((word) => ({ word, term: true })),
      ...residentWords.filter((w) => w.length >= 3).map((word) => ({ word, term: false })),
    ]),
  };

  yield;
  // The topics each question names (thesaurus matches in its title), for the off-topic penalty.
  const topicsOfTitle = (t: string) => {
    const seen = new Set<string>();
    return thesaurusMatches(t, new Uint8Array(t.length))
      .filter(({ trigger: { groups } }) => Math.max(...groups.map((g) => groupWeight[g]!)) >= 1 && !groups.some((g) => data.thesaurus.groups[g]!.qualifier))
      .filter(({ trigger: { groups } }) => {
        const key = groups.join(',');
        return !seen.has(key) && !!seen.add(key);
      })
      .map(({ trigger }) => ({ groups: trigger.groups, tokens: phraseTokens(trigger.text) }));
  };
  /** Worked out the first time a query reaches the entry (most never do), not while the page waits. */
  const titleTopics: ({ groups: number[]; tokens: string[] }[] | undefined)[] = new Array(N);
  const titleTopicsOf = (d: number) => (titleTopics[d] ??= topicsOfTitle(titles[d]!));

  const questionsMatch = questionMatcher(questionTokens);

  const schemeIds = Object.keys(data.schemes) as SearchDoc['schemes'];
  const schemeNames = Object.fromEntries(schemeIds.map((x) => [x, normalizeText(data.schemes[x])]));
  const idfMax = idf(1);
  function idf(df: number): number {
    return Math.log(1 + (N - df + 0.5) / (df + 0.5));
  }

  function postingsOf(token: string, cache: Map<string, Postings>): Postings {
    let p = cache.get(token);
    if (!p) {
      p = { t: lookup('t', token), s: lookup('s', token), b: lookup('b', token), m: lookup('m', token) };
      cache.set(token, p);
    }
    return p;
  }

  /**
   * The thesaurus in a text: the set of non-overlapping matches that covers the most of it (so 在哪里交
   * reads 哪里交, not 在哪 + 里交), preferring fewer, longer matches; never across a separator.
   */
  function thesaurusMatches(text: string, sep: Uint8Array, filler?: Uint8Array): { trigger: Trigger; start: number; end: number }[] {
    const n = text.length;
    const cover = new Int32Array(n + 1);
    const count = new Int32Array(n + 1);
    // Characters covered by handbook terms: between equal covers, 能|报销 beats 能报|销.
    const termCover = new Int32Array(n + 1);
    const choice: (Trigger | null)[] = new Array(n + 1).fill(null);
    for (let i = n - 1; i >= 0; i--) {
      cover[i] = cover[i + 1]!;
      count[i] = count[i + 1]!;
      termCover[i] = termCover[i + 1]!;
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
        // Question words cost nothing, so a match earns only the characters they do not cover
        // (怎么报|销 loses to 怎么 + 报销).
        let own = t.text.length;
        if (filler) for (let k = i; k < end; k++) own -= filler[k]!;
        if (own === 0) continue;
        const c = own + cover[end]!;
        const k = 1 + count[end]!;
        const tc = (t.isTerm ? t.text.length : 0) + termCover[end]!;
        const better =
          c > cover[i]! ||
          (c === cover[i]! && (k < count[i]! || (k === count[i]! && (tc > termCover[i]! || (tc === termCover[i]! && !choice[i])))));
        if (better) {
          cover[i] = c;
          count[i] = k;
          termCover[i] = tc;
          choice[i] = t;
        }
      }
    }
    const matched: { trigger: Trigger; start: number; end: number }[] = [];
    for (let i = 0; i < n; ) {
      const t = choice[i];
      if (t) {
        matched.push({ trigger: t, start: i, end: i + t.text.length });
        i += t.text.length;
      } else {
        i++;
      }
    }
    return matched;
  }

  function contentLeft(text: string, sep: Uint8Array): boolean {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!sep[i] && (isCjk(code) || isAlnum(code))) return true;
    }
    return false;
  }

  function analyze(query: string): QueryAnalysis {
    const folded = spellOutCountedDigits(normalizeText(query).trim());
    let text = folded;
    for (const [wrong, right] of typos) if (text.includes(wrong)) text = text.split(wrong).join(right);
    const seen = new Map<string, boolean>();
    const known = (b: string) => seen.get(b) ?? (seen.set(b, lexicon.known(b)), seen.get(b)!);
    text = correctHomophones(text, homophones, { ...lexicon, known });
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
    // A district or county (巴州区、通江) names its city too, and stays a word of the question, a light one:
    // it tells one office's number from another's (平昌的电话), not what a question is about (通江县住院起付线).
    const districtAt = new Uint8Array(n);
    for (const { name, city } of districtNames) {
      const at = text.indexOf(name);
      if (at < 0 || citySep[at]) continue;
      districtAt.fill(1, at, at + name.length);
      if (!cities.includes(city)) cities.push(city);
    }
    const citySepOrNone = contentLeft(text, citySep) ? citySep : new Uint8Array(n);
    // A-not-A question forms (能不能、可不可以、有没有) only ask whether: they separate before the
    // thesaurus is applied, so 能不能报销 is not read as 不能报销 (not covered).
    const sep = Uint8Array.from(citySepOrNone);
    for (const filler of choiceFillers) {
      for (let at = text.indexOf(filler); at >= 0; at = text.indexOf(filler, at + 1)) sep.fill(1, at, at + filler.length);
    }
    if (!contentLeft(text, sep)) sep.set(citySepOrNone);

    const fillerAt = new Uint8Array(n);
    for (const filler of fillers) {
      for (let at = text.indexOf(filler); at >= 0; at = text.indexOf(filler, at + 1)) fillerAt.fill(1, at, at + filler.length);
    }
    const matched = thesaurusMatches(text, sep, fillerAt);
    const inTrigger = new Uint8Array(n);
    for (const m of matched) inTrigger.fill(1, m.start, m.end);

    // Fillers (怎么、如何 …) become separators, except inside a thesaurus match; what a match leaves
    // of a filler goes too (能报多少钱 = 能报多少 + the 钱 of 多少钱, not a question about 钱).
    const withFillers = Uint8Array.from(sep);
    for (const filler of fillers) {
      for (let at = text.indexOf(filler); at >= 0; at = text.indexOf(filler, at + 1)) {
        for (let k = at; k < at + filler.length; k++) if (!inTrigger[k]) withFillers[k] = 1;
      }
    }
    // A question ending in 不 or 没(有) asks yes-or-no (能报不、报了没有), like 吗.
    let last = n - 1;
    while (last >= 0 && (withFillers[last] || !(isCjk(text.charCodeAt(last)) || isAlnum(text.charCodeAt(last))))) last--;
    const tail = text.slice(Math.max(0, last - 1), last + 1);
    const particle = tail === '没有' ? 2 : /[不没]$/u.test(tail) ? 1 : 0;
    if (particle && last + 1 - particle > 0 && !inTrigger[last]) withFillers.fill(1, last + 1 - particle, last + 1);
    const anyTrigger = matched.length > 0;
    const finalSep = anyTrigger || contentLeft(text, withFillers) ? withFillers : sep;

    const units = new Map<string, Unit>();
    for (const { trigger } of matched) {
      // A word of an `own` group (a place name) is also a topic of its own.
      if (!trigger.isTerm && trigger.groups.some((g) => ownGroups[g])) {
        const key = `w:${trigger.text}`;
        const tokens = phraseTokens(trigger.text);
        if (!units.has(key) && tokens.length) {
          units.set(key, { key, alts: [{ text: trigger.text, tokens, factor: 1 }], group: true, length: trigger.text.length, unigram: false, weak: false, weight: 1 });
        }
      }
      const altTexts = unique([trigger.text, ...trigger.groups.flatMap((g) => groupTerms[g]!)]);
      const alts = altTexts
        .map((t) => ({ text: t, tokens: phraseTokens(t), factor: t === trigger.text || !trigger.isTerm ? 1 : SYNONYM_FACTOR }))
        .filter((a) => a.tokens.length > 0);
      // One unit per meaning: 报销 and 能报吗 in one question are one question about 报销.
      const key = `g:${[...trigger.groups].sort((a, b) => a - b).join(',')}`;
      const prev = units.get(key);
      const length = trigger.text.length;
      const weight = Math.max(...trigger.groups.map((g) => groupWeight[g]!));
      if (prev) {
        prev.length = Math.max(prev.length, length);
        for (const alt of alts) if (!prev.alts.some((a) => a.text === alt.text)) prev.alts.push(alt);
      } else units.set(key, { key, alts, group: true, length, unigram: false, weak: false, weight });
    }
    // Topics the matched groups imply (a disease → 门诊慢特病), unless the query names them itself: one
    // unit, with less weight, so entries on that topic that also name the disease come first.
    const named = new Set(matched.flatMap((m) => m.trigger.groups));
    const implied = unique(matched.flatMap((m) => m.trigger.groups.flatMap((g) => impliedGroups[g]!))).filter((g) => !named.has(g));
    if (implied.length) {
      const alts = unique(implied.flatMap((g) => groupTerms[g]!))
        .map((t) => ({ text: t, tokens: phraseTokens(t), factor: 1 }))
        .filter((a) => a.tokens.length > 0);
      const weight = IMPLIED_WEIGHT * Math.max(...implied.map((g) => groupWeight[g]!));
      units.set(`also:${implied.join(',')}`, { key: `also:${implied.join(',')}`, alts, group: true, length: 2, unigram: false, weak: false, weight });
    }
    const rest = segments(text, (i) => finalSep[i] === 1 || inTrigger[i] === 1);
    for (const seg of rest) {
      // Bigrams inside three characters that a question or a 相似问法 also says (白内障, 扫的码) are
      // words the resident meant, not two words run together.
      const inPhrase = new Uint8Array(seg.text.length);
      if (seg.kind === 'cjk') {
        for (let i = 0; i + 3 <= seg.text.length; i++) if (phraseTrigrams.has(seg.text.slice(i, i + 3))) inPhrase.fill(1, i, i + 3);
      }
      segmentTokens(seg).forEach((token, i) => {
        const key = `t:${token}`;
        const phrase = seg.kind === 'cjk' && token.length === 2 && inPhrase[i] === 1 && inPhrase[i + 1] === 1;
        const prev = units.get(key);
        if (prev) {
          prev.phrase ||= phrase;
          return;
        }
        const unigram = seg.kind === 'cjk' && token.length === 1;
        const inDistrict = districtAt[seg.start + i] === 1 && districtAt[seg.start + i + token.length - 1] === 1;
        units.set(key, {
          key,
          alts: [{ text: token, tokens: [token], factor: 1 }],
          group: false,
          length: token.length,
          unigram,
          weak: isWeak(token),
          weight: inDistrict ? DISTRICT_WORD_WEIGHT : 1,
          phrase,
        });
      });
    }

    const trigrams = new Set<string>();
    for (const tri of cjkTrigrams(text, (i) => finalSep[i] === 1)) trigrams.add(tri);
    for (const unit of units.values()) {
      if (!unit.group) continue;
      for (const alt of unit.alts) if (alt.text.length >= 3) trigrams.add(alt.text.slice(0, 3));
    }

    const groups = unique([...matched.flatMap((m) => m.trigger.groups), ...implied]);
    const plainTokens = unique(segments(text, (i) => citySepOrNone[i] === 1).flatMap(segmentTokens));
    // A province (西藏、四川) is a weaker way of naming a place: it lifts our handbooks there, and stays a
    // word of the question (the 西藏 cases say 西藏).
    const regionCities = cities.length ? [] : unique(regionNames.filter((r) => text.includes(r.name)).map((r) => r.city));
    return { normalized: text, corrected, cities, units: [...units.values()], trigrams: [...trigrams], groups, plainTokens, regionCities };
  }

  function search(query: string, opts: SearchOptions = {}): SearchResponse {
    const analysis = analyze(query);
    const { units } = analysis;
    const cache = new Map<string, Postings>();
    const score = new Float64Array(N);
    const cover = new Float64Array(N);
    const cT = new Uint8Array(N);
    const cS = new Uint8Array(N);
    const cB = new Uint8Array(N);
    const cM = new Uint8Array(N);
    /** How many of an alternative's tokens each field of a document has (cleared after each alternative). */
    const counts: Record<Field, Uint8Array> = { t: cT, s: cS, b: cB, m: cM };
    const touched: number[] = [];
    const isTouched = new Uint8Array(N);
    const terms = new Set<string>();
    const queryTokens = new Set<string>();
    let totalWeight = 0;
    const unitVal = new Float64Array(N);
    const unitFull = new Uint8Array(N);

    // In a long, rambling question (voice input) most leftover bigrams straddle two words (爸七、说只);
    // those the handbooks never use say nothing, and the others together count as much as a few, so
    // the recognised concepts and the real words (白内障 → 白内、内障) still decide.
    const strayUnits = units.filter((u) => !u.group && !u.phrase);
    const unused = (u: Unit) => {
      const p = postingsOf(u.alts[0]!.tokens[0]!, cache);
      return FIELDS.every((field) => p[field].length === 0);
    };
    const rambling = strayUnits.length > STRAY_FREE;
    const unusedStrays = new Set(rambling ? strayUnits.filter(unused) : []);
    const strays = strayUnits.length - unusedStrays.size;
    const strayFactor = strays > STRAY_FREE ? STRAY_FREE / strays : 1;

    for (const unit of units) {
      unitVal.fill(0);
      unitFull.fill(0);
      const unitDocs: number[] = [];
      for (const alt of unit.alts) {
        const k = alt.tokens.length;
        touched.length = 0;
        for (const token of alt.tokens) {
          const p = postingsOf(token, cache);
          for (const field of FIELDS) {
            const count = counts[field];
            for (const d of p[field]) {
              if (!isTouched[d]) {
                isTouched[d] = 1;
                touched.push(d);
              }
              count[d]!++;
            }
          }
        }
        let anyFull = false;
        for (const d of touched) {
          const fT = cT[d]! / k;
          const fS = cS[d]! / k;
          const fB = cB[d]! / k;
          const fM = cM[d]! / k;
          // Title first: a full title match is worth 1 whatever the body says; the 相似问法, the answer
          // and the tags add to a partial title match (noisy-or), so “titles above bodies” holds.
          const v =
            alt.factor *
            (1 - (1 - fT * fT) * (1 - W_SIMILAR * fS * fS) * (1 - W_BODY * fB * fB * bodyNorm[d]!) * (1 - W_META * fM * fM));
          if (unitVal[d] === 0 && unitFull[d] === 0) unitDocs.push(d);
          if (v > unitVal[d]!) unitVal[d] = v;
          if (cT[d] === k || cS[d] === k || cB[d] === k || cM[d] === k) {
            unitFull[d] = 1;
            anyFull = true;
          }
          cT[d] = cS[d] = cB[d] = cM[d] = isTouched[d] = 0;
        }
        if (anyFull) {
          for (const t of alt.tokens) queryTokens.add(t);
          // Highlight what matched; lone characters and function words only when they are the whole query.
          if (!unit.weak && !(unit.unigram && units.length > 1)) terms.add(alt.text);
        }
      }
      let df = 0;
      for (const d of unitDocs) if (unitFull[d]) df++;
      let weight = unusedStrays.has(unit) ? UNUSED_STRAY_WEIGHT : df > 0 ? Math.min(idf(df), idfMax) : UNKNOWN_WEIGHT;
      weight *= unit.weight;
      // A longer recognised phrase says more (生孩子的保险 > 保险), but only for topics: a longer
      // question frame (能报销多少钱 vs 报多少) asks the same thing.
      if (unit.group) weight *= CONCEPT_WEIGHT * (unit.weight >= 1 ? Math.min(1.75, 1 + 0.25 * Math.max(0, unit.length - 2)) : 1);
      if (unit.unigram) weight *= 0.5;
      if (unit.weak) weight *= 0.4;
      // A rare leftover bigram of a rambling question is more likely two words run together than a
      // rare word: it counts at most like a common one.
      const stray = !unit.group && !unit.phrase;
      if (stray && rambling) weight = Math.min(weight, RAMBLING_STRAY_MAX);
      if (stray) weight *= strayFactor;
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
    // Schemes the query names (城乡居民医保、职工医保 or a resident's word for one).
    const namedSchemes = schemeIds.filter((x) => analysis.groups.some((g) => groupTerms[g]!.includes(schemeNames[x]!)));
    // What the query asks about, for the off-topic penalty: a title's topic is asked if it is one of
    // the query's thesaurus groups, if all its words are the query's (缴费 for 缴费渠道), or if it
    // contains one of the query's topics (生育保险 for 生育).
    const asked = new Set(analysis.groups);
    const askedTokens = new Set(units.flatMap((u) => u.alts.flatMap((a) => a.tokens)));
    const askedTopics = units.filter((u) => u.group && u.weight >= 1).flatMap((u) => u.alts.map((a) => a.tokens));
    const isAsked = (topic: { groups: number[]; tokens: string[] }) =>
      topic.groups.some((g) => asked.has(g)) ||
      topic.tokens.every((t) => askedTokens.has(t)) ||
      askedTopics.some((tokens) => tokens.every((t) => topic.tokens.includes(t)));
    const queryVector = questionsMatch.vector(analysis.plainTokens);
    // A city the query names; else our handbooks in a province it names (regionCities is empty when a city is named).
    const namedPlaces = analysis.cities.length ? analysis.cities : analysis.regionCities;
    for (let d = 0; d < N && totalWeight > 0; d++) {
      const coverage = cover[d]! / totalWeight;
      if (coverage < threshold || coverage === 0) continue;
      const doc = docs[d]!;
      const tt = titleTokens[d]!;
      let explained = 0;
      for (const t of tt) if (queryTokens.has(t)) explained++;
      let titleShare = tt.length ? explained / tt.length : 0;
      // A 相似问法 the query says almost word for word counts nearly like the title itself.
      for (const st of similarTokens[d]!) {
        if (!st.length) continue;
        let hits = 0;
        for (const t of st) if (queryTokens.has(t)) hits++;
        titleShare = Math.max(titleShare, (SIMILAR_SHARE_FACTOR * hits) / st.length);
      }
      let phraseHits = 0;
      for (const tri of analysis.trigrams) {
        if (titles[d]!.includes(tri)) phraseHits++;
        else if (similarTexts[d]!.some((p) => p.includes(tri))) phraseHits += SIMILAR_SHARE_FACTOR;
      }
      let s =
        score[d]! / totalWeight +
        BONUS_TITLE_SHARE * titleShare +
        BONUS_PHRASE * Math.min(1, phraseHits / 3) +
        W_QUESTION_MATCH * questionsMatch.match(d, queryVector);
      // A question about a topic the resident did not ask about (生育 for 住院报销多少) answers
      // something narrower or different.
      let offTopic = 0;
      for (const topic of titleTopicsOf(d)) if (!isAsked(topic)) offTopic++;
      s *= (1 - OFF_TOPIC) ** Math.min(offTopic, OFF_TOPIC_MAX);
      if (namedPlaces.length) s *= namedPlaces.includes(doc.city) ? BOOST_NAMED_CITY : OTHER_PLACE_FACTOR;
      // A question naming 职工医保 asks about its rules, not about 居民医保's (and the other way round).
      if (namedSchemes.length) s *= doc.schemes.some((x) => namedSchemes.includes(x)) ? BOOST_NAMED_SCHEME : OTHER_SCHEME_FACTOR;
      if (opts.preferCity && doc.city === opts.preferCity) s *= BOOST_CHOSEN_CITY;
      candidates.push({ doc, score: s, coverage });
    }
    candidates.sort((a, b) => b.score - a.score || byId.get(a.doc.id)! - byId.get(b.doc.id)!);
    // “Your city first”: the city named in the question, else the one the resident chose — all its
    // answers above every other place's (the page heads them “巴中市的答案”, then “其他地方”).
    const firstCity = analysis.cities[0] ?? (opts.preferCity && cityKinds.get(opts.preferCity) === 'city' ? opts.preferCity : null);
    if (firstCity) {
      const own = candidates.filter((h) => h.doc.city === firstCity);
      const others = candidates.filter((h) => h.doc.city !== firstCity);
      candidates.splice(0, candidates.length, ...own, ...others);
    }

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
    let firstCityCount = 0;
    while (firstCity && firstCityCount < filtered.length && filtered[firstCityCount]!.doc.city === firstCity) firstCityCount++;

    return {
      query,
      normalized: analysis.normalized,
      corrected: analysis.corrected,
      cities: analysis.cities,
      firstCity: firstCityCount > 0 ? firstCity : null,
      firstCityCount,
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
    buildIndexes,
    get indexed() {
      return indexes !== null;
    },
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
