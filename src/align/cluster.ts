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
  // The sum of edge weights between two clusters, once per pair, by the pair's key (lower × size
  // + higher); and per cluster the clusters it has a sum with, in the order they came (some may
  // have merged away since, and are skipped when met). One table of sums, not a map per cluster
  // kept symmetric: a merge then updates each sum once, and nothing is deleted.
  const sums = new Map<number, number>();
  const neighbours: number[][] = [];
  for (let i = 0; i < size; i++) neighbours.push([]);
  const keyOf = (p: number, q: number) => (p < q ? p * size + q : q * size + p);
  const add = (p: number, q: number, weight: number) => {
    const key = keyOf(p, q);
    const sum = sums.get(key);
    if (sum !== undefined) sums.set(key, sum + weight);
    else {
      sums.set(key, weight);
      neighbours[p]!.push(q);
      neighbours[q]!.push(p);
    }
  };
  for (const { a, b, weight } of edges) if (a !== b) add(a, b, weight);
  const heap = new MergeHeap();
  const scoreOf = (x: number, y: number) => {
    const sum = sums.get(keyOf(x, y));
    return sum === undefined ? -Infinity : sum / (members[x]!.length * members[y]!.length);
  };
  const offer = (p: number, q: number) => {
    const x = Math.min(p, q);
    const y = Math.max(p, q);
    const score = scoreOf(x, y);
    if (score >= threshold) heap.push(score, x, y);
  };
  for (let x = 0; x < size; x++) for (const y of neighbours[x]!) if (y > x) offer(x, y);
  while (heap.size > 0) {
    const { topScore, topX: x, topY: y } = heap;
    heap.pop();
    if (!members[x] || !members[y]) continue;
    const score = scoreOf(x, y);
    if (score !== topScore) {
      if (score >= threshold) heap.push(score, x, y);
      continue;
    }
    const into = members[x]!;
    for (const member of members[y]!) into.push(member);
    members[y] = undefined;
    // y's sums move to x: with each cluster z still there, x's sum grows by y's.
    const live: number[] = [];
    for (const z of neighbours[y]!) {
      if (z === x || !members[z]) continue;
      add(x, z, sums.get(keyOf(y, z))!);
      live.push(z);
    }
    neighbours[y] = [];
    for (const z of live) offer(x, z);
  }
  return members.filter((m): m is number[] => m !== undefined).map((m) => m.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

/**
 * A binary max-heap of candidate merges (score, x, y) in three parallel typed arrays, grown by
 * doubling: higher score first; on a tie the lower x, then the lower y. No object per merge.
 */
class MergeHeap {
  private scores = new Float64Array(1024);
  private xs = new Int32Array(1024);
  private ys = new Int32Array(1024);
  size = 0;

  get topScore(): number {
    return this.scores[0]!;
  }

  get topX(): number {
    return this.xs[0]!;
  }

  get topY(): number {
    return this.ys[0]!;
  }

  push(score: number, x: number, y: number): void {
    if (this.size === this.scores.length) this.grow();
    const { scores, xs, ys } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(score, x, y, scores[parent]!, xs[parent]!, ys[parent]!)) break;
      scores[i] = scores[parent]!;
      xs[i] = xs[parent]!;
      ys[i] = ys[parent]!;
      i = parent;
    }
    scores[i] = score;
    xs[i] = x;
    ys[i] = y;
  }

  /** Removes the top. */
  pop(): void {
    const { scores, xs, ys } = this;
    const last = --this.size;
    if (last === 0) return;
    const score = scores[last]!;
    const x = xs[last]!;
    const y = ys[last]!;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= last) break;
      const right = left + 1;
      const child = right < last && before(scores[right]!, xs[right]!, ys[right]!, scores[left]!, xs[left]!, ys[left]!) ? right : left;
      if (!before(scores[child]!, xs[child]!, ys[child]!, score, x, y)) break;
      scores[i] = scores[child]!;
      xs[i] = xs[child]!;
      ys[i] = ys[child]!;
      i = child;
    }
    scores[i] = score;
    xs[i] = x;
    ys[i] = y;
  }

  private grow(): void {
    const size = this.scores.length * 2;
    const scores = new Float64Array(size);
    const xs = new Int32Array(size);
    const ys = new Int32Array(size);
    scores.set(this.scores);
    xs.set(this.xs);
    ys.set(this.ys);
    this.scores = scores;
    this.xs = xs;
    this.ys = ys;
  }
}

// Merge (score p, x p, y p) before (score q, x q, y q): higher score first; on a tie the lower x, then the lower y.
const before = (scoreP: number, xP: number, yP: number, scoreQ: number, xQ: number, yQ: number) =>
  scoreP > scoreQ || (scoreP === scoreQ && (xP < xQ || (xP === xQ && yP < yQ)));
