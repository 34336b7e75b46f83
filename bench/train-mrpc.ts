/**
 * Trains the relation model shipped in src/align/model.json from the MRPC training file:
 * `npm run train:mrpc [path]`. Deterministic: the same file gives the same weights.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_GROUPS } from '../src/align/features.js';
import { relateStatements } from '../src/index.js';
import { fingerprint, mrpcSample } from './lib/fingerprint.js';
import { readMrpc } from './lib/mrpc.js';
import { trainParaphraseModel } from './lib/paraphrase-model.js';

const here = dirname(fileURLToPath(import.meta.url));
const path = process.argv[2] ?? join(here, '..', '..', 'shared', 'datasets', 'mrpc', 'msr_paraphrase_train.txt');
const pairs = readMrpc(path);
const rows = pairs.map((p) => relateStatements(p.a, p.b).features);
const model = trainParaphraseModel(rows, pairs.map((p) => p.label), Object.values(FEATURE_GROUPS).flat());
const round = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, Math.round(v * 1e6) / 1e6]));
const trainedOn = fingerprint(pairs, rows, mrpcSample);
const shipped = { ...model, bias: Math.round(model.bias * 1e6) / 1e6, weights: round(model.weights), means: round(model.means ?? {}), scales: round(model.scales ?? {}), trainedOn };
const out = join(here, '..', 'src', 'align', 'model.json');
writeFileSync(out, `${JSON.stringify(shipped, null, 2)}\n`);
console.log(`trained on ${pairs.length} pairs from ${path}; threshold ${model.threshold}; wrote ${out}`);
