/**
 * Average-linkage agglomerative clustering over a sparse similarity graph: two clusters merge
 * while the mean similarity over all their cross pairs (missing edges count as 0) reaches the
 * threshold. Unlike single linkage, a chain a~b~c does not pull a and c together unless the
 * group as a whole holds.
 *
 * The best pair comes from a lazy max-heap of candidate merges rather than from a scan of every
 * edge at each merge (that was O(merges × edges)). Each entry's score is kept an upper bound of
 * its pair's current score: when y merges into x, the pairs (x, z) for the z that y linked to
 * may score higher, and are pushed again; every other pair (x, z) scores lower (the same sum
 * over a larger x), so its entry stays an upper bound, and is scored again when it comes to the
 * top: merged if its score is still the entry's, pushed back with its new score otherwise. So a
 * merge costs the size of y's links, not x's, and a large cluster absorbing small ones stays
 * cheap. The pair merged is always the one with the highest current score, ties broken as before
 * (the lower first cluster, then the lower second), so the merges, and the groups, are the same.
 */
export function averageLinkage(size: number, edges: ReadonlyArray<{ a: number; b: number; weight: number }>, threshold: number): number[][] {
  const members: Array<number[] | undefined> = [];
  for (let i = 0; i < size; i++) members.push([i]);
  // Sum of edge weights between clusters, per cluster a map from the other cluster (kept symmetric).
  const links: Array<Map<number, number> | undefined> = new Array(size);
  const link = (x: number) => (links[x] ??= new Map());
  for (const { a, b, weight } of edges) {
    if (a === b) continue;
    const fromA = link(a);
    fromA.set(b, (fromA.get(b) ?? 0) + weight);
    const fromB = link(b);
    fromB.set(a, (fromB.get(a) ?? 0) + weight);
  }
  const heap = new MergeHeap();
  const scoreOf = (x: number, y: number) => {
    const sum = links[x]?.get(y);
    return sum === undefined ? -Infinity : sum / (members[x]!.length * members[y]!.length);
  };
  const offer = (p: number, q: number) => {
    const x = Math.min(p, q);
    const y = Math.max(p, q);
    const score = scoreOf(x, y);
    if (score >= threshold) heap.push({ score, x, y });
  };
  for (let x = 0; x < size; x++) links[x]?.forEach((_, y) => y > x && offer(x, y));
  for (let best = heap.pop(); best; best = heap.pop()) {
    const { x, y } = best;
    if (!members[x] || !members[y]) continue;
    const score = scoreOf(x, y);
    if (score !== best.score) {
      if (score >= threshold) heap.push({ score, x, y });
      continue;
    }
    members[x]!.push(...members[y]!);
    members[y] = undefined;
    const fromY = links[y] ?? new Map<number, number>();
    links[y] = undefined;
    const fromX = link(x);
    fromX.delete(y);
    // forEach: `for (const [z, sum] of map)` makes an array per entry.
    fromY.forEach((sum, z) => {
      if (z === x) return;
      fromX.set(z, (fromX.get(z) ?? 0) + sum);
      const back = links[z]!;
      back.set(x, (back.get(x) ?? 0) + sum);
      back.delete(y);
    });
    fromY.forEach((_, z) => z !== x && offer(x, z));
  }
  return members.filter((m): m is number[] => m !== undefined).map((m) => m.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

interface Merge {
  score: number;
  x: number;
  y: number;
}

// Higher score first; on a tie the lower x, then the lower y.
const before = (p: Merge, q: Merge) => p.score > q.score || (p.score === q.score && (p.x < q.x || (p.x === q.x && p.y < q.y)));

/** A binary max-heap of merges. */
class MergeHeap {
  private readonly items: Merge[] = [];

  push(item: Merge): void {
    const items = this.items;
    let i = items.length;
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(item, items[parent]!)) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = item;
  }

  pop(): Merge | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || !last) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && before(items[right]!, items[left]!) ? right : left;
      if (!before(items[child]!, last)) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  }
}
