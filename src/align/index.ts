import type { Alignment, Statement, StatementRelation } from '../types.js';
import { averageLinkage } from './cluster.js';
import { candidatePairs } from './candidates.js';
import type { RelationModel } from './model.js';
import { cosine, weightedVector, type Idf, type StatementProfile } from './profile.js';
import { relateProfiles } from './relate.js';

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

const SAME_FACT: ReadonlySet<StatementRelation['relation']> = new Set(['equivalent', 'elaborates', 'contradicts']);

export function alignStatements(profiles: readonly StatementProfile[], idf: Idf, options: AlignOptions): AlignedStory {
  const scored: Array<{ a: number; b: number; relation: StatementRelation }> = [];
  for (const [a, b] of candidatePairs(profiles, idf, { maxDocumentShare: 0.35, minSharedWeight: 4 })) {
    const relation = relateProfiles(profiles[a]!, profiles[b]!, idf, options.model);
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
    scored.map(({ a, b, relation }) => ({ a, b, weight: relation.score })),
    options.factThreshold,
  ).filter((group) => new Set(group.map((i) => profiles[i]!.statement.articleId)).size > 1);
  return { alignments, facts: factGroups, topics: groupTopics(profiles, idf, factGroups, options.topicThreshold) };
}

/**
 * Topics: facts and lone statements about the same subject. Each statement is read with its
 * neighbours in the paragraph (a paragraph keeps to one subject), and units are joined by average
 * linkage over the pairs the inverted index suggests.
 */
function groupTopics(profiles: readonly StatementProfile[], idf: Idf, facts: readonly number[][], threshold: number): AlignedStory['topics'] {
  const vectors = profiles.map((p) => weightedVector(p, idf));
  const context = profiles.map((profile, i) => {
    const vector = new Map(vectors[i]);
    for (const j of [i - 1, i + 1]) {
      const neighbour = profiles[j];
      if (!neighbour || neighbour.statement.articleId !== profile.statement.articleId || neighbour.statement.paragraph !== profile.statement.paragraph) continue;
      for (const [term, weight] of vectors[j]!) vector.set(term, (vector.get(term) ?? 0) + 0.5 * weight);
    }
    return vector;
  });
  const unitOf = new Array<number>(profiles.length).fill(-1);
  const units: number[][] = [];
  facts.forEach((group) => {
    for (const i of group) unitOf[i] = units.length;
    units.push(group);
  });
  profiles.forEach((_, i) => {
    if (unitOf[i] === -1) {
      unitOf[i] = units.length;
      units.push([i]);
    }
  });
  const unitVectors = units.map((members) => {
    const sum = new Map<string, number>();
    for (const i of members) for (const [term, weight] of context[i]!) sum.set(term, (sum.get(term) ?? 0) + weight);
    return sum;
  });
  const pairs = new Set<number>();
  for (const [a, b] of candidatePairs(profiles, idf, { maxDocumentShare: 0.35, minSharedWeight: 2.5 })) {
    const [x, y] = [unitOf[a]!, unitOf[b]!].sort((p, q) => p - q) as [number, number];
    if (x !== y) pairs.add(x * units.length + y);
  }
  // Statements of one article in one paragraph are candidates too: the index only pairs articles.
  for (let i = 1; i < profiles.length; i++) {
    const [p, q] = [profiles[i - 1]!.statement, profiles[i]!.statement];
    if (p.articleId === q.articleId && p.paragraph === q.paragraph) {
      const [x, y] = [unitOf[i - 1]!, unitOf[i]!].sort((m, n) => m - n) as [number, number];
      if (x !== y) pairs.add(x * units.length + y);
    }
  }
  const edges = [...pairs].sort((p, q) => p - q).map((key) => {
    const a = Math.floor(key / units.length);
    const b = key % units.length;
    return { a, b, weight: cosine(unitVectors[a]!, unitVectors[b]!) };
  });
  return averageLinkage(units.length, edges, threshold).map((group) => ({
    facts: group.filter((u) => u < facts.length),
    statements: group.filter((u) => u >= facts.length).map((u) => units[u]![0]!),
  }));
}

export type { Statement };
