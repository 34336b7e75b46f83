/**
 * Trains the stance model shipped in src/claim/model.json from FNC-1's training split only:
 * `npm run train:fnc1 [dir]` (default ../shared/datasets/fnc1). Deterministic. The relatedness
 * threshold is chosen by 5-fold cross-validation on train, folds cut by story, whose figures it
 * prints.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatScores, readFnc, scoreFnc, storyFolds } from './lib/fnc1.js';
import { fingerprint, fncSample } from './lib/fingerprint.js';
import { stanceFeatures } from './lib/stance-data.js';
import { trainStanceModel } from './lib/stance-model.js';

const FOLDS = 5;
const SEED = 20261121;
const here = dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] ?? join(here, '..', '..', 'shared', 'datasets', 'fnc1');
const pairs = readFnc(dir, 'train');
const started = performance.now();
const rows = stanceFeatures(pairs);
const names = Object.keys(rows[0]!);
const gold = pairs.map((p) => p.stance);
const { model, crossValidated } = trainStanceModel(rows, gold, names, storyFolds(pairs, FOLDS, SEED));
const round = (v: unknown): unknown => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : Array.isArray(v) ? v.map(round) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)])) : v);
const out = join(here, '..', 'src', 'claim', 'model.json');
const trainedOn = fingerprint(pairs, rows, fncSample);
writeFileSync(out, `${JSON.stringify({ ...(round(model) as object), trainedOn }, null, 2)}\n`);
const scores = formatScores(scoreFnc(gold, crossValidated));
console.log(`trained on ${pairs.length} pairs from ${dir} in ${((performance.now() - started) / 1000).toFixed(0)} s; wrote ${out}`);
console.log(`\n${FOLDS}-fold cross-validation on train (folds cut by story, seed ${SEED}), relatedness threshold ${model.related.threshold} chosen on it:\n`);
console.log(`${scores.table}\n\n${scores.summary}\n\n${scores.confusion}`);
