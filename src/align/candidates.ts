import type { Idf, StatementProfile } from './profile.js';

export interface CandidateOptions {
  /** Terms in more than this share of statements are too common to suggest a pair. */
  maxDocumentShare: number;
  /** Minimum summed idf of the terms a pair shares. */
  minSharedWeight: number;
  /** Pairs within one article too (topics); alignment only pairs different articles. */
  withinArticles?: boolean;
}

/**
 * Pairs of statements (from different articles, unless asked) worth scoring: those sharing enough rare terms,
 * found through an inverted index rather than by scoring every pair.
 */
export function candidatePairs(profiles: readonly StatementProfile[], idf: Idf, options: CandidateOptions): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  profiles.forEach((profile, index) => {
    for (const term of profile.terms.keys()) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  const limit = Math.max(8, Math.ceil(profiles.length * options.maxDocumentShare));
  const shared = new Map<number, number>();
  const n = profiles.length;
  for (const [term, list] of postings) {
    if (list.length < 2 || list.length > limit) continue;
    const weight = idf(term);
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j]!;
        if (!options.withinArticles && profiles[a]!.statement.articleId === profiles[b]!.statement.articleId) continue;
        const key = a * n + b;
        shared.set(key, (shared.get(key) ?? 0) + weight);
      }
    }
  }
  const pairs: Array<[number, number]> = [];
  for (const [key, weight] of shared) if (weight >= options.minSharedWeight) pairs.push([Math.floor(key / n), key % n]);
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
