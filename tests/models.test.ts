import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { featureDigest, fncSample, mrpcSample, type TrainingFingerprint } from '../bench/lib/fingerprint.js';
import { readFnc } from '../bench/lib/fnc1.js';
import { readMrpc } from '../bench/lib/mrpc.js';
import { stanceFeatures } from '../bench/lib/stance-data.js';
import { relateStatements } from '../src/index.js';

// The shipped models must have been trained on the features the code computes today: a change to
// a feature (or to what feeds it: dates, negation, relations) fails here until `npm run
// train:mrpc` or `npm run train:fnc1` is run again and the new model committed with it.
const here = dirname(fileURLToPath(import.meta.url));
const datasets = join(here, '..', '..', 'shared', 'datasets');
const shipped = (path: string) => (JSON.parse(readFileSync(join(here, '..', 'src', path), 'utf8')) as { trainedOn: TrainingFingerprint }).trainedOn;

describe('the shipped models are trained on the current features', () => {
  it('src/align/model.json (npm run train:mrpc)', () => {
    const pairs = readMrpc(join(datasets, 'mrpc', 'msr_paraphrase_train.txt'));
    const trainedOn = shipped('align/model.json');
    expect(trainedOn.pairs).toBe(pairs.length);
    const sample = mrpcSample(pairs);
    expect({ sample: sample.length, features: featureDigest(sample.map((p) => relateStatements(p.a, p.b).features)) }, 'the features changed since src/align/model.json was trained: run npm run train:mrpc').toEqual({ sample: trainedOn.sample, features: trainedOn.features });
  });

  it('src/claim/model.json (npm run train:fnc1)', () => {
    const pairs = readFnc(join(datasets, 'fnc1'), 'train');
    const trainedOn = shipped('claim/model.json');
    expect(trainedOn.pairs).toBe(pairs.length);
    const sample = fncSample(pairs);
    expect({ sample: sample.length, features: featureDigest(stanceFeatures(sample)) }, 'the features changed since src/claim/model.json was trained: run npm run train:fnc1').toEqual({ sample: trainedOn.sample, features: trainedOn.features });
  });
});
