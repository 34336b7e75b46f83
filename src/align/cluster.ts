import { keepShapeOf } from '../shapes.js';
import type { PairList } from './candidates.js';

/**
 * The edges of a similarity graph, edge i from `a[i]` to `b[i]` with weight `weight[i]`: three
 * arrays rather than an object per edge (a comparison of 200 FNC-1 bodies clusters some 40 000
 * topic edges, whose objects lived through collections of the young generation).
 */
export interface EdgeList extends PairList {
  weight: Float64Array;
}

/** The edges between `pairs` with their weights; every edge list is made here, so that all have one shape. */
export function edgesOf(pairs: PairList, weight: Float64Array): EdgeList {
  return { a: pairs.a, b: pairs.b, weight };
}

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
 * cheap. Only a pair's latest entry counts: each push stamps the pair, and an older entry that
 * comes to the top is dropped, not scored and pushed again. (Each push for a pair whose sum grew
 * left its older entry behind, which came back to be scored and pushed again at every merge of
 * its clusters: with one story told by hundreds of outlets, facts of hundreds of statements, the
 * copies piled up by the million.) The pair merged is always the one with the highest current
 * score, ties broken as before (the lower first cluster, then the lower second), so the merges,
 * and the groups, are the same.
 */
export function averageLinkage(size: number, edges: EdgeList, threshold: number): number[][] {
  const members: Array<number[] | undefined> = [];
  for (let i = 0; i < size; i++) members.push([i]);
  // The sum of edge weights between two clusters, once per pair, in a table keyed by the pair;
  // and per cluster the clusters it has a sum with, in the order they came (some may have merged
  // away since, and are skipped when met). One table of sums, not a map per cluster kept
  // symmetric: a merge then updates each sum once, and nothing is deleted.
  const edgeCount = edges.weight.length;
  const sums = new PairSums(edgeCount);
  const neighbours: number[][] = [];
  for (let i = 0; i < size; i++) neighbours.push([]);
  // Plain loops over indices throughout: this runs once or twice per comparison, much of it before
  // the engine has optimised it, and a for-of loop there makes an object per step.
  for (let i = 0; i < edgeCount; i++) {
    const a = edges.a[i]!;
    const b = edges.b[i]!;
    if (a !== b) addSum(sums, neighbours, a, b, edges.weight[i]!);
  }
  const heap = new MergeHeap(edgeCount);
  for (let x = 0; x < size; x++) {
    const linked = neighbours[x]!;
    for (let k = 0; k < linked.length; k++) if (linked[k]! > x) offerMerge(heap, sums, members, threshold, x, linked[k]!);
  }
  while (heap.size > 0) {
    const { topScore, topX: x, topY: y, topStamp } = heap;
    heap.pop();
    if (!members[x] || !members[y]) continue;
    const slot = sums.slotOf(x, y);
    // An entry pushed before the pair's latest is left: the latest stands for the pair.
    if (sums.stampAt(slot) !== topStamp) continue;
    const score = sums.valueAt(slot) / (members[x]!.length * members[y]!.length);
    if (score !== topScore) {
      if (score >= threshold) pushMerge(heap, sums, slot, score, x, y);
      continue;
    }
    const into = members[x]!;
    const moved = members[y]!;
    for (let k = 0; k < moved.length; k++) into.push(moved[k]!);
    members[y] = undefined;
    // y's sums move to x: with each cluster z still there, x's sum grows by y's.
    const live: number[] = [];
    const linked = neighbours[y]!;
    for (let k = 0; k < linked.length; k++) {
      const z = linked[k]!;
      if (z === x || !members[z]) continue;
      addSum(sums, neighbours, x, z, sums.valueAt(sums.slotOf(y, z)));
      live.push(z);
    }
    neighbours[y] = [];
    for (let k = 0; k < live.length; k++) offerMerge(heap, sums, members, threshold, x, live[k]!);
  }
  // A loop, not `filter` and `map`, whose lists V8's compiled code made of another kind than before.
  const groups: number[][] = [];
  for (let x = 0; x < members.length; x++) if (members[x]) groups.push(members[x]!.sort(byValue));
  return groups.sort((a, b) => a[0]! - b[0]!);
}

const byValue = (a: number, b: number) => a - b;

// The steps of the clustering are functions of the module, not closures made in each call: V8
// keeps the code it compiled for a closure only while the closure lives, so a full collection
// between two comparisons dropped it, and the next comparison ran them unoptimised again.

/** Adds `weight` to the sum between clusters p and q, and makes them neighbours if they had none. */
function addSum(sums: PairSums, neighbours: number[][], p: number, q: number, weight: number): void {
  if (sums.add(p, q, weight)) {
    neighbours[p]!.push(q);
    neighbours[q]!.push(p);
  }
}

/** Offers the merge of clusters p and q to the heap if their mean weight reaches `threshold`. */
function offerMerge(heap: MergeHeap, sums: PairSums, members: ReadonlyArray<number[] | undefined>, threshold: number, p: number, q: number): void {
  const x = Math.min(p, q);
  const y = Math.max(p, q);
  const slot = sums.slotOf(x, y);
  if (slot < 0) return;
  const score = sums.valueAt(slot) / (members[x]!.length * members[y]!.length);
  if (score >= threshold) pushMerge(heap, sums, slot, score, x, y);
}

/** Pushes the merge of clusters x and y (their sum at `slot`) as the pair's latest entry. */
function pushMerge(heap: MergeHeap, sums: PairSums, slot: number, score: number, x: number, y: number): void {
  heap.push(score, x, y, sums.restamp(slot));
}

/**
 * Sums by unordered pair of cluster ids, in an open-addressing hash table of typed arrays: the
 * clustering's inner loop is little else than looking up and adding to these sums; with a Map
 * keyed by number the whole clustering took 1.7 times as long (over the 33 700 topic edges of 200
 * FNC-1 bodies).
 */
class PairSums {
  private lows: Int32Array;
  private highs: Int32Array;
  private values: Float64Array;
  /** Per pair, the stamp of its latest entry in the heap of merges (0 before any). */
  private stamps: Int32Array;
  private count = 0;
  private lastStamp = 0;

  /** Sized for `pairs` sums at most half full; merges add more, and the table grows then. */
  constructor(pairs: number) {
    const size = tableSize(2 * pairs);
    this.lows = new Int32Array(size).fill(-1);
    this.highs = new Int32Array(size);
    this.values = new Float64Array(size);
    this.stamps = new Int32Array(size);
  }

  /** The slot of pair (p, q), or -1 when it has no sum. */
  slotOf(p: number, q: number): number {
    const low = p < q ? p : q;
    const high = p < q ? q : p;
    const { lows, highs } = this;
    const mask = lows.length - 1;
    for (let slot = hashPair(low, high) & mask; ; slot = (slot + 1) & mask) {
      const at = lows[slot]!;
      if (at === -1) return -1;
      if (at === low && highs[slot] === high) return slot;
    }
  }

  valueAt(slot: number): number {
    return this.values[slot]!;
  }

  stampAt(slot: number): number {
    return this.stamps[slot]!;
  }

  /** A new stamp for the pair at `slot`, which its latest entry in the heap carries. */
  restamp(slot: number): number {
    return (this.stamps[slot] = ++this.lastStamp);
  }

  /** Adds `weight` to the sum of pair (p, q); true when the pair had none before. */
  add(p: number, q: number, weight: number): boolean {
    const low = p < q ? p : q;
    const high = p < q ? q : p;
    const { lows, highs } = this;
    const mask = lows.length - 1;
    let slot = hashPair(low, high) & mask;
    for (; lows[slot] !== -1; slot = (slot + 1) & mask) {
      if (lows[slot] === low && highs[slot] === high) {
        this.values[slot]! += weight;
        return false;
      }
    }
    lows[slot] = low;
    highs[slot] = high;
    this.values[slot] = weight;
    // At most half full, so that probe runs stay short.
    if (++this.count * 2 > lows.length) this.grow();
    return true;
  }

  private grow(): void {
    const { lows, highs, values, stamps } = this;
    this.lows = new Int32Array(lows.length * 2).fill(-1);
    this.highs = new Int32Array(lows.length * 2);
    this.values = new Float64Array(lows.length * 2);
    this.stamps = new Int32Array(lows.length * 2);
    const mask = this.lows.length - 1;
    for (let old = 0; old < lows.length; old++) {
      if (lows[old] === -1) continue;
      let slot = hashPair(lows[old]!, highs[old]!) & mask;
      while (this.lows[slot] !== -1) slot = (slot + 1) & mask;
      this.lows[slot] = lows[old]!;
      this.highs[slot] = highs[old]!;
      this.values[slot] = values[old]!;
      this.stamps[slot] = stamps[old]!;
    }
  }
}

/** The power of two at or above `entries`, at least 1 024: sized once where doubling from small would copy every entry again and again. */
const tableSize = (entries: number) => 2 ** Math.max(10, Math.ceil(Math.log2(Math.max(1, entries))));

// Multiplicative hashing of both ids, mixed down so that the low bits the mask keeps vary.
const hashPair = (low: number, high: number) => {
  const h = Math.imul(low, 0x9e3779b1) ^ Math.imul(high, 0x85ebca77);
  return h ^ (h >>> 15);
};

/**
 * A binary max-heap of candidate merges (score, x, y, and the stamp of the push) in four
 * parallel typed arrays, grown by doubling: higher score first; on a tie the lower x, then the
 * lower y. No object per merge.
 */
class MergeHeap {
  private scores: Float64Array;
  private xs: Int32Array;
  private ys: Int32Array;
  private stamps: Int32Array;
  size = 0;

  /** Sized for `merges` entries, one per edge (what the first offers push at most). */
  constructor(merges: number) {
    const size = tableSize(merges);
    this.scores = new Float64Array(size);
    this.xs = new Int32Array(size);
    this.ys = new Int32Array(size);
    this.stamps = new Int32Array(size);
  }

  get topScore(): number {
    return this.scores[0]!;
  }

  get topX(): number {
    return this.xs[0]!;
  }

  get topY(): number {
    return this.ys[0]!;
  }

  get topStamp(): number {
    return this.stamps[0]!;
  }

  push(score: number, x: number, y: number, stamp: number): void {
    if (this.size === this.scores.length) this.grow();
    const { scores, xs, ys, stamps } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(score, x, y, scores[parent]!, xs[parent]!, ys[parent]!)) break;
      scores[i] = scores[parent]!;
      xs[i] = xs[parent]!;
      ys[i] = ys[parent]!;
      stamps[i] = stamps[parent]!;
      i = parent;
    }
    scores[i] = score;
    xs[i] = x;
    ys[i] = y;
    stamps[i] = stamp;
  }

  /** Removes the top. */
  pop(): void {
    const { scores, xs, ys, stamps } = this;
    const last = --this.size;
    if (last === 0) return;
    const score = scores[last]!;
    const x = xs[last]!;
    const y = ys[last]!;
    const stamp = stamps[last]!;
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
      stamps[i] = stamps[child]!;
      i = child;
    }
    scores[i] = score;
    xs[i] = x;
    ys[i] = y;
    stamps[i] = stamp;
  }

  private grow(): void {
    const size = this.scores.length * 2;
    const scores = new Float64Array(size);
    const xs = new Int32Array(size);
    const ys = new Int32Array(size);
    const stamps = new Int32Array(size);
    scores.set(this.scores);
    xs.set(this.xs);
    ys.set(this.ys);
    stamps.set(this.stamps);
    this.scores = scores;
    this.xs = xs;
    this.ys = ys;
    this.stamps = stamps;
  }
}

// Merge (score p, x p, y p) before (score q, x q, y q): higher score first; on a tie the lower x, then the lower y.
const before = (scoreP: number, xP: number, yP: number, scoreQ: number, xQ: number, yQ: number) =>
  scoreP > scoreQ || (scoreP === scoreQ && (xP < xQ || (xP === xQ && yP < yQ)));

keepShapeOf(new PairSums(0));
keepShapeOf(new MergeHeap(0));
