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
