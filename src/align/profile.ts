import type { Statement } from '../types.js';
import { backgroundIdf } from '../text/lexicon.js';
import { contentStems, tokenize, type Token } from '../text/tokens.js';
import type { EncodedProfile, TermVector } from './space.js';

/**
 * What alignment compares: a statement's content stems plus typed keys for its entities
 * (`e:north-korea`), dates at every precision they state (`d:2019`, `d:2019-02`) and numbers
 * (`n:3`), so that one tf-idf space weighs words, names, dates and quantities together.
 *
 * Everything a pair feature needs from one statement is worked out here, once per statement,
 * rather than once per pair: with a statement in hundreds of candidate pairs, re-tokenising its
 * text, re-stemming and re-reading WordNet for each pair cost more than the comparisons. A
 * comparison then encodes each profile once as integer arrays (`space.ts`).
 */
export interface StatementProfile {
  statement: Statement;
  /** Content words, lower case, in order; `stems` are their stems. */
  words: string[];
  stems: string[];
  terms: Map<string, number>;
  /** The text in lower case, every run of other characters than letters and digits one space. */
  normalised: string;
  /** Capitalised words other than the first, stop words left out: names, typed as entities or not. */
  capitalised: Set<string>;
  /** Content stems outside the attribution ("…, he said", "according to X"); null when the statement has none, and they are `stems`. */
  claimStems: Set<string> | null;
  /** Values of the numbers other than ordinals, and the entity ids. */
  numberValues: Set<number>;
  entityIds: Set<string>;
  /** Filled by `PairSpace.termsOf` and `encode` (for the last space asked), emptied when alignment ends. */
  cache: { terms?: TermVector; encoded?: EncodedProfile };
}

export function profileStatement(statement: Statement): StatementProfile {
  const tokens = tokenize(statement.text);
  // One loop over the tokens for the content words and the capitalised ones, no arrays between.
  const words: string[] = [];
  const stems: string[] = [];
  const capitalised = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && t.capitalized && !t.stop) capitalised.add(t.norm);
    if (t.stop || t.norm.length <= 1 || t.numeric) continue;
    words.push(t.norm);
    stems.push(t.stem);
  }
  const terms = new Map<string, number>();
  for (let i = 0; i < stems.length; i++) countTerm(terms, stems[i]!);
  // Indexed loops over the statement's lists here and below: V8 compiled `map` and for-of over
  // them with a check of the lists' kind, which lists made by another compilation of extraction
  // fail, and could drop and recompile this function at every statement (up to 760
  // deoptimisations in one comparison of 200 FNC-1 bodies); an indexed read learns every kind.
  const entityIds = new Set<string>();
  for (let i = 0; i < statement.entities.length; i++) entityIds.add(statement.entities[i]!.entityId);
  for (const entity of entityIds) countTerm(terms, `e:${entity}`);
  // A date at every precision it states (d:2019, d:2019-03, d:2019-03-31), cut at each hyphen in
  // place: iterating an array of the prefixes, V8 kept failing a check of the array's kind in
  // the same compiled code (up to 206 deoptimisations of this function in one comparison).
  for (let i = 0; i < statement.dates.length; i++) {
    const value = statement.dates[i]!.value;
    for (let end = value.indexOf('-'); end !== -1; end = value.indexOf('-', end + 1)) countTerm(terms, `d:${value.slice(0, end)}`);
    countTerm(terms, `d:${value}`);
  }
  const numberValues = new Set<number>();
  for (let i = 0; i < statement.numbers.length; i++) {
    const number = statement.numbers[i]!;
    if (number.kind === 'ordinal') continue;
    countTerm(terms, `n:${number.value}`);
    numberValues.add(number.value);
  }
  const normalised = normalise(statement.text);
  return {
    statement,
    words,
    stems,
    terms,
    normalised,
    capitalised,
    claimStems: claimStemsOf(statement),
    numberValues,
    entityIds,
    cache: {},
  };
}

// A function of the module, not a closure made per statement: V8 keeps the code compiled for a
// closure only while the closure lives, and a full collection between comparisons dropped it.
function countTerm(terms: Map<string, number>, term: string): void {
  terms.set(term, (terms.get(term) ?? 0) + 1);
}

// In ASCII text the letters and digits are [a-z0-9] once lower-cased, and a plain class is matched
// several times faster than Unicode properties.
const normalise = (text: string) => (ASCII.test(text) ? text.toLowerCase().replace(/[^a-z0-9]+/g, ' ') : text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Content stems outside the attribution ("…, he said", "according to X"), so that how a claim is
 * attributed does not count as what it says; null without an attribution (most statements),
 * where they are the statement's stems, which need no set of their own.
 */
function claimStemsOf(statement: Statement): Set<string> | null {
  const speaker = statement.speaker;
  if (!speaker) return null;
  const offset = statement.start;
  const text = statement.text;
  const verbAt = text.toLowerCase().indexOf(speaker.verb, Math.max(0, Math.min(speaker.start - offset, speaker.end - offset) - 40));
  const from = Math.min(speaker.start - offset, verbAt < 0 ? Infinity : verbAt);
  const to = Math.max(speaker.end - offset, verbAt < 0 ? -Infinity : verbAt + speaker.verb.length);
  // The statement's own tokens outside [from, to): no second tokenising of a new string.
  const before = Math.max(0, from);
  const after = Math.max(0, to);
  const rest: Token[] = tokenize(text).filter((token) => token.end <= before || token.start >= after);
  return new Set(contentStems(rest));
}

/** Inverse document frequency: from the compared articles when there are enough, else general English. */
export type Idf = (term: string) => number;

const KEY_IDF = 5;

export const backgroundIdfOf: Idf = (term) => (term.includes(':') ? KEY_IDF : Math.min(backgroundIdf(term), 10));

/**
 * Corpus idf over the statements' terms, smoothed towards general English while the corpus is
 * small. The formula is natural's TfIdf.idf, `1 + ln(N / (1 + df))`, but the document
 * frequencies are counted here in one pass over the profiles: natural's `idf(term)` scans every
 * document for each new term, which is O(documents) per term and so quadratic over a corpus
 * (half a second at 1 000 statements, minutes at 8 000). The values are the same to the bit.
 */
export function corpusIdf(profiles: readonly StatementProfile[]): Idf {
  const documentFrequency = new Map<string, number>();
  for (const profile of profiles) {
    for (const [term, count] of profile.terms) if (count > 0) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const documents = profiles.length;
  const trust = documents / (documents + 50);
  const cache = new Map<string, number>();
  return (term) => {
    let idf = cache.get(term);
    if (idf === undefined) {
      const corpus = 1 + Math.log(documents / (1 + (documentFrequency.get(term) ?? 0)));
      idf = trust * Math.max(corpus, 0.1) * 1.6 + (1 - trust) * backgroundIdfOf(term);
      cache.set(term, idf);
    }
    return idf;
  };
}

// Map loops below use forEach: `for (const [k, v] of map)` makes an array per entry.
/** A statement's tf-idf weights, in the order of its terms; only the terms `keep` accepts, if given. */
export function weightedVector(profile: StatementProfile, idf: Idf, keep?: (term: string) => boolean): Map<string, number> {
  const vector = new Map<string, number>();
  profile.terms.forEach((count, term) => {
    if (!keep || keep(term)) vector.set(term, (1 + Math.log(count)) * idf(term));
  });
  return vector;
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  return cosineOf(dotProduct(a, b), squaredNorm(a), squaredNorm(b));
}

/** The cosine from a dot product and two squared norms (0 when a vector is empty). */
export const cosineOf = (dot: number, squaredA: number, squaredB: number) => (squaredA && squaredB ? dot / Math.sqrt(squaredA * squaredB) : 0);

/** Summed in `a`'s order. */
function dotProduct(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  a.forEach((weight, term) => {
    const other = b.get(term);
    if (other !== undefined) dot += weight * other;
  });
  return dot;
}

function squaredNorm(vector: ReadonlyMap<string, number>): number {
  let sum = 0;
  vector.forEach((weight) => (sum += weight * weight));
  return sum;
}

/** Share of `a`'s weight that `b` also carries. */
export function coverage(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [term, weight] of a) {
    total += weight;
    if (b.has(term)) shared += weight;
  }
  return total ? shared / total : 0;
}
