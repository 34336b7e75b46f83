/**
 * FNC-1 benchmark: the stance of an article towards a claim. `npm run bench:fnc1 [dir]`, default
 * ../shared/datasets/fnc1. The shipped stance model is trained on train_* only (`npm run
 * train:fnc1`); this reports on dev_* through the public `checkClaim`, one article at a time,
 * then checks that judging all bodies of a claim at once gives the same stances.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkClaim } from '../src/index.js';
import { formatScores, readFnc, scoreFnc, type FncStance } from './lib/fnc1.js';
import { FROM_STANCE } from './lib/stance-model.js';

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] ?? join(here, '..', '..', 'shared', 'datasets', 'fnc1');

const pairs = readFnc(dir, 'dev');
const order = pairs.map((_, i) => i).sort((a, b) => Number(pairs[a]!.bodyId) - Number(pairs[b]!.bodyId) || a - b);
const predicted = new Array<FncStance>(pairs.length);
const started = performance.now();
for (const i of order) {
  const pair = pairs[i]!;
  predicted[i] = FROM_STANCE[checkClaim(pair.headline, [{ id: `body-${pair.bodyId}`, text: pair.body }]).articles[0]!.stance];
}
const seconds = (performance.now() - started) / 1000;

const scores = formatScores(scoreFnc(pairs.map((p) => p.stance), predicted));
console.log(`FNC-1 dev: ${pairs.length} pairs from ${dir} (model trained on train_* only)\n`);
console.log(`${scores.table}\n\n${scores.summary}`);
console.log(`${(pairs.length / seconds).toFixed(0)} pairs per second (${seconds.toFixed(1)} s, each body read once and reused across its claims)\n`);
console.log(scores.confusion);

console.log('\npublished results (full competition test split; dev here is one half of it), from the datasets README:');
console.log('  Athene (2017 leader)        macro-F1 0.604   FNC score 82.0');
console.log('  UCL                         macro-F1 0.583   FNC score 81.7');
console.log('  SOLAT                       macro-F1 0.582   FNC score 82.0');
console.log('  official feature baseline   FNC score 79.5');

// The multi-source view: all bodies of a claim at once against one body at a time.
const byClaim = new Map<string, number[]>();
pairs.forEach((pair, i) => {
  const indices = byClaim.get(pair.headline) ?? [];
  // FNC-1 lists a few claim/body pairs twice: an article is checked once.
  if (!indices.some((j) => pairs[j]!.bodyId === pair.bodyId)) byClaim.set(pair.headline, [...indices, i]);
});
let same = 0;
let compared = 0;
for (const [headline, indices] of [...byClaim.entries()].slice(0, 40)) {
  const together = checkClaim(headline, indices.map((i) => ({ id: `body-${pairs[i]!.bodyId}`, text: pairs[i]!.body })));
  together.articles.forEach((article, k) => {
    compared++;
    if (FROM_STANCE[article.stance] === predicted[indices[k]!]) same++;
  });
}
console.log(`\nmulti-source: ${same} of ${compared} stances the same when the first 40 claims are checked against all their bodies at once`);
