import levenshtein from 'fast-levenshtein';
import type { PairComparison } from '../compare/pairwise.js';
import { coverageOf, cosineOf, sensesOf, trigramsOf, vectorOf, type Idf, type StatementProfile } from './profile.js';

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

function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared;
}

// Length of the longest common subsequence of two word lists.
function commonSequenceLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Content words matched by stem or, failing that, by a WordNet synonym on the other side (two
 * words are synonyms when they share a synset). Each side's senses are read once per statement
 * (`sensesOf`), and a word's synonyms on the other side are found through the other side's
 * synset index rather than by trying every word against every word.
 */
function synonymDice(a: StatementProfile, b: StatementProfile): number {
  const total = a.words.length + b.words.length;
  if (!total) return 0;
  let restA = 0;
  let restB = 0;
  for (const stem of a.stems) if (!b.stemSet.has(stem)) restA++;
  for (const stem of b.stems) if (!a.stemSet.has(stem)) restB++;
  const matched = restA && restB ? matchedBySense(a, b) + matchedBySense(b, a) : 0;
  return (total - restA - restB + matched) / total;
}

// How many of `a`'s words left unmatched by stem share a synset with one of `b`'s words left
// unmatched by stem. (The same word on both sides cannot happen there: its stem would match.)
function matchedBySense(a: StatementProfile, b: StatementProfile): number {
  const sensesA = sensesOf(a);
  const sensesB = sensesOf(b);
  let matched = 0;
  a.words.forEach((_, i) => {
    if (b.stemSet.has(a.stems[i]!)) return;
    for (const key of sensesA.ofWord[i]!) {
      const owners = sensesB.wordsOf.get(key);
      if (owners && owners.some((j) => !a.stemSet.has(b.stems[j]!))) {
        matched++;
        return;
      }
    }
  });
  return matched;
}

// How rare the rarest word is that only one side has: a name or a term the other leaves out.
function rarestUnmatched(a: StatementProfile, b: StatementProfile, idf: Idf): number {
  let rarest = 0;
  for (const stem of a.stems) if (!b.stemSet.has(stem)) rarest = Math.max(rarest, idf(stem));
  for (const stem of b.stems) if (!a.stemSet.has(stem)) rarest = Math.max(rarest, idf(stem));
  return rarest;
}

function dice<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  return a.size + b.size ? (2 * overlap(a, b)) / (a.size + b.size) : 1;
}

/** The features that cost little once the profiles are built: all but `EXPENSIVE_FEATURES` and the comparison's signals. */
export type CheapFeatures = Omit<Record<FeatureName, number>, (typeof EXPENSIVE_FEATURES)[number] | (typeof COMPARISON_FEATURES)[number]>;

/** Features that cost a pass over characters or a WordNet look-up: bounded before they are computed (`filter.ts`). */
export const EXPENSIVE_FEATURES = ['synonymDice', 'commonSequence', 'characters', 'trigrams'] as const;
/** Features read from the aspect-by-aspect comparison of the pair. */
export const COMPARISON_FEATURES = ['dates', 'numbers', 'entitySwap', 'quote'] as const;

export function cheapFeatures(a: StatementProfile, b: StatementProfile, idf: Idf): CheapFeatures {
  const va = vectorOf(a, idf);
  const vb = vectorOf(b, idf);
  const ca = coverageOf(va, vb);
  const cb = coverageOf(vb, va);
  const sa = a.stemSet;
  const sb = b.stemSet;
  const sharedStems = overlap(sa, sb);
  const ba = a.stemBigrams;
  const bb = b.stemBigrams;
  const setA = a.plainWordSet;
  const setB = b.plainWordSet;
  const sharedWords = overlap(setA, setB);
  const numbersA = a.numberValues;
  const numbersB = b.numberValues;
  const entitiesA = a.entityIds;
  const entitiesB = b.entityIds;
  const speakerA = a.statement.speaker?.speakerId;
  const speakerB = b.statement.speaker?.speakerId;
  return {
    cosine: cosineOf(va, vb),
    coverageMax: Math.max(ca, cb),
    coverageMin: Math.min(ca, cb),
    jaccard: sa.size + sb.size ? sharedStems / (sa.size + sb.size - sharedStems) : 0,
    allWords: setA.size + setB.size ? (2 * sharedWords) / (setA.size + setB.size) : 0,
    lengthDifference: Math.log1p(Math.abs(a.plainWords.length - b.plainWords.length)),
    bigrams: ba.size && bb.size ? overlap(ba, bb) / Math.min(ba.size, bb.size) : 0,
    rarestAddition: rarestUnmatched(a, b, idf),
    extraWords: Math.log1p(Math.max(sa.size - sharedStems, sb.size - sharedStems)),
    lengthRatio: sa.size && sb.size ? Math.min(sa.size, sb.size) / Math.max(sa.size, sb.size) : 0,
    unmatchedNumbers: numbersA.size + numbersB.size - 2 * overlap(numbersA, numbersB),
    matchedNumbers: numbersA.size + numbersB.size ? dice(numbersA, numbersB) : 0,
    capitalised: dice(a.capitalised, b.capitalised),
    claimWords: dice(a.claimStems, b.claimStems),
    unmatchedEntities: entitiesA.size + entitiesB.size - 2 * overlap(entitiesA, entitiesB),
    sameSpeaker: speakerA && speakerB ? (speakerA === speakerB ? 1 : -1) : 0,
    stanceMismatch: Number(a.statement.negations.length > 0 !== b.statement.negations.length > 0) + Number(a.statement.hedged !== b.statement.hedged),
  };
}

/**
 * All features of a pair. `cheap`, when the caller has them already (alignment computes them
 * first to filter pairs), is not computed again.
 */
export function pairFeatures(a: StatementProfile, b: StatementProfile, idf: Idf, comparison: PairComparison, cheap: CheapFeatures = cheapFeatures(a, b, idf)): Record<FeatureName, number> {
  const ta = a.normalised;
  const tb = b.normalised;
  const longest = Math.max(ta.length, tb.length);
  const wordsA = a.plainWords;
  const wordsB = b.plainWords;
  const gramsA = trigramsOf(a);
  const gramsB = trigramsOf(b);
  // The order of the keys is the order the features have always been reported in.
  return {
    cosine: cheap.cosine,
    coverageMax: cheap.coverageMax,
    coverageMin: cheap.coverageMin,
    jaccard: cheap.jaccard,
    synonymDice: synonymDice(a, b),
    allWords: cheap.allWords,
    commonSequence: wordsA.length && wordsB.length ? commonSequenceLength(wordsA, wordsB) / Math.max(wordsA.length, wordsB.length) : 0,
    trigrams: gramsA.size + gramsB.size ? (2 * overlap(gramsA, gramsB)) / (gramsA.size + gramsB.size) : 0,
    lengthDifference: cheap.lengthDifference,
    bigrams: cheap.bigrams,
    characters: longest ? 1 - levenshtein.get(ta, tb) / longest : 0,
    rarestAddition: cheap.rarestAddition,
    extraWords: cheap.extraWords,
    lengthRatio: cheap.lengthRatio,
    dates: comparison.signals.dates,
    numbers: comparison.signals.numbers,
    unmatchedNumbers: cheap.unmatchedNumbers,
    matchedNumbers: cheap.matchedNumbers,
    capitalised: cheap.capitalised,
    claimWords: cheap.claimWords,
    unmatchedEntities: cheap.unmatchedEntities,
    entitySwap: comparison.signals.entitySwap,
    quote: comparison.signals.quote,
    sameSpeaker: cheap.sameSpeaker,
    stanceMismatch: cheap.stanceMismatch,
  };
}
