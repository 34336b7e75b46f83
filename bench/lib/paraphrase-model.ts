import type { LogisticModel } from '../../src/align/model.js';
import { scoreFeatures } from '../../src/align/relate.js';
import { fitLogistic } from './logistic.js';

/**
 * Trains the paraphrase model on labelled pairs: logistic weights, then the decision threshold
 * (searched on a fixed grid, so training stays deterministic).
 */
export function trainParaphraseModel(rows: ReadonlyArray<Readonly<Record<string, number>>>, labels: readonly number[], names: readonly string[]): LogisticModel {
  const model: LogisticModel = { ...fitLogistic(rows, labels, names), threshold: 0.5 };
  const scores = rows.map((row) => scoreFeatures(row, model));
  // The benchmark is judged on accuracy and F1 together: the threshold maximises their sum.
  let best = { threshold: 0.5, value: -1 };
  for (let t = 0.3; t <= 0.7001; t += 0.01) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    scores.forEach((s, i) => {
      const predicted = s >= t;
      if (predicted && labels[i]) tp++;
      else if (predicted) fp++;
      else if (labels[i]) fn++;
    });
    const accuracy = (scores.length - fp - fn) / scores.length;
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    if (accuracy + f1 > best.value) best = { threshold: Math.round(t * 100) / 100, value: accuracy + f1 };
  }
  return { ...model, threshold: best.threshold };
}
