import { decideStance, stanceProbabilities } from '../../src/claim/index.js';
import { RELATED_STANCES, type StanceModel, type StanceProbabilities } from '../../src/claim/model.js';
import type { Stance } from '../../src/types.js';
import { scoreFnc, type FncStance } from './fnc1.js';
import { fitLogistic } from './logistic.js';
import { fitSoftmax } from './softmax.js';

type Rows = ReadonlyArray<Readonly<Record<string, number>>>;

export const FROM_STANCE: Record<Stance, FncStance> = { supports: 'agree', refutes: 'disagree', discusses: 'discuss', unrelated: 'unrelated' };
const TO_STANCE: Record<Exclude<FncStance, 'unrelated'>, (typeof RELATED_STANCES)[number]> = { agree: 'supports', disagree: 'refutes', discuss: 'discusses' };

/**
 * The two-stage stance model: related or not (logistic regression), then supports, refutes or
 * discusses among related pairs (softmax, classes weighted by the inverse square root of their
 * frequency so that the rare "refutes" is not drowned out). The relatedness threshold is left at
 * 0.5: `trainStanceModel` chooses it by cross-validation.
 */
function fitStanceModel(rows: Rows, stances: readonly FncStance[], names: readonly string[]): StanceModel {
  const related = { ...fitLogistic(rows, stances.map((s) => (s === 'unrelated' ? 0 : 1)), names, 1), threshold: 0.5 };
  const relatedRows = rows.filter((_, i) => stances[i] !== 'unrelated');
  const labels = stances.filter((s): s is Exclude<FncStance, 'unrelated'> => s !== 'unrelated').map((s) => RELATED_STANCES.indexOf(TO_STANCE[s]));
  const counts = RELATED_STANCES.map((_, c) => labels.filter((l) => l === c).length);
  const classWeights = counts.map((count) => 1 / Math.sqrt(Math.max(count, 1)));
  return { related, stance: fitSoftmax(relatedRows, labels, RELATED_STANCES, names, { classWeights }) };
}

export interface StanceTraining {
  model: StanceModel;
  /** Each pair's stance as predicted by the model of the folds it was not trained on, at the chosen threshold. */
  crossValidated: FncStance[];
}

/**
 * Trains the stance model on all rows, with the relatedness threshold that maximises the FNC-1
 * score over out-of-fold predictions (missing a related article costs up to 1, calling an
 * unrelated one related costs 0.25), so that the threshold is not fitted to pairs the model saw.
 */
export function trainStanceModel(rows: Rows, stances: readonly FncStance[], names: readonly string[], folds: readonly number[]): StanceTraining {
  const outOfFold = new Array<StanceProbabilities>(rows.length);
  for (const fold of [...new Set(folds)].sort((a, b) => a - b)) {
    const inside = rows.flatMap((_, i) => (folds[i] === fold ? [] : [i]));
    const model = fitStanceModel(inside.map((i) => rows[i]!), inside.map((i) => stances[i]!), names);
    rows.forEach((row, i) => {
      if (folds[i] === fold) outOfFold[i] = stanceProbabilities(row, model);
    });
  }
  const predict = (threshold: number) => outOfFold.map((p) => FROM_STANCE[decideStance(p, threshold)]);
  let best = { threshold: 0.5, score: -1 };
  for (let step = 1; step <= 19; step++) {
    const { score } = scoreFnc(stances, predict(step / 20));
    if (score > best.score) best = { threshold: step / 20, score };
  }
  const model = fitStanceModel(rows, stances, names);
  return { model: { ...model, related: { ...model.related, threshold: best.threshold } }, crossValidated: predict(best.threshold) };
}
