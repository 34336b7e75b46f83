import levenshtein from 'fast-levenshtein';
import type { PairComparison } from '../compare/pairwise.js';
import { contentStems, tokenize } from '../text/tokens.js';
import { areSynonyms } from '../text/wordnet.js';
import { coverage, cosine, weightedVector, type Idf, type StatementProfile } from './profile.js';

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

function bigrams(stems: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < stems.length; i++) pairs.add(`${stems[i - 1]} ${stems[i]}`);
  return pairs;
}

function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared;
}

const normalised = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function characterTrigrams(text: string): Set<string> {
  const grams = new Set<string>();
  const squeezed = text.replace(/ /g, '');
  for (let i = 2; i < squeezed.length; i++) grams.add(squeezed.slice(i - 2, i + 1));
  return grams;
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

/** Content stems outside the attribution ("…, he said", "according to X"), so that how a claim is attributed does not count as what it says. */
function claimStems(profile: StatementProfile): Set<string> {
  const speaker = profile.statement.speaker;
  if (!speaker) return new Set(profile.stems);
  const offset = profile.statement.start;
  const text = profile.statement.text;
  const verbAt = text.toLowerCase().indexOf(speaker.verb, Math.max(0, Math.min(speaker.start - offset, speaker.end - offset) - 40));
  const from = Math.min(speaker.start - offset, verbAt < 0 ? Infinity : verbAt);
  const to = Math.max(speaker.end - offset, verbAt < 0 ? -Infinity : verbAt + speaker.verb.length);
  return new Set(contentStems(tokenize(text.slice(0, Math.max(0, from)) + ' ' + text.slice(Math.max(0, to)))));
}

// Capitalised words other than a sentence's first: names, whether or not typed as entities.
function capitalisedWords(text: string): Set<string> {
  return new Set(tokenize(text).slice(1).filter((t) => t.capitalized && !t.stop).map((t) => t.norm));
}

// Content words matched by stem or, failing that, by a WordNet synonym on the other side.
function synonymDice(a: StatementProfile, b: StatementProfile): number {
  const stemsA = new Set(a.stems);
  const stemsB = new Set(b.stems);
  const restA = a.words.filter((_, i) => !stemsB.has(a.stems[i]!));
  const restB = b.words.filter((_, i) => !stemsA.has(b.stems[i]!));
  const matchedA = restA.filter((w) => restB.some((v) => areSynonyms(w, v))).length;
  const matchedB = restB.filter((w) => restA.some((v) => areSynonyms(w, v))).length;
  const total = a.words.length + b.words.length;
  return total ? (total - restA.length - restB.length + matchedA + matchedB) / total : 0;
}

// How rare the rarest word is that only one side has: a name or a term the other leaves out.
function rarestUnmatched(a: StatementProfile, b: StatementProfile, idf: Idf): number {
  const stemsA = new Set(a.stems);
  const stemsB = new Set(b.stems);
  let rarest = 0;
  for (const stem of a.stems) if (!stemsB.has(stem)) rarest = Math.max(rarest, idf(stem));
  for (const stem of b.stems) if (!stemsA.has(stem)) rarest = Math.max(rarest, idf(stem));
  return rarest;
}

function dice<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  return a.size + b.size ? (2 * overlap(a, b)) / (a.size + b.size) : 1;
}

export function pairFeatures(a: StatementProfile, b: StatementProfile, idf: Idf, comparison: PairComparison): Record<FeatureName, number> {
  const va = weightedVector(a, idf);
  const vb = weightedVector(b, idf);
  const ca = coverage(va, vb);
  const cb = coverage(vb, va);
  const sa = new Set(a.stems);
  const sb = new Set(b.stems);
  const sharedStems = overlap(sa, sb);
  const ba = bigrams(a.stems);
  const bb = bigrams(b.stems);
  const ta = normalised(a.statement.text);
  const tb = normalised(b.statement.text);
  const longest = Math.max(ta.length, tb.length);
  const wordsA = ta.split(' ').filter(Boolean);
  const wordsB = tb.split(' ').filter(Boolean);
  const setA = new Set(wordsA);
  const setB = new Set(wordsB);
  const sharedWords = overlap(setA, setB);
  const gramsA = characterTrigrams(ta);
  const gramsB = characterTrigrams(tb);
  const numbersA = new Set(a.statement.numbers.filter((n) => n.kind !== 'ordinal').map((n) => n.value));
  const numbersB = new Set(b.statement.numbers.filter((n) => n.kind !== 'ordinal').map((n) => n.value));
  const entitiesA = new Set(a.statement.entities.map((e) => e.entityId));
  const entitiesB = new Set(b.statement.entities.map((e) => e.entityId));
  const speakerA = a.statement.speaker?.speakerId;
  const speakerB = b.statement.speaker?.speakerId;
  return {
    cosine: cosine(va, vb),
    coverageMax: Math.max(ca, cb),
    coverageMin: Math.min(ca, cb),
    jaccard: sa.size + sb.size ? sharedStems / (sa.size + sb.size - sharedStems) : 0,
    synonymDice: synonymDice(a, b),
    allWords: setA.size + setB.size ? (2 * sharedWords) / (setA.size + setB.size) : 0,
    commonSequence: wordsA.length && wordsB.length ? commonSequenceLength(wordsA, wordsB) / Math.max(wordsA.length, wordsB.length) : 0,
    trigrams: gramsA.size + gramsB.size ? (2 * overlap(gramsA, gramsB)) / (gramsA.size + gramsB.size) : 0,
    lengthDifference: Math.log1p(Math.abs(wordsA.length - wordsB.length)),
    bigrams: ba.size && bb.size ? overlap(ba, bb) / Math.min(ba.size, bb.size) : 0,
    characters: longest ? 1 - levenshtein.get(ta, tb) / longest : 0,
    rarestAddition: rarestUnmatched(a, b, idf),
    extraWords: Math.log1p(Math.max(sa.size - sharedStems, sb.size - sharedStems)),
    lengthRatio: sa.size && sb.size ? Math.min(sa.size, sb.size) / Math.max(sa.size, sb.size) : 0,
    dates: comparison.signals.dates,
    numbers: comparison.signals.numbers,
    unmatchedNumbers: numbersA.size + numbersB.size - 2 * overlap(numbersA, numbersB),
    matchedNumbers: numbersA.size + numbersB.size ? dice(numbersA, numbersB) : 0,
    capitalised: dice(capitalisedWords(a.statement.text), capitalisedWords(b.statement.text)),
    claimWords: dice(claimStems(a), claimStems(b)),
    unmatchedEntities: entitiesA.size + entitiesB.size - 2 * overlap(entitiesA, entitiesB),
    entitySwap: comparison.signals.entitySwap,
    quote: comparison.signals.quote,
    sameSpeaker: speakerA && speakerB ? (speakerA === speakerB ? 1 : -1) : 0,
    stanceMismatch: Number(a.statement.negations.length > 0 !== b.statement.negations.length > 0) + Number(a.statement.hedged !== b.statement.hedged),
  };
}
