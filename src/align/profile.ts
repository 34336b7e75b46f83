import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import type { Statement } from '../types.js';
import { backgroundIdf } from '../text/lexicon.js';
import { tokenize } from '../text/tokens.js';

/**
 * What alignment compares: a statement's content stems plus typed keys for its entities
 * (`e:north-korea`), dates at every precision they state (`d:2019`, `d:2019-02`) and numbers
 * (`n:3`), so that one tf-idf space weighs words, names, dates and quantities together.
 */
export interface StatementProfile {
  statement: Statement;
  /** Content words, lower case, in order; `stems` are their stems. */
  words: string[];
  stems: string[];
  terms: Map<string, number>;
}

export function profileStatement(statement: Statement): StatementProfile {
  const content = tokenize(statement.text).filter((t) => !t.stop && t.norm.length > 1 && !t.numeric);
  const words = content.map((t) => t.norm);
  const stems = content.map((t) => t.stem);
  const terms = new Map<string, number>();
  const add = (term: string) => terms.set(term, (terms.get(term) ?? 0) + 1);
  for (const stem of stems) add(stem);
  for (const entity of new Set(statement.entities.map((e) => e.entityId))) add(`e:${entity}`);
  for (const date of statement.dates) for (const prefix of datePrefixes(date.value)) add(`d:${prefix}`);
  for (const number of statement.numbers) if (number.kind !== 'ordinal') add(`n:${number.value}`);
  return { statement, words, stems, terms };
}

export function datePrefixes(value: string): string[] {
  const parts = value.split('-');
  return parts.map((_, i) => parts.slice(0, i + 1).join('-'));
}

/** Inverse document frequency: from the compared articles when there are enough, else general English. */
export type Idf = (term: string) => number;

const KEY_IDF = 5;

export const backgroundIdfOf: Idf = (term) => (term.includes(':') ? KEY_IDF : Math.min(backgroundIdf(term), 10));

/** Corpus idf (natural's TfIdf over the statements' terms), smoothed towards general English while the corpus is small. */
export function corpusIdf(profiles: readonly StatementProfile[]): Idf {
  const tfidf = new TfIdf();
  for (const profile of profiles) tfidf.addDocument(Object.fromEntries(profile.terms));
  const trust = profiles.length / (profiles.length + 50);
  const cache = new Map<string, number>();
  return (term) => {
    let idf = cache.get(term);
    if (idf === undefined) {
      idf = trust * Math.max(tfidf.idf(term), 0.1) * 1.6 + (1 - trust) * backgroundIdfOf(term);
      cache.set(term, idf);
    }
    return idf;
  };
}

export function weightedVector(profile: StatementProfile, idf: Idf): Map<string, number> {
  const vector = new Map<string, number>();
  for (const [term, count] of profile.terms) vector.set(term, (1 + Math.log(count)) * idf(term));
  return vector;
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [term, weight] of a) {
    na += weight * weight;
    const other = b.get(term);
    if (other !== undefined) dot += weight * other;
  }
  for (const weight of b.values()) nb += weight * weight;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Share of `a`'s weight that `b` also carries. */
export function coverage(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [term, weight] of a) {
    total += weight;
    if (b.has(term)) shared += weight;
  }
  return total ? shared / total : 0;
}
