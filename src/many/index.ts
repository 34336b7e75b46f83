import { availableParallelism } from 'node:os';
import { CrossfactError } from '../errors.js';
import type { CompareOptions } from '../options.js';
import type { ArticleInput, ComparisonReport } from '../types.js';
import type { ManyOutcome, ManyTask } from './worker.js';

/** One story to compare: its articles, and an id to know its result by (default: its position). */
export interface Cluster {
  id?: string;
  articles: ArticleInput[];
}

/** The result for one cluster: its report, or the `CrossfactError` `compareArticles` threw for it. */
export type ClusterResult =
  | { index: number; id: string; ok: true; report: ComparisonReport }
  | { index: number; id: string; ok: false; error: CrossfactError };

export interface ManyProgress {
  /** Clusters finished, with a report or an error. */
  done: number;
  /** Of those, the ones that ended in an error. */
  failed: number;
  /** Clusters handed to the pool and not finished. */
  running: number;
  /** How many clusters there are, when the input is an array; else undefined. */
  total?: number;
}

export interface ManyOptions {
  /** Worker threads comparing at once. Default: the machine's available parallelism. */
  concurrency?: number;
  /** Options for every comparison, as `compareArticles` takes them. */
  compare?: CompareOptions;
  /** Called after each cluster finishes. */
  onProgress?: (progress: ManyProgress) => void;
}

/**
 * Compares many independent clusters of articles on a pool of worker threads (tinypool), and
 * yields each cluster's result as it finishes, so the results come in the order they finish,
 * each with its cluster's `index` and `id`. Each report is the one `compareArticles` returns
 * for that cluster alone. A cluster that `compareArticles` refuses yields `ok: false` with the
 * error, and the others go on.
 *
 * `clusters` may be an array or any (async) iterable; it is read as the pool has room, at most
 * two clusters per thread ahead, so that a long stream is never held in memory at once.
 * Stopping the iteration early (`break`) shuts the pool down.
 *
 * ```ts
 * for await (const result of compareMany(clusters, { concurrency: 4, onProgress: (p) => bar.update(p.done) })) {
 *   if (result.ok) save(result.id, result.report);
 *   else console.error(result.id, result.error.code);
 * }
 * ```
 */
export async function* compareMany(clusters: Iterable<Cluster | ArticleInput[]> | AsyncIterable<Cluster | ArticleInput[]>, options: ManyOptions = {}): AsyncGenerator<ClusterResult, void, undefined> {
  const concurrency = options.concurrency ?? Math.max(1, availableParallelism());
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new CrossfactError('INVALID_OPTION', [{ path: 'options.concurrency', message: `must be a whole number of 1 or more, got ${String(concurrency)}` }]);
  }
  const total = Array.isArray(clusters) ? clusters.length : undefined;
  const { default: Tinypool } = await import('tinypool');
  const worker = workerFile();
  const pool = new Tinypool({ filename: worker.filename, minThreads: concurrency, maxThreads: concurrency, idleTimeout: 1_000 });
  // A worker that fails to start rejects the tasks it was given (each then yields an INTERNAL
  // error); the pool's own 'error' event must not also bring the process down.
  pool.on('error', () => {});
  const source = Symbol.asyncIterator in clusters ? clusters[Symbol.asyncIterator]() : (clusters as Iterable<Cluster | ArticleInput[]>)[Symbol.iterator]();
  const running = new Map<number, Promise<ClusterResult>>();
  let next = 0;
  let exhausted = false;
  let done = 0;
  let failed = 0;
  try {
    for (;;) {
      while (!exhausted && running.size < concurrency * 2) {
        const item = await source.next();
        if (item.done) {
          exhausted = true;
          break;
        }
        const index = next++;
        running.set(index, runOne(pool, index, item.value, options.compare));
      }
      if (running.size === 0) break;
      const result = await Promise.race(running.values());
      running.delete(result.index);
      done++;
      if (!result.ok) failed++;
      options.onProgress?.({ done, failed, running: running.size, ...(total === undefined ? {} : { total }) });
      yield result;
    }
  } finally {
    await source.return?.();
    await pool.destroy();
  }
}

async function runOne(pool: { run: (task: ManyTask) => Promise<ManyOutcome> }, index: number, cluster: Cluster | ArticleInput[], options: CompareOptions | undefined): Promise<ClusterResult> {
  const articles = Array.isArray(cluster) ? cluster : cluster?.articles;
  const id = !Array.isArray(cluster) && typeof cluster?.id === 'string' ? cluster.id : String(index);
  if (!Array.isArray(articles)) {
    return { index, id, ok: false, error: new CrossfactError('INVALID_INPUT', [{ path: `clusters[${index}]`, message: 'must be an array of articles or { id, articles }' }]) };
  }
  try {
    const outcome = await pool.run({ articles, ...(options ? { options } : {}) });
    if (outcome.ok) return { index, id, ok: true, report: outcome.report };
    return { index, id, ok: false, error: new CrossfactError(outcome.error.code, outcome.error.issues) };
  } catch (error) {
    // The task could not be handed over (an input that cannot be cloned) or the worker died.
    return { index, id, ok: false, error: new CrossfactError('INTERNAL', [{ path: `clusters[${index}]`, message: `the worker failed: ${(error as Error)?.message ?? String(error)}` }], { cause: error }) };
  }
}

/**
 * The worker's module. Built, it is `many-worker.js` beside the bundle (tsup builds it as its
 * own entry; the CommonJS bundle uses the ESM worker too, which a worker thread imports). Run
 * from the TypeScript sources (tests, `tsx`), it is `worker.dev.mjs`, which loads `worker.ts`
 * through tsx.
 */
function workerFile(): { filename: string } {
  const here = import.meta.url;
  if (/\.[mc]?ts$/.test(new URL(here).pathname)) return { filename: new URL('./worker.dev.mjs', here).href };
  return { filename: new URL('./many-worker.js', here).href };
}
