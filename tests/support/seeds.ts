import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '../../src/types.js';

// The three real articles are read from ../shared/seeds at run time; the project holds no copy.
export const SEEDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'seeds');

export const seedManifest = JSON.parse(readFileSync(join(SEEDS_DIR, 'manifest.json'), 'utf8')) as Array<{ id: string; file: string; outlet: string; publishedAt: string }>;

/** The seed articles with their outlet and publication date, in the manifest's order. */
export const seedArticles: ArticleInput[] = seedManifest.map((entry) => ({
  id: entry.id,
  source: entry.outlet,
  publishedAt: entry.publishedAt,
  text: readFileSync(join(SEEDS_DIR, entry.file), 'utf8'),
}));
