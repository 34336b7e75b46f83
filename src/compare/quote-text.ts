import { diffWords } from 'diff';
import { editDistance, editSimilarityBound } from '../text/edit.js';
import { boundedMemo } from '../text/memo.js';
import type { DiffPart, QuoteVerdict } from '../types.js';

/** The words of a quotation, with case, punctuation and apostrophe style normalised away. Do not change the array. */
export function quoteWords(text: string): readonly string[] {
  return readQuotes.get(text).words;
}

/** The words of a quotation joined by single spaces: two renderings with the same wording differ at most in case and punctuation. */
export function quoteWording(text: string): string {
  return readQuotes.get(text).joined;
}

// A quotation is compared with several others of its speaker, and each comparison asks for its
// words several times (same quote, verdict, similarity): read once per text.
// The words are gathered by a loop: lists made by `map` and `filter` in V8's compiled code were
// of another kind than before, and the comparisons reading them were dropped at each.
const readQuotes = boundedMemo(10_000, (text) => {
  const words: string[] = [];
  for (const piece of text.toLowerCase().replace(/[’‘`]/g, "'").split(/[^\p{L}\p{N}']+/u)) {
    const word = piece.replace(/^'+|'+$/g, '');
    if (word) words.push(word);
  }
  return { words, joined: words.join(' ') };
});

/** Empties the cache of quotations read (with `forgetReadArticles`, for benchmarks). */
export function forgetQuotes(): void {
  readQuotes.clear();
}

function isSubSequence(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (long[i + k] !== short[k]) continue outer;
    return true;
  }
  return false;
}

/** `verbatim` after normalising punctuation; `trimmed` when one is a word-level sub-span of the other; else `altered`. */
export function quoteVerdict(a: string, b: string): QuoteVerdict {
  const qa = readQuotes.get(a);
  const qb = readQuotes.get(b);
  if (qa.joined === qb.joined) return 'verbatim';
  const [short, long] = qa.words.length <= qb.words.length ? [qa.words, qb.words] : [qb.words, qa.words];
  return isSubSequence(short, long) ? 'trimmed' : 'altered';
}

/** Character-level similarity of the normalised quotes (Levenshtein), in [0, 1]. */
export function quoteSimilarity(a: string, b: string): number {
  const sa = readQuotes.get(a).joined;
  const sb = readQuotes.get(b).joined;
  const longest = Math.max(sa.length, sb.length);
  return longest ? 1 - editDistance(sa, sb) / longest : 1;
}

// The character similarity from which two quotations of three words or more render the same words.
// Most of a speaker's wordings, compared two by two, differ too much in length to reach it, and
// are told apart without the edit distance (`editSimilarityBound`).
const SIMILAR_QUOTES = 0.6;

/**
 * Whether two quotations render the same words: equal, one a sub-span of the other (two words
 * at least, so that a stray "good" does not match every sentence with "good" in it), or close
 * in spelling.
 */
export function sameQuote(a: string, b: string): boolean {
  const qa = readQuotes.get(a);
  const qb = readQuotes.get(b);
  if (!qa.words.length || !qb.words.length) return false;
  if (qa.joined === qb.joined) return true;
  const [short, long] = qa.words.length <= qb.words.length ? [qa.words, qb.words] : [qb.words, qa.words];
  if (short.length >= 2 && isSubSequence(short, long)) return true;
  if (short.length >= 3 && editSimilarityBound(qa.joined.length, qb.joined.length) >= SIMILAR_QUOTES && quoteSimilarity(a, b) >= SIMILAR_QUOTES) return true;
  return short.length >= 4 && sharedRun(short, long) >= 4;
}

// Longest run of consecutive words the two quotes share.
function sharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      best = Math.max(best, k);
    }
  }
  return best;
}

/** Word diff from `a` to `b`, made with `diff`. */
export function wordDiff(a: string, b: string): DiffPart[] {
  return diffWords(a, b).map((part) => ({ op: part.added ? 'insert' : part.removed ? 'delete' : 'equal', text: part.value }));
}
