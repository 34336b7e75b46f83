import { comparePair } from '../compare/pairwise.js';
import type { StatementRelation } from '../types.js';
import { addSpellingFeatures, cheapFeatures, closeEnough, comparedFeatureValues, FEATURE_INDEX, FEATURE_NAMES } from './features.js';
import { needsSpelling } from './filter.js';
import { DEFAULT_MODEL, indexModel, type LogisticModel, type RelationModel } from './model.js';
import type { Idf, StatementProfile } from './profile.js';
import { PairSpace } from './space.js';

export function scoreFeatures(features: Readonly<Record<string, number>>, model: LogisticModel): number {
  let logit = model.bias;
  for (const [name, weight] of Object.entries(model.weights)) {
    logit += (weight * ((features[name] ?? 0) - (model.means?.[name] ?? 0))) / (model.scales?.[name] || 1);
  }
  return 1 / (1 + Math.exp(-logit));
}

/** `scoreFeatures` of feature values indexed by `FEATURE_INDEX`: the same terms summed in the same order, so the same score to the bit. */
export function scoreFeatureValues(values: Float64Array, model: LogisticModel): number {
  const { index, weight, mean, scale } = indexModel(model);
  let logit = model.bias;
  for (let k = 0; k < index.length; k++) logit += (weight[k]! * ((index[k]! >= 0 ? values[index[k]!]! : 0) - mean[k]!)) / scale[k]!;
  return 1 / (1 + Math.exp(-logit));
}

// Paraphrases differ in a number or a negation all the time in news copy ("$1.71 million" and
// "$1.5 million" for one campaign's spending); only when the rest is near word for word does
// the difference make the two contradict.
const NEAR_IDENTICAL = 0.8;

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * What relating two statements takes: their profiles, the idf and the model, and, when the caller
 * has them, the comparison's space (its idf must be `idf`) and the pair's cheap features.
 */
type RelationInputs = [a: StatementProfile, b: StatementProfile, idf: Idf, model?: RelationModel, prepared?: PreparedPair];

/** The comparison's space and a pair's cheap features (`cheapFeatures`), made before relating it. */
interface PreparedPair {
  space: PairSpace;
  cheap: Float64Array;
}

/** A relation with its feature values by `FEATURE_INDEX`, unrounded (alignment keeps no features). */
export type PairRelation = Omit<StatementRelation, 'features'> & { values: Float64Array };

/**
 * How two statements relate. When the paraphrase model says they say the same thing: `equivalent`;
 * `elaborates` when one states a date or number more precisely; `contradicts` when, near word for
 * word (content-word Jaccard), a number or date conflicts or one side negates.
 * Otherwise, when the same-fact model says they report one fact: `elaborates` (one adds detail or
 * precision), or `contradicts` on such a conflict. Below that, `related` or `unrelated`.
 * `score` is the higher of the two models' scores.
 */
export function relateProfiles(...inputs: RelationInputs): StatementRelation {
  const { values, ...relation } = pairRelation(...inputs);
  const features: Record<string, number> = {};
  for (let i = 0; i < FEATURE_NAMES.length; i++) features[FEATURE_NAMES[i]!] = round(values[i]!);
  return { ...relation, features };
}

/**
 * `relateProfiles` with the feature values as an array, not rounded into a record: what alignment
 * needs of each of its thousands of pairs. With `forAlignment`, which reads only the relation and
 * score of the pairs it keeps (`equivalent`, `elaborates`, `contradicts`), the word order and
 * spelling features are computed only where they could change those (`needsSpelling`), and are
 * NaN in `values` elsewhere; the relation, and the score of a kept pair, are the same.
 */
export function pairRelation(a: StatementProfile, b: StatementProfile, idf: Idf, model: RelationModel = DEFAULT_MODEL, prepared?: PreparedPair, forAlignment = false): PairRelation {
  const space = prepared?.space ?? new PairSpace(idf);
  const cheap = prepared?.cheap ?? cheapFeatures(a, b, space);
  const close = closeEnough(cheap);
  const comparison = comparePair(a.statement, b.statement, { close });
  const values = comparedFeatureValues(a, b, space, comparison, cheap);
  const sameFact = scoreFeatureValues(values, model.sameFact);
  const spelled = !forAlignment || needsSpelling(space.encode(a), space.encode(b), values, sameFact, model);
  if (spelled) addSpellingFeatures(a, b, space, values);
  // Unspelled, the paraphrase score is known to be below its threshold and the same-fact score.
  const paraphrase = spelled ? scoreFeatureValues(values, model.paraphrase) : -Infinity;
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
