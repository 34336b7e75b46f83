import { extractArticle, type ExtractedArticle } from './extract/index.js';
import { ingestArticle, normalizeArticle } from './ingest/index.js';
import type { Sentence } from './segment/index.js';
import { segmentArticle } from './segment/index.js';
import type { ArticleInput } from './types.js';

/** One article through ingest → segment → extract. */
export function readArticle(input: ArticleInput): ExtractedArticle {
  const ingested = ingestArticle(normalizeArticle(input));
  return extractArticle(ingested, segmentArticle(ingested));
}

/**
 * A short text read as one statement however many sentences it has (a claim, one side of
 * `relateStatements`), through the same ingest and extraction. Its id is `<id>#0`.
 */
export function readStatement(id: string, text: string, publishedAt?: string | Date): ExtractedArticle {
  const ingested = ingestArticle(normalizeArticle({ id, text, ...(publishedAt ? { publishedAt } : {}) }));
  const whole: Sentence = { id: `${id}#0`, articleId: id, index: 0, kind: 'body', paragraph: 0, text: ingested.clean, cleanStart: 0, cleanEnd: ingested.clean.length, start: 0, end: text.length };
  return extractArticle(ingested, ingested.clean.trim() ? [whole] : []);
}
