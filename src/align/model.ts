/**
 * The scoring model of `relateStatements`: a logistic function of the features below. The weights
 * are set by hand on the project's own sample stories; `score` is the probability-like output.
 */
export interface RelationModel {
  bias: number;
  weights: Record<string, number>;
  /** Score from which a pair reports the same fact (equivalent, elaborates or contradicts). */
  sameFact: number;
  /** Score from which a pair is at least related. */
  related: number;
}

export const DEFAULT_MODEL: RelationModel = {
  bias: -4.2,
  weights: {
    cosine: 6.5,
    coverageMax: 2.0,
    coverageMin: 1.0,
    dates: 1.6,
    numbers: 0.6,
    quote: 1.2,
    entitySwap: -0.3,
    lengthRatio: 0.4,
  },
  sameFact: 0.5,
  related: 0.2,
};
