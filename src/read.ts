import { forgetQuotes } from './compare/quote-text.js';
import { extractArticle, extractArticles, forgetEntityIds, type ExtractedArticle } from './extract/index.js';
import { ingestArticle, normalizeArticle } from './ingest/index.js';
import { DEFAULT_LIMITS } from './limits.js';
import type { Sentence } from './segment/index.js';
import { segmentArticle } from './segment/index.js';
import { forgetTokens } from './text/tokens.js';
import type { ArticleInput } from './types.js';

// The last articles read, so that checking many claims against the same articles reads each
// once. Reading is a pure function of the input, and nobody mutates what it returns.
const recent = new Map<string, ExtractedArticle>();
const RECENT_LIMIT = 64;

/** Empties the caches of recently read articles, tokenised texts, entity ids and quotations (for benchmarks that time reading afresh). */
export function forgetReadArticles(): void {
  recent.clear();
  forgetTokens();
  forgetEntityIds();
  forgetQuotes();
}

/** One article through ingest → segment → extract; statements are cut at `maxStatementLength` characters. */
export function readArticle(input: ArticleInput, maxStatementLength: number = DEFAULT_LIMITS.maxStatementLength): ExtractedArticle {
  return readArticles([input], maxStatementLength)[0]!;
}

/**
 * Articles through ingest → segment → extract, each as `readArticle` reads it, the ones not read
 * recently together: each step over all of them before the next (see `extractArticles`).
 */
export function readArticles(inputs: readonly ArticleInput[], maxStatementLength: number = DEFAULT_LIMITS.maxStatementLength): ExtractedArticle[] {
  const keys = inputs.map((input) => {
    const published = input.publishedAt instanceof Date ? input.publishedAt.toISOString() : input.publishedAt ?? '';
    return [input.id, input.source ?? '', input.title ?? '', input.url ?? '', published, String(maxStatementLength), input.text].join('\u0000');
  });
  const found = keys.map((key) => recent.get(key));
  const unread = new Map<string, ArticleInput>();
  inputs.forEach((input, i) => {
    if (!found[i] && !unread.has(keys[i]!)) unread.set(keys[i]!, input);
  });
  const ingested = [...unread.values()].map((input) => ingestArticle(normalizeArticle(input)));
  const sentences = ingested.map((article) => segmentArticle(article, maxStatementLength));
  const extracted = extractArticles(ingested.map((article, i) => ({ ingested: article, sentences: sentences[i]! })));
  const read = new Map([...unread.keys()].map((key, i) => [key, extracted[i]!]));
  // The cache as reading one article after the other leaves it: each one read last is kept last.
  return keys.map((key, i) => {
    const article = found[i] ?? read.get(key)!;
    recent.delete(key);
    recent.set(key, article);
    if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value!);
    return article;
  });
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

/**
 * Maps offsets within a statement's cleaned `text` back to the article's original text, for
 * spans found after extraction (claim cues).
 */
export function statementLocator(extracted: ExtractedArticle): (statement: { id: string; text: string }, start: number, end: number) => { start: number; end: number } {
  const { clean, offsets } = extracted.ingested;
  const cleanStarts = new Map<string, number>();
  let from = 0;
  for (const statement of extracted.statements) {
    const at = clean.indexOf(statement.text, from);
    if (at >= 0) {
      cleanStarts.set(statement.id, at);
      from = at + statement.text.length;
    }
  }
  return (statement, start, end) => {
    const base = cleanStarts.get(statement.id) ?? 0;
    return { start: offsets[base + start]!, end: offsets[base + Math.max(start, end - 1)]! + 1 };
  };
}
