import type { LogisticModel } from '../align/model.js';
import type { Stance } from '../types.js';
import trained from './model.json' with { type: 'json' };

export const RELATED_STANCES = ['supports', 'refutes', 'discusses'] as const;

/** Multinomial logistic regression over standardised features. */
export interface SoftmaxModel {
  classes: readonly string[];
  bias: number[];
  weights: Record<string, number[]>;
  means: Record<string, number>;
  scales: Record<string, number>;
}

/**
 * The stance model, learned from FNC-1's training split by `npm run train:fnc1`: whether an
 * article is about the claim at all (`related`), then which of supports, refutes, discusses.
 */
export interface StanceModel {
  related: LogisticModel;
  stance: SoftmaxModel;
}

export const DEFAULT_STANCE_MODEL = trained as StanceModel;

export function softmax(features: Readonly<Record<string, number>>, model: SoftmaxModel): number[] {
  const logits = model.bias.map((bias, k) => {
    let logit = bias;
    for (const [name, weights] of Object.entries(model.weights)) logit += (weights[k]! * ((features[name] ?? 0) - (model.means[name] ?? 0))) / (model.scales[name] || 1);
    return logit;
  });
  const top = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - top));
  const sum = exp.reduce((s, v) => s + v, 0);
  return exp.map((v) => v / sum);
}

export type StanceProbabilities = Record<Stance, number>;
