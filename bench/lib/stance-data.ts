import { readClaimPair } from '../../src/claim/index.js';
import type { FncPair } from './fnc1.js';

/**
 * The stance features of every pair, exactly as `checkClaim` computes them before its model
 * decides. Pairs are visited body by body, so that each body is read once (reading keeps the
 * last articles it read).
 */
export function stanceFeatures(pairs: readonly FncPair[]): Array<Record<string, number>> {
  const order = pairs.map((_, i) => i).sort((a, b) => Number(pairs[a]!.bodyId) - Number(pairs[b]!.bodyId) || a - b);
  const rows = new Array<Record<string, number>>(pairs.length);
  for (const i of order) {
    const pair = pairs[i]!;
    rows[i] = readClaimPair(pair.headline, { id: `body-${pair.bodyId}`, text: pair.body }).analysis.features;
  }
  return rows;
}
