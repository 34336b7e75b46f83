import levenshtein from 'fast-levenshtein';

/**
 * Where two sequences stop agreeing: `start`, the length of their common prefix, and `endA` and
 * `endB`, where their common suffix begins in each (never before `start`), as `same(i, j)` compares
 * item i of the first with item j of the second.
 */
export function commonEnds(lengthA: number, lengthB: number, same: (i: number, j: number) => boolean): [start: number, endA: number, endB: number] {
  const shorter = Math.min(lengthA, lengthB);
  let start = 0;
  while (start < shorter && same(start, start)) start++;
  let endA = lengthA;
  let endB = lengthB;
  while (endA > start && endB > start && same(endA - 1, endB - 1)) {
    endA--;
    endB--;
  }
  return [start, endA, endB];
}

/**
 * The Levenshtein distance of `a` and `b` in UTF-16 units (fast-levenshtein's), computed on what
 * lies between their common prefix and their common suffix: an optimal edit script never needs
 * to touch those, so the distance is the same, and two copies of one sentence, or two renderings
 * that differ in a word or two, cost a scan rather than the full pass over both lengths.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const [start, endA, endB] = commonEnds(a.length, b.length, (i, j) => a.charCodeAt(i) === b.charCodeAt(j));
  if (endA === start) return endB - start;
  if (endB === start) return endA - start;
  return levenshtein.get(a.slice(start, endA), b.slice(start, endB));
}

/**
 * The highest edit similarity (1 - distance / longer length) two texts of these lengths can have:
 * every edit changes the length by one at most, so the distance is at least their difference.
 * 0 for two empty texts, as the pair features count them.
 */
export function editSimilarityBound(lengthA: number, lengthB: number): number {
  const longest = Math.max(lengthA, lengthB);
  return longest ? 1 - Math.abs(lengthA - lengthB) / longest : 0;
}
