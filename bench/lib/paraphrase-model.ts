import type { LogisticModel } from '../../src/align/model.js';
import { scoreFeatures } from '../../src/align/relate.js';
import { fitLogistic } from './logistic.js';

/**
 * Trains the relation model on labelled pairs: logistic weights, then the decision threshold
 * that maximises training accuracy (searched on a fixed grid, so training stays deterministic).
 */
export function trainParaphraseModel(rows: ReadonlyArray<Readonly<Record<string, number>>>, labels: readonly number[], names: readonly string[]): LogisticModel {
  const model: LogisticModel = { ...fitLogistic(rows, labels, names), threshold: 0.5 };
  const scores = rows.map((row) => scoreFeatures(row, model));
  let best = { threshold: 0.5, correct: -1 };
  for (let t = 0.3; t <= 0.7001; t += 0.01) {
    const correct = scores.reduce((sum, s, i) => sum + Number((s >= t ? 1 : 0) === labels[i]), 0);
    if (correct > best.correct) best = { threshold: Math.round(t * 100) / 100, correct };
  }
  return { ...model, threshold: best.threshold };
}
