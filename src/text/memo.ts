/**
 * `compute` with its results kept by key, for a pure function of a string: up to `limit` entries,
 * all dropped at once when full. The words of news copy repeat, so most lookups hit; the bound
 * keeps a long-running process from holding every word it has ever seen.
 */
export function boundedMemo<T>(limit: number, compute: (key: string) => T): { get: (key: string) => T; clear: () => void } {
  const kept = new Map<string, T>();
  return {
    get(key) {
      let value = kept.get(key);
      if (value === undefined) {
        value = compute(key);
        if (kept.size >= limit) kept.clear();
        kept.set(key, value);
      }
      return value;
    },
    clear: () => kept.clear(),
  };
}
