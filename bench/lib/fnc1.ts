import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { seededRandom } from './mrpc.js';

export type FncStance = 'agree' | 'disagree' | 'discuss' | 'unrelated';
export const FNC_STANCES: readonly FncStance[] = ['agree', 'disagree', 'discuss', 'unrelated'];

export interface FncPair {
  headline: string;
  bodyId: string;
  body: string;
  stance: FncStance;
}

/** Reads `<split>_stances.csv` with `<split>_bodies.csv` from an FNC-1 directory. */
export function readFnc(dir: string, split: 'train' | 'dev'): FncPair[] {
  const records = (file: string) => parse(readFileSync(join(dir, file), 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const bodies = new Map(records(`${split}_bodies.csv`).map((row) => [row['Body ID']!, row['articleBody']!]));
  return records(`${split}_stances.csv`).map((row) => ({
    headline: row['Headline']!,
    bodyId: row['Body ID']!,
    body: bodies.get(row['Body ID']!) ?? '',
    stance: row['Stance'] as FncStance,
  }));
}

/**
 * Fold index per pair, `k` folds cut by story: headlines joined through the bodies they are
 * related to stay in one fold, so no headline, and no body of its story, is in two folds (cut by
 * headline alone, a story's other headlines and its bodies would be on both sides).
 */
export function storyFolds(pairs: readonly FncPair[], k: number, seed: number): number[] {
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    let node = key;
    while (parent.has(node) && parent.get(node) !== node) node = parent.get(node)!;
    return node;
  };
  for (const pair of pairs) {
    const [headline, body] = [root(`h:${pair.headline}`), root(`b:${pair.bodyId}`)];
    parent.set(headline, headline);
    parent.set(body, body);
    if (pair.stance !== 'unrelated' && headline !== body) parent.set(headline, body);
  }
  const stories = [...new Set(pairs.map((pair) => root(`h:${pair.headline}`)))].sort();
  const random = seededRandom(seed);
  for (let i = stories.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [stories[i], stories[j]] = [stories[j]!, stories[i]!];
  }
  const foldOf = new Map(stories.map((story, i) => [story, i % k]));
  return pairs.map((pair) => foldOf.get(root(`h:${pair.headline}`))!);
}

export interface FncScores {
  /** Rows gold, columns predicted, both in `FNC_STANCES` order. */
  confusion: number[][];
  precision: number[];
  recall: number[];
  f1: number[];
  macroF1: number;
  /** The official FNC-1 score and the best one possible. */
  score: number;
  best: number;
}

/** Per-class figures, macro-F1 and the official score: 0.25 for related/unrelated right, +0.75 for the exact related stance. */
export function scoreFnc(gold: readonly FncStance[], predicted: readonly FncStance[]): FncScores {
  const confusion = FNC_STANCES.map(() => FNC_STANCES.map(() => 0));
  gold.forEach((stance, i) => confusion[FNC_STANCES.indexOf(stance)]![FNC_STANCES.indexOf(predicted[i]!)]!++);
  const precision: number[] = [];
  const recall: number[] = [];
  const f1: number[] = [];
  FNC_STANCES.forEach((_, c) => {
    const tp = confusion[c]![c]!;
    const goldCount = confusion[c]!.reduce((s, v) => s + v, 0);
    const said = confusion.reduce((s, row) => s + row[c]!, 0);
    precision.push(said ? tp / said : 0);
    recall.push(goldCount ? tp / goldCount : 0);
    f1.push(tp ? (2 * tp) / (goldCount + said) : 0);
  });
  let score = 0;
  let best = 0;
  gold.forEach((stance, i) => {
    const related = stance !== 'unrelated';
    best += related ? 1 : 0.25;
    if (related === (predicted[i] !== 'unrelated')) score += 0.25;
    if (related && predicted[i] === stance) score += 0.75;
  });
  return { confusion, precision, recall, f1, macroF1: f1.reduce((s, v) => s + v, 0) / f1.length, score, best };
}

/** The per-class table, macro-F1 with the FNC score, and the confusion matrix. */
export function formatScores(scores: FncScores): { table: string; summary: string; confusion: string } {
  const gold = (c: number) => scores.confusion[c]!.reduce((s, v) => s + v, 0);
  const said = (c: number) => scores.confusion.reduce((s, row) => s + row[c]!, 0);
  return {
    table: [
      'class        precision  recall    F1   (gold / predicted)',
      ...FNC_STANCES.map((stance, c) => `${stance.padEnd(12)} ${scores.precision[c]!.toFixed(3).padStart(9)} ${scores.recall[c]!.toFixed(3).padStart(7)} ${scores.f1[c]!.toFixed(3).padStart(6)}   (${gold(c)} / ${said(c)})`),
    ].join('\n'),
    summary: `macro-F1 ${scores.macroF1.toFixed(3)}   FNC score ${((100 * scores.score) / scores.best).toFixed(1)}% (${scores.score.toFixed(2)} of ${scores.best.toFixed(2)})`,
    confusion: [
      'confusion matrix (rows: gold, columns: predicted)',
      `${''.padEnd(12)}${FNC_STANCES.map((s) => s.padStart(10)).join('')}`,
      ...FNC_STANCES.map((stance, c) => `${stance.padEnd(12)}${scores.confusion[c]!.map((v) => String(v).padStart(10)).join('')}`),
    ].join('\n'),
  };
}
