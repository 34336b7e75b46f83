import { comparePair } from '../compare/pairwise.js';
import type { StatementRelation } from '../types.js';
import { DEFAULT_MODEL, type RelationModel } from './model.js';
import { coverage, cosine, weightedVector, type Idf, type StatementProfile } from './profile.js';

/** Word-level features of a pair: tf-idf cosine, how much of each the other covers, length ratio. */
export function lexicalFeatures(a: StatementProfile, b: StatementProfile, idf: Idf): Record<string, number> {
  const va = weightedVector(a, idf);
  const vb = weightedVector(b, idf);
  const ca = coverage(va, vb);
  const cb = coverage(vb, va);
  const la = a.stems.length;
  const lb = b.stems.length;
  return {
    cosine: cosine(va, vb),
    coverageMax: Math.max(ca, cb),
    coverageMin: Math.min(ca, cb),
    lengthRatio: la && lb ? Math.min(la, lb) / Math.max(la, lb) : 0,
  };
}

export function scoreFeatures(features: Record<string, number>, model: RelationModel = DEFAULT_MODEL): number {
  let logit = model.bias;
  for (const [name, weight] of Object.entries(model.weights)) logit += weight * (features[name] ?? 0);
  return 1 / (1 + Math.exp(-logit));
}

const STANCE_OVERLAP = 0.35;

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * How two statements relate. Same fact (`equivalent`, `elaborates`, `contradicts`) above the
 * model's threshold: `contradicts` when a number, date or name conflicts or one side negates;
 * `elaborates` when one carries clearly more than it shares.
 */
export function relateProfiles(a: StatementProfile, b: StatementProfile, idf: Idf, model: RelationModel = DEFAULT_MODEL): StatementRelation {
  const lexical = lexicalFeatures(a, b, idf);
  // Hedging, negation, a swapped name or speaker are differences only between statements that
  // say mostly the same thing; across a short caption and a long sentence they are noise.
  const comparison = comparePair(a.statement, b.statement, { close: lexical.coverageMin! >= STANCE_OVERLAP });
  const features: Record<string, number> = { ...lexical, ...comparison.signals };
  const score = scoreFeatures(features, model);
  const conflicting = comparison.divergences.some((d) => d.aspect === 'number' || d.aspect === 'date' || d.aspect === 'polarity' || d.aspect === 'entity');
  let relation: StatementRelation['relation'];
  if (score >= model.sameFact) {
    if (conflicting) relation = 'contradicts';
    else if (features.coverageMax! - features.coverageMin! > 0.35 || comparison.refinements.length > 0) relation = 'elaborates';
    else relation = 'equivalent';
  } else relation = score >= model.related ? 'related' : 'unrelated';
  const rounded = Object.fromEntries(Object.entries(features).map(([k, v]) => [k, round(v)]));
  return { relation, score: round(score), divergences: comparison.divergences, refinements: comparison.refinements, agreements: comparison.agreements, features: rounded };
}
