import { keepShapeOf } from '../shapes.js';
import type { Idf, StatementProfile } from './profile.js';
import { PairSpace, type TermVector } from './space.js';

export interface CandidateOptions {
  /** Terms in more than this share of statements are too common to suggest a pair. */
  maxDocumentShare: number;
  /** Minimum summed idf of the terms a pair shares. */
  minSharedWeight: number;
  /** Pairs within one article too (topics); alignment only pairs different articles. */
  withinArticles?: boolean;
  /**
   * Pairs whose cosine (of the `rankBy` vectors) is below this are not kept (default 0). The
   * cosine is bounded from above over the terms too common to be indexed, so no pair at or
   * above it is lost.
   */
  minCosine?: number;
  /** Most partners each statement keeps (default `MAX_PARTNERS`). */
  maxPartners?: number;
  /**
   * The vectors partners are ranked by the cosine of: per statement, a weight for each of its
   * terms in the order of its `TermVector` (0 leaves a term out). By default each statement's
   * tf-idf vector; topics rank by their own vectors, which leave out the terms most statements share.
   */
  rankBy?: ReadonlyArray<Float64Array>;
  /** The statements this query pairs, by index: 1 to pair, 0 not to (default: every statement). */
  pairable?: Uint8Array;
}

/**
 * How many partners each statement keeps, best first. A pair is kept when it is among the best of
 * either of its statements, so there are at most `n × MAX_PARTNERS` pairs for n statements and
 * the scoring after this grows linearly with the story instead of with its square. Partners are
 * ranked by the cosine of their tf-idf vectors over the terms the index shares (the shared idf
 * weight, normalised by the statements' lengths): on FNC-1 clusters of one claim, every pair the
 * full relation aligns ranked 25th or better on either side this way, but as low as 99th by raw
 * shared weight, where long statements crowd out the rest. 32 leaves a margin over 25; a story
 * told by more than about 30 outlets in the same words can lose some of a fact's pairs (its
 * fact is then found through the pairs that remain), which is the price of linear time.
 */
export const MAX_PARTNERS = 32;

/**
 * Terms in more statements than this are not walked to find partners (walking a term's
 * statements for each of them is quadratic in its document frequency), only added to the shared
 * weight of partners the rarer terms found. Up to `MAX_WALKED / maxDocumentShare` statements
 * (about 1 800 for alignment) no term is that common, and the pairs are those of an exhaustive
 * search.
 */
export const MAX_WALKED = 640;

/**
 * Pairs of statements (from different articles, unless asked) worth scoring: those sharing enough
 * rare terms, found through an inverted index rather than by scoring every pair, and at most the
 * `maxPartners` best of each statement. Sorted, each pair `[lower, higher]`.
 */
export function candidatePairs(profiles: readonly StatementProfile[], idf: Idf, options: CandidateOptions): Array<[number, number]> {
  const pairs = candidatePairSets(profiles, new PairSpace(idf), options.maxDocumentShare, [options])[0]!;
  // The term vectors served this search only; the profiles may live on with the caller.
  for (const profile of profiles) delete profile.cache.terms;
  return Array.from(pairs.a, (a, i) => [a, pairs.b[i]!]);
}

/** The options of one query of `candidatePairSets`. */
type CandidateQuery = Omit<CandidateOptions, 'maxDocumentShare'>;

/**
 * `candidatePairs` for one or two sets of options at once (alignment's and topics'), with one walk
 * of the index, from the statements' term vectors in `space`: each statement walks the postings
 * of its terms that come after it (term by term in order of id, so that the shared weight of a
 * pair is summed in the order either side would sum it) and accumulates into dense arrays the
 * shared idf weight and, per query, the dot product with each statement met; each pair is then
 * offered to the partners of both its statements. Each pair is met once, not once from each side.
 * Each query's pairs come as a `PairList`: no array per pair (some 47 000 pairs at 200 FNC-1 bodies).
 */
export function candidatePairSets(profiles: readonly StatementProfile[], space: PairSpace, maxDocumentShare: number, queries: readonly [CandidateQuery] | readonly [CandidateQuery, CandidateQuery]): PairList[] {
  const n = profiles.length;
  const limit = Math.max(8, Math.ceil(n * maxDocumentShare));
  const vectors: TermVector[] = [];
  for (let s = 0; s < n; s++) vectors.push(space.termsOf(profiles[s]!));
  // Statement s's term ids are `table.termsOf[termStarts[s]..termStarts[s + 1])`, sorted, and
  // its weights per query at the same places of that query's `weights`: flat arrays, not one per
  // statement.
  const termStarts = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) termStarts[s + 1] = termStarts[s]! + vectors[s]!.terms.length;
  // Each query's settings (every field set) and arrays in one object of one shape, and the shared
  // ones in another: the search from each statement reads them there (see `searchFrom`).
  const searches: QuerySearch[] = [];
  for (const query of queries) {
    searches.push({
      minSharedWeight: query.minSharedWeight,
      withinArticles: query.withinArticles ?? false,
      minCosine: query.minCosine ?? 0,
      maxPartners: query.maxPartners ?? MAX_PARTNERS,
      pairable: query.pairable ?? null,
      rankBy: query.rankBy ?? null,
      weights: new Float64Array(termStarts[n]!),
      slot: searches.length + 1,
      norms: new Float64Array(n),
      unindexedNorms: new Float64Array(n),
      partners: new PartnerHeaps(n, query.maxPartners ?? MAX_PARTNERS),
      kept: [],
    });
  }
  // The set-up runs in functions called once per statement, not in loops of this function, which
  // runs once per comparison: V8 compiled those loops anew in every comparison, while it ran them
  // unoptimised, and dropped the code at the arrays of another kind the next comparison brought.
  const table: TermTable = { localIds: new Int32Array(space.vocabularySize).fill(-1), termsOf: new Int32Array(termStarts[n]!), documentFrequency: [], idfOf: [] };
  for (let s = 0; s < n; s++) readTerms(s, vectors[s]!, termStarts[s]!, table, space, searches);
  const { termsOf, documentFrequency, idfOf } = table;
  for (const search of searches) for (let i = 0; i < n; i++) search.norms[i] = Math.sqrt(search.norms[i]!);
  // Only terms in two statements or more, and in no more than `limit`, suggest pairs.
  for (let id = 0; id < idfOf.length; id++) if (documentFrequency[id]! < 2 || documentFrequency[id]! > limit) idfOf[id] = 0;
  // Per query, the norm of each statement's weights over the terms in more than `limit`
  // statements: no pair's dot product counts them, and by Cauchy-Schwarz they add at most the
  // product of the two statements' norms over them.
  for (let s = 0; s < n; s++) addUnindexedNorms(s, termStarts[s]!, termStarts[s + 1]!, termsOf, documentFrequency, limit, searches);
  for (const search of searches) for (let i = 0; i < n; i++) search.unindexedNorms[i] = Math.sqrt(search.unindexedNorms[i]!);
  // The postings, flat: term `id`'s statements are `postings[starts[id]..starts[id + 1])`, in
  // statement order, and its weight in each for query q at `postingWeights[2 * place + q]`: the
  // walk reads both weights of a posting from one place in memory.
  const starts = new Int32Array(documentFrequency.length + 1);
  for (let id = 0; id < documentFrequency.length; id++) starts[id + 1] = starts[id]! + documentFrequency[id]!;
  const filled = starts.slice(0, documentFrequency.length);
  const postings = new Int32Array(starts[documentFrequency.length]!);
  const postingWeights = new Float64Array(2 * postings.length);
  const ownPosting = new Int32Array(termsOf.length);
  for (let s = 0; s < n; s++) addPostings(s, termStarts[s]!, termStarts[s + 1]!, termsOf, filled, postings, postingWeights, ownPosting, searches);
  const index: PostingIndex = {
    n,
    termsOf,
    termStarts,
    idfOf: Float64Array.from(idfOf),
    postings,
    postingWeights,
    starts,
    ownPosting,
    articleOf: articleNumbers(profiles),
    anyWithin: searches.some((search) => search.withinArticles),
    first: searches[0]!,
    second: searches[1] ?? null,
    sums: new Float64Array(3 * n),
    touched: new Int32Array(n),
    common: [],
  };
  for (let s = 0; s < n; s++) searchFrom(s, index);
  return searches.map(({ kept }) => pairsOfKeys(kept, n));
}

/** The term ids of a candidate search, numbered in order of first appearance, and what is known of each. */
interface TermTable {
  /** Per id of the comparison's space, the search's own id, -1 before the term is met. */
  localIds: Int32Array;
  /** Every statement's term ids, one statement after another, each statement's sorted. */
  termsOf: Int32Array;
  documentFrequency: number[];
  idfOf: number[];
}

/**
 * Statement s's terms into `table` from `first` on, with each query's weights and the sum of their
 * squares (the squared norm), sorted by term id, the weights following their terms (by insertion:
 * a statement has a few dozen terms).
 */
function readTerms(s: number, vector: TermVector, first: number, table: TermTable, space: PairSpace, searches: readonly QuerySearch[]): void {
  const { localIds, termsOf, documentFrequency, idfOf } = table;
  const { terms, weights } = vector;
  for (let t = 0; t < terms.length; t++) {
    const spaceId = terms[t]!;
    let id = localIds[spaceId]!;
    if (id < 0) {
      id = documentFrequency.length;
      localIds[spaceId] = id;
      documentFrequency.push(0);
      idfOf.push(space.idfAt(spaceId));
    }
    documentFrequency[id]!++;
    termsOf[first + t] = id;
    for (let q = 0; q < searches.length; q++) {
      const search = searches[q]!;
      const weight = search.rankBy ? search.rankBy[s]![t]! : weights[t]!;
      search.weights[first + t] = weight;
      search.norms[s]! += weight * weight;
    }
  }
  const end = first + terms.length;
  for (let i = first + 1; i < end; i++) {
    const id = termsOf[i]!;
    if (termsOf[i - 1]! < id) continue;
    let j = i - 1;
    for (; j >= first && termsOf[j]! > id; j--) termsOf[j + 1] = termsOf[j]!;
    termsOf[j + 1] = id;
    for (let q = 0; q < searches.length; q++) {
      const weights = searches[q]!.weights;
      const weight = weights[i]!;
      weights.copyWithin(j + 2, j + 1, i);
      weights[j + 1] = weight;
    }
  }
}

/** Adds to each query's unindexed norm of statement s (its terms at `termsOf[from..to)`) the squares of its weights of terms in more than `limit` statements. */
function addUnindexedNorms(s: number, from: number, to: number, termsOf: Int32Array, documentFrequency: readonly number[], limit: number, searches: readonly QuerySearch[]): void {
  for (let k = from; k < to; k++) {
    if (documentFrequency[termsOf[k]!]! <= limit) continue;
    for (let q = 0; q < searches.length; q++) searches[q]!.unindexedNorms[s]! += searches[q]!.weights[k]! ** 2;
  }
}

/**
 * Statement s (its terms at `termsOf[from..to)`) into the postings of its terms, at the next free
 * place of each (`filled`), with each query's weight; the place of each in `ownPosting`.
 */
function addPostings(
  s: number, from: number, to: number, termsOf: Int32Array, filled: Int32Array, postings: Int32Array, postingWeights: Float64Array, ownPosting: Int32Array, searches: readonly QuerySearch[],
): void {
  for (let k = from; k < to; k++) {
    const at = filled[termsOf[k]!]!++;
    postings[at] = s;
    ownPosting[k] = at;
    for (let q = 0; q < searches.length; q++) postingWeights[2 * at + q] = searches[q]!.weights[k]!;
  }
}

/** Pairs of indices, pair i `(a[i], b[i])`: two arrays rather than an array per pair. */
export interface PairList {
  a: Int32Array;
  b: Int32Array;
}

/**
 * The pairs that `keys` (`x * count + y` for the pair (x, y), with repeats) name, each once, in
 * increasing order of key: by x, then by y. Each y goes to its x's range (a counting sort by x),
 * and each range, mostly a few dozen, is sorted on its own: sorting all the keys at once took
 * three times as long (6 against 2 ms for the topics' 60 000 keys at 200 FNC-1 bodies).
 */
export function pairsOfKeys(keys: readonly number[], count: number): PairList {
  const starts = new Int32Array(count + 1);
  for (let i = 0; i < keys.length; i++) starts[Math.floor(keys[i]! / count) + 1]!++;
  for (let x = 0; x < count; x++) starts[x + 1]! += starts[x]!;
  const placed = starts.slice(0, count);
  const ys = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) ys[placed[Math.floor(keys[i]! / count)]!++] = keys[i]! % count;
  let distinct = 0;
  for (let x = 0; x < count; x++) distinct += sortDistinct(ys, starts[x]!, starts[x + 1]!);
  const pairs = { a: new Int32Array(distinct), b: new Int32Array(distinct) };
  for (let x = 0, k = 0; x < count; x++) {
    for (let i = starts[x]!; i < starts[x + 1]!; i++) {
      if (i > starts[x]! && ys[i] === ys[i - 1]) continue;
      pairs.a[k] = x;
      pairs.b[k++] = ys[i]!;
    }
  }
  return pairs;
}

// Ranges up to this long are sorted by insertion.
const INSERTION_SORT_UP_TO = 32;

/**
 * Sorts `values[from..to)` in place and returns how many distinct values it holds: by insertion
 * when the range is short, as most are; a statement or a fact many others link to sorts its
 * range with the typed array's sort.
 */
function sortDistinct(values: Int32Array, from: number, to: number): number {
  let distinct = 0;
  if (to - from > INSERTION_SORT_UP_TO) values.subarray(from, to).sort();
  else {
    for (let i = from; i < to; i++) {
      const value = values[i]!;
      let j = i - 1;
      for (; j >= from && values[j]! > value; j--) values[j + 1] = values[j]!;
      values[j + 1] = value;
    }
  }
  for (let i = from; i < to; i++) if (i === from || values[i] !== values[i - 1]) distinct++;
  return distinct;
}

/** One query of a candidate search: its settings, its weights as the index holds them, its dot products and the pair keys it keeps. */
interface QuerySearch {
  minSharedWeight: number;
  withinArticles: boolean;
  minCosine: number;
  maxPartners: number;
  pairable: Uint8Array | null;
  /** Per statement, the weight of each of its terms to rank by, in the order of its `TermVector` (null: the tf-idf weights). */
  rankBy: ReadonlyArray<Float64Array> | null;
  /** Per statement's sorted terms, the weight this query ranks by. */
  weights: Float64Array;
  /** Where in each statement's three sums (`PostingIndex.sums`) this query's dot product is: 1 or 2. */
  slot: number;
  norms: Float64Array;
  /** Per statement, the norm of its weights over the terms too common to be indexed. */
  unindexedNorms: Float64Array;
  /** Each statement's best partners so far. */
  partners: PartnerHeaps;
  /** Pair keys (lower * n + higher), with repeats (a pair kept by both sides). */
  kept: number[];
}

/** The index of a candidate search and its scratch arrays, which each search from a statement leaves cleared. */
interface PostingIndex {
  n: number;
  /** Statement s's term ids are `termsOf[termStarts[s]..termStarts[s + 1])`, sorted. */
  termsOf: Int32Array;
  termStarts: Int32Array;
  /** Per term id, its idf, 0 for the terms that suggest no pair. */
  idfOf: Float64Array;
  /** Term `id`'s statements are `postings[starts[id]..starts[id + 1])`, in statement order. */
  postings: Int32Array;
  /** Per posting, its weight for the first query and for the second (0 when there is none). */
  postingWeights: Float64Array;
  starts: Int32Array;
  /** Per place in `termsOf`, the place of that statement in its term's postings. */
  ownPosting: Int32Array;
  articleOf: Int32Array;
  anyWithin: boolean;
  first: QuerySearch;
  second: QuerySearch | null;
  /**
   * Per statement t, three sums with the statement searched from, side by side so that a visit
   * reads and writes one place in memory: at `3t` the idf weight they share (0 until t is met:
   * every term walked weighs more than 0), at `3t + 1` the first query's dot product, at
   * `3t + 2` the second's.
   */
  sums: Float64Array;
  touched: Int32Array;
  /** Places in `termsOf` of the statement's terms too common to walk. */
  common: number[];
}

/**
 * The search from statement `s`: walks the postings after its own of each of its terms, adds the
 * terms too common to walk to the statements met, offers each pair to both statements' partners,
 * and appends to each query's `kept` the partners `s` keeps, now that every statement before it
 * has offered its pair. A function per statement, not the body of a loop over them: called
 * thousands of times a comparison, the engine compiles it once with the types of every step,
 * where the one loop, compiled while it ran, was dropped at each step it had not yet seen (two or
 * three times a call).
 */
function searchFrom(s: number, index: PostingIndex): void {
  const { termsOf, termStarts, idfOf, postings, postingWeights, starts, ownPosting, articleOf, anyWithin, first, second, sums, touched, common } = index;
  let touchedCount = 0;
  common.length = 0;
  for (let k = termStarts[s]!; k < termStarts[s + 1]!; k++) {
    const id = termsOf[k]!;
    const weight = idfOf[id]!;
    if (!weight) continue;
    const from = starts[id]!;
    const to = starts[id + 1]!;
    if (to - from > MAX_WALKED) {
      common.push(k);
      continue;
    }
    touchedCount = walk(postings, postingWeights, ownPosting[k]! + 1, to, s, anyWithin, articleOf, weight, first.weights[k]!, second ? second.weights[k]! : 0, sums, touched, touchedCount);
  }
  for (let c = 0; c < common.length; c++) {
    const k = common[c]!;
    const id = termsOf[k]!;
    for (let i = 0; i < touchedCount; i++) {
      const t = touched[i]!;
      const at = indexOfSorted(termsOf, termStarts[t]!, termStarts[t + 1]!, id);
      if (at < 0) continue;
      sums[3 * t]! += idfOf[id]!;
      sums[3 * t + 1]! += first.weights[k]! * first.weights[at]!;
      if (second) sums[3 * t + 2]! += second.weights[k]! * second.weights[at]!;
    }
  }
  offerPairs(s, index, first, touchedCount);
  if (second) offerPairs(s, index, second, touchedCount);
  for (let i = 0; i < touchedCount; i++) {
    const at = 3 * touched[i]!;
    sums[at] = 0;
    sums[at + 1] = 0;
    sums[at + 2] = 0;
  }
}

/**
 * Offers to the partners of `s` and of each statement met after it the pairs of one query: those
 * (pairable ones only, when the query says which) that share enough weight (from another
 * article, unless asked) and reach the minimum cosine; then appends to the query's `kept` the
 * partners `s` keeps. The early turn-away and the minimum cosine come first: they turn away most
 * statements met, by a product, before their article and pairability are read or a cosine is
 * divided out. The minimum's margin keeps a pair whose cosine, summed in another order, is the
 * minimum to the last bit.
 */
function offerPairs(s: number, index: PostingIndex, query: QuerySearch, touchedCount: number): void {
  const { touched, sums, articleOf } = index;
  const { pairable, minSharedWeight, withinArticles, minCosine, norms, unindexedNorms, partners, slot } = query;
  const normS = norms[s]!;
  const unindexedS = unindexedNorms[s]!;
  if (!pairable || pairable[s]) {
    for (let i = 0; i < touchedCount; i++) {
      const t = touched[i]!;
      const dot = sums[3 * t + slot]!;
      const lengths = normS * norms[t]!;
      if (partners.turnsAway(s, t, dot, lengths)) continue;
      if (minCosine > 0 && dot + unindexedS * unindexedNorms[t]! < (minCosine - 1e-9) * lengths) continue;
      if (sums[3 * t]! < minSharedWeight || (!withinArticles && articleOf[t] === articleOf[s]) || (pairable && !pairable[t])) continue;
      if (partners.keepsAll) {
        query.kept.push(s * index.n + t);
        continue;
      }
      const score = normS && norms[t] ? dot / lengths : 0;
      partners.offer(s, t, score);
      partners.offer(t, s, score);
    }
  }
  partners.keep(s, index.n, query.kept);
}

/**
 * Each statement's best partners, at most `size` (the higher cosine, then the lower index): per
 * statement a heap with the worst on top once full, in one flat array for all. A partner offered
 * after the heap is full takes the top's place only if better; most are not. When `size` is n - 1
 * or more, every partner is kept (`keepsAll`), and no heap is needed.
 */
class PartnerHeaps {
  readonly keepsAll: boolean;
  private readonly size: number;
  private readonly items: Int32Array;
  private readonly scores: Float64Array;
  private readonly counts: Int32Array;
  /**
   * Per statement, the worst score kept while its heap is full, lowered by a margin so that a
   * product below it is below the worst score once divided too, rounding and all; -Infinity until
   * it is full.
   */
  private readonly below: Float64Array;

  constructor(n: number, size: number) {
    this.keepsAll = size >= n - 1;
    this.size = this.keepsAll ? 0 : size;
    this.items = new Int32Array(n * this.size);
    this.scores = new Float64Array(n * this.size);
    this.counts = new Int32Array(n);
    this.below = new Float64Array(n).fill(-Infinity);
  }

  /** Whether neither `s` nor `t` could keep the pair, from its dot product and the product of the norms. */
  turnsAway(s: number, t: number, dot: number, lengths: number): boolean {
    return dot < this.below[s]! * lengths && dot < this.below[t]! * lengths;
  }

  /** Offers `t` with `score` to the partners of `s`. */
  offer(s: number, t: number, score: number): void {
    const { items, scores, size } = this;
    const base = s * size;
    const count = this.counts[s]!;
    if (count < size) {
      items[base + count] = t;
      scores[base + count] = score;
      this.counts[s] = count + 1;
      if (count + 1 === size) {
        for (let k = (size >> 1) - 1; k >= 0; k--) siftDown(items, scores, base, k, size);
        this.below[s] = scores[base]! * (1 - 1e-12);
      }
    } else if (score > scores[base]! || (score === scores[base] && t < items[base]!)) {
      items[base] = t;
      scores[base] = score;
      siftDown(items, scores, base, 0, size);
      this.below[s] = scores[base]! * (1 - 1e-12);
    }
  }

  /** Appends the pair key (`lower * n + higher`) of each partner of `s` to `kept`. */
  keep(s: number, n: number, kept: number[]): void {
    const base = s * this.size;
    for (let i = 0; i < this.counts[s]!; i++) {
      const t = this.items[base + i]!;
      kept.push(s < t ? s * n + t : t * n + s);
    }
  }
}

// One lives on (`keepShapeOf`), so that the code compiled for its methods outlives a full collection between comparisons.
keepShapeOf(new PartnerHeaps(0, 0));

/**
 * The walk of one term's postings `postings[from..to)` (those after statement `s`'s own) for
 * `s`, adding to each statement's sums (`PostingIndex.sums`) the term's weight `weight` and, per
 * query, the product of its weight in `s` (`mine`, `secondMine`) with the posting's; the
 * statements met for the first time go to `touched`. Each sum is added to in the order one walk
 * per query added to it (term by term, posting by posting), so the sums are the same to the bit;
 * one walk instead of two reads the postings once.
 */
function walk(
  postings: Int32Array, postingWeights: Float64Array, from: number, to: number, s: number, anyWithin: boolean, articleOf: Int32Array, weight: number, mine: number, secondMine: number,
  sums: Float64Array, touched: Int32Array, touchedCount: number,
): number {
  for (let p = from; p < to; p++) {
    const t = postings[p]!;
    if (!anyWithin && articleOf[t] === articleOf[s]) continue;
    const at = 3 * t;
    if (sums[at] === 0) touched[touchedCount++] = t;
    sums[at]! += weight;
    sums[at + 1]! += mine * postingWeights[2 * p]!;
    sums[at + 2]! += secondMine * postingWeights[2 * p + 1]!;
  }
  return touchedCount;
}

/** Whether the item at place `p` ranks below the one at place `q`: a lower score, or the same and a higher index. */
const worse = (items: Int32Array, scores: Float64Array, p: number, q: number) => scores[p]! < scores[q]! || (scores[p] === scores[q] && items[p]! > items[q]!);

/**
 * Restores the heap `items[base..base + size)` (each item worse than those below it) from place
 * `at` of it down, moving the scores with the items.
 */
function siftDown(items: Int32Array, scores: Float64Array, base: number, at: number, size: number): void {
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    if (child + 1 < size && worse(items, scores, base + child + 1, base + child)) child++;
    if (!worse(items, scores, base + child, base + at)) break;
    const item = items[base + at]!;
    const score = scores[base + at]!;
    items[base + at] = items[base + child]!;
    scores[base + at] = scores[base + child]!;
    items[base + child] = item;
    scores[base + child] = score;
    at = child;
  }
}

/** Where `value` is in `sorted[from..to)`, or -1. */
function indexOfSorted(sorted: Int32Array, from: number, to: number, value: number): number {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = sorted[middle]!;
    if (at === value) return middle;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function articleNumbers(profiles: readonly StatementProfile[]): Int32Array {
  const numbers = new Map<string, number>();
  const result = new Int32Array(profiles.length);
  profiles.forEach((profile, i) => {
    const id = profile.statement.articleId;
    let number = numbers.get(id);
    if (number === undefined) numbers.set(id, (number = numbers.size));
    result[i] = number;
  });
  return result;
}
