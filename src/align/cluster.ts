/**
 * Average-linkage agglomerative clustering over a sparse similarity graph: two clusters merge
 * while the mean similarity over all their cross pairs (missing edges count as 0) reaches the
 * threshold. Unlike single linkage, a chain a~b~c does not pull a and c together unless the
 * group as a whole holds.
 */
export function averageLinkage(size: number, edges: ReadonlyArray<{ a: number; b: number; weight: number }>, threshold: number): number[][] {
  const members = new Map<number, number[]>();
  for (let i = 0; i < size; i++) members.set(i, [i]);
  // Sum of edge weights between clusters, keyed by cluster pair.
  const links = new Map<number, Map<number, number>>();
  const link = (x: number, y: number) => {
    if (!links.has(x)) links.set(x, new Map());
    return links.get(x)!;
  };
  for (const { a, b, weight } of edges) {
    if (a === b) continue;
    link(a, b).set(b, (link(a, b).get(b) ?? 0) + weight);
    link(b, a).set(a, (link(b, a).get(a) ?? 0) + weight);
  }
  for (;;) {
    let best: { x: number; y: number; score: number } | null = null;
    for (const [x, neighbours] of links) {
      const sizeX = members.get(x)!.length;
      for (const [y, sum] of neighbours) {
        if (y <= x) continue;
        const score = sum / (sizeX * members.get(y)!.length);
        if (score >= threshold && (!best || score > best.score || (score === best.score && (x < best.x || (x === best.x && y < best.y))))) best = { x, y, score };
      }
    }
    if (!best) break;
    const { x, y } = best;
    members.get(x)!.push(...members.get(y)!);
    members.delete(y);
    const fromY = links.get(y) ?? new Map<number, number>();
    links.delete(y);
    for (const [z, sum] of fromY) {
      if (z === x) continue;
      link(x, z).set(z, (link(x, z).get(z) ?? 0) + sum);
      const back = link(z, x);
      back.set(x, (back.get(x) ?? 0) + sum);
      links.get(z)!.delete(y);
    }
    links.get(x)?.delete(y);
  }
  return [...members.values()].map((m) => m.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}
