import { describe, expect, it } from 'vitest';
import { compareArticles, compareMany, CrossfactError, type ArticleInput, type ClusterResult, type ManyProgress } from '../src/index.js';
import { seedArticles } from './support/seeds.js';

// compareMany runs here from the TypeScript sources: its workers load them through tsx
// (src/many/worker.dev.mjs). The built package's worker is tested by examples/consumer.

const bridge: ArticleInput[] = [
  { id: 'wire', publishedAt: '2025-05-12', text: 'The Alder Street bridge will close for 14 days from May 20, the city said on Monday.' },
  { id: 'daily', publishedAt: '2025-05-12', text: 'The city said the Alder Street bridge will close for 21 days from May 20.' },
];
const rain: ArticleInput[] = [
  { id: 'a', text: 'Heavy rain flooded the lower town on Tuesday. Two roads were closed.' },
  { id: 'b', text: 'Two roads were closed after heavy rain flooded the lower town.' },
];

async function collect(results: AsyncIterable<ClusterResult>): Promise<ClusterResult[]> {
  const all: ClusterResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

describe('compareMany', () => {
  it('gives each cluster the report compareArticles gives it, whatever order they finish in, with progress', async () => {
    const clusters = [{ id: 'seeds', articles: seedArticles }, bridge, { id: 'rain', articles: rain }, { id: 'empty', articles: [] }];
    const progress: ManyProgress[] = [];
    const results = await collect(compareMany(clusters, { concurrency: 2, onProgress: (p) => progress.push(p) }));

    expect(results.map((r) => r.index).sort()).toEqual([0, 1, 2, 3]);
    const byIndex = new Map(results.map((r) => [r.index, r]));
    expect(byIndex.get(0)!.id).toBe('seeds');
    expect(byIndex.get(1)!.id).toBe('1');
    for (const [index, articles] of [[0, seedArticles], [1, bridge], [2, rain]] as const) {
      const result = byIndex.get(index)!;
      expect(result.ok).toBe(true);
      if (result.ok) expect(JSON.stringify(result.report)).toBe(JSON.stringify(compareArticles(articles)));
    }
    // A refused cluster is a result, not the end of the run.
    const refused = byIndex.get(3)!;
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error).toBeInstanceOf(CrossfactError);
      expect(refused.error.code).toBe('NO_ARTICLES');
      expect(refused.error.issues.length).toBeGreaterThan(0);
    }
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4]);
    expect(progress.at(-1)).toEqual({ done: 4, failed: 1, running: 0, total: 4 });
  });

  it('reads an async stream of clusters as the pool has room, and passes the comparison options on', async () => {
    let pulled = 0;
    let pulledWhenFirstDone = -1;
    async function* stream() {
      for (let i = 0; i < 6; i++) {
        pulled++;
        yield { id: `c${i}`, articles: i % 2 ? bridge : rain };
      }
    }
    const options = { factThreshold: 0.5 };
    const results = await collect(
      compareMany(stream(), {
        concurrency: 1,
        compare: options,
        onProgress: (p) => {
          if (p.done === 1) pulledWhenFirstDone = pulled;
          expect(p.total).toBeUndefined();
        },
      }),
    );
    expect(results.map((r) => r.id).sort()).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5']);
    // One thread: at most two clusters handed over ahead of the results.
    expect(pulledWhenFirstDone).toBeLessThanOrEqual(2);
    const first = results.find((r) => r.id === 'c1')!;
    expect(first.ok && JSON.stringify(first.report)).toBe(JSON.stringify(compareArticles(bridge, options)));
  });

  it('stops the pool when the caller stops early, and refuses a bad concurrency', async () => {
    const clusters = Array.from({ length: 8 }, (_, i) => ({ id: `r${i}`, articles: rain }));
    let seen = 0;
    for await (const result of compareMany(clusters, { concurrency: 2 })) {
      expect(result.ok).toBe(true);
      seen++;
      break;
    }
    expect(seen).toBe(1);
    await expect(collect(compareMany([rain], { concurrency: 0 }))).rejects.toMatchObject({ code: 'INVALID_OPTION' });
    const results = await collect(compareMany([{ id: 'odd', articles: 'not articles' } as unknown as ArticleInput[]], { concurrency: 1 }));
    expect(results[0]).toMatchObject({ ok: false, id: 'odd', error: { code: 'INVALID_INPUT' } });
  });
});
