/**
 * Speed benchmark: `npm run bench:speed [dir]`, default ../shared/datasets/fnc1.
 *
 * Clusters are built from real article bodies (FNC-1 train_bodies.csv): the bodies of one claim
 * form a natural cluster (one story told by several outlets), and the first N bodies in id order
 * form mixed clusters of 25, 50, 100, 200 and 400 articles. Each cluster is measured in a fresh
 * child process (so that its peak heap and RSS are its own), after a warm-up comparison of
 * another cluster of the kind and size (other bodies: see `warmUpCluster`) that loads the word
 * lists, WordNet and the JIT, and warms the floor and (once the peak RSS is read) the naive
 * baseline up too; its time, that of a fresh process's first comparison, is printed for 200
 * articles:
 *
 * - compare: median wall time of five `compareArticles` calls (the read and token caches emptied
 *   and the young generation collected before each, so every call reads, cleans, splits and
 *   extracts afresh from an empty nursery; the old generation is left to V8, which collects the
 *   garbage of earlier calls during later ones, as in a running process: see `collect`),
 *   statements per second, and the peak heap (the largest heap before a collection, from
 *   --trace-gc) and peak RSS of the first call (with what the warm-up comparison left: V8
 *   collects the old generation lazily, as in a running process);
 * - floor: the same text cleaned, split into sentences and tokenised, nothing else, timed right
 *   after each comparison, and × floor the median of each run's ratio, so that a burst of load
 *   on the shared machine weighs on both sides of it;
 * - naive: at 200 articles and below, the all-pairs tf-idf alignment a user would write with
 *   natural (every sentence a document, every pair from two articles compared by cosine), from
 *   the text, timed after each comparison (the speed-up is the median of their ratios, over the
 *   same runs as the compare time), and its pair loop alone against crossfact's alignment alone
 *   on the same statements;
 *   with crossfact's reading alone (cleaning, splitting, extraction), which bounds how far below
 *   the naive baseline a whole comparison can get;
 * - growth: log(time ratio) / log(size ratio) between consecutive sizes, by articles and by
 *   statements; for the target, 200 → 400 articles again in one process with the two sizes
 *   alternating, so that the load of the shared machine changing between two children does not
 *   pass for growth.
 *
 * Then: one story republished word for word by 100, 200 and 400 outlets (the project's sample
 * articles: see `copiesChild`), the regime of a newsroom's cluster of one story, with its growth;
 * the three seed articles (median of 20 runs once loaded), the alignment of crossfact and
 * of the naive baseline on the seeds against hand-labelled pairs, and the throughput of
 * `compareMany` on two threads against a sequential loop over natural clusters, and against two
 * processes looping over half the clusters each at once (what two comparisons at a time can gain
 * on the machine at all), all from the built package (`npm run bench:speed` builds it first), as
 * users run them: from the sources, each worker thread would first compile the library with tsx.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import { ingestArticle, normalizeArticle } from '../src/ingest/index.js';
import { compareArticles, type ArticleInput, type Statement } from '../src/index.js';
import { DEFAULT_LIMITS } from '../src/limits.js';
import { alignStatements } from '../src/align/index.js';
import { corpusIdf, profileStatement } from '../src/align/profile.js';
import { resolveEntities } from '../src/extract/resolve.js';
import { resolveOptions } from '../src/options.js';
import { forgetReadArticles, readArticles } from '../src/read.js';
import { segmentArticle } from '../src/segment/index.js';
import { contentStems, tokenize } from '../src/text/tokens.js';
import { sampleArticles } from '../examples/samples.js';
import { readFnc } from './lib/fnc1.js';

const here = dirname(fileURLToPath(import.meta.url));
const SIZES = [25, 50, 100, 200, 400];
const NAIVE_UP_TO = 200;
const MANY_CLUSTERS = 300;
const NO_LIMITS = { limits: { maxStatements: Infinity, maxTotalBytes: Infinity, maxArticles: Infinity } };

// ---------------------------------------------------------------------------------------------
// Clusters

interface Corpus {
  bodies: Array<[string, string]>;
  claims: Array<{ claim: string; bodyIds: string[] }>;
}

function readCorpus(dir: string): Corpus {
  const pairs = readFnc(dir, 'train');
  const bodies = [...new Map(pairs.map((p) => [p.bodyId, p.body])).entries()].sort((a, b) => Number(a[0]) - Number(b[0]));
  const byClaim = new Map<string, Set<string>>();
  for (const pair of pairs) {
    if (pair.stance === 'unrelated') continue;
    const ids = byClaim.get(pair.headline) ?? new Set<string>();
    ids.add(pair.bodyId);
    byClaim.set(pair.headline, ids);
  }
  const claims = [...byClaim.entries()]
    .map(([claim, ids]) => ({ claim, bodyIds: [...ids].sort((a, b) => Number(a) - Number(b)) }))
    .filter((c) => c.bodyIds.length >= 2)
    .sort((a, b) => b.bodyIds.length - a.bodyIds.length || (a.claim < b.claim ? -1 : 1));
  return { bodies, claims };
}

const toArticles = (bodies: ReadonlyArray<[string, string]>): ArticleInput[] => bodies.map(([id, text]) => ({ id: `body-${id}`, text }));

function mixedCluster(corpus: Corpus, size: number): ArticleInput[] {
  return toArticles(corpus.bodies.slice(0, size));
}

function claimCluster(corpus: Corpus, rank: number): ArticleInput[] {
  const texts = new Map(corpus.bodies);
  return toArticles(corpus.claims[rank]!.bodyIds.map((id) => [id, texts.get(id)!]));
}

/** The natural clusters measured: those of the claims with the most bodies. */
const NATURAL_CLUSTERS = 3;

/**
 * A cluster like `spec`'s, of other bodies, to warm a child process up on: as many mixed bodies,
 * the last in id order (none in a mixed cluster measured: the corpus holds over 1 400), or the
 * natural cluster after those measured.
 */
function warmUpCluster(corpus: Corpus, spec: ChildSpec): ArticleInput[] {
  return spec.kind === 'mixed' ? toArticles(corpus.bodies.slice(-spec.size)) : claimCluster(corpus, NATURAL_CLUSTERS);
}

function seedArticles(): ArticleInput[] {
  const seeds = join(here, '..', '..', 'shared', 'seeds');
  const manifest = JSON.parse(readFileSync(join(seeds, 'manifest.json'), 'utf8')) as Array<{ id: string; file: string; outlet: string; publishedAt: string }>;
  return manifest.map((entry) => ({ id: entry.id, source: entry.outlet, publishedAt: entry.publishedAt, text: readFileSync(join(seeds, entry.file), 'utf8') }));
}

// ---------------------------------------------------------------------------------------------
// What is timed

/** The floor: cleaning, sentence splitting and tokenising, nothing else. */
function floor(articles: readonly ArticleInput[]): number {
  let tokens = 0;
  for (const article of articles) {
    for (const sentence of segmentArticle(ingestArticle(normalizeArticle(article)), DEFAULT_LIMITS.maxStatementLength)) tokens += tokenize(sentence.text).length;
  }
  return tokens;
}

/**
 * The baseline a user would write: split the articles into sentences, weigh each sentence's
 * content stems by tf-idf with natural's TfIdf, and compare every pair of sentences from two
 * articles by cosine; pairs at `threshold` or above are aligned.
 */
function naiveAlign(articles: readonly ArticleInput[], threshold: number): Array<{ a: string; b: string; score: number }> {
  return naivePairs(sentencesOf(articles), threshold);
}

function sentencesOf(articles: readonly ArticleInput[]): Array<{ article: string; id: string; text: string }> {
  return articles.flatMap((article) =>
    segmentArticle(ingestArticle(normalizeArticle(article)), DEFAULT_LIMITS.maxStatementLength).map((s) => ({ article: article.id, id: s.id, text: s.text })),
  );
}

function naivePairs(sentences: ReadonlyArray<{ article: string; id: string; text: string }>, threshold: number): Array<{ a: string; b: string; score: number }> {
  const tfidf = new TfIdf();
  const stems = sentences.map((sentence) => contentStems(tokenize(sentence.text)));
  for (const list of stems) tfidf.addDocument(list);
  // natural's tf-idf of a term in a document: its count times its idf.
  const vectors = stems.map((list) => {
    const vector = new Map<string, number>();
    for (const stem of list) vector.set(stem, (vector.get(stem) ?? 0) + 1);
    for (const [stem, count] of vector) vector.set(stem, count * tfidf.idf(stem));
    return vector;
  });
  const norms = vectors.map((v) => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0)));
  const aligned: Array<{ a: string; b: string; score: number }> = [];
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      if (sentences[i]!.article === sentences[j]!.article || !norms[i] || !norms[j]) continue;
      let dot = 0;
      for (const [term, weight] of vectors[i]!) dot += weight * (vectors[j]!.get(term) ?? 0);
      const score = dot / (norms[i]! * norms[j]!);
      if (score >= threshold) aligned.push({ a: sentences[i]!.id, b: sentences[j]!.id, score });
    }
  }
  return aligned;
}

/** crossfact's alignment alone (profiles, idf, candidates, filter, relations, facts, topics) on extracted statements. */
function alignOnly(statements: readonly Statement[]): number {
  const profiles = statements.map(profileStatement);
  return alignStatements(profiles, corpusIdf(profiles), resolveOptions({})).alignments.length;
}

const NAIVE_THRESHOLD = 0.4;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * A minor collection, a scavenge of the young generation (the children run with --expose-gc).
 * Not a full one: V8's full collection also drops the object shapes no live object holds, and
 * with them the optimised code of every function that checks for one (some 150 functions of a
 * comparison), so each timed run would begin by recompiling them, which a running process does
 * only after its own, rarer, full collections. On Node 20 `gc({ type: 'major', execution: 'sync' })`,
 * which earlier rounds of this benchmark called a full collection, scavenges too (--trace-gc
 * shows it): every options object does; only the plain `gc()` collects in full.
 */
function collect(): void {
  (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc!({ type: 'minor' });
}

function timeRuns(runs: number, run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

// ---------------------------------------------------------------------------------------------
// Child: one cluster, in its own process

interface ChildSpec {
  dir: string;
  kind: 'mixed' | 'claim';
  /** Articles for `mixed`, rank for `claim`. */
  size: number;
  runs: number;
  naive: boolean;
}

interface ChildResult {
  articles: number;
  statements: number;
  compareMs: number;
  /** The warm-up comparison (another cluster of the kind): the first of a fresh process. */
  firstMs: number;
  floorMs: number;
  /** Medians of each run's compare time over its floor, and of the naive baseline's time over its compare time. */
  overFloor: number;
  naiveMs?: number;
  speedUp?: number;
  /** Reading alone (cleaning, splitting, extraction, entities across articles); alignment alone, on statements already read: crossfact's, and the naive pair loop's. */
  readMs?: number;
  alignMs?: number;
  naivePairsMs?: number;
  maxRssMb: number;
  /** Each run's times in order: the comparison, the floor, the naive baseline (when timed). */
  runs: Array<{ compareMs: number; floorMs: number; naiveMs?: number }>;
}

function child(spec: ChildSpec): void {
  const corpus = readCorpus(spec.dir);
  const articles = spec.kind === 'mixed' ? mixedCluster(corpus, spec.size) : claimCluster(corpus, spec.size);
  // Warm-up: word lists, WordNet, and the JIT on a cluster like the one measured, but of other
  // bodies: the timed runs are those of a process that has compared clusters of the kind before,
  // as a newsroom tool's does all day. (A smaller warm-up left the first two timed comparisons
  // compiling code for the paths only a larger cluster takes.) The warm-up's own time is that
  // of the process's first comparison, and is reported as such.
  const warmUp = warmUpCluster(corpus, spec);
  const firstStarted = performance.now();
  compareArticles(warmUp, NO_LIMITS);
  const firstMs = performance.now() - firstStarted;
  floor(warmUp);
  let statements = 0;
  // Each timed run starts from a collected heap, so that no run pays for the garbage of the one
  // before; peak heap and RSS are those of the first comparison (and the warm-up before it).
  // Each run times a comparison, then the floor and the naive baseline on the same text right
  // after, so that a burst of load on this shared machine weighs on both sides of a ratio: the
  // ratios are the medians of each run's own.
  const times: number[] = [];
  const floors: number[] = [];
  const naives: number[] = [];
  const overFloor: number[] = [];
  const speedUps: number[] = [];
  let maxRssMb = 0;
  for (let run = 0; run < spec.runs; run++) {
    forgetReadArticles();
    collect();
    if (run === 0) process.stdout.write('PHASE compare\n');
    const started = performance.now();
    statements = compareArticles(articles, NO_LIMITS).summary.statements;
    const compareMs = performance.now() - started;
    times.push(compareMs);
    if (run === 0) {
      process.stdout.write('PHASE other\n');
      maxRssMb = process.resourceUsage().maxRSS / 1024;
      // The naive baseline's warm-up, after the peak RSS is read: it holds a map per sentence.
      if (spec.naive) naiveAlign(warmUp, NAIVE_THRESHOLD);
    }
    // Each from a collected heap too, as the comparison: none pays for another's garbage.
    collect();
    const floorMs = timeRuns(1, () => {
      forgetReadArticles();
      floor(articles);
    });
    floors.push(floorMs);
    overFloor.push(compareMs / floorMs);
    if (spec.naive) {
      collect();
      const naiveMs = timeRuns(1, () => {
        forgetReadArticles();
        naiveAlign(articles, NAIVE_THRESHOLD);
      });
      naives.push(naiveMs);
      speedUps.push(naiveMs / compareMs);
    }
  }
  const compareMs = median(times);
  const floorMs = median(floors);
  const naive = spec.naive ? { naiveMs: median(naives), speedUp: median(speedUps) } : {};
  let alignment = {};
  if (spec.naive) {
    const ordered = [...articles].sort((a, b) => (a.id < b.id ? -1 : 1));
    const readAll = () => resolveEntities(readArticles(ordered)).statements.flat();
    const readMs = timeRuns(3, () => {
      forgetReadArticles();
      readAll();
    });
    const read = readAll();
    const sentences = sentencesOf(articles);
    alignment = { readMs, alignMs: timeRuns(3, () => alignOnly(read)), naivePairsMs: timeRuns(Math.min(3, spec.runs), () => naivePairs(sentences, NAIVE_THRESHOLD)) };
  }
  const runs = times.map((time, run) => ({ compareMs: time, floorMs: floors[run]!, ...(spec.naive ? { naiveMs: naives[run]! } : {}) }));
  const result: ChildResult = { articles: articles.length, statements, compareMs, firstMs, floorMs, overFloor: median(overFloor), maxRssMb, ...naive, ...alignment, runs };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

interface GrowthResult {
  statements: [number, number];
  /** Per pair of runs, the times of the two sizes, and whether a full collection began during each. */
  times: Array<[number, number]>;
  fullCollections: Array<[boolean, boolean]>;
  byArticles: number;
  byStatements: number;
  /** By articles, over the pairs with no full collection in either run (null for fewer than two such pairs). */
  byArticlesWithoutFull: number | null;
}

/**
 * Growth from `sizes[0]` to `sizes[1]` mixed articles, timed in one process with the two sizes
 * alternating, each run after a scavenge (`collect`): each pair of runs a few seconds apart, so
 * that a change of load on this shared machine between two child processes does not pass for
 * growth (see `alternatingTimes`). The exponent is that of the median of the pairs' time ratios;
 * also over the pairs with no full collection (see `watchFullCollections`).
 */
async function growthChild(dir: string, sizes: [number, number], pairs: number): Promise<void> {
  const corpus = readCorpus(dir);
  const [small, large] = sizes.map((size) => mixedCluster(corpus, size)) as [ArticleInput[], ArticleInput[]];
  // Warm-up: word lists, WordNet, and the JIT on both sizes.
  for (const cluster of [small, large]) compareArticles(cluster, NO_LIMITS);
  const log = watchFullCollections();
  const { times, spans, statements } = alternatingTimes(small, large, pairs);
  const fullCollections = await log.during(spans);
  const exponent = (pairTimes: ReadonlyArray<[number, number]>) => Math.log(median(pairTimes.map(([smallMs, largeMs]) => largeMs / smallMs))) / Math.log(sizes[1] / sizes[0]);
  const withoutFull = times.filter((_, k) => !fullCollections[k]![0] && !fullCollections[k]![1]);
  const byArticles = exponent(times);
  const result: GrowthResult = {
    statements,
    times,
    fullCollections,
    byArticles,
    byStatements: (byArticles * Math.log(sizes[1] / sizes[0])) / Math.log(statements[1] / statements[0]),
    byArticlesWithoutFull: withoutFull.length >= 2 ? exponent(withoutFull) : null,
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

/**
 * Records when this process's full collections (mark-compact) begin, from now on; `during` then
 * says, for each pair of runs (each run's start and end on `performance.now()`'s clock), whether
 * one began during each run, once the entries, which the observer gets asynchronously, have come.
 * In one process the old generation fills with the garbage of every run before, and the run that
 * crosses its limit pays for the collection, which cost a run at 400 bodies a tenth to a fifth of
 * its time: alternating 200 and 400 bodies, it was mostly a run at 400 (they leave twice the
 * garbage), about one in two, so the median of six pairs lay between a pair with one and a pair
 * without.
 */
function watchFullCollections(): { during: (spans: ReadonlyArray<[[number, number], [number, number]]>) => Promise<Array<[boolean, boolean]>> } {
  const starts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if ((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) starts.push(entry.startTime);
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    async during(spans) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.disconnect();
      const within = ([from, to]: [number, number]) => starts.some((start) => start >= from && start <= to);
      return spans.map(([first, second]) => [within(first), within(second)]);
    },
  };
}

/** One comparison of `articles`, from an emptied read cache and a scavenged young generation (`collect`): its time, start and statements. */
function timedCompare(articles: ArticleInput[]): { ms: number; started: number; statements: number } {
  forgetReadArticles();
  collect();
  const started = performance.now();
  const statements = compareArticles(articles, NO_LIMITS).summary.statements;
  return { ms: performance.now() - started, started, statements };
}

/**
 * `pairs` pairs of comparisons of `small` and `large`, the two alternating, every other pair the
 * larger first, so that neither size always follows the other: each pair's two times and spans
 * (start and end), and each size's statements.
 */
function alternatingTimes(
  small: ArticleInput[],
  large: ArticleInput[],
  pairs: number,
): { times: Array<[number, number]>; spans: Array<[[number, number], [number, number]]>; statements: [number, number] } {
  const clusters = [small, large];
  const statements: [number, number] = [0, 0];
  const times: Array<[number, number]> = [];
  const spans: Array<[[number, number], [number, number]]> = [];
  for (let pair = 0; pair < pairs; pair++) {
    const pairTimes: [number, number] = [0, 0];
    const pairSpans: [[number, number], [number, number]] = [
      [0, 0],
      [0, 0],
    ];
    for (const i of pair % 2 ? [1, 0] : [0, 1]) {
      const run = timedCompare(clusters[i]!);
      pairTimes[i] = run.ms;
      pairSpans[i] = [run.started, run.started + run.ms];
      statements[i] = run.statements;
    }
    times.push(pairTimes);
    spans.push(pairSpans);
  }
  return { times, spans, statements };
}

interface CopiesResult {
  /** Per number of outlets: statements, alignments, facts, quote comparisons, report size and the median time. */
  sizes: Array<{ outlets: number; statements: number; alignments: number; facts: number; quoteComparisons: number; reportMb: number; ms: number }>;
  /** Per pair of runs, the times at the two largest sizes. */
  times: Array<[number, number]>;
  growth: number;
}

/**
 * One story republished word for word by many outlets, as a wire story is: the project's three
 * sample articles, each carried by a third of `outlets[i]` outlets. Every statement then has
 * copies in a third of the articles, every fact is told by each of them, and a speaker's few
 * sentences are quoted by hundreds: the regime of a newsroom's cluster of one story, which the
 * FNC-1 clusters (at most 19 bodies of one claim) do not reach. Timed in one process, the two
 * largest sizes alternating as in `growthChild`, after a warm-up at the smallest.
 */
function copiesChild(outlets: readonly number[], pairs: number): void {
  const story = (count: number): ArticleInput[] =>
    Array.from({ length: count }, (_, i) => ({ ...sampleArticles[i % sampleArticles.length]!, id: `outlet-${String(i).padStart(3, '0')}`, source: `Outlet ${i}` }));
  const clusters = outlets.map(story);
  const measured = clusters.map((cluster) => {
    const report = compareArticles(cluster, NO_LIMITS);
    return {
      outlets: cluster.length,
      statements: report.summary.statements,
      alignments: report.alignments.length,
      facts: report.facts.length,
      quoteComparisons: report.quotes.reduce((n, group) => n + group.comparisons.length, 0),
      reportMb: JSON.stringify(report).length / 1e6,
    };
  });
  const [large, larger] = [clusters.at(-2)!, clusters.at(-1)!];
  const smaller = clusters.slice(0, -2).map((cluster) => median(Array.from({ length: pairs }, () => timedCompare(cluster).ms)));
  const { times } = alternatingTimes(large, larger, pairs);
  const ms = [...smaller, median(times.map(([largeMs]) => largeMs)), median(times.map(([, largerMs]) => largerMs))];
  const ratio = median(times.map(([largeMs, largerMs]) => largerMs / largeMs));
  const result: CopiesResult = {
    sizes: measured.map((size, i) => ({ ...size, ms: ms[i]! })),
    times,
    growth: Math.log(ratio) / Math.log(outlets.at(-1)! / outlets.at(-2)!),
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

/**
 * Runs this script with `args` in a child process (with a collectable heap, and `flags` for node)
 * and returns its output lines and the JSON it printed after RESULT.
 */
function runScript<T>(args: readonly string[], flags: readonly string[] = []): { lines: string[]; result: T } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', ...flags, '--expose-gc', fileURLToPath(import.meta.url), ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const lines = run.stdout.split('\n');
  const line = lines.find((l) => l.startsWith('RESULT '));
  if (run.status !== 0 || !line) throw new Error(`benchmark child failed (${args.join(' ')}):\n${run.stderr}`);
  return { lines, result: JSON.parse(line.slice(7)) as T };
}

/**
 * A sequential loop over every `of`-th of the largest natural clusters, starting at `part`, in
 * this process, from the built package, warm as the parent's loop is: run twice at once, the two
 * halves say how much faster two comparisons at a time can go on this machine, with no thread
 * pool in between.
 */
async function halfLoopChild(dir: string, part: number, of: number): Promise<void> {
  const corpus = readCorpus(dir);
  const built = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');
  const clusters = corpus.claims.slice(0, MANY_CLUSTERS).map((_, rank) => claimCluster(corpus, rank)).filter((_, i) => i % of === part);
  built.compareArticles(claimCluster(corpus, 0), NO_LIMITS);
  const started = performance.now();
  for (const articles of clusters) built.compareArticles(articles, NO_LIMITS);
  process.stdout.write(`RESULT ${JSON.stringify({ ms: performance.now() - started })}\n`);
}

/** Runs the two halves of `halfLoopChild` at once; resolves to the longer of their loops' times. */
function halvesAtOnce(dir: string): Promise<number> {
  const half = (part: number) =>
    new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--half', dir, String(part), '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('exit', (code) => {
        const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
        if (code === 0 && line) resolve((JSON.parse(line.slice(7)) as { ms: number }).ms);
        else reject(new Error(`half loop ${part} failed:\n${stderr}`));
      });
    });
  return Promise.all([half(0), half(1)]).then((times) => Math.max(...times));
}

function runChild(spec: ChildSpec): ChildResult & { peakHeapMb: number } {
  const { lines, result } = runScript<ChildResult>(['--child', JSON.stringify(spec)], ['--trace-gc']);
  let phase = '';
  let peakHeapMb = 0;
  for (const line of lines) {
    if (line.startsWith('PHASE ')) phase = line.slice(6);
    else if (phase === 'compare') {
      // "... Mark-Compact 512.3 (540.1) -> 300.2 (520.0) MB, ...": the heap before the collection.
      const match = /:\s+[\w-]+(?:\s+\([^)]*\))?\s+([\d.]+) \([\d.]+\) -> [\d.]+ \([\d.]+\) MB/.exec(line);
      if (match) peakHeapMb = Math.max(peakHeapMb, Number(match[1]));
    }
  }
  return { ...result, peakHeapMb };
}

// ---------------------------------------------------------------------------------------------
// Alignment on the seeds, against hand-labelled pairs

/**
 * Pairs of seed statements that report the same fact, labelled by hand for this benchmark
 * (each statement named by its article and a pattern of its text). Not exhaustive: precision
 * below counts every other pair as wrong, for both methods alike.
 */
const SEED_PAIRS: ReadonlyArray<[string, RegExp, string, RegExp]> = [
  ['chosun', /said on March 31 that he would/, 'joongang', /said Monday that there is/],
  ['chosun', /said on March 31 that he would/, 'joongang', /^“There is communication\. I think/],
  ['chosun', /^Asked by reporters/, 'joongang', /^Speaking at the White House/],
  ['chosun', /^Asked by reporters/, 'joongang', /^“There is communication\. I think/],
  ['chosun', /very smart guy/, 'joongang', /^He once again praised Kim/],
  ['chosun', /^“We have a great relationship/, 'joongang', /^Speaking at the White House/],
  ['chosun', /speaks in the Oval Office/, 'joongang', /prepares to sign an executive order/],
  ['chosun', /^During his first term/, 'joongang', /^Trump and Kim’s denuclearization talks/],
  ['chosun', /^However, negotiations collapsed/, 'joongang', /^Trump and Kim’s denuclearization talks/],
  ['chosun', /first time since taking office/, 'joongang', /said Monday that there is/],
  ['chosun', /^During his first term/, 'seoul-wire', /three face-to-face meetings/],
  ['chosun', /Panmunjom in the Demilitarized Zone/, 'seoul-wire', /three face-to-face meetings/],
  ['chosun', /^“I have a very good relationship/, 'seoul-wire', /^President Trump has expressed intentions/],
  ['chosun', /very smart guy/, 'seoul-wire', /^President Trump has expressed intentions/],
  ['chosun', /^Asked by reporters/, 'seoul-wire', /^President Trump has expressed intentions/],
  ['joongang', /^Trump claims 'communication'/, 'seoul-wire', /^Trump Open to Reestablishing/],
  ['joongang', /^He once again praised Kim/, 'seoul-wire', /^President Trump has expressed intentions/],
  ['joongang', /in Hanoi, Vietnam, in Feb\. 28, 2019/, 'seoul-wire', /three face-to-face meetings/],
  ['joongang', /^Trump and Kim’s denuclearization talks/, 'seoul-wire', /three face-to-face meetings/],
  ['joongang', /continued to officially uphold the principle/, 'seoul-wire', /remains committed to pursuing complete denuclearization/],
  ['joongang', /^The White House has also reiterated that goal/, 'seoul-wire', /remains committed to pursuing complete denuclearization/],
  ['joongang', /^Speaking at the White House/, 'seoul-wire', /^President Trump has expressed intentions/],
  ['joongang', /earlier statement that he would “reach out”/, 'seoul-wire', /^President Trump has expressed intentions/],
  ['joongang', /^The language marks a continuation/, 'seoul-wire', /^President Trump has expressed intentions/],
];

interface Quality {
  pairs: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

function seedQuality(articles: readonly ArticleInput[], predicted: ReadonlyArray<{ a: string; b: string }>): Quality {
  const report = compareArticles([...articles]);
  const idOf = (articleId: string, pattern: RegExp) => {
    const found = report.statements.filter((s) => s.articleId === articleId && pattern.test(s.text));
    if (found.length !== 1) throw new Error(`seed pair: ${found.length} ${articleId} statements match ${pattern}`);
    return found[0]!.id;
  };
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const gold = new Set(SEED_PAIRS.map(([aa, pa, ab, pb]) => key(idOf(aa, pa), idOf(ab, pb))));
  const said = new Set(predicted.map((p) => key(p.a, p.b)));
  const correct = [...said].filter((k) => gold.has(k)).length;
  const precision = said.size ? correct / said.size : 0;
  const recall = correct / gold.size;
  return { pairs: said.size, correct, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

// ---------------------------------------------------------------------------------------------
// Parent

const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const pad = (text: string | number, width: number) => String(text).padStart(width);

async function main(): Promise<void> {
  const dir = process.argv[2] ?? join(here, '..', '..', 'shared', 'datasets', 'fnc1');
  const corpus = readCorpus(dir);
  console.log(`crossfact speed benchmark on FNC-1 train bodies from ${dir}`);
  console.log(`node ${process.version}, ${availableParallelism()} cores; each cluster in its own process after a warm-up on another of its kind and size; times are medians\n`);

  console.log('mixed clusters (the first N bodies in id order)');
  console.log(`${'articles'.padStart(8)} ${'statements'.padStart(10)} ${'compare'.padStart(9)} ${'stmts/s'.padStart(8)} ${'heap'.padStart(8)} ${'RSS'.padStart(8)} ${'floor'.padStart(8)} ${'×floor'.padStart(7)} ${'naive'.padStart(8)} ${'speed-up'.padStart(8)}  growth (by articles / by statements)`);
  const rows: Array<ChildResult & { peakHeapMb: number }> = [];
  for (const size of SIZES) {
    const result = runChild({ dir, kind: 'mixed', size, runs: 5, naive: size <= NAIVE_UP_TO });
    const previous = rows.at(-1);
    rows.push(result);
    const growth = previous
      ? `${(Math.log(result.compareMs / previous.compareMs) / Math.log(result.articles / previous.articles)).toFixed(2)} / ${(Math.log(result.compareMs / previous.compareMs) / Math.log(result.statements / previous.statements)).toFixed(2)}`
      : '';
    console.log(
      `${pad(result.articles, 8)} ${pad(result.statements, 10)} ${pad(fmt(result.compareMs), 9)} ${pad(Math.round((1000 * result.statements) / result.compareMs), 8)} ${pad(`${Math.round(result.peakHeapMb)} MB`, 8)} ${pad(`${Math.round(result.maxRssMb)} MB`, 8)} ${pad(fmt(result.floorMs), 8)} ${pad(result.overFloor.toFixed(1), 7)} ${pad(result.naiveMs === undefined ? '' : fmt(result.naiveMs), 8)} ${pad(result.speedUp === undefined ? '' : `${result.speedUp.toFixed(1)}×`, 8)}  ${growth}`,
    );
  }

  const target = rows.find((row) => row.articles === 200)!;
  console.log(
    `the runs at 200 articles in order (compare, × floor, × faster than the naive baseline): ${target.runs.map((run) => `${fmt(run.compareMs)} ${(run.compareMs / run.floorMs).toFixed(1)} ${(run.naiveMs! / run.compareMs).toFixed(1)}×`).join(', ')}; before them, the process's first comparison (the warm-up, 200 other bodies): ${fmt(target.firstMs)}`,
  );

  const growth = runScript<GrowthResult>(['--growth', dir]).result;
  const marked = (ms: number, full: boolean) => `${fmt(ms)}${full ? '*' : ''}`;
  const withoutFull = growth.fullCollections.filter(([small, large]) => !small && !large).length;
  console.log(
    `growth 200 → 400 articles in one process, the two sizes alternating (${growth.times.map(([a, b], k) => `${marked(a, growth.fullCollections[k]![0])} → ${marked(b, growth.fullCollections[k]![1])}`).join(', ')}; * a full collection began during the run): ${growth.byArticles.toFixed(2)} by articles / ${growth.byStatements.toFixed(2)} by statements` +
      (growth.byArticlesWithoutFull === null ? '' : `; over the ${withoutFull} pairs without one, ${growth.byArticlesWithoutFull.toFixed(2)} by articles`),
  );

  console.log('\nreading alone (cleaning, splitting, extraction, entities across articles), and alignment alone on statements already read');
  console.log('(crossfact: profiles, idf, candidates, filter, relations, facts, topics; naive: tf-idf and every pair)');
  for (const row of rows.filter((r) => r.alignMs !== undefined)) {
    console.log(
      `${pad(row.articles, 8)} articles: reading ${pad(fmt(row.readMs!), 7)} (the naive baseline takes ${(row.naiveMs! / row.readMs!).toFixed(1)}× that); alignment: crossfact ${pad(fmt(row.alignMs!), 7)}, naive ${pad(fmt(row.naivePairsMs!), 7)}, ${(row.naivePairsMs! / row.alignMs!).toFixed(1)}× faster`,
    );
  }

  console.log('\nnatural clusters (the bodies of one claim)');
  for (let rank = 0; rank < NATURAL_CLUSTERS; rank++) {
    const result = runChild({ dir, kind: 'claim', size: rank, runs: 5, naive: true });
    console.log(
      `  "${corpus.claims[rank]!.claim.slice(0, 60)}": ${result.articles} articles, ${result.statements} statements, compare ${fmt(result.compareMs)} (${result.overFloor.toFixed(1)}× floor), naive ${fmt(result.naiveMs!)}`,
    );
  }

  const copies = runScript<CopiesResult>(['--copies']).result;
  console.log('\none story republished word for word (the three sample articles, each carried by a third of the outlets)');
  for (const size of copies.sizes) {
    console.log(
      `${pad(size.outlets, 6)} outlets: ${pad(size.statements, 5)} statements, compare ${pad(fmt(size.ms), 7)}, ${pad(size.alignments, 6)} alignments in ${size.facts} facts, ${pad(size.quoteComparisons, 4)} quote comparisons, report ${size.reportMb.toFixed(1)} MB`,
    );
  }
  console.log(`  growth ${copies.sizes.at(-2)!.outlets} → ${copies.sizes.at(-1)!.outlets} outlets, the two alternating (${copies.times.map(([a, b]) => `${fmt(a)} → ${fmt(b)}`).join(', ')}): ${copies.growth.toFixed(2)}`);

  // The seeds, in this process, once loaded.
  const seeds = seedArticles();
  compareArticles(seeds);
  const seedMs = timeRuns(20, () => {
    forgetReadArticles();
    compareArticles(seeds);
  });
  console.log(`\nthe three seed articles: ${fmt(seedMs)} (median of 20 runs once loaded)`);
  const ours = compareArticles(seeds).alignments.map((a) => ({ a: a.statementIds[0], b: a.statementIds[1] }));
  const quality = (label: string, q: Quality) =>
    console.log(`  ${label.padEnd(34)} ${pad(q.pairs, 3)} pairs, ${pad(q.correct, 2)} of ${SEED_PAIRS.length} labelled ones: precision ${q.precision.toFixed(2)}, recall ${q.recall.toFixed(2)}, F1 ${q.f1.toFixed(2)}`);
  console.log(`alignment on the seeds against ${SEED_PAIRS.length} hand-labelled same-fact pairs:`);
  quality('crossfact', seedQuality(seeds, ours));
  quality(`naive tf-idf, cosine ≥ ${NAIVE_THRESHOLD} (as timed)`, seedQuality(seeds, naiveAlign(seeds, NAIVE_THRESHOLD)));
  let best = { threshold: 0, q: seedQuality(seeds, naiveAlign(seeds, 0.05)) };
  for (let t = 0.1; t < 0.95; t += 0.05) {
    const q = seedQuality(seeds, naiveAlign(seeds, t));
    if (q.f1 > best.q.f1) best = { threshold: t, q };
  }
  quality(`naive tf-idf, its best: cosine ≥ ${best.threshold.toFixed(2)}`, best.q);

  // compareMany on two threads against a sequential loop, from the built package. The path is
  // computed so that type-checking does not need a build.
  const built = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');
  const clusters = corpus.claims.slice(0, MANY_CLUSTERS).map((_, rank) => ({ id: `claim-${rank}`, articles: claimCluster(corpus, rank) }));
  const articleCount = clusters.reduce((n, c) => n + c.articles.length, 0);
  // Warm, as this thread's loop would be after its first cluster; the worker threads start cold.
  built.compareArticles(claimCluster(corpus, 0), NO_LIMITS);
  let started = performance.now();
  const cpuBefore = process.cpuUsage();
  // Both keep the library's cache of recently read articles, as a user's loop and pool would.
  for (const cluster of clusters) built.compareArticles(cluster.articles, NO_LIMITS);
  const sequentialMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const coresUsed = (cpu.user + cpu.system) / 1000 / sequentialMs;
  started = performance.now();
  let finished = 0;
  let firstMs = 0;
  for await (const result of built.compareMany(clusters, { concurrency: 2, compare: NO_LIMITS })) {
    if (result.ok) finished++;
    firstMs ||= performance.now() - started;
  }
  const manyMs = performance.now() - started;
  // Once both threads have loaded the library: what a long-running job sees.
  const steadyRate = (finished - 1) / ((manyMs - firstMs) / 1000);
  console.log(`\ncompareMany: the ${clusters.length} largest natural clusters (${articleCount} articles), from the built package`);
  console.log(`  sequential compareArticles loop  ${pad(fmt(sequentialMs), 7)}  ${(clusters.length / (sequentialMs / 1000)).toFixed(1)} clusters/s (this thread, warm; it kept ${coresUsed.toFixed(2)} cores busy: V8 compiles and collects garbage on helper threads)`);
  console.log(`  compareMany, 2 worker threads    ${pad(fmt(manyMs), 7)}  ${(finished / (manyMs / 1000)).toFixed(1)} clusters/s, ${(sequentialMs / manyMs).toFixed(2)}× the loop (first result after ${fmt(firstMs)}: each thread loads the library and its word lists)`);
  console.log(`    after the first result            ${(steadyRate).toFixed(1)} clusters/s, ${(steadyRate / (clusters.length / (sequentialMs / 1000))).toFixed(2)}× the loop`);

  const halvesMs = await halvesAtOnce(dir);
  console.log(`  two processes at once, each a sequential loop over half the clusters: ${fmt(halvesMs)}, ${(sequentialMs / halvesMs).toFixed(2)}× the loop (the most two comparisons at a time gain on this machine)`);

  const at = (articles: number) => rows.find((r) => r.articles === articles)!;
  console.log('\ntargets');
  const check = (ok: boolean, text: string) => console.log(`  ${ok ? 'met  ' : 'MISSED'} ${text}`);
  check(growth.byArticles <= 1.2, `growth exponent 200 → 400 articles ≤ 1.2 (sizes alternating in one process): ${growth.byArticles.toFixed(2)}`);
  check(at(200).overFloor <= 10, `compare ≤ 10× the floor at 200 articles: ${at(200).overFloor.toFixed(1)}×`);
  check(at(200).speedUp! >= 10, `≥ 10× faster than the naive baseline at 200 articles: ${at(200).speedUp!.toFixed(1)}×`);
  check(at(400).maxRssMb < 1024, `peak RSS under 1 GB at 400 articles: ${Math.round(at(400).maxRssMb)} MB`);
  check(seedMs < 100, `the seeds in under 100 ms: ${fmt(seedMs)}`);
}

if (process.argv[2] === '--child') child(JSON.parse(process.argv[3]!) as ChildSpec);
else if (process.argv[2] === '--growth') await growthChild(process.argv[3]!, [200, 400], 6);
else if (process.argv[2] === '--copies') copiesChild([100, 200, 400], 3);
else if (process.argv[2] === '--half') await halfLoopChild(process.argv[3]!, Number(process.argv[4]), Number(process.argv[5]));
else await main();
