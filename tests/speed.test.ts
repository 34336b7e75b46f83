import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import { describe, expect, it } from 'vitest';
import { candidatePairs, MAX_PARTNERS, MAX_WALKED, pairsOfKeys } from '../src/align/candidates.js';
import { averageLinkage, edgesOf } from '../src/align/cluster.js';
import { cheapFeatures, FEATURE_INDEX, FEATURE_NAMES } from '../src/align/features.js';
import { couldAlign } from '../src/align/filter.js';
import { DEFAULT_MODEL } from '../src/align/model.js';
import { corpusIdf, cosine, profileStatement, weightedVector, type Idf, type StatementProfile } from '../src/align/profile.js';
import { pairRelation, relateProfiles, scoreFeatureValues, scoreFeatures } from '../src/align/relate.js';
import { overlapSorted, PairSpace } from '../src/align/space.js';
import { resolveEntities } from '../src/extract/resolve.js';
import { countWords, ENGLISH_FUNCTION_WORDS } from '../src/ingest/language.js';
import { forgetReadArticles, readArticle, readArticles } from '../src/read.js';
import { compareArticles } from '../src/index.js';
import { describeTopic } from '../src/report/topics.js';
import { tokenize } from '../src/text/tokens.js';
import type { ArticleInput, Entity, Statement } from '../src/types.js';
import { detokenize } from '../bench/lib/mrpc.js';
import { seedArticles, SEEDS_DIR } from './support/seeds.js';

// The pieces that make comparison near-linear, each checked against the slow, obvious version
// it replaced: the same results, only sooner.


function profilesOf(articles: readonly ArticleInput[]): StatementProfile[] {
  const ordered = [...articles].sort((a, b) => (a.id < b.id ? -1 : 1));
  return resolveEntities(ordered.map((a) => readArticle(a))).statements.flat().map(profileStatement);
}

let seed = 20261121;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

/** Average linkage as it was: scan every edge for the best pair at each merge. */
function averageLinkageByScan(size: number, edges: ReadonlyArray<{ a: number; b: number; weight: number }>, threshold: number): number[][] {
  const members = new Map<number, number[]>();
  for (let i = 0; i < size; i++) members.set(i, [i]);
  const links = new Map<number, Map<number, number>>();
  const link = (x: number) => links.get(x) ?? links.set(x, new Map()).get(x)!;
  for (const { a, b, weight } of edges) {
    if (a === b) continue;
    link(a).set(b, (link(a).get(b) ?? 0) + weight);
    link(b).set(a, (link(b).get(a) ?? 0) + weight);
  }
  for (;;) {
    let best: { x: number; y: number; score: number } | null = null;
    for (const [x, neighbours] of links) {
      for (const [y, sum] of neighbours) {
        if (y <= x) continue;
        const score = sum / (members.get(x)!.length * members.get(y)!.length);
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
      link(x).set(z, (link(x).get(z) ?? 0) + sum);
      link(z).set(x, (link(z).get(x) ?? 0) + sum);
      links.get(z)!.delete(y);
    }
    links.get(x)?.delete(y);
  }
  return [...members.values()].map((m) => m.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

/** Candidate pairs as they were: every pair of a term's statements, weights summed in a map. */
function candidatesByAllPairs(profiles: readonly StatementProfile[], idf: Idf, minSharedWeight: number, maxDocumentShare = 0.35): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  profiles.forEach((profile, index) => {
    for (const term of profile.terms.keys()) postings.set(term, [...(postings.get(term) ?? []), index]);
  });
  const limit = Math.max(8, Math.ceil(profiles.length * maxDocumentShare));
  const shared = new Map<number, number>();
  const n = profiles.length;
  for (const [term, list] of postings) {
    if (list.length < 2 || list.length > limit) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (profiles[a]!.statement.articleId === profiles[b]!.statement.articleId) continue;
        shared.set(a * n + b, (shared.get(a * n + b) ?? 0) + idf(term));
      }
    }
  }
  return [...shared].filter(([, weight]) => weight >= minSharedWeight).map(([key]) => [Math.floor(key / n), key % n] as [number, number]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

describe('average linkage from a lazy heap', () => {
  it('merges exactly as scanning every edge did, ties included', () => {
    for (let trial = 0; trial < 400; trial++) {
      const size = 1 + Math.floor(random() * (trial < 300 ? 30 : 200));
      const edges = Array.from({ length: Math.floor(random() * size * 3) }, () => ({
        a: Math.floor(random() * size),
        b: Math.floor(random() * size),
        // Quantised weights make ties common.
        weight: Math.round(random() * 8) / 8,
      }));
      const threshold = [0.06, 0.2, 0.3, 0.5][trial % 4]!;
      const edgeList = edgesOf({ a: Int32Array.from(edges, (edge) => edge.a), b: Int32Array.from(edges, (edge) => edge.b) }, Float64Array.from(edges, (edge) => edge.weight));
      expect(averageLinkage(size, edgeList, threshold)).toEqual(averageLinkageByScan(size, edges, threshold));
    }
  });
});

/** A topic's label as it was made: every name and every shared word sorted, the first three of each. */
function labelBySorting(statements: readonly Statement[], entities: ReadonlyMap<string, Entity>): string {
  const mentionedIn = new Map<string, Map<string, Set<string>>>();
  for (const statement of statements) {
    for (const mention of statement.entities) {
      const byArticle = mentionedIn.get(mention.entityId) ?? new Map<string, Set<string>>();
      byArticle.set(statement.articleId, (byArticle.get(statement.articleId) ?? new Set()).add(statement.id));
      mentionedIn.set(mention.entityId, byArticle);
    }
  }
  const names = [...mentionedIn]
    .map(([id, byArticle]) => ({ name: entities.get(id)?.name ?? id, weight: byArticle.size * 10 + [...byArticle.values()].reduce((n, ids) => n + ids.size, 0) }))
    .sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : 1))
    .slice(0, 3)
    .map((n) => n.name);
  // Per stem, how many statements have it and the first form it came in.
  const counts = new Map<string, number>();
  const surfaces = new Map<string, string>();
  for (const statement of statements) {
    const kept = tokenize(statement.text).filter((t) => !t.stop && !t.capitalized && !t.numeric && t.norm.length >= 4);
    for (const stem of new Set(kept.map((t) => t.stem))) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    for (const t of kept) if (!surfaces.has(t.stem)) surfaces.set(t.stem, t.norm);
  }
  const common = [...counts]
    .map(([stem, count]) => ({ surface: surfaces.get(stem)!, count }))
    .filter((w) => w.count > 1 || statements.length === 1)
    .sort((a, b) => b.count - a.count || (a.surface < b.surface ? -1 : 1))
    .slice(0, 3)
    .map((w) => w.surface);
  return [...names, ...common].join(', ') || 'miscellaneous';
}

describe('topic labels', () => {
  it('name the best three names and shared words, as sorting every one did, ties included', () => {
    const report = compareArticles(seedArticles);
    const entities = new Map(report.entities.map((e) => [e.id, e]));
    const order = seedArticles.map((a) => a.id);
    const labels = new Set<string>();
    for (let trial = 0; trial < 400; trial++) {
      const size = 1 + Math.floor(random() * (trial < 200 ? 4 : 40));
      const statements = Array.from({ length: size }, () => report.statements[Math.floor(random() * report.statements.length)]!);
      const label = describeTopic('t1', [], statements, entities, order).label;
      expect(label).toBe(labelBySorting(statements, entities));
      labels.add(label);
    }
    // Topics with names, with words, with both and with neither were among them.
    expect(labels.size).toBeGreaterThan(100);
    expect(labels.has('miscellaneous')).toBe(true);
  });
});

describe('corpus idf by document frequency', () => {
  it("is natural's TfIdf.idf to the bit, counted in one pass", () => {
    const profiles = profilesOf(seedArticles);
    const tfidf = new TfIdf();
    for (const profile of profiles) tfidf.addDocument(Object.fromEntries(profile.terms));
    const trust = profiles.length / (profiles.length + 50);
    const idf = corpusIdf(profiles);
    const terms = [...new Set(profiles.flatMap((p) => [...p.terms.keys()]))];
    expect(terms.length).toBeGreaterThan(300);
    for (const term of [...terms, 'absent-term', 'constructor', '__proto__']) {
      const natural = trust * Math.max(tfidf.idf(term), 0.1) * 1.6 + (1 - trust) * corpusIdf([])(term);
      expect(idf(term)).toBe(natural);
    }
  });
});

describe('candidate pairs from the index', () => {
  it('are every pair sharing enough rare terms while no statement has more partners than the cap', () => {
    const profiles = profilesOf(seedArticles);
    const idf = corpusIdf(profiles);
    expect(candidatePairs(profiles, idf, { maxDocumentShare: 0.35, minSharedWeight: 4, maxPartners: Infinity })).toEqual(candidatesByAllPairs(profiles, idf, 4));
    // The seeds are small enough for the cap never to bite.
    expect(candidatePairs(profiles, idf, { maxDocumentShare: 0.35, minSharedWeight: 4 })).toEqual(candidatesByAllPairs(profiles, idf, 4));
  });

  it('with a minimum cosine, keep every pair at or above it, also when common terms are left out of the index', () => {
    const profiles = profilesOf(seedArticles);
    const idf = corpusIdf(profiles);
    const vectors = profiles.map((p) => weightedVector(p, idf));
    const atLeast = (pairs: Array<[number, number]>, minimum: number) => pairs.filter(([a, b]) => cosine(vectors[a]!, vectors[b]!) >= minimum);
    // With every term indexed the cosine is exact, and the pairs are exactly those at or above the minimum.
    const all = candidatesByAllPairs(profiles, idf, 4, 1);
    const screened = candidatePairs(profiles, idf, { maxDocumentShare: 1, minSharedWeight: 4, minCosine: 0.1, maxPartners: Infinity });
    expect(screened).toEqual(atLeast(all, 0.1));
    expect(screened.length).toBeLessThan(all.length);
    // The seeds' main actors are in more than a third of the statements and are not indexed;
    // their share of the cosine is bounded, so a pair at or above the minimum is still kept.
    const unscreened = candidatePairs(profiles, idf, { maxDocumentShare: 0.35, minSharedWeight: 4, maxPartners: Infinity });
    const bounded = candidatePairs(profiles, idf, { maxDocumentShare: 0.35, minSharedWeight: 4, minCosine: 0.1, maxPartners: Infinity });
    const keys = new Set(bounded.map(([a, b]) => `${a}|${b}`));
    expect(atLeast(unscreened, 0.1).every(([a, b]) => keys.has(`${a}|${b}`))).toBe(true);
    expect(bounded.length).toBeLessThan(unscreened.length);
  });

  it('pair only the statements a query marks pairable, and lose no other pair for them', () => {
    const profiles = profilesOf(seedArticles);
    const idf = corpusIdf(profiles);
    const pairable = Uint8Array.from(profiles, (_, i) => Number(i % 3 !== 0));
    const all = candidatePairs(profiles, idf, { maxDocumentShare: 0.35, minSharedWeight: 4 });
    const some = candidatePairs(profiles, idf, { maxDocumentShare: 0.35, minSharedWeight: 4, pairable });
    expect(some.length).toBeGreaterThan(0);
    expect(some).toEqual(all.filter(([a, b]) => pairable[a] && pairable[b]));
  });

  it('add the terms too common to walk to the partners the rarer terms found', () => {
    // 700 statements share "harbour", "council" and "budget" (each in more than MAX_WALKED of
    // them) and two rarer words each.
    const letters = (k: number) => String.fromCharCode(97 + (k % 26)) + String.fromCharCode(97 + Math.floor(k / 26));
    const articles = Array.from({ length: 700 }, (_, i) => ({ id: `a${String(i).padStart(3, '0')}`, text: `Harbour council approved the budget for zor${letters(i % 50)} and quil${letters(i % 70)}.` }));
    const profiles = profilesOf(articles);
    const idf = corpusIdf(profiles);
    const documentFrequency = new Map<string, number>();
    for (const p of profiles) for (const term of p.terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    expect(Math.max(...documentFrequency.values())).toBeGreaterThan(MAX_WALKED);
    // Expected: pairs that share a term walked (in 2 to MAX_WALKED statements), with the idf of
    // every term they share summed.
    const expected: Array<[number, number]> = [];
    for (let a = 0; a < profiles.length; a++) {
      for (let b = a + 1; b < profiles.length; b++) {
        let walked = false;
        let weight = 0;
        for (const term of profiles[a]!.terms.keys()) {
          if (!profiles[b]!.terms.has(term)) continue;
          weight += idf(term);
          if (documentFrequency.get(term)! <= MAX_WALKED) walked = true;
        }
        if (walked && weight >= 8) expected.push([a, b]);
      }
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(candidatePairs(profiles, idf, { maxDocumentShare: 1, minSharedWeight: 8, maxPartners: Infinity })).toEqual(expected);
  });

  it('keep at most the best MAX_PARTNERS of each statement, so pairs grow linearly', () => {
    // Thirty outlets telling one story in the same words: every statement shares its terms with
    // every statement of the other articles.
    const sentences = ['The council approved the harbour budget on Tuesday.', 'Ferry fares will rise by ten percent in June.', 'The mayor said the pier repairs start next spring.'];
    const articles = Array.from({ length: 60 }, (_, i) => ({ id: `outlet-${String(i).padStart(2, '0')}`, text: sentences.map((s) => s.replace('The', i % 2 ? 'The' : 'Local')).join(' ') }));
    const profiles = profilesOf(articles);
    const idf = corpusIdf(profiles);
    const all = candidatesByAllPairs(profiles, idf, 1);
    const capped = candidatePairs(profiles, idf, { maxDocumentShare: 1, minSharedWeight: 1 });
    expect(all.length).toBeGreaterThan(profiles.length * MAX_PARTNERS);
    expect(capped.length).toBeLessThanOrEqual(profiles.length * MAX_PARTNERS);
    const partners = new Map<number, number>();
    for (const [a, b] of capped) for (const s of [a, b]) partners.set(s, (partners.get(s) ?? 0) + 1);
    // Each statement keeps its best; it may also be kept by others.
    expect(Math.min(...partners.values())).toBeGreaterThanOrEqual(MAX_PARTNERS);
    const keys = new Set(all.map(([a, b]) => `${a}|${b}`));
    expect(capped.every(([a, b]) => keys.has(`${a}|${b}`))).toBe(true);
  });

  it('keep exactly the best partners of each statement by cosine, the lower index first on a tie', () => {
    // The seeds, with a paragraph repeated in two more articles: identical statements tie.
    const repeated = 'North Korea’s mission to the United Nations in New York has long served as a channel between the two governments.';
    const articles = [...seedArticles, { id: 'copy-a', text: repeated }, { id: 'copy-b', text: repeated }];
    const profiles = profilesOf(articles);
    const idf = corpusIdf(profiles);
    const vectors = profiles.map((p) => weightedVector(p, idf));
    for (const maxPartners of [1, 3, 8]) {
      // The obvious way: every pair sharing enough weight, each statement's partners sorted.
      const byStatement = new Map<number, Array<{ partner: number; score: number }>>();
      for (const [a, b] of candidatesByAllPairs(profiles, idf, 2, 1)) {
        const score = cosine(vectors[a]!, vectors[b]!);
        for (const [owner, partner] of [[a, b], [b, a]] as const) byStatement.set(owner, [...(byStatement.get(owner) ?? []), { partner, score }]);
      }
      const expected = new Set<string>();
      for (const [owner, partners] of byStatement) {
        partners.sort((x, y) => y.score - x.score || x.partner - y.partner);
        for (const { partner } of partners.slice(0, maxPartners)) expected.add(owner < partner ? `${owner}|${partner}` : `${partner}|${owner}`);
      }
      const kept = candidatePairs(profiles, idf, { maxDocumentShare: 1, minSharedWeight: 2, maxPartners }).map(([a, b]) => `${a}|${b}`);
      expect(kept.length).toBeGreaterThan(0);
      expect(new Set(kept)).toEqual(expected);
    }
  });

  it('come as each pair once, by lower then higher index, whatever the order and repeats of their keys', () => {
    // A statement many others keep (index 3, more than a few dozen pairs) and scattered repeats.
    const count = 200;
    const keys: number[] = [];
    for (let y = 4; y < count; y++) keys.push(3 * count + y, 3 * count + y);
    for (let i = 0; i < 500; i++) {
      const x = (i * 37) % (count - 1);
      keys.push(x * count + x + 1 + ((i * 11) % (count - x - 1)));
    }
    keys.reverse();
    const expected = [...new Set(keys)].sort((p, q) => p - q);
    const pairs = pairsOfKeys(keys, count);
    expect(Array.from(pairs.a, (a, i) => a * count + pairs.b[i]!)).toEqual(expected);
    expect(pairsOfKeys([], count)).toEqual({ a: new Int32Array(0), b: new Int32Array(0) });
  });
});

describe('the bound filter', () => {
  it('never drops a pair the full relation would align, nor spares features that change a kept relation (seeds, every cross-article pair; MRPC sentences)', () => {
    const check = (profiles: readonly StatementProfile[], pairs: Array<[number, number]>) => {
      const idf = corpusIdf(profiles);
      const space = new PairSpace(idf);
      const cheap = new Float64Array(FEATURE_NAMES.length);
      let aligned = 0;
      let dropped = 0;
      let spared = 0;
      for (const [a, b] of pairs) {
        const relation = relateProfiles(profiles[a]!, profiles[b]!, idf).relation;
        cheapFeatures(profiles[a]!, profiles[b]!, space, cheap);
        const kept = couldAlign(space.encode(profiles[a]!), space.encode(profiles[b]!), cheap, DEFAULT_MODEL);
        if (relation !== 'related' && relation !== 'unrelated') {
          aligned++;
          expect(kept, `${profiles[a]!.statement.text} / ${profiles[b]!.statement.text}`).toBe(true);
        }
        if (!kept) dropped++;
        else {
          // What alignment then asks of the pair, sparing the spelling features where they change nothing.
          const exact = pairRelation(profiles[a]!, profiles[b]!, idf, DEFAULT_MODEL, { space, cheap: cheap.slice() });
          const quick = pairRelation(profiles[a]!, profiles[b]!, idf, DEFAULT_MODEL, { space, cheap: cheap.slice() }, true);
          expect(quick.relation).toBe(exact.relation);
          if (quick.relation !== 'related' && quick.relation !== 'unrelated') expect(quick.score).toBe(exact.score);
          if (Number.isNaN(quick.values[FEATURE_INDEX.characters]!)) spared++;
        }
      }
      return { aligned, dropped, spared };
    };
    const profiles = profilesOf(seedArticles);
    const cross: Array<[number, number]> = [];
    for (let a = 0; a < profiles.length; a++) for (let b = a + 1; b < profiles.length; b++) if (profiles[a]!.statement.articleId !== profiles[b]!.statement.articleId) cross.push([a, b]);
    const onSeeds = check(profiles, cross);
    expect(onSeeds.aligned).toBeGreaterThan(10);
    expect(onSeeds.dropped).toBeGreaterThan(cross.length * 0.8);
    expect(onSeeds.spared).toBeGreaterThan(0);

    // MRPC pairs: near paraphrases, where the bound is tightest.
    const lines = readFileSync(join(SEEDS_DIR, '..', 'datasets', 'mrpc', 'msr_paraphrase_train.txt'), 'utf8').split(/\r?\n/).slice(1, 401).filter(Boolean);
    const articles = lines.flatMap((line, i) => {
      const [, , , a, b] = line.split('\t');
      return [{ id: `p${i}a`, text: detokenize(a!) }, { id: `p${i}b`, text: detokenize(b!) }];
    });
    const mrpc = profilesOf(articles);
    const index = new Map(mrpc.map((p, i) => [p.statement.articleId, i]));
    const pairs = lines.flatMap((_, i) => (index.has(`p${i}a`) && index.has(`p${i}b`) ? [[index.get(`p${i}a`)!, index.get(`p${i}b`)!] as [number, number]] : []));
    const onMrpc = check(mrpc, pairs);
    expect(onMrpc.aligned).toBeGreaterThan(150);
    expect(onMrpc.spared).toBeGreaterThan(0);
  });
});

describe('scoring feature values by index', () => {
  it("gives each model's score of the named features to the bit, and relations keep every feature by name, rounded", () => {
    const profiles = profilesOf(seedArticles);
    let pairs = 0;
    for (let a = 0; a < profiles.length; a++) {
      for (let b = a + 1; b < profiles.length; b++) {
        if (profiles[a]!.statement.articleId === profiles[b]!.statement.articleId) continue;
        const { features } = relateProfiles(profiles[a]!, profiles[b]!, corpusIdf(profiles));
        expect(Object.keys(features)).toEqual([...FEATURE_NAMES]);
        for (const value of Object.values(features)) expect(Math.round(value * 1e4) / 1e4).toBe(value);
        const values = Float64Array.from(FEATURE_NAMES, (name) => features[name]!);
        for (const model of [DEFAULT_MODEL.paraphrase, DEFAULT_MODEL.sameFact, { bias: 0.5, weights: { cosine: 2, notAFeature: 3 }, means: { cosine: 0.1 }, scales: { cosine: 0 }, threshold: 0.5 }]) {
          expect(scoreFeatureValues(values, model)).toBe(scoreFeatures(features, model));
        }
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(1000);
  });
});

describe('character trigrams as numbers of the comparison space', () => {
  /** As they were: the distinct three-character strings of the text without its spaces. */
  const trigramStrings = (text: string) => {
    const squeezed = text.replace(/ /g, '');
    const grams = new Set<string>();
    for (let i = 2; i < squeezed.length; i++) grams.add(squeezed.slice(i - 2, i + 1));
    return grams;
  };

  it('number each distinct trigram once, ASCII or not, so that sizes and overlaps are those of the strings', () => {
    const space = new PairSpace(() => 1);
    // Letters and digits as normalised text has them: ASCII, accented Latin, Hangul, CJK, and a
    // trigram whose first unit only is beyond ASCII, or whose last only.
    const pieces = ['a', 'b', 'z', '0', '9', ' ', 'é', 'ß', 'ж', '한', '국', '中', 'ab', 'éa', 'aé', 'naïve', 'kim jong un'];
    const texts: string[] = [];
    for (let k = 0; k < 400; k++) {
      let text = '';
      const length = Math.floor(random() * 12);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      texts.push(text.replace(/ +/g, ' ').trim());
    }
    const numbers = texts.map((text) => space.trigramIds(text));
    const strings = texts.map(trigramStrings);
    for (let a = 0; a < texts.length; a++) {
      expect(numbers[a]!.length, JSON.stringify(texts[a])).toBe(strings[a]!.size);
      for (let i = 1; i < numbers[a]!.length; i++) expect(numbers[a]![i]!).toBeGreaterThan(numbers[a]![i - 1]!);
      for (let b = a + 1; b < texts.length; b++) {
        const shared = [...strings[a]!].filter((gram) => strings[b]!.has(gram)).length;
        expect(overlapSorted(numbers[a]!, numbers[b]!), `${JSON.stringify(texts[a])} ${JSON.stringify(texts[b])}`).toBe(shared);
      }
    }
  });
});

describe("language detection's one pass over a paragraph", () => {
  /** As it was: three Unicode regular expressions over the text. */
  function countWordsByExpressions(text: string): ReturnType<typeof countWords> {
    const letters = [...text.matchAll(/\p{L}+/gu)].reduce((sum, m) => sum + m[0].length, 0);
    const latin = [...text.matchAll(/\p{Script=Latin}+/gu)].reduce((sum, m) => sum + m[0].length, 0);
    const found = [...text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’]*/gu)].map((m) => m[0].replace(/['’].*$/, ''));
    const english = found.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length;
    return { letters, latin, words: found.length, english };
  }

  it('counts letters, Latin letters, lower-case words and function words as the regular expressions do', () => {
    const pieces = ['a', 'b', 'the ', 'of ', ' ', "'", '’', 'É', 'é', 'ß', 'Ж', 'ж', '한', '中', '😀', '𝐀', '\uD800', '1', '٣', '.', 'D', 'ª', 'ǅ', 'ﬁ', 'ⅻ', "don't ", 'it’s ', 'les ', 'ñ', 'İ'];
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      expect(countWords(text), JSON.stringify(text)).toEqual(countWordsByExpressions(text));
    }
  });
});

describe('a comparison space that keeps only the senses two stems share', () => {
  it('gives every pair the same features as one keeping every WordNet sense', () => {
    const profiles = profilesOf(seedArticles);
    const idf = corpusIdf(profiles);
    const full = new PairSpace(idf);
    const shared = new PairSpace(idf);
    shared.keepSharedSenses(profiles);
    let synonymMatches = 0;
    for (let a = 0; a < profiles.length; a++) {
      for (let b = a + 1; b < profiles.length; b++) {
        // A profile keeps the encoding of the last space asked; the other space encodes it again.
        const expected = cheapFeatures(profiles[a]!, profiles[b]!, full);
        if (full.restA && full.restB && full.matchedBySense(full.encode(profiles[a]!), full.encode(profiles[b]!)) > 0) synonymMatches++;
        expect(cheapFeatures(profiles[a]!, profiles[b]!, shared)).toEqual(expected);
      }
    }
    // Pairs matched by a synonym were among them.
    expect(synonymMatches).toBeGreaterThan(0);
  });
});

describe('pair overlaps read against a first statement marked once', () => {
  it('give every pair, in any order, the features and surplus of a space that saw only that pair', () => {
    const profiles = profilesOf(seedArticles);
    const idf = corpusIdf(profiles);
    const space = new PairSpace(idf);
    space.keepSharedSenses(profiles);
    // Runs of one first statement, as alignment gives them, broken by pairs in random order and reversed.
    const pairs: Array<[number, number]> = [];
    for (let a = 0; a < profiles.length; a++) for (let b = a + 1; b < Math.min(profiles.length, a + 6); b++) pairs.push([a, b]);
    for (let k = 0; k < 300; k++) pairs.push([Math.floor(random() * profiles.length), Math.floor(random() * profiles.length)]);
    for (let k = 0; k < 100; k++) pairs.push([pairs[k]![1], pairs[k]![0]]);
    // The surplus by its definition: per character, how many more one side has.
    const counts = (text: string) => {
      const map = new Map<string, number>();
      for (const character of text) for (const unit of character.split('')) map.set(unit, (map.get(unit) ?? 0) + 1);
      return map;
    };
    const surplus = (x: string, y: string) => {
      const [cx, cy] = [counts(x), counts(y)];
      let [sx, sy] = [0, 0];
      for (const [unit, n] of cx) sx += Math.max(0, n - (cy.get(unit) ?? 0));
      for (const [unit, n] of cy) sy += Math.max(0, n - (cx.get(unit) ?? 0));
      return Math.max(sx, sy);
    };
    // Each pair alone first: a profile keeps the encoding of the last space asked, and the
    // comparison's space must then encode each once, as in a comparison.
    const expected = pairs.map(([a, b]) => {
      const alone = new PairSpace(idf);
      alone.keepSharedSenses(profiles);
      return Array.from(cheapFeatures(profiles[a]!, profiles[b]!, alone));
    });
    pairs.forEach(([a, b], k) => {
      expect(Array.from(cheapFeatures(profiles[a]!, profiles[b]!, space))).toEqual(expected[k]);
      expect(space.largerSurplus(space.encode(profiles[a]!), space.encode(profiles[b]!))).toBe(surplus(profiles[a]!.normalised, profiles[b]!.normalised));
    });
  });
});

describe('articles read together, each step over all of them', () => {
  // Maps (entity names and types) as their entries, so that the whole article compares.
  const serialise = (value: unknown) => JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? [...v] : v));
  const own: ArticleInput = {
    id: 'own',
    publishedAt: '2025-04-01T09:00:00Z',
    text: 'Officials in Geneva said on Tuesday that the talks would resume next month.\n\n“We are ready,” said Anna Keller, a spokeswoman for the delegation. Keller added that 3 delegations had arrived, although it was not clear whether Pyongyang would send one.\n\nSwiss diplomats declined to comment.',
  };

  // Only the first names Keller in full: the second alone cannot tell who Keller is.
  const other: ArticleInput = { id: 'other', text: 'Keller told reporters in Bern on Wednesday that the schedule had not changed.' };

  it('reads each article as it reads it alone, whatever is read with it', () => {
    const inputs = [...seedArticles, own, other];
    const alone = inputs.map((input) => {
      forgetReadArticles();
      return serialise(readArticle(input));
    });
    forgetReadArticles();
    expect(readArticles(inputs).map(serialise)).toEqual(alone);
    // In another order, the same articles.
    forgetReadArticles();
    expect(readArticles([...inputs].reverse()).map(serialise)).toEqual([...alone].reverse());
  });

  it('reads an article given twice once, and keeps it for the next call', () => {
    forgetReadArticles();
    const [first, again] = readArticles([seedArticles[0]!, seedArticles[0]!]);
    expect(again).toBe(first);
    expect(readArticle(seedArticles[0]!)).toBe(first);
    expect(readArticles([seedArticles[1]!, seedArticles[0]!])[1]).toBe(first);
  });
});
