import type { PairComparison } from '../compare/pairwise.js';
import { commonEnds, editDistance } from '../text/edit.js';
import type { StatementProfile } from './profile.js';
import { overlapSorted, trigramsOf, type EncodedProfile, type PairSpace } from './space.js';

/**
 * The features a pair of statements is scored on, in groups that the MRPC benchmark switches off
 * one at a time. The same features serve `relateStatements` and alignment in `compareArticles`.
 */
export const FEATURE_GROUPS = {
  /** Shared words, weighted by rarity: tf-idf cosine and how much of each the other covers. */
  words: ['cosine', 'coverageMax', 'coverageMin', 'jaccard', 'allWords'],
  /** Synonyms (WordNet): content words matched by meaning where their stems differ. */
  synonyms: ['synonymDice'],
  /** Word order: shared pairs of consecutive content words, longest common word sequence. */
  order: ['bigrams', 'commonSequence'],
  /** Spelling: character edit similarity and shared character trigrams ("re-entry", "reentry"). */
  spelling: ['characters', 'trigrams'],
  /** What one statement adds: content words only one side has, and the lengths. */
  additions: ['extraWords', 'lengthRatio', 'lengthDifference', 'rarestAddition'],
  /** Numbers and dates: agreeing, conflicting, or present on one side only. */
  quantities: ['dates', 'numbers', 'unmatchedNumbers', 'matchedNumbers'],
  /** Names: entities and capitalised words one side only has, and swapped names. */
  names: ['unmatchedEntities', 'entitySwap', 'capitalised'],
  /** Quotations, who is speaking, and the words once "X said" / "according to X" is set aside. */
  attribution: ['quote', 'sameSpeaker', 'claimWords'],
  /** Hedging and negation on one side only. */
  stance: ['stanceMismatch'],
} as const;

export type FeatureName = (typeof FEATURE_GROUPS)[keyof typeof FEATURE_GROUPS][number];

/** Every feature, in the order a relation reports them; `FEATURE_INDEX` gives each one's place. */
export const FEATURE_NAMES = [
  'cosine', 'coverageMax', 'coverageMin', 'jaccard', 'synonymDice', 'allWords', 'commonSequence', 'trigrams', 'lengthDifference',
  'bigrams', 'characters', 'rarestAddition', 'extraWords', 'lengthRatio', 'dates', 'numbers', 'unmatchedNumbers', 'matchedNumbers',
  'capitalised', 'claimWords', 'unmatchedEntities', 'entitySwap', 'quote', 'sameSpeaker', 'stanceMismatch',
] as const satisfies readonly FeatureName[];

export const FEATURE_INDEX = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, i])) as Record<FeatureName, number>;

/**
 * Features not computed by `cheapFeatures`: the longest common word sequence and the character
 * edit distance (quadratic in the statements' lengths), and the signals of the aspect-by-aspect
 * comparison. Alignment bounds them before computing them (`filter.ts`).
 */
export const COSTLY_FEATURES = ['commonSequence', 'characters', 'dates', 'numbers', 'entitySwap', 'quote'] as const satisfies readonly FeatureName[];

const [COSINE, COVERAGE_MAX, COVERAGE_MIN, JACCARD, SYNONYM_DICE, ALL_WORDS, COMMON_SEQUENCE, TRIGRAMS, LENGTH_DIFFERENCE, BIGRAMS, CHARACTERS, RAREST_ADDITION, EXTRA_WORDS, LENGTH_RATIO, DATES, NUMBERS, UNMATCHED_NUMBERS, MATCHED_NUMBERS, CAPITALISED, CLAIM_WORDS, UNMATCHED_ENTITIES, ENTITY_SWAP, QUOTE, SAME_SPEAKER, STANCE_MISMATCH] = FEATURE_NAMES.map((_, i) => i) as number[] as [
  number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number,
];

// Hedging, negation, a swapped name or speaker are differences only between statements that
// say mostly the same thing; across a short caption and a long sentence they are noise.
const STANCE_OVERLAP = 0.35;

/** Whether two statements say mostly the same thing, so that a swapped name or a hedge is a divergence. */
export const closeEnough = (cheap: Float64Array) => cheap[COVERAGE_MIN]! >= STANCE_OVERLAP;

/**
 * Length of the longest common subsequence of two lists of word ids: their common prefix and
 * suffix, which some longest subsequence always takes whole, and the rest by dynamic
 * programming over what lies between (two rows, swapped).
 */
export function commonSequenceLength(a: Int32Array, b: Int32Array): number {
  const [start, endA, endB] = commonEnds(a.length, b.length, (i, j) => a[i] === b[j]);
  const shared = start + (a.length - endA);
  if (endA === start || endB === start) return shared;
  let previous = new Int32Array(endB - start + 1);
  let current = new Int32Array(endB - start + 1);
  for (let i = start; i < endA; i++) {
    for (let j = start; j < endB; j++) current[j - start + 1] = a[i] === b[j] ? previous[j - start]! + 1 : Math.max(previous[j - start + 1]!, current[j - start]!);
    [previous, current] = [current, previous];
  }
  return shared + previous[endB - start]!;
}

const dice = (shared: number, sizeA: number, sizeB: number) => (sizeA + sizeB ? (2 * shared) / (sizeA + sizeB) : 1);

/**
 * Writes into `out` (indexed by `FEATURE_INDEX`) every feature but the costly ones and trigrams
 * (NaN until `trigramSimilarity` fills it), from the two
 * statements' encodings in `space`: merges of sorted id arrays and marks in the space's scratch
 * arrays, with no string hashing and no allocation per pair.
 *
 * - synonymDice: content words matched by stem or, failing that, by a WordNet synonym on the
 *   other side (two words are synonyms when they share a synset).
 * - rarestAddition: how rare the rarest word is that only one side has (a name or a term the
 *   other leaves out).
 * - capitalised: capitalised words other than a sentence's first (names, typed as entities or not).
 * - claimWords: content words once "X said" / "according to X" is set aside.
 */
export function cheapFeatures(a: StatementProfile, b: StatementProfile, space: PairSpace, out: Float64Array = new Float64Array(FEATURE_NAMES.length)): Float64Array {
  const ea = space.encode(a);
  const eb = space.encode(b);
  // Shared terms, stems and words, and which content words the other side has no stem for (marked in the space's scratch arrays).
  space.overlapWith(ea, eb);
  const { dot, sharedA, sharedB, sharedStems, sharedWords, restA, restB, rarest } = space;
  const ca = ea.total ? sharedA / ea.total : 0;
  const cb = eb.total ? sharedB / eb.total : 0;
  const sizeA = ea.stemSet.length;
  const sizeB = eb.stemSet.length;
  const wordsA = ea.plainSet.length;
  const wordsB = eb.plainSet.length;
  // Content words: one stem each.
  const totalWords = ea.stems.length + eb.stems.length;
  const matched = restA && restB ? space.matchedBySense(ea, eb) : 0;
  const numbersA = ea.numbers.length;
  const numbersB = eb.numbers.length;
  out[COSINE] = ea.norm && eb.norm ? dot / Math.sqrt(ea.norm * eb.norm) : 0;
  out[COVERAGE_MAX] = Math.max(ca, cb);
  out[COVERAGE_MIN] = Math.min(ca, cb);
  out[JACCARD] = sizeA + sizeB ? sharedStems / (sizeA + sizeB - sharedStems) : 0;
  out[SYNONYM_DICE] = totalWords ? (totalWords - restA - restB + matched) / totalWords : 0;
  out[ALL_WORDS] = wordsA + wordsB ? (2 * sharedWords) / (wordsA + wordsB) : 0;
  out[TRIGRAMS] = NaN; // left to `trigramSimilarity`, when the pair gets that far
  out[LENGTH_DIFFERENCE] = Math.log1p(Math.abs(ea.plainSorted.length - eb.plainSorted.length));
  out[BIGRAMS] = ea.bigrams.length && eb.bigrams.length ? overlapSorted(ea.bigrams, eb.bigrams) / Math.min(ea.bigrams.length, eb.bigrams.length) : 0;
  out[RAREST_ADDITION] = rarest;
  out[EXTRA_WORDS] = Math.log1p(Math.max(sizeA - sharedStems, sizeB - sharedStems));
  out[LENGTH_RATIO] = sizeA && sizeB ? Math.min(sizeA, sizeB) / Math.max(sizeA, sizeB) : 0;
  const sharedNumbers = overlapSorted(ea.numbers, eb.numbers);
  out[UNMATCHED_NUMBERS] = numbersA + numbersB - 2 * sharedNumbers;
  out[MATCHED_NUMBERS] = numbersA + numbersB ? dice(sharedNumbers, numbersA, numbersB) : 0;
  out[CAPITALISED] = dice(space.sharedCapitalised, ea.capitalised.length, eb.capitalised.length);
  out[CLAIM_WORDS] = dice(space.sharedClaimStems, ea.claimStems.length, eb.claimStems.length);
  out[UNMATCHED_ENTITIES] = ea.entities.length + eb.entities.length - 2 * overlapSorted(ea.entities, eb.entities);
  out[SAME_SPEAKER] = ea.speaker >= 0 && eb.speaker >= 0 ? (ea.speaker === eb.speaker ? 1 : -1) : 0;
  out[STANCE_MISMATCH] = Number(ea.negated !== eb.negated) + Number(ea.hedged !== eb.hedged);
  return out;
}

/** Dice coefficient of the two statements' character trigrams. */
export function trigramSimilarity(a: EncodedProfile, b: EncodedProfile): number {
  const [gramsA, gramsB] = [trigramsOf(a), trigramsOf(b)];
  return gramsA.length + gramsB.length ? (2 * overlapSorted(gramsA, gramsB)) / (gramsA.length + gramsB.length) : 0;
}

/**
 * All features of a pair, indexed by `FEATURE_INDEX`, but for the word order and spelling
 * (`commonSequence`, `characters`, left NaN for `addSpellingFeatures`, the costliest steps of a
 * pair): a copy of `cheap` (from `cheapFeatures`; alignment computes them first to filter pairs)
 * with trigrams and the comparison's signals filled in.
 */
export function comparedFeatureValues(a: StatementProfile, b: StatementProfile, space: PairSpace, comparison: PairComparison, cheap: Float64Array): Float64Array {
  const values = cheap.slice();
  if (Number.isNaN(values[TRIGRAMS])) values[TRIGRAMS] = trigramSimilarity(space.encode(a), space.encode(b));
  values[COMMON_SEQUENCE] = NaN;
  values[CHARACTERS] = NaN;
  values[DATES] = comparison.signals.dates;
  values[NUMBERS] = comparison.signals.numbers;
  values[ENTITY_SWAP] = comparison.signals.entitySwap;
  values[QUOTE] = comparison.signals.quote;
  return values;
}

/** Fills in `values` the longest common word sequence and the character edit similarity of the pair. */
export function addSpellingFeatures(a: StatementProfile, b: StatementProfile, space: PairSpace, values: Float64Array): void {
  const ta = a.normalised;
  const tb = b.normalised;
  const longest = Math.max(ta.length, tb.length);
  const wordsA = space.encode(a).plain;
  const wordsB = space.encode(b).plain;
  values[COMMON_SEQUENCE] = wordsA.length && wordsB.length ? commonSequenceLength(wordsA, wordsB) / Math.max(wordsA.length, wordsB.length) : 0;
  values[CHARACTERS] = longest ? 1 - editDistance(ta, tb) / longest : 0;
}
