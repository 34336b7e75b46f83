import type { SoftmaxModel } from '../../src/claim/model.js';

/**
 * Multinomial logistic regression by full-batch gradient descent on standardised features, with
 * L2 and per-class weights (rare classes count more). Deterministic: fixed steps, no sampling.
 */
export function fitSoftmax(
  rows: ReadonlyArray<Readonly<Record<string, number>>>,
  labels: readonly number[],
  classes: readonly string[],
  names: readonly string[],
  { l2 = 0.01, iterations = 800, rate = 0.5, classWeights }: { l2?: number; iterations?: number; rate?: number; classWeights?: readonly number[] } = {},
): SoftmaxModel {
  const n = rows.length;
  const k = classes.length;
  const means: Record<string, number> = {};
  const scales: Record<string, number> = {};
  for (const name of names) {
    const values = rows.map((r) => r[name] ?? 0);
    const mean = values.reduce((s, v) => s + v, 0) / n;
    means[name] = mean;
    scales[name] = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / n) || 1;
  }
  const x = rows.map((r) => names.map((name) => ((r[name] ?? 0) - means[name]!) / scales[name]!));
  const weightOf = classWeights ?? new Array<number>(k).fill(1);
  const totalWeight = labels.reduce((s, y) => s + weightOf[y]!, 0);
  const bias = new Array<number>(k).fill(0);
  const w = names.map(() => new Array<number>(k).fill(0));
  for (let step = 0; step < iterations; step++) {
    const gradBias = new Array<number>(k).fill(0);
    const grad = names.map(() => new Array<number>(k).fill(0));
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const logits = bias.map((b, c) => xi.reduce((s, v, j) => s + v * w[j]![c]!, b));
      const top = Math.max(...logits);
      const exp = logits.map((l) => Math.exp(l - top));
      const sum = exp.reduce((s, v) => s + v, 0);
      const weight = weightOf[labels[i]!]! / totalWeight;
      for (let c = 0; c < k; c++) {
        const error = (exp[c]! / sum - (labels[i] === c ? 1 : 0)) * weight;
        gradBias[c]! += error;
        for (let j = 0; j < xi.length; j++) grad[j]![c]! += error * xi[j]!;
      }
    }
    for (let c = 0; c < k; c++) {
      bias[c]! -= rate * gradBias[c]!;
      for (let j = 0; j < names.length; j++) w[j]![c]! -= rate * (grad[j]![c]! + l2 * w[j]![c]!);
    }
  }
  return { classes: [...classes], bias, weights: Object.fromEntries(names.map((name, j) => [name, w[j]!])), means, scales };
}
