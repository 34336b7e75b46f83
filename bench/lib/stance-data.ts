import { checkClaim } from '../../src/claim/index.js';
import type { FncPair } from './fnc1.js';

/**
 * The stance features of every pair, through the public `checkClaim`, one article at a time.
 * Pairs are visited body by body, so that each body is read once (checkClaim keeps the last
 * articles it read).
 */
export function stanceFeatures(pairs: readonly FncPair[]): Array<Record<string, number>> {
  const order = pairs.map((_, i) => i).sort((a, b) => Number(pairs[a]!.bodyId) - Number(pairs[b]!.bodyId) || a - b);
  const rows = new Array<Record<string, number>>(pairs.length);
  for (const i of order) {
    const pair = pairs[i]!;
    rows[i] = checkClaim(pair.headline, [{ id: `body-${pair.bodyId}`, text: pair.body }]).articles[0]!.features;
  }
  return rows;
}
