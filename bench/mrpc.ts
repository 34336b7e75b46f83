/**
 * MRPC benchmark: how well `relateStatements` tells paraphrases (same meaning) from other pairs
 * of news sentences. `npm run bench:mrpc [path]`, default ../shared/datasets/mrpc/msr_paraphrase_train.txt.
 *
 * 10-fold cross-validation with seeded folds: on each fold the relation model is trained on the
 * other nine (the same training as `npm run train:mrpc`), then every held-out pair goes through the
 * public `relateStatements(a, b, { model })` and counts as a paraphrase when its relation is
 * `equivalent`. The ablation repeats this with each feature group left out.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_GROUPS } from '../src/align/features.js';
import { DEFAULT_MODEL, type RelationModel } from '../src/align/model.js';
import { relateStatements } from '../src/index.js';
import { foldsOf, readMrpc, type ParaphrasePair } from './lib/mrpc.js';
import { trainParaphraseModel } from './lib/paraphrase-model.js';

const FOLDS = 10;
const SEED = 20261121;
const defaultPath = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'datasets', 'mrpc', 'msr_paraphrase_train.txt');
const ALL_FEATURES = Object.values(FEATURE_GROUPS).flat();

interface Outcome {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  foldAccuracies: number[];
}

function crossValidate(pairs: readonly ParaphrasePair[], rows: ReadonlyArray<Record<string, number>>, folds: readonly number[], names: readonly string[]): Outcome {
  const outcome: Outcome = { tp: 0, fp: 0, fn: 0, tn: 0, foldAccuracies: [] };
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = rows.flatMap((row, i) => (folds[i] === fold ? [] : [i]));
    const model: RelationModel = { ...DEFAULT_MODEL, paraphrase: trainParaphraseModel(train.map((i) => rows[i]!), train.map((i) => pairs[i]!.label), names) };
    let correct = 0;
    let total = 0;
    pairs.forEach((pair, i) => {
      if (folds[i] !== fold) return;
      const predicted = relateStatements(pair.a, pair.b, { model }).relation === 'equivalent' ? 1 : 0;
      if (predicted && pair.label) outcome.tp++;
      else if (predicted) outcome.fp++;
      else if (pair.label) outcome.fn++;
      else outcome.tn++;
      correct += Number(predicted === pair.label);
      total++;
    });
    outcome.foldAccuracies.push(correct / total);
  }
  return outcome;
}

const pct = (x: number) => (100 * x).toFixed(1);
const accuracy = (o: Outcome) => (o.tp + o.tn) / (o.tp + o.fp + o.fn + o.tn);
const f1 = (o: Outcome) => (2 * o.tp) / (2 * o.tp + o.fp + o.fn);
const spread = (values: readonly number[]) => {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
};

function main() {
  const path = process.argv[2] ?? defaultPath;
  const pairs = readMrpc(path);
  const labels = pairs.map((p) => p.label);
  const folds = foldsOf(labels, FOLDS, SEED);
  console.log(`MRPC: ${pairs.length} pairs from ${path} (${labels.filter(Boolean).length} paraphrases), ${FOLDS}-fold cross-validation, seed ${SEED}\n`);

  // Time per pair: the median of three passes of relateStatements over every pair.
  const timings: number[] = [];
  let rows: Array<Record<string, number>> = [];
  for (let pass = 0; pass < 3; pass++) {
    const started = performance.now();
    rows = pairs.map((p) => relateStatements(p.a, p.b).features);
    timings.push((performance.now() - started) / pairs.length);
  }
  timings.sort((a, b) => a - b);

  const full = crossValidate(pairs, rows, folds, ALL_FEATURES);
  console.log('crossfact (relation === "equivalent"), cross-validated:');
  console.log(`  accuracy ${pct(accuracy(full))}%  (fold spread ±${pct(spread(full.foldAccuracies))})   F1 ${pct(f1(full))}`);
  console.log(`  precision ${pct(full.tp / (full.tp + full.fp))}%  recall ${pct(full.tp / (full.tp + full.fn))}%`);
  console.log(`  time per pair ${timings[1]!.toFixed(3)} ms (median of 3 passes over all pairs)\n`);
  console.log('confusion matrix (rows: gold, columns: predicted)');
  console.log('                 paraphrase  other');
  console.log(`  paraphrase     ${String(full.tp).padStart(10)}  ${String(full.fn).padStart(5)}`);
  console.log(`  other          ${String(full.fp).padStart(10)}  ${String(full.tn).padStart(5)}\n`);

  console.log('published results on the official test split (accuracy / F1), from the datasets README:');
  for (const [name, acc, f] of [
    ['all-positive baseline', 66.5, 79.9],
    ['Mihalcea et al. 2006 (unsupervised)', 70.3, 81.3],
    ['Rus et al. 2008 (unsupervised)', 70.6, 80.5],
    ['Wan et al. 2006 (supervised)', 75.6, 83.0],
    ['Madnani et al. 2012 (MT metrics)', 77.4, 84.1],
    ['Ji and Eisenstein 2013 (TF-KLD)', 80.4, 85.9],
  ] as const) {
    console.log(`  ${name.padEnd(38)} ${acc.toFixed(1)} / ${f.toFixed(1)}`);
  }

  console.log('\nablation: each feature group left out (accuracy / F1, change in accuracy)');
  for (const [group, names] of Object.entries(FEATURE_GROUPS)) {
    const without = crossValidate(pairs, rows, folds, ALL_FEATURES.filter((n) => !(names as readonly string[]).includes(n)));
    const delta = accuracy(without) - accuracy(full);
    console.log(`  without ${group.padEnd(12)} ${pct(accuracy(without))} / ${pct(f1(without))}   (${delta >= 0 ? '+' : ''}${pct(delta)})`);
  }
}

main();
