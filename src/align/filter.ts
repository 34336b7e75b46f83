import { editSimilarityBound } from '../text/edit.js';
import { closeEnough, COSTLY_FEATURES, FEATURE_INDEX, FEATURE_NAMES, trigramSimilarity } from './features.js';
import { indexModel, type LogisticModel, type RelationModel } from './model.js';
import { overlapSorted, trigramsOf, type EncodedProfile } from './space.js';

/**
 * Whether a candidate pair could be aligned at all: whether either model of `model` could reach
 * its threshold, the paraphrase model (`equivalent`) or the same-fact model (`elaborates`,
 * `contradicts`). Alignment keeps no other pair: `related` and `unrelated` pairs are dropped.
 *
 * This is the cheap step between the index and the full relation. The cheap features (tf-idf
 * cosine and coverage, shared stems, words, word pairs and synonyms, names, numbers, speakers;
 * `cheap`, from `cheapFeatures`) are exact; each costly feature (the longest common
 * word sequence, the character edit distance) and each signal of the aspect-by-aspect
 * comparison is replaced by an interval it must lie in, and the logit of each model is bounded
 * above by taking every interval at the end the model's weight favours. A pair that cannot reach
 * either threshold even so is dropped without computing the rest. The bound is a true bound, so
 * the pairs kept, and the report, are those of scoring every candidate in full; at 200 FNC-1
 * bodies about 1 candidate in 7 is left for the full relation (998 of 6 785).
 */
export function couldAlign(a: EncodedProfile, b: EncodedProfile, cheap: Float64Array, model: RelationModel): boolean {
  const paraphrase = compile(model.paraphrase);
  const sameFact = compile(model.sameFact);
  low.set(cheap);
  high.set(cheap);
  setCostlyIntervals(a, b, cheap, low, high);
  // First with the word order and spelling bounded by the lengths alone and trigrams not at all,
  // which turns away half the candidates (3 191 of 6 785 at 200 FNC-1 bodies) before the
  // statements' words and characters are counted against each other.
  setLengthIntervals(a, b, low, high);
  if (!reaches(paraphrase, low, high) && !reaches(sameFact, low, high)) return false;
  setSpellingIntervals(a, b, low, high);
  // Trigrams, a merge of two arrays of about 150, are left to the pairs that pass with them
  // bounded by their sizes (a dice coefficient is at most 2·min / sum).
  const sizeA = trigramsOf(a).length;
  const sizeB = trigramsOf(b).length;
  low[TRIGRAMS] = 0;
  high[TRIGRAMS] = sizeA + sizeB ? (2 * Math.min(sizeA, sizeB)) / (sizeA + sizeB) : 0;
  if (!reaches(paraphrase, low, high) && !reaches(sameFact, low, high)) return false;
  cheap[TRIGRAMS] = low[TRIGRAMS] = high[TRIGRAMS] = trigramSimilarity(a, b);
  return reaches(paraphrase, low, high) || reaches(sameFact, low, high);
}

// Scratch bounds, one pair at a time (alignment is synchronous).
const low = new Float64Array(FEATURE_NAMES.length);
const high = new Float64Array(FEATURE_NAMES.length);

const [COMMON_SEQUENCE, CHARACTERS, DATES, NUMBERS, ENTITY_SWAP, QUOTE] = COSTLY_FEATURES.map((name) => FEATURE_INDEX[name]) as [number, number, number, number, number, number];
const TRIGRAMS = FEATURE_INDEX.trigrams;

/**
 * Intervals for the word order, spelling and trigram features from the statements' lengths: a
 * common word sequence is at most the shorter one, and each edit changes the length by at most one.
 */
function setLengthIntervals(ea: EncodedProfile, eb: EncodedProfile, low: Float64Array, high: Float64Array): void {
  const wordsA = ea.plain.length;
  const wordsB = eb.plain.length;
  low[COMMON_SEQUENCE] = 0;
  high[COMMON_SEQUENCE] = wordsA && wordsB ? Math.min(wordsA, wordsB) / Math.max(wordsA, wordsB) : 0;
  low[CHARACTERS] = 0;
  high[CHARACTERS] = editSimilarityBound(ea.normalised.length, eb.normalised.length);
  low[TRIGRAMS] = 0;
  high[TRIGRAMS] = 1;
}

function setCostlyIntervals(ea: EncodedProfile, eb: EncodedProfile, cheap: Float64Array, low: Float64Array, high: Float64Array): void {
  // The comparison's signals are 0 unless both statements have something of the kind.
  const dates = ea.hasDates && eb.hasDates;
  const numbers = ea.numbers.length > 0 && eb.numbers.length > 0;
  low[DATES] = dates ? -1 : 0;
  high[DATES] = dates ? 1 : 0;
  low[NUMBERS] = numbers ? -1 : 0;
  high[NUMBERS] = numbers ? 1 : 0;
  low[QUOTE] = 0;
  high[QUOTE] = ea.hasQuotes && eb.hasQuotes ? 1 : 0;
  low[ENTITY_SWAP] = 0;
  high[ENTITY_SWAP] = closeEnough(cheap) && ea.entities.length > 0 && eb.entities.length > 0 ? 1 : 0;
}

/** Intervals for the word order and spelling features (`commonSequence`, `characters`). */
function setSpellingIntervals(ea: EncodedProfile, eb: EncodedProfile, low: Float64Array, high: Float64Array): void {
  // commonSequence: a common subsequence uses each word at most as often as both sides have it.
  const longestWords = Math.max(ea.plainSorted.length, eb.plainSorted.length);
  low[COMMON_SEQUENCE] = 0;
  high[COMMON_SEQUENCE] = ea.plainSorted.length && eb.plainSorted.length ? overlapSorted(ea.plainSorted, eb.plainSorted) / longestWords : 0;

  // characters: every edit removes at most one surplus character from either side, so the edit
  // distance is at least the larger surplus of one side's character counts over the other's.
  const longest = Math.max(ea.normalised.length, eb.normalised.length);
  low[CHARACTERS] = 0;
  high[CHARACTERS] = longest ? 1 - ea.space.largerSurplus(ea, eb) / longest : 0;
}

/**
 * Whether alignment needs a pair's word order and spelling features (`addSpellingFeatures`)
 * to know its relation and score, given every other feature (`values`, those two NaN) and its
 * same-fact score. Only the paraphrase model reads them; it is bounded as in `couldAlign`, with
 * both features in their intervals. When even its highest score is below its threshold, the
 * same-fact model decides the relation; and when it is also at most the same-fact score, the
 * pair's score (the higher of the two) is the same-fact score. Below the same-fact threshold
 * the pair is `related` or `unrelated`, which alignment drops, whatever its score. At 200 FNC-1
 * bodies three pairs in five of those the filter keeps need neither (605 of 998), and are spared
 * the character edit distance, the costliest step of a pair.
 */
export function needsSpelling(a: EncodedProfile, b: EncodedProfile, values: Float64Array, sameFactScore: number, model: RelationModel): boolean {
  low.set(values);
  high.set(values);
  setSpellingIntervals(a, b, low, high);
  const paraphrase = highestScore(compile(model.paraphrase), low, high);
  if (paraphrase >= model.paraphrase.threshold - MARGIN) return true;
  return sameFactScore >= model.sameFact.threshold && paraphrase > sameFactScore - MARGIN;
}

/**
 * A logistic model as arrays, in the order of its weights (the order `scoreFeatures` sums them
 * in): each standardised term `weight * (value - mean) / scale` as `slope * value + offset`.
 */
interface CompiledModel {
  /** The bias plus the terms of names that are no feature (their value is 0). */
  bias: number;
  index: Int32Array;
  slope: Float64Array;
  offset: Float64Array;
  threshold: number;
}

const compiled = new WeakMap<LogisticModel, CompiledModel>();

function compile(model: LogisticModel): CompiledModel {
  let result = compiled.get(model);
  if (!result) {
    // Each term as slope and offset; a name that is no feature has the value 0, a constant.
    const { index, weight, mean, scale } = indexModel(model);
    const slope = weight.map((w, k) => w / scale[k]!);
    const offset = slope.map((a, k) => -a * mean[k]!);
    const features: number[] = [];
    let bias = model.bias;
    for (let k = 0; k < index.length; k++) {
      if (index[k]! >= 0) features.push(k);
      else bias += offset[k]!;
    }
    result = {
      bias,
      index: Int32Array.from(features, (k) => index[k]!),
      slope: Float64Array.from(features, (k) => slope[k]!),
      offset: Float64Array.from(features, (k) => offset[k]!),
      threshold: model.threshold,
    };
    compiled.set(model, result);
  }
  return result;
}

// Margin for rounding: each term is at least the true one but for the rounding of
// `slope * value + offset` against `weight * (value - mean) / scale` (some 1e-16), and a pair
// within 1e-9 of a threshold is scored in full.
const MARGIN = 1e-9;

/** Whether the model's score could reach its threshold with every feature within [low, high]. */
function reaches(model: CompiledModel, low: Float64Array, high: Float64Array): boolean {
  return highestScore(model, low, high) >= model.threshold - MARGIN;
}

/** The model's highest score with every feature within [low, high] (at least the true one, but for rounding: see `MARGIN`). */
function highestScore(model: CompiledModel, low: Float64Array, high: Float64Array): number {
  const { index, slope, offset } = model;
  let logit = model.bias;
  for (let k = 0; k < index.length; k++) {
    const i = index[k]!;
    const a = slope[k]!;
    logit += (a >= 0 ? a * high[i]! : a * low[i]!) + offset[k]!;
  }
  return 1 / (1 + Math.exp(-logit));
}

