import { comparePair } from '../compare/pairwise.js';
import type { StatementRelation } from '../types.js';
import { cheapFeatures, COVERAGE_MIN_INDEX, FEATURE_INDEX, FEATURE_NAMES, pairFeatureValues, type FeatureName } from './features.js';
import { DEFAULT_MODEL, type LogisticModel, type RelationModel } from './model.js';
import type { Idf, StatementProfile } from './profile.js';
import { PairSpace } from './space.js';

export function scoreFeatures(features: Readonly<Record<string, number>>, model: LogisticModel): number {
  let logit = model.bias;
  for (const [name, weight] of Object.entries(model.weights)) {
    logit += (weight * ((features[name] ?? 0) - (model.means?.[name] ?? 0))) / (model.scales?.[name] || 1);
  }
  return 1 / (1 + Math.exp(-logit));
}

/** A model's terms as arrays in the order of its weights, each feature by its place in `FEATURE_NAMES` (-1: no feature, value 0). */
export interface IndexedModel {
  index: Int32Array;
  weight: Float64Array;
  mean: Float64Array;
  scale: Float64Array;
}

const indexed = new WeakMap<LogisticModel, IndexedModel>();

/** `model` as an `IndexedModel`, made once per model. */
export function indexModel(model: LogisticModel): IndexedModel {
  let result = indexed.get(model);
  if (!result) {
    const names = Object.keys(model.weights);
    result = {
      index: Int32Array.from(names, (name) => ((FEATURE_NAMES as readonly string[]).includes(name) ? FEATURE_INDEX[name as FeatureName] : -1)),
      weight: Float64Array.from(names, (name) => model.weights[name]!),
      mean: Float64Array.from(names, (name) => model.means?.[name] ?? 0),
      scale: Float64Array.from(names, (name) => model.scales?.[name] || 1),
    };
    indexed.set(model, result);
  }
  return result;
}

/** `scoreFeatures` of feature values indexed by `FEATURE_INDEX`: the same terms summed in the same order, so the same score to the bit. */
export function scoreFeatureValues(values: Float64Array, model: LogisticModel): number {
  const { index, weight, mean, scale } = indexModel(model);
  let logit = model.bias;
  for (let k = 0; k < index.length; k++) logit += (weight[k]! * ((index[k]! >= 0 ? values[index[k]!]! : 0) - mean[k]!)) / scale[k]!;
  return 1 / (1 + Math.exp(-logit));
}

// Hedging, negation, a swapped name or speaker are differences only between statements that
// say mostly the same thing; across a short caption and a long sentence they are noise.
const STANCE_OVERLAP = 0.35;
// Paraphrases differ in a number or a negation all the time in news copy ("$1.71 million" and
// "$1.5 million" for one campaign's spending); only when the rest is near word for word does
// the difference make the two contradict.
const NEAR_IDENTICAL = 0.8;

/** Whether two statements say mostly the same thing, so that a swapped name or a hedge is a divergence. */
export const closeEnough = (cheap: Float64Array) => cheap[COVERAGE_MIN_INDEX]! >= STANCE_OVERLAP;

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** A relation with its feature values as `pairFeatureValues` gives them, unrounded (alignment keeps no features). */
export type PairRelation = Omit<StatementRelation, 'features'> & { values: Float64Array };

/**
 * How two statements relate. When the paraphrase model says they say the same thing: `equivalent`;
 * `elaborates` when one states a date or number more precisely; `contradicts` when, near word for
 * word (content-word Jaccard), a number or date conflicts or one side negates.
 * Otherwise, when the same-fact model says they report one fact: `elaborates` (one adds detail or
 * precision), or `contradicts` on such a conflict. Below that, `related` or `unrelated`.
 * `score` is the higher of the two models' scores.
 */
export function relateProfiles(
  a: StatementProfile,
  b: StatementProfile,
  idf: Idf,
  model: RelationModel = DEFAULT_MODEL,
  /** The comparison's space (its idf must be `idf`) and the pair's cheap features, when the caller has them. */
  prepared?: { space: PairSpace; cheap: Float64Array },
): StatementRelation {
  const { values, ...relation } = pairRelation(a, b, idf, model, prepared);
  const features: Record<string, number> = {};
  for (let i = 0; i < FEATURE_NAMES.length; i++) features[FEATURE_NAMES[i]!] = round(values[i]!);
  return { ...relation, features };
}

/** `relateProfiles` with the feature values as an array, not rounded into a record: what alignment needs of each of its thousands of pairs. */
export function pairRelation(a: StatementProfile, b: StatementProfile, idf: Idf, model: RelationModel = DEFAULT_MODEL, prepared?: { space: PairSpace; cheap: Float64Array }): PairRelation {
  const space = prepared?.space ?? new PairSpace(idf);
  const cheap = prepared?.cheap ?? cheapFeatures(a, b, space);
  const close = closeEnough(cheap);
  const comparison = comparePair(a.statement, b.statement, { close });
  const values = pairFeatureValues(a, b, space, comparison, cheap);
  const paraphrase = scoreFeatureValues(values, model.paraphrase);
  const sameFact = scoreFeatureValues(values, model.sameFact);
  const conflict = comparison.divergences.some((d) => d.aspect === 'number' || d.aspect === 'date' || d.aspect === 'polarity');
  let relation: StatementRelation['relation'];
  if (paraphrase >= model.paraphrase.threshold) {
    relation = conflict && values[JACCARD]! >= NEAR_IDENTICAL ? 'contradicts' : comparison.refinements.length ? 'elaborates' : 'equivalent';
  }
  else if (sameFact >= model.sameFact.threshold) relation = conflict || comparison.divergences.some((d) => d.aspect === 'entity') ? 'contradicts' : 'elaborates';
  else relation = sameFact >= model.related ? 'related' : 'unrelated';
  return { relation, score: round(Math.max(paraphrase, sameFact)), divergences: comparison.divergences, refinements: comparison.refinements, agreements: comparison.agreements, values };
}

const JACCARD = FEATURE_INDEX.jaccard;
