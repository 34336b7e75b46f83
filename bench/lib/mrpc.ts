import { readFileSync } from 'node:fs';

export interface ParaphrasePair {
  label: 0 | 1;
  a: string;
  b: string;
}

/**
 * Undoes MRPC's tokenisation so that the library sees news text as it is published:
 * `didn 't` → `didn't`, `Dominick 's` → `Dominick's`, ` , ` → `, `, `$ 2.5` → `$2.5`,
 * `<QUOTE> … <QUOTE>` → `“…”`.
 */
export function detokenize(text: string): string {
  let quoteOpen = false;
  return text
    .replace(/<QUOTE>/g, () => ((quoteOpen = !quoteOpen) ? '“' : '”'))
    .replace(/“\s+/g, '“')
    .replace(/\s+”/g, '”')
    .replace(/(\w) '(s|re|ve|ll|d|m|t)\b/gi, "$1'$2")
    .replace(/\bn 't\b/g, "n't")
    .replace(/\s+([,.;:!?%)\]}])/g, '$1')
    .replace(/([(\[{$])\s+/g, '$1')
    .replace(/\s+'\s*$/g, "'")
    .replace(/\s{2,}/g, ' ')
    .trim();
}

export function readMrpc(path: string): ParaphrasePair[] {
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const pairs: ParaphrasePair[] = [];
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const [quality, , , a, b] = line.split('\t');
    if (a === undefined || b === undefined) continue;
    pairs.push({ label: quality === '1' ? 1 : 0, a: detokenize(a), b: detokenize(b) });
  }
  return pairs;
}

/** A seeded random generator (mulberry32), so that folds are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold index per item: a seeded shuffle cut into `k` folds, stratified by label. */
export function foldsOf(labels: readonly number[], k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const folds = new Array<number>(labels.length).fill(0);
  for (const label of [0, 1]) {
    const indices = labels.map((l, i) => (l === label ? i : -1)).filter((i) => i >= 0);
    for (let i = indices.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [indices[i], indices[j]] = [indices[j]!, indices[i]!];
    }
    indices.forEach((index, position) => (folds[index] = position % k));
  }
  return folds;
}
