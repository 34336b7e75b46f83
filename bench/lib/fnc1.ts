import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

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
