import { decideStance, stanceProbabilities } from '../../src/claim/index.js';
import { RELATED_STANCES, type StanceModel } from '../../src/claim/model.js';
import type { FncStance } from './fnc1.js';
import { fitLogistic } from './logistic.js';
import { fitSoftmax } from './softmax.js';

const TO_STANCE: Record<Exclude<FncStance, 'unrelated'>, (typeof RELATED_STANCES)[number]> = { agree: 'supports', disagree: 'refutes', discuss: 'discusses' };

/**
 * Trains the two-stage stance model: related or not (logistic regression, its threshold chosen
 * for the FNC-1 score), then supports, refutes or discusses among related pairs (softmax, classes weighted by the inverse square root
 * of their frequency so that the rare "refutes" is not drowned out).
 */
export function trainStanceModel(rows: ReadonlyArray<Readonly<Record<string, number>>>, stances: readonly FncStance[], names: readonly string[]): StanceModel {
  const related = { ...fitLogistic(rows, stances.map((s) => (s === 'unrelated' ? 0 : 1)), names, 1), threshold: 0.5 };
  const relatedRows = rows.filter((_, i) => stances[i] !== 'unrelated');
  const labels = stances.filter((s): s is Exclude<FncStance, 'unrelated'> => s !== 'unrelated').map((s) => RELATED_STANCES.indexOf(TO_STANCE[s]));
  const counts = RELATED_STANCES.map((_, c) => labels.filter((l) => l === c).length);
  const classWeights = counts.map((count) => 1 / Math.sqrt(Math.max(count, 1)));
  const stance = fitSoftmax(relatedRows, labels, RELATED_STANCES, names, { classWeights });
  const model: StanceModel = { related, stance };
  // The relatedness threshold that maximises the FNC-1 score on the training pairs: missing a
  // related article costs up to 1, calling an unrelated one related costs 0.25.
  const probabilities = rows.map((row) => stanceProbabilities(row, model));
  let best = { threshold: 0.5, score: -1 };
  for (let t = 0.05; t <= 0.9501; t += 0.05) {
    const candidate: StanceModel = { related: { ...related, threshold: t }, stance };
    let score = 0;
    probabilities.forEach((p, i) => {
      const predicted = decideStance(p, candidate);
      const gold = stances[i]!;
      if ((gold === 'unrelated') === (predicted === 'unrelated')) score += 0.25;
      if (gold !== 'unrelated' && predicted === TO_STANCE[gold]) score += 0.75;
    });
    if (score > best.score) best = { threshold: Math.round(t * 100) / 100, score };
  }
  return { related: { ...related, threshold: best.threshold }, stance };
}
