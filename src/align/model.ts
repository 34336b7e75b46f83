import { FEATURE_INDEX, FEATURE_NAMES, type FeatureName } from './features.js';
import paraphrase from './model.json' with { type: 'json' };

/** A logistic function of named features, standardised as `(value - mean) / scale`. */
export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
  means?: Record<string, number>;
  scales?: Record<string, number>;
  /** Score from which the model's question is answered yes. */
  threshold: number;
}

/**
 * How pairs of statements are scored, on the features of `features.ts`:
 * - `paraphrase`: do the two say the same thing? Learned from the MRPC training file by
 *   `npm run train:mrpc` (model.json). It decides `equivalent`.
 * - `sameFact`: do they report the same fact, one perhaps with more detail or another date
 *   precision? News alignment needs this looser question, which MRPC's labels do not teach
 *   (a caption and a long sentence that both date the Hanoi summit are no paraphrases), so its
 *   weights are set by hand on agreeing words, dates, numbers and quotes. It decides `elaborates`.
 * - `related`: the `sameFact` score from which a pair is at least `related`.
 */
export interface RelationModel {
  paraphrase: LogisticModel;
  sameFact: LogisticModel;
  related: number;
}

export const SAME_FACT_MODEL: LogisticModel = {
  bias: -4.2,
  weights: { cosine: 6.5, coverageMax: 2.0, coverageMin: 1.0, dates: 1.6, numbers: 0.6, quote: 1.2, entitySwap: -0.3, lengthRatio: 0.4 },
  threshold: 0.5,
};

export const DEFAULT_MODEL: RelationModel = { paraphrase, sameFact: SAME_FACT_MODEL, related: 0.2 };

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
