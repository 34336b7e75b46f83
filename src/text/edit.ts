import levenshtein from 'fast-levenshtein';

/**
 * The Levenshtein distance of `a` and `b` in UTF-16 units (fast-levenshtein's), computed on what
 * lies between their common prefix and their common suffix: an optimal edit script never needs
 * to touch those, so the distance is the same, and two copies of one sentence, or two renderings
 * that differ in a word or two, cost a scan rather than the full pass over both lengths.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const shorter = Math.min(a.length, b.length);
  let start = 0;
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  if (endA === start) return endB - start;
  if (endB === start) return endA - start;
  return levenshtein.get(a.slice(start, endA), b.slice(start, endB));
}
