import { z } from 'zod';
import type { ArticleInput } from './types.js';
import { ingestArticle, normalizeArticle, parsePublicationDate } from './ingest/index.js';
import { segmentArticle } from './segment/index.js';
import { CrossfactError, type CrossfactErrorCode, type CrossfactIssue } from './errors.js';
import { DEFAULT_LIMITS, exceedsBytes, formatNumber, limitError, limitIssue, utf8Length, type ResolvedLimits } from './limits.js';

const dateLike = z.union([z.string(), z.instanceof(Date)]);

const articleSchema = z.object({
  id: z.string().trim().min(1, 'must be a non-empty string'),
  text: z.string().refine((text) => text.trim().length > 0, 'is empty or only white space'),
  source: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  publishedAt: dateLike.optional(),
});

const CODE_BY_FIELD: Record<string, CrossfactErrorCode> = { text: 'EMPTY_TEXT', publishedAt: 'INVALID_DATE' };
const METADATA_FIELDS = ['id', 'source', 'title', 'url', 'publishedAt'] as const;

type CodedIssue = CrossfactIssue & { code: CrossfactErrorCode };

/**
 * Checks the articles and lists every problem with its path, then throws one CrossfactError.
 * The code is that of the first problem: a wrong type is INVALID_INPUT, an empty text EMPTY_TEXT,
 * a breached limit LIMIT_EXCEEDED. Sizes are checked before anything reads the texts, so an
 * oversized input is refused at once.
 */
export function validateArticles(articles: unknown, limits: ResolvedLimits = DEFAULT_LIMITS): ArticleInput[] {
  if (!Array.isArray(articles)) {
    throw new CrossfactError('INVALID_INPUT', [{ path: 'articles', message: `must be an array of articles, got ${describe(articles)}` }]);
  }
  if (articles.length === 0) throw new CrossfactError('NO_ARTICLES', [{ path: 'articles', message: 'at least one article is needed' }]);
  if (articles.length > limits.maxArticles) {
    throw limitError([limitIssue('maxArticles', 'articles', `${formatNumber(articles.length)} articles`, limits.maxArticles)]);
  }
  const issues: CodedIssue[] = [];
  const seen = new Map<string, number>();
  let totalBytes = 0;
  articles.forEach((article: unknown, index) => {
    if (typeof article !== 'object' || article === null || Array.isArray(article)) {
      issues.push({ code: 'INVALID_INPUT', path: `articles[${index}]`, message: `must be an object with id and text, got ${describe(article)}` });
      return;
    }
    const record = article as Record<string, unknown>;
    // An id too long to quote is not repeated in messages.
    const articleId = typeof record.id === 'string' && record.id.length <= limits.maxFieldLength ? record.id : undefined;
    const where = articleId ? ` (article "${articleId}")` : '';
    const located = articleId ? { articleId } : {};

    const tooLong = new Set<string>();
    if (typeof record.text === 'string') {
      if (exceedsBytes(record.text, limits.maxArticleBytes)) {
        const bytes = utf8Length(record.text);
        totalBytes += bytes;
        tooLong.add('text');
        issues.push({ code: 'LIMIT_EXCEEDED', ...limitIssue('maxArticleBytes', `articles[${index}].text`, `is ${formatNumber(bytes)} bytes${where}`, limits.maxArticleBytes, { field: 'text', ...located }) });
      } else if (Number.isFinite(limits.maxTotalBytes)) totalBytes += utf8Length(record.text);
    }
    for (const field of METADATA_FIELDS) {
      const value = record[field];
      if (typeof value === 'string' && value.length > limits.maxFieldLength) {
        tooLong.add(field);
        issues.push({ code: 'LIMIT_EXCEEDED', ...limitIssue('maxFieldLength', `articles[${index}].${field}`, `is ${formatNumber(value.length)} characters long${where}`, limits.maxFieldLength, { field, ...located }) });
      }
    }

    const parsed = articleSchema.safeParse(article);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (tooLong.has(field)) continue;
        const value = record[field];
        const wrongType = value !== undefined && issue.code === 'invalid_type';
        const code = value === undefined && field !== 'text' && field !== 'id' ? 'INVALID_INPUT' : wrongType ? 'INVALID_INPUT' : CODE_BY_FIELD[field] ?? 'INVALID_INPUT';
        const message = issue.code === 'invalid_type' || issue.code === 'invalid_union' ? `must be ${expected(field)}, got ${describe(value)}` : issue.message;
        issues.push({ code, path: `articles[${index}].${field}`, message: `${message}${where}`, field, ...located });
      }
    }
    const publishedAt = record.publishedAt;
    if (!tooLong.has('publishedAt') && ((typeof publishedAt === 'string' && parsePublicationDate(publishedAt) === null) || (publishedAt instanceof Date && Number.isNaN(publishedAt.getTime())))) {
      issues.push({ code: 'INVALID_DATE', path: `articles[${index}].publishedAt`, message: `is not a date: ${JSON.stringify(String(publishedAt))}${where}`, field: 'publishedAt', ...located });
    }
    if (articleId !== undefined) {
      const first = seen.get(articleId);
      if (first !== undefined) issues.push({ code: 'DUPLICATE_ID', path: `articles[${index}].id`, message: `"${articleId}" is already the id of articles[${first}]`, field: 'id', articleId });
      else seen.set(articleId, index);
    }
  });
  if (totalBytes > limits.maxTotalBytes) {
    issues.push({ code: 'LIMIT_EXCEEDED', ...limitIssue('maxTotalBytes', 'articles', `the texts come to ${formatNumber(totalBytes)} bytes`, limits.maxTotalBytes) });
  }
  if (issues.length) {
    throw new CrossfactError(issues[0]!.code, issues.map(({ code: _code, ...issue }) => issue));
  }
  return articles as ArticleInput[];
}

/**
 * Refuses, before the costly stages, articles that come to more than `limits.maxStatements`
 * statements. A count from the text's sentence marks and line breaks bounds the statements from
 * above; only when that bound is over the limit are the articles cleaned and segmented to count.
 */
export function checkStatementCount(articles: readonly ArticleInput[], limits: ResolvedLimits): void {
  if (!Number.isFinite(limits.maxStatements)) return;
  const bound = articles.reduce((sum, article) => sum + statementBound(article.text, limits.maxStatementLength), 0);
  if (bound <= limits.maxStatements) return;
  let total = 0;
  for (const article of articles) {
    total += segmentArticle(ingestArticle(normalizeArticle(article), { detectLanguage: false }), limits.maxStatementLength).length;
    if (total > limits.maxStatements) {
      throw limitError([limitIssue('maxStatements', 'articles', `the articles come to more than ${formatNumber(limits.maxStatements)} statements (${formatNumber(total)} counted up to articles[${articles.indexOf(article)}])`, limits.maxStatements)]);
    }
  }
}

// Each statement ends at a sentence mark, at a line break (a paragraph's end) or at a cut of a
// long sentence, which falls at least max/2 characters after the previous one.
function statementBound(text: string, maxStatementLength: number): number {
  let marks = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 0x2026) marks++;
  }
  return marks + Math.ceil(text.length / Math.max(1, Math.floor(maxStatementLength / 2)));
}

function expected(field: string): string {
  return field === 'publishedAt' ? 'an ISO 8601 string or a Date' : 'a string';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `a string` : typeof value;
}
