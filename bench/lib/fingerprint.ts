import { createHash } from 'node:crypto';
import type { FncPair } from './fnc1.js';
import type { ParaphrasePair } from './mrpc.js';

/**
 * What a shipped model was trained on, written beside its weights by its trainer: the number of
 * training pairs and a digest of the features the code computes for a fixed sample of them. A
 * test recomputes the digest, so that a change to the features fails until the model is trained
 * again on them (a model fitted to other features still loads and scores, only worse, and
 * nothing else would tell).
 */
export interface TrainingFingerprint {
  pairs: number;
  sample: number;
  features: string;
}

/**
 * The MRPC pairs the digest is taken over: all of them (a few seconds; the first 500 alone missed
 * a change to place names that moved the trained weights).
 */
export const mrpcSample = (pairs: readonly ParaphrasePair[]): ParaphrasePair[] => [...pairs];

/** The FNC-1 pairs the digest is taken over: those of the first 30 bodies by id (each read once). */
export function fncSample(pairs: readonly FncPair[]): FncPair[] {
  const bodies = [...new Set(pairs.map((p) => Number(p.bodyId)))].sort((a, b) => a - b).slice(0, 30);
  const kept = new Set(bodies.map(String));
  return pairs.filter((p) => kept.has(p.bodyId));
}

/** A digest of feature rows: their names and values, rounded to six decimals as the shipped weights are. */
export function featureDigest(rows: ReadonlyArray<Readonly<Record<string, number>>>): string {
  const hash = createHash('sha256');
  for (const row of rows) {
    for (const name of Object.keys(row).sort()) hash.update(`${name}=${Math.round(row[name]! * 1e6)};`);
    hash.update('\n');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The fingerprint of a training run: `rows[i]` are the features of `pairs[i]`, `sampleOf` picks the pairs digested. */
export function fingerprint<P>(pairs: readonly P[], rows: ReadonlyArray<Readonly<Record<string, number>>>, sampleOf: (pairs: readonly P[]) => P[]): TrainingFingerprint {
  const sample = new Set(sampleOf(pairs));
  const sampleRows = rows.filter((_, i) => sample.has(pairs[i]!));
  return { pairs: pairs.length, sample: sampleRows.length, features: featureDigest(sampleRows) };
}
