import { z } from 'zod';
import type { ArticleInput } from './types.js';
import { parsePublicationDate } from './ingest/index.js';
import { CrossfactError, type CrossfactErrorCode, type CrossfactIssue } from './errors.js';

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

/**
 * Checks the articles and lists every problem with its path, then throws one CrossfactError.
 * The code is that of the first problem: a wrong type is INVALID_INPUT, an empty text EMPTY_TEXT.
 */
export function validateArticles(articles: unknown): ArticleInput[] {
  if (!Array.isArray(articles)) {
    throw new CrossfactError('INVALID_INPUT', [{ path: 'articles', message: `must be an array of articles, got ${describe(articles)}` }]);
  }
  if (articles.length === 0) throw new CrossfactError('NO_ARTICLES', [{ path: 'articles', message: 'at least one article is needed' }]);
  const issues: Array<CrossfactIssue & { code: CrossfactErrorCode }> = [];
  const seen = new Map<string, number>();
  articles.forEach((article: unknown, index) => {
    const articleId = typeof (article as ArticleInput | null)?.id === 'string' ? (article as ArticleInput).id : undefined;
    const where = articleId ? ` (article "${articleId}")` : '';
    if (typeof article !== 'object' || article === null || Array.isArray(article)) {
      issues.push({ code: 'INVALID_INPUT', path: `articles[${index}]`, message: `must be an object with id and text, got ${describe(article)}` });
      return;
    }
    const parsed = articleSchema.safeParse(article);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        const value = (article as Record<string, unknown>)[field];
        const wrongType = value !== undefined && issue.code === 'invalid_type';
        const code = value === undefined && field !== 'text' && field !== 'id' ? 'INVALID_INPUT' : wrongType ? 'INVALID_INPUT' : CODE_BY_FIELD[field] ?? 'INVALID_INPUT';
        const message = issue.code === 'invalid_type' || issue.code === 'invalid_union' ? `must be ${expected(field)}, got ${describe(value)}` : issue.message;
        issues.push({ code, path: `articles[${index}].${field}`, message: `${message}${where}`, field, ...(articleId ? { articleId } : {}) });
      }
    }
    const publishedAt = (article as ArticleInput).publishedAt;
    if ((typeof publishedAt === 'string' && parsePublicationDate(publishedAt) === null) || (publishedAt instanceof Date && Number.isNaN(publishedAt.getTime()))) {
      issues.push({ code: 'INVALID_DATE', path: `articles[${index}].publishedAt`, message: `is not a date: ${JSON.stringify(String(publishedAt))}${where}`, field: 'publishedAt', ...(articleId ? { articleId } : {}) });
    }
    if (articleId !== undefined) {
      const first = seen.get(articleId);
      if (first !== undefined) issues.push({ code: 'DUPLICATE_ID', path: `articles[${index}].id`, message: `"${articleId}" is already the id of articles[${first}]`, field: 'id', articleId });
      else seen.set(articleId, index);
    }
  });
  if (issues.length) {
    throw new CrossfactError(issues[0]!.code, issues.map(({ code: _code, ...issue }) => issue));
  }
  return articles as ArticleInput[];
}

function expected(field: string): string {
  return field === 'publishedAt' ? 'an ISO 8601 string or a Date' : 'a string';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `a string` : typeof value;
}
