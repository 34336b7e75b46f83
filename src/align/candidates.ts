import type { Idf, StatementProfile } from './profile.js';

export interface CandidateOptions {
  /** Terms in more than this share of statements are too common to suggest a pair. */
  maxDocumentShare: number;
  /** Minimum summed idf of the terms a pair shares. */
  minSharedWeight: number;
  /** Pairs within one article too (topics); alignment only pairs different articles. */
  withinArticles?: boolean;
  /** Most partners each statement keeps (default `MAX_PARTNERS`). */
  maxPartners?: number;
  /**
   * The vectors partners are ranked by the cosine of (default: each profile's tf-idf vector).
   * Topics rank by their own vectors, which leave out the terms most statements share.
   */
  rankBy?: ReadonlyArray<ReadonlyMap<string, number>>;
}

/**
 * How many partners each statement keeps, best first. A pair is kept when it is among the best of
 * either of its statements, so there are at most `n × MAX_PARTNERS` pairs for n statements and
 * the scoring after this grows linearly with the story instead of with its square. Partners are
 * ranked by the cosine of their tf-idf vectors over the terms the index shares (the shared idf
 * weight, normalised by the statements' lengths): on FNC-1 clusters of one claim, every pair the
 * full relation aligns ranked 24th or better on either side this way, but as low as 98th by raw
 * shared weight, where long statements crowd out the rest. 40 leaves a margin over 24; a story
 * told by more than about 40 outlets in the same words can lose some of a fact's pairs (its
 * fact is then found through the pairs that remain), which is the price of linear time.
 */
export const MAX_PARTNERS = 40;

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
 *
 * Each statement walks the postings of its terms (in the order terms were first met, so that the
 * shared weight of a pair is summed in one fixed order whichever side sums it) and accumulates
 * into dense arrays the shared idf weight and the dot product with each statement met.
 */
export function candidatePairs(profiles: readonly StatementProfile[], idf: Idf, options: CandidateOptions): Array<[number, number]> {
  const n = profiles.length;
  const maxPartners = options.maxPartners ?? MAX_PARTNERS;
  const limit = Math.max(8, Math.ceil(n * options.maxDocumentShare));
  // The weight of a term in a statement's ranking vector: its tf-idf weight, or `rankBy`'s.
  const weightIn = (index: number, term: string, count: number) => (options.rankBy ? (options.rankBy[index]!.get(term) ?? 0) : (1 + Math.log(count)) * idf(term));
  // Term ids in order of first appearance; per term its statements and its weight in each.
  const termIds = new Map<string, number>();
  const postings: number[][] = [];
  const postingWeights: number[][] = [];
  const termsOf: Int32Array[] = [];
  const weightsOf: Float64Array[] = [];
  const norms = new Float64Array(n);
  profiles.forEach((profile, index) => {
    const own: Array<[number, number]> = [];
    let norm = 0;
    for (const [term, count] of profile.terms) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = postings.length;
        termIds.set(term, id);
        postings.push([]);
        postingWeights.push([]);
      }
      const weight = weightIn(index, term, count);
      postings[id]!.push(index);
      postingWeights[id]!.push(weight);
      own.push([id, weight]);
      norm += weight * weight;
    }
    own.sort((x, y) => x[0] - y[0]);
    termsOf.push(Int32Array.from(own, (x) => x[0]));
    weightsOf.push(Float64Array.from(own, (x) => x[1]));
    norms[index] = Math.sqrt(norm);
  });
  const idfOf = [...termIds.keys()].map((term, id) => (postings[id]!.length >= 2 && postings[id]!.length <= limit ? idf(term) : 0));
  const articleOf = articleNumbers(profiles);

  const shared = new Float64Array(n);
  const dot = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched: number[] = [];
  const kept = new Set<number>();
  const ranked: Array<{ t: number; score: number }> = [];
  const common: Array<[number, number]> = [];
  for (let s = 0; s < n; s++) {
    const own = termsOf[s]!;
    const ownWeights = weightsOf[s]!;
    common.length = 0;
    for (let k = 0; k < own.length; k++) {
      const id = own[k]!;
      const weight = idfOf[id]!;
      if (!weight) continue;
      const list = postings[id]!;
      if (list.length > MAX_WALKED) {
        common.push([id, ownWeights[k]!]);
        continue;
      }
      const mine = ownWeights[k]!;
      const theirs = postingWeights[id]!;
      for (let p = 0; p < list.length; p++) {
        const t = list[p]!;
        if (t === s || (!options.withinArticles && articleOf[t] === articleOf[s])) continue;
        if (!seen[t]) {
          seen[t] = 1;
          touched.push(t);
        }
        shared[t]! += weight;
        dot[t]! += mine * theirs[p]!;
      }
    }
    for (const [id, mine] of common) {
      for (const t of touched) {
        const at = indexOfSorted(termsOf[t]!, id);
        if (at < 0) continue;
        shared[t]! += idfOf[id]!;
        dot[t]! += mine * weightsOf[t]![at]!;
      }
    }
    ranked.length = 0;
    for (const t of touched) {
      if (shared[t]! >= options.minSharedWeight) ranked.push({ t, score: norms[s] && norms[t] ? dot[t]! / (norms[s]! * norms[t]!) : 0 });
      shared[t] = 0;
      dot[t] = 0;
      seen[t] = 0;
    }
    touched.length = 0;
    if (ranked.length > maxPartners) ranked.sort((x, y) => y.score - x.score || x.t - y.t).length = maxPartners;
    for (const { t } of ranked) kept.add(s < t ? s * n + t : t * n + s);
  }
  return [...kept].sort((x, y) => x - y).map((key) => [Math.floor(key / n), key % n]);
}

function indexOfSorted(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
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
