// Compare the seed articles and print the Markdown report: `npm run example:seeds [dir]`.
// The seeds are read at run time from ../shared/seeds (beside the repository) or from the
// directory given as the first argument; their text is never copied into the project.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareArticles, renderMarkdown, type ArticleInput } from '../src/index.js';

interface ManifestEntry {
  id: string;
  file: string;
  outlet: string;
  publishedAt?: string;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.argv[2] ?? resolve(repoRoot, '../shared/seeds'));
const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];

const articles: ArticleInput[] = manifest.map((entry) => ({
  id: entry.id,
  source: entry.outlet,
  publishedAt: entry.publishedAt,
  text: readFileSync(resolve(dir, entry.file), 'utf8'),
}));

process.stdout.write(renderMarkdown(compareArticles(articles)));
