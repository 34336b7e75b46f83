import { keepShapeOf } from '../shapes.js';
import type { Alignment, Statement, StatementRelation } from '../types.js';
import { averageLinkage, edgesOf } from './cluster.js';
import { candidatePairSets, pairsOfKeys, type PairList } from './candidates.js';
import { cheapFeatures, FEATURE_NAMES } from './features.js';
import { couldAlign } from './filter.js';
import type { RelationModel } from './model.js';
import { cosineOf, type Idf, type StatementProfile } from './profile.js';
import { pairRelation, type PairRelation } from './relate.js';
import { PairSpace, type TermVector } from './space.js';

export interface AlignOptions {
  model: RelationModel;
  /** Mean alignment score at which statements group into one fact. */
  factThreshold: number;
  /** Mean similarity at which facts and statements group into one topic. */
  topicThreshold: number;
}

export interface AlignedStory {
  alignments: Alignment[];
  /** Statement indices per fact; only groups spanning two articles or more. */
  facts: number[][];
  /** Per topic: fact indices and the indices of statements outside any fact. */
  topics: Array<{ facts: number[]; statements: number[] }>;
}

const CONTINUES = /^["“‘']?(another|also|however|but|still|meanwhile|moreover|furthermore|in addition|additionally|this|that|these|those|such|it|they|the move|the decision)\b/i;

// How sure a statement is says nothing of its subject: "possibility", "likely", "unclear".
const CERTAINTY_WORDS = /^(possibl|probabl|likel|unlik|perhap|suggest|appear|seem|alleg|claim|potenti|uncertain|unclear|specul|rumou?r)/;

/** Up to this many statements, topic edges come from every candidate pair (see `alignStatements`). */
export const TOPIC_EXHAUSTIVE_UP_TO = 1_000;
/**
 * Past that, the partners each statement keeps for topics. Topics are loose groups (a fact and
 * its neighbours); 16 of a statement's closest subjects keep them while halving the edges and
 * the memory of the clustering against 32.
 */
export const TOPIC_PARTNERS = 16;

/**
 * Candidate pairs for alignment below this tf-idf cosine are not scored. On the first 200 FNC-1
 * bodies six candidates in ten had a cosine from 0.15 to 0.20, and of the 1 330 pairs the full
 * relation aligned, the 8 among them were all spurious: lines that share one word ("Source: The
 * Daily Caller" and "The Daily Mail added:", "According to reports:" and "AFP contributed to this
 * report."). From 0.20 to 0.22 it was the same on three slices of 400 FNC-1 bodies (from the
 * first, the 800th and the 1 200th in id order), a quarter of the candidates (6 379 of 24 056,
 * 6 949 of 26 427, 2 493 of 9 536) gave 27 aligned pairs, none reporting one fact ("Follow X on
 * Twitter" with "Follow Y on Twitter", "Fidel Castro is dead." with "Is Macaulay Culkin dead?").
 * Every aligned pair of the seeds, and every hand-labelled one they align, has a cosine of 0.23
 * or more. (Below 0.15, an earlier count over some 11 000 pairs aligned on FNC-1 clusters had
 * found 33, as spurious.)
 */
export const MIN_ALIGNMENT_COSINE = 0.22;

/**
 * Statements with fewer content words than this are not aligned: a fact takes at least something
 * and what is said of it. Left out are list numbers ("1.", "2."), credits ("Reuters", "AFP"),
 * calls to the reader ("Watch below:", "Share this:"), fragments ("And gold?") and a subject
 * alone ("Then, the Apple Watch.", "Video loading"). On the first 200 FNC-1 bodies lines of one
 * content word or none were in 538 of the 1 330 aligned pairs, all spurious: "1." with every
 * statement holding the number 1. Lines of two were then in 631 of the 3 665 pairs aligned at
 * 400 bodies (116 of 711 at 200), and in none of 40 drawn at random did the two report one fact:
 * a subject alone "elaborates" every statement about it ("(Who are Islamic State?" with 162
 * candidates), and boilerplate pairs with boilerplate ("Video loading", "Poll loading …"). With
 * three content words facts begin ("Macaulay Culkin is not dead." and "... is still very much
 * alive."). Every statement of the seeds has three content words or more.
 */
export const MIN_ALIGNED_WORDS = 3;

// A continuing sentence's topic vector: its own, and half of the sentence's before it.
const CONTEXT_FACTOR = 0.5;

const SAME_FACT: ReadonlySet<StatementRelation['relation']> = new Set(['equivalent', 'elaborates', 'contradicts']);

/**
 * Aligns statements in three steps of falling number and rising cost: candidate pairs from an
 * inverted index, at most the best `MAX_PARTNERS` of each statement, none below
 * `MIN_ALIGNMENT_COSINE` and none with a statement of fewer than `MIN_ALIGNED_WORDS` content
 * words (`candidates.ts`); a cheap
 * filter that drops the pairs whose relation could not be one alignment keeps, from the cheap
 * features and bounds on the rest (`filter.ts`); and the full relation, with the
 * aspect-by-aspect comparison and every feature that could change what alignment keeps, for the
 * pairs left. Facts are then grouped by average linkage.
 */
export function alignStatements(profiles: readonly StatementProfile[], idf: Idf, options: AlignOptions): AlignedStory {
  // One space for the whole comparison: each statement's terms become ids once, and the
  // candidate search, the topics and the pair features all read those.
  const space = new PairSpace(idf);
  space.keepSharedSenses(profiles);
  const { vectors, rankBy } = topicVectors(Array.from(profiles, (profile) => space.termsOf(profile)), space);
  // One walk of the index gives the candidates of both alignment and topics. Topics take every
  // pair for the smaller stories, as they always did: they join at a low mean similarity (0.06 by
  // default), where even weak edges weigh. Past TOPIC_EXHAUSTIVE_UP_TO statements each keeps its
  // TOPIC_PARTNERS best partners by the cosine of the topic vectors, so that the edges, and the
  // clustering, grow linearly.
  const [alignmentCandidates, topicCandidates] = candidatePairSets(profiles, space, 0.35, [
    { minSharedWeight: 4, minCosine: MIN_ALIGNMENT_COSINE, pairable: Uint8Array.from(profiles, (p) => Number(p.words.length >= MIN_ALIGNED_WORDS)) },
    { minSharedWeight: 2.5, withinArticles: true, maxPartners: profiles.length <= TOPIC_EXHAUSTIVE_UP_TO ? Infinity : TOPIC_PARTNERS, rankBy },
  ]) as [PairList, PairList];
  const scored: Array<{ a: number; b: number; relation: PairRelation }> = [];
  const cheap = new Float64Array(FEATURE_NAMES.length);
  for (let i = 0; i < alignmentCandidates.a.length; i++) {
    const a = alignmentCandidates.a[i]!;
    const b = alignmentCandidates.b[i]!;
    const pa = profiles[a]!;
    const pb = profiles[b]!;
    cheapFeatures(pa, pb, space, cheap);
    if (!couldAlign(space.encode(pa), space.encode(pb), cheap, options.model)) continue;
    const relation = pairRelation(pa, pb, idf, options.model, { space, cheap }, true);
    if (SAME_FACT.has(relation.relation)) scored.push({ a, b, relation });
  }
  const alignments: Alignment[] = scored.map(({ a, b, relation }, i) => ({
    id: `a${i + 1}`,
    statementIds: [profiles[a]!.statement.id, profiles[b]!.statement.id],
    relation: relation.relation,
    score: relation.score,
    divergences: relation.divergences,
    refinements: relation.refinements,
    agreements: relation.agreements,
  }));
  const factGroups = averageLinkage(
    profiles.length,
    edgesOf({ a: Int32Array.from(scored, (pair) => pair.a), b: Int32Array.from(scored, (pair) => pair.b) }, Float64Array.from(scored, (pair) => pair.relation.score)),
    options.factThreshold,
  ).filter((group) => spansArticles(group, profiles));
  const topics = groupTopics(profiles, vectors, topicCandidates, factGroups, options.topicThreshold, space.vocabularySize);
  // The term vectors and encodings served this comparison only; the profiles may live on with the caller.
  for (const profile of profiles) {
    delete profile.cache.terms;
    delete profile.cache.encoded;
  }
  return { alignments, facts: factGroups, topics };
}

/** Whether the statements of `group` come from two articles or more. */
function spansArticles(group: readonly number[], profiles: readonly StatementProfile[]): boolean {
  const first = profiles[group[0]!]!.statement.articleId;
  for (let k = 1; k < group.length; k++) if (profiles[group[k]!]!.statement.articleId !== first) return true;
  return false;
}

/** A vector over a space's term ids: its ids and their weights, in the order the terms came. */
interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * Each statement's tf-idf vector without the terms most statements share (the story's main
 * actors) and words of certainty, so that subjects stand out: as a sparse vector of the terms
 * kept, and, for ranking candidates, as a weight for each of its terms (0 for those left out).
 */
function topicVectors(terms: readonly TermVector[], space: PairSpace): { vectors: SparseVector[]; rankBy: Float64Array[] } {
  const documentFrequency = new Int32Array(space.vocabularySize);
  for (const vector of terms) for (let k = 0; k < vector.terms.length; k++) documentFrequency[vector.terms[k]!]!++;
  const ubiquitous = Math.max(3, terms.length * 0.2);
  // Decided once per term, not once per statement holding it.
  const kept = new Uint8Array(documentFrequency.length);
  for (let id = 0; id < kept.length; id++) kept[id] = Number(documentFrequency[id]! > 0 && documentFrequency[id]! <= ubiquitous && !CERTAINTY_WORDS.test(space.textOf(id)));
  const vectors: SparseVector[] = [];
  const rankBy: Float64Array[] = [];
  for (const vector of terms) {
    let size = 0;
    for (let k = 0; k < vector.terms.length; k++) size += kept[vector.terms[k]!]!;
    const ids = new Int32Array(size);
    const weights = new Float64Array(size);
    const rank = new Float64Array(vector.terms.length);
    for (let k = 0, j = 0; k < vector.terms.length; k++) {
      if (!kept[vector.terms[k]!]) continue;
      ids[j] = vector.terms[k]!;
      weights[j++] = rank[k] = vector.weights[k]!;
    }
    vectors.push({ ids, weights });
    rankBy.push(rank);
  }
  return { vectors, rankBy };
}

/**
 * Sums of sparse vectors over ids below `size`, each scaled by its factor: a term keeps the place
 * where it first came, and its weight is summed in the order the vectors are given (as adding
 * into a Map would, to the bit). Marks in scratch arrays, no hashing; the vectors are given one
 * by one, not in arrays made for each sum (V8 compiled the sum for the kind of the arrays it
 * first met, and dropped it at another again and again).
 */
class SparseSummer {
  private readonly marks: Int32Array;
  private readonly places: Int32Array;
  private mark = 0;
  private ids: number[] = [];
  private weights: number[] = [];

  constructor(size: number) {
    this.marks = new Int32Array(size);
    this.places = new Int32Array(size);
  }

  /** `a` plus `factor` times `b`. */
  plus(a: SparseVector, b: SparseVector, factor: number): SparseVector {
    this.start();
    this.add(a, 1);
    this.add(b, factor);
    return this.finish();
  }

  /** The sum of `vectors[i]` for each i of `members`, in order. */
  sumOf(members: readonly number[], vectors: readonly SparseVector[]): SparseVector {
    this.start();
    for (let k = 0; k < members.length; k++) this.add(vectors[members[k]!]!, 1);
    return this.finish();
  }

  private start(): void {
    this.mark++;
    this.ids.length = 0;
    this.weights.length = 0;
  }

  private add(part: SparseVector, factor: number): void {
    const { marks, places, mark, ids, weights } = this;
    for (let k = 0; k < part.ids.length; k++) {
      const id = part.ids[k]!;
      if (marks[id] === mark) weights[places[id]!]! += factor * part.weights[k]!;
      else {
        marks[id] = mark;
        places[id] = ids.length;
        ids.push(id);
        weights.push(factor * part.weights[k]!);
      }
    }
  }

  private finish(): SparseVector {
    return { ids: Int32Array.from(this.ids), weights: Float64Array.from(this.weights) };
  }
}

/** The squared norm of a sparse vector, summed in its order. */
function squaredNormOf(vector: SparseVector): number {
  let sum = 0;
  for (let k = 0; k < vector.weights.length; k++) sum += vector.weights[k]! * vector.weights[k]!;
  return sum;
}

/**
 * The cosine of two of `vectors` (over ids below `size`) by their indices, as `cosine` computes
 * it (the dot product summed in the first vector's order, each norm in its own): the second is
 * marked in dense arrays and the first read against them.
 */
class UnitSimilarity {
  private readonly norms: Float64Array;
  private readonly marks: Int32Array;
  private readonly values: Float64Array;
  private mark = 0;

  constructor(private readonly vectors: readonly SparseVector[], size: number) {
    this.norms = Float64Array.from(vectors, squaredNormOf);
    this.marks = new Int32Array(size);
    this.values = new Float64Array(size);
  }

  between(a: number, b: number): number {
    const { marks, values } = this;
    const mark = ++this.mark;
    const second = this.vectors[b]!;
    for (let k = 0; k < second.ids.length; k++) {
      marks[second.ids[k]!] = mark;
      values[second.ids[k]!] = second.weights[k]!;
    }
    const first = this.vectors[a]!;
    let dot = 0;
    for (let k = 0; k < first.ids.length; k++) if (marks[first.ids[k]!] === mark) dot += first.weights[k]! * values[first.ids[k]!]!;
    return cosineOf(dot, this.norms[a]!, this.norms[b]!);
  }
}

// The summer and the similarity are classes, not closures made in each call, and one of each
// lives on (`keepShapeOf`): V8 keeps the code compiled for a closure only while the closure
// lives, and a full collection between two comparisons dropped it.
keepShapeOf(new SparseSummer(0));
keepShapeOf(new UnitSimilarity([], 0));

/**
 * Topics: facts and lone statements about the same subject. Terms most statements share (the
 * story's main actors) and words of certainty are left out, so that subjects stand out, and units are joined by
 * average linkage over the pairs the inverted index suggests.
 */
function groupTopics(
  profiles: readonly StatementProfile[],
  vectors: readonly SparseVector[],
  candidates: PairList,
  facts: readonly number[][],
  threshold: number,
  vocabularySize: number,
): AlignedStory['topics'] {
  const summer = new SparseSummer(vocabularySize);
  // A sentence that opens with a connective or an anaphor ("Another possibility is ...", "This
  // development ...") continues the subject of the sentence before it, across paragraphs too.
  // The lists the similarity reads are made by push, all of one kind (see `SparseSummer`).
  const context: SparseVector[] = [];
  for (let i = 0; i < profiles.length; i++) {
    const previous = profiles[i - 1];
    const continues = previous && previous.statement.articleId === profiles[i]!.statement.articleId && CONTINUES.test(profiles[i]!.statement.text);
    context.push(continues ? summer.plus(vectors[i]!, vectors[i - 1]!, CONTEXT_FACTOR) : vectors[i]!);
  }
  const unitOf = new Array<number>(profiles.length).fill(-1);
  const units: number[][] = [];
  for (const group of facts) {
    for (const i of group) unitOf[i] = units.length;
    units.push(group);
  }
  profiles.forEach((_, i) => {
    if (unitOf[i] === -1) {
      unitOf[i] = units.length;
      units.push([i]);
    }
  });
  // A lone statement's sum is its own vector, not a copy of it.
  const sums: SparseVector[] = [];
  for (const members of units) sums.push(members.length === 1 ? context[members[0]!]! : summer.sumOf(members, context));
  // The pairs of units a candidate or a continuing sentence links, as keys `x * count + y` (x < y),
  // each pair once in increasing order of key (`pairsOfKeys`).
  const count = units.length;
  const links: number[] = [];
  for (let i = 0; i < candidates.a.length; i++) linkUnits(links, unitOf, count, candidates.a[i]!, candidates.b[i]!);
  for (let i = 1; i < profiles.length; i++) if (context[i] !== vectors[i]) linkUnits(links, unitOf, count, i - 1, i);
  const linked = pairsOfKeys(links, count);
  const similarity = new UnitSimilarity(sums, vocabularySize);
  const weight = new Float64Array(linked.a.length);
  for (let i = 0; i < weight.length; i++) weight[i] = similarity.between(linked.a[i]!, linked.b[i]!);
  const factCount = facts.length;
  return averageLinkage(units.length, edgesOf(linked, weight), threshold).map((group) => ({
    facts: group.filter((u) => u < factCount),
    statements: group.filter((u) => u >= factCount).map((u) => units[u]![0]!),
  }));
}

/** Adds to `links` the link of the units of statements a and b (`x * count + y`, x < y), unless they are one unit. */
function linkUnits(links: number[], unitOf: readonly number[], count: number, a: number, b: number): void {
  const x = unitOf[a]!;
  const y = unitOf[b]!;
  if (x !== y) links.push(x < y ? x * count + y : y * count + x);
}

export type { Statement };
